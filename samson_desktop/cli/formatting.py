"""Shared output helpers for the command line: one-decimal numbers and the JSON shapes of PRODUCT.md."""

from __future__ import annotations

import json
import re
import sys
from typing import IO, Any

from ..core.comparison import Comparison, Delta
from ..core.numbers import format_number
from ..core.scoring import SessionScores

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␊ for a line feed: seen, never obeyed
    if code == 0x7F:
        return "\u2421"
    return f"\\u{code:04x}"


def visible(text: object, newlines: bool = False) -> str:
    """User text made safe for a terminal: every control character shown as a symbol, never obeyed.

    A name holding ``ESC ] 0 ; … BEL`` would otherwise retitle the terminal, and ``ESC [ 2 J`` clear it.
    """
    return (_CONTROLS_BUT_NEWLINE if newlines else _CONTROLS).sub(_picture, str(text))


def say(text: object = "", file: IO[str] | None = None) -> None:
    """Print a line (or lines) of output for a person, with any control character made visible."""
    print(visible(text, newlines=True), file=file or sys.stdout)


def complain(text: object) -> None:
    """Print a message to stderr, with any control character made visible."""
    say(text, sys.stderr)


def say_json(document: Any) -> None:
    """Print JSON for scripts; DEL and C1 controls, which JSON leaves raw, are escaped as \\u00XX."""
    text = json.dumps(document, ensure_ascii=False)
    sys.stdout.write(re.sub("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
                            lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


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
