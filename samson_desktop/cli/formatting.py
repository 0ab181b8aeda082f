"""The command line's numbers and JSON shapes (PRODUCT.md): one decimal for people, full precision for scripts."""

from __future__ import annotations

from typing import Any

from ..core.comparison import Comparison, Delta
from ..core.numbers import format_number
from ..core.scoring import SessionScores


def fmt(value: float | int | None) -> str:
    """One decimal for people; a dash where there is no number."""
    return format_number(value, "en")


def scores_to_json(scores: SessionScores) -> dict[str, Any]:
    return {
        "session_id": scores.session_id,
        "overall": scores.overall,
        "values": [
            {"id": v.id, "weight": v.weight, "score": v.score, "gap": v.gap, "answered": v.answered}
            for v in scores.values
        ],
        "fields": [
            {
                "id": f.id,
                "score": f.score,
                "importance": f.importance,
                "gap": f.gap,
                "answered": f.answered,
                "not_applicable": f.not_applicable,
                "questions": f.questions,
            }
            for f in scores.fields
        ],
        "questions": [
            {
                "id": q.id,
                "field": q.field,
                "score": q.score,
                "importance": q.importance,
                "gap": q.gap,
                "spread": q.spread,
            }
            for q in scores.questions
        ],
        "priority": list(scores.priority),
    }


def delta_to_json(d: Delta, with_field: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"id": d.id}
    if with_field:
        out["field"] = d.field
    out.update({"earlier": d.earlier, "later": d.later, "delta": d.delta})
    if with_field or d.only_in:
        out["only_in"] = d.only_in
    return out


def comparison_to_json(c: Comparison) -> dict[str, Any]:
    return {
        "earlier": {"session_id": c.earlier_id},
        "later": {"session_id": c.later_id},
        "overall": {"earlier": c.overall.earlier, "later": c.overall.later, "delta": c.overall.delta},
        "weights": [delta_to_json(d) for d in c.weights],
        "values": [delta_to_json(d) for d in c.values],
        "fields": [delta_to_json(d) for d in c.fields],
        "questions": [delta_to_json(d, with_field=True) for d in c.questions],
    }


def followup_to_json(follow) -> list[dict[str, Any]]:
    """Follow-up of measures; ``earlier``/``later``/``delta`` are the score of the measure's question."""
    out = []
    for item in follow.items:
        m, s = item.earlier, item.score
        out.append({
            "id": m.id,
            "question_id": m.question_id,
            "field": s.field,
            "text": m.text,
            "owner": m.owner,
            "status": {"earlier": item.status_before, "later": item.status_now},
            "carried_over": item.carried_over,
            "later_id": item.later.id if item.later else None,
            "matched_by": item.matched_by,
            "earlier": s.earlier,
            "later": s.later,
            "delta": s.delta,
            "only_in": s.only_in,
        })
    return out
