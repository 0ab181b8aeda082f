"""A second reading of the questions beside the gap list: lowest score among the values weighted highest."""

from __future__ import annotations

from msgspec import Struct

from .model import QuestionSet
from .scoring import SessionScores


class TopWeighted(Struct, frozen=True):
    """The values that share the highest weight, and their linked, answered questions, lowest score first."""

    value_ids: tuple[str, ...]
    weight: int | None
    questions: tuple[str, ...]


def lowest_among_top_weighted(question_set: QuestionSet, scores: SessionScores) -> TopWeighted:
    """Questions linked to the value(s) with the highest weight, lowest score first.

    Unlike the gap list, importance does not enter: a question scores low or not, among what the
    group said matters most. Ties go to the stronger link to those values, then to set order.
    No weights give no list.
    """
    weighted = [v for v in scores.values if v.weight is not None]
    if not weighted:
        return TopWeighted((), None, ())
    top = max(v.weight for v in weighted)  # type: ignore[type-var]
    value_ids = tuple(v.id for v in weighted if v.weight == top)
    ranked = []
    for position, (question, qs) in enumerate(zip(question_set.questions(), scores.questions)):
        link = sum(question.values.get(vid, 0.0) for vid in value_ids)
        if link > 0 and qs.score is not None:
            ranked.append((qs.score, -link, position, qs.id))
    ranked.sort()
    return TopWeighted(value_ids, top, tuple(item[3] for item in ranked))
