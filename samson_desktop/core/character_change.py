"""The character of a collaboration at two time points: each criterion, and its place on the continuum."""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from .character import CRITERIA, Character, Placement, place


class CriterionChange(Struct, frozen=True):
    """One criterion at two time points; delta only for the two 1–10 ratings."""

    name: str
    earlier: Any
    later: Any
    delta: float | None

    @property
    def changed(self) -> bool:
        return self.earlier != self.later


class CharacterComparison(Struct, frozen=True):
    """The character at two time points: each criterion, and the continuum position."""

    criteria: tuple[CriterionChange, ...]
    earlier: Placement
    later: Placement

    @property
    def position_delta(self) -> float | None:
        if self.earlier.position is None or self.later.position is None:
            return None
        return self.later.position - self.earlier.position

    def to_json(self) -> dict[str, Any]:
        """The machine form for ``samson compare --json``: unrounded, null where not filled in."""

        def plain(value: Any) -> Any:
            return list(value) if isinstance(value, tuple) else value

        return {
            "criteria": [{"id": c.name, "earlier": plain(c.earlier), "later": plain(c.later), "delta": c.delta}
                         for c in self.criteria],
            "continuum": {"earlier": self.earlier.position, "later": self.later.position,
                          "delta": self.position_delta,
                          "missing_earlier": list(self.earlier.missing),
                          "missing_later": list(self.later.missing)},
        }

    def recorded(self) -> bool:
        """True when at least one side has recorded at least one criterion."""
        return any(c.earlier is not None or c.later is not None for c in self.criteria)


def compare_character(earlier: Character | None, later: Character | None) -> CharacterComparison:
    """Pair every criterion of the earlier and the later session; swapping the sides negates the deltas."""
    before, after = earlier or Character(), later or Character()
    rows = []
    for name in CRITERIA:
        e, lt = getattr(before, name), getattr(after, name)
        delta = None
        if name in ("goal_attainment", "expectations_met") and e is not None and lt is not None:
            delta = float(lt - e)
        rows.append(CriterionChange(name, e, lt, delta))
    return CharacterComparison(tuple(rows), place(earlier), place(later))
