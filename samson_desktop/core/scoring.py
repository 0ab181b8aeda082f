"""The scoring rules (version 1): importance, scores, gaps, priority list and overall score."""

from __future__ import annotations

from math import fsum
from typing import Iterable

from msgspec import Struct

from .model import Question, QuestionSet, Session
from .vocabulary import VALUE_IDS

RULES_VERSION = 1


class QuestionScore(Struct, frozen=True):
    """One question's score, importance, gap and spread."""

    id: str
    field: str
    number: str
    score: float | None
    importance: float | None
    gap: float | None
    spread: float | None
    not_applicable: bool
    #: How many voices gave a score.
    voice_count: int


class FieldScore(Struct, frozen=True):
    """One action field's mean score, importance and gap, and how many questions were answered."""

    id: str
    number: int
    score: float | None
    importance: float | None
    gap: float | None
    answered: int
    not_applicable: int
    questions: int


class ValueScore(Struct, frozen=True):
    """One value's weight and the score of the questions linked to it."""

    id: str
    weight: int | None
    score: float | None
    gap: float | None
    #: Answered questions linked to this value.
    answered: int


class SessionScores(Struct, frozen=True):
    """Every score of a session: overall, per value, per field and per question, with the priority list."""

    session_id: str
    overall: float | None
    values: tuple[ValueScore, ...]
    fields: tuple[FieldScore, ...]
    questions: tuple[QuestionScore, ...]
    #: Question ids, largest gap first.
    priority: tuple[str, ...]

    def question(self, question_id: str) -> QuestionScore:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def field(self, field_id: str) -> FieldScore:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def value(self, value_id: str) -> ValueScore:
        for v in self.values:
            if v.id == value_id:
                return v
        raise KeyError(value_id)

    @property
    def answered(self) -> int:
        return sum(f.answered for f in self.fields)

    @property
    def not_applicable(self) -> int:
        return sum(f.not_applicable for f in self.fields)

    @property
    def question_count(self) -> int:
        return len(self.questions)


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    # fsum / n is what statistics.fmean computes; importing statistics would cost every start ~2 ms.
    return fsum(present) / len(present) if present else None


def overall_score(field_scores: Iterable[float | None]) -> float | None:
    """Mean of the field scores, given only when every field has one."""
    scores = list(field_scores)
    if not scores or any(score is None for score in scores):
        return None
    return _mean(scores)


class FieldProfile(Struct, frozen=True):
    """One field's score and counts, without importance or gap."""

    id: str
    number: int
    score: float | None
    answered: int
    not_applicable: int


def profile(session: Session) -> tuple[tuple[FieldProfile, ...], float | None]:
    """The field scores and the overall score by the same rules as ``score_session``, without the
    importances, gaps, value scores and priority list: what a row of a portfolio shows, for a
    tenth of the work."""
    answers = session.answers
    fields = []
    for fld in session.question_set.fields:
        scores: list[float] = []
        not_applicable = 0
        for question in fld.questions:
            answer = answers.get(question.id)
            if answer is None:
                continue
            score = answer.effective_score
            if score is not None:
                scores.append(score)
            not_applicable += answer.not_applicable
        fields.append(FieldProfile(fld.id, fld.number, _mean(scores), len(scores), not_applicable))
    return tuple(fields), overall_score(f.score for f in fields)


def _gap(importance: float | None, score: float | None) -> float | None:
    if importance is None or score is None:
        return None
    return importance - score


def question_importance(question: Question, weights: dict[str, int]) -> float | None:
    """Σ(strength × weight) / Σ(strength) over the links whose value has been weighted."""
    total = weighted = 0.0
    for value_id, strength in question.values.items():
        weight = weights.get(value_id)
        if weight is None or strength <= 0:
            continue
        total += strength
        weighted += strength * weight
    return weighted / total if total > 0 else None


