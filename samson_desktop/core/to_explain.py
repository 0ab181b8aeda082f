"""Why it changed: which changes between two time points call for the group's explanation."""

from __future__ import annotations

from typing import Literal

from msgspec import Struct

from .comparison import Comparison, Delta
from .followup import largest_changes
from .numbers import round_half_up

#: A field or question whose score moved by at least this much (as shown, one decimal) asks for an explanation.
EXPLAIN_FROM = 1.0

Kind = Literal["field", "question"]
Reason = Literal["moved", "largest_rise", "largest_fall"]


class ToExplain(Struct, frozen=True):
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
