"""Why it changed: which changes call for the group's explanation, and the explanations a later session stores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from .comparison import Comparison, Delta
from .followup import largest_changes
from .model import Explanation, Session
from .numbers import round_half_up

#: A field or question whose score moved by at least this much (as shown, one decimal) asks for an explanation.
EXPLAIN_FROM = 1.0

Kind = Literal["field", "question"]
Reason = Literal["moved", "largest_rise", "largest_fall"]


@dataclass(frozen=True, slots=True)
class ToExplain:
    """One change that has a place for the group's explanation."""

    kind: Kind
    delta: Delta
    #: "largest_rise" / "largest_fall" for the largest change of its level, else "moved" (≥ EXPLAIN_FROM).
    reason: Reason

    @property
    def target(self) -> str:
        return self.delta.id


def to_explain(comparison: Comparison) -> list[ToExplain]:
    """The fields, then the questions, that moved by at least 1.0, and the largest rise and fall of each level
    in any case; each level largest change first."""
    out: list[ToExplain] = []
    levels: tuple[tuple[Kind, tuple[Delta, ...]], ...] = (("field", comparison.fields),
                                                          ("question", comparison.questions))
    for kind, items in levels:
        ups, downs = largest_changes(items, 1)
        rise = {d.id for d in ups}
        fall = {d.id for d in downs}
        for d in comparison.by_size(items):
            if d.id in rise:
                out.append(ToExplain(kind, d, "largest_rise"))
            elif d.id in fall:
                out.append(ToExplain(kind, d, "largest_fall"))
            elif round_half_up(abs(d.delta)) >= EXPLAIN_FROM:  # type: ignore[arg-type]
                out.append(ToExplain(kind, d, "moved"))
    return out


def _matches(e: Explanation, kind: str, target: str) -> bool:
    return e.kind == kind and e.target == target


def explanation(session: Session, kind: str, target: str, since: str) -> str:
    """The later session's explanation of a change since the session ``since`` (its id); "" for none.

    An explanation written against that very session wins over one without ``since``.
    """
    fallback = ""
    for e in session.explanations:
        if _matches(e, kind, target):
            if e.since == since:
                return e.text
            if not e.since and not fallback:
                fallback = e.text
    return fallback


def explanations_since(session: Session, since: str) -> dict[tuple[str, str], str]:
    """(kind, target) → text of every explanation that applies to a comparison with the session ``since``."""
    out: dict[tuple[str, str], str] = {}
    for e in session.explanations:
        key = (e.kind, e.target)
        if e.text.strip() and (e.since == since or (not e.since and key not in out)):
            out[key] = e.text
    return out


def with_explanation(explanations: Sequence[Explanation], kind: str, target: str, since: str,
                     text: str) -> list[Explanation]:
    """The list with the explanation of (kind, target, since) set to ``text``; blank text removes it."""
    out: list[Explanation] = []
    placed = False
    for e in explanations:
        if _matches(e, kind, target) and e.since == since:
            if not placed and text.strip():
                out.append(Explanation(kind, target, text, since, e.extra))
            placed = True
            continue
        out.append(e)
    if not placed and text.strip():
        out.append(Explanation(kind, target, text, since))
    return out