def question_importances(qset: QuestionSet, weights: dict[str, int]) -> tuple[float | None, ...]:
    """Every question's importance in set order; the last set and weights asked for are remembered,
    since each answer in a workshop scores the session again with the same weights."""
    global _last_importances
    key = tuple(sorted(weights.items()))
    last = _last_importances  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is qset and last[1] == key:
        return last[2]
    importances = tuple(question_importance(q, weights) for q in qset.questions())
    _last_importances = (qset, key, importances)
    return importances


#: (question set, sorted weights, importances) of the last call of ``question_importances``.
_last_importances: tuple[QuestionSet, tuple[tuple[str, int], ...], tuple[float | None, ...]] | None = None


def score_session(session: Session) -> SessionScores:
    """Every number of the scoring rules for one session, at full precision."""
    qset: QuestionSet = session.question_set
    weights = session.weights
    answers = session.answers
    importances = iter(question_importances(qset, weights))
    question_scores: list[QuestionScore] = []
    field_scores: list[FieldScore] = []
    for fld in qset.fields:
        in_field: list[QuestionScore] = []
        for position, question in enumerate(fld.questions, 1):
            answer = answers.get(question.id)
            importance = next(importances)
            number = f"{fld.number}-{position}"
            if answer is None:
                qs = QuestionScore(id=question.id, field=fld.id, number=number, score=None, importance=importance,
                                   gap=None, spread=None, not_applicable=False, voice_count=0)
            else:
                score = answer.effective_score
                qs = QuestionScore(id=question.id, field=fld.id, number=number, score=score, importance=importance,
                                   gap=_gap(importance, score), spread=answer.spread,
                                   not_applicable=bool(answer.not_applicable), voice_count=len(answer.voices))
            in_field.append(qs)
        f_score = _mean(q.score for q in in_field)
        f_importance = _mean(q.importance for q in in_field)
        field_scores.append(
            FieldScore(
                id=fld.id,
                number=fld.number,
                score=f_score,
                importance=f_importance,
                gap=_gap(f_importance, f_score),
                answered=sum(q.score is not None for q in in_field),
                not_applicable=sum(q.not_applicable for q in in_field),
                questions=len(in_field),
            )
        )
        question_scores.extend(in_field)

    value_scores = _value_scores(qset, question_scores, weights)
    overall = overall_score(f.score for f in field_scores)
    return SessionScores(
        session_id=session.session_id,
        overall=overall,
        values=value_scores,
        fields=tuple(field_scores),
        questions=tuple(question_scores),
        priority=priority_list(question_scores),
    )


def _value_scores(
    qset: QuestionSet,
    question_scores: list[QuestionScore],
    weights: dict[str, int],
) -> tuple[ValueScore, ...]:
    """Each value's weight and the strength-weighted mean score of its answered questions, in one pass."""
    sums = {value_id: [0.0, 0.0, 0] for value_id in VALUE_IDS}  # total strength, weighted sum, answered
    for question, qs in zip(qset.questions(), question_scores):
        if qs.score is None:
            continue
        for value_id, strength in question.values.items():
            acc = sums.get(value_id)
            if acc is None or strength <= 0:
                continue
            acc[0] += strength
            acc[1] += strength * qs.score
            acc[2] += 1
    out = []
    for value_id, (total, weighted, answered) in sums.items():
        score = weighted / total if total > 0 else None
        weight = weights.get(value_id)
        out.append(ValueScore(
            id=value_id,
            weight=weight,
            score=score,
            gap=_gap(float(weight) if weight is not None else None, score),
            answered=answered,
        ))
    return tuple(out)


def priority_list(question_scores: Iterable[QuestionScore]) -> tuple[str, ...]:
    """Questions with a gap, largest gap first; ties go to the higher importance, then set order."""
    ranked = [
        (position, q)
        for position, q in enumerate(question_scores)
        if q.gap is not None
    ]
    ranked.sort(key=lambda item: (-item[1].gap, -item[1].importance, item[0]))  # type: ignore[operator]
    return tuple(q.id for _position, q in ranked)
