"""Deltas between an earlier and a later session, matched by stable question, field and value ids."""

from __future__ import annotations

from typing import Literal

from msgspec import Struct

from .scoring import SessionScores

Side = Literal["earlier", "later"]


class Delta(Struct, frozen=True):
    id: str
    earlier: float | None
    later: float | None
    #: later − earlier, only where both sides have a score.
    delta: float | None
    #: Set when the item exists in one session only (an edited question set).
    only_in: Side | None = None
    #: The field a question belongs to (on the side where it exists); None for fields and values.
    field: str | None = None


class Comparison(Struct, frozen=True):
    earlier_id: str
    later_id: str
    overall: Delta
    values: tuple[Delta, ...]
    #: Weights of the four values at each time point, which may differ.
    weights: tuple[Delta, ...]
    fields: tuple[Delta, ...]
    questions: tuple[Delta, ...]

    def one_sided(self) -> tuple[Delta, ...]:
        return tuple(d for d in self.questions if d.only_in)

    def by_size(self, items: tuple[Delta, ...]) -> list[Delta]:
        """Items with a delta, largest absolute change first."""
        return sorted((d for d in items if d.delta is not None), key=lambda d: -abs(d.delta))  # type: ignore[arg-type]


def _delta(
    item_id: str,
    earlier: float | None,
    later: float | None,
    only_in: Side | None = None,
    field: str | None = None,
) -> Delta:
    both = earlier is not None and later is not None
    return Delta(item_id, earlier, later, (later - earlier) if both else None, only_in, field)  # type: ignore[operator]


def _matched(earlier: dict, later: dict, attr: str, with_field: bool = False) -> tuple[Delta, ...]:
    """Pair items by id in the earlier order, then the later-only items in their own order."""
    result = []
    for item_id, item in earlier.items():
        other = later.get(item_id)
        fld = item.field if with_field else None
        if other is None:
            result.append(_delta(item_id, getattr(item, attr), None, "earlier", fld))
        else:
            result.append(_delta(item_id, getattr(item, attr), getattr(other, attr), None, fld))
    for item_id, item in later.items():
        if item_id not in earlier:
            fld = item.field if with_field else None
            result.append(_delta(item_id, None, getattr(item, attr), "later", fld))
    return tuple(result)


def compare_scores(earlier: SessionScores, later: SessionScores) -> Comparison:
    """Compare two scored sessions; antisymmetric: swapping the sides negates every delta."""
    values_e = {v.id: v for v in earlier.values}
    values_l = {v.id: v for v in later.values}
    weights = tuple(
        _delta(
            vid,
            None if values_e[vid].weight is None else float(values_e[vid].weight),  # type: ignore[arg-type]
            None if values_l[vid].weight is None else float(values_l[vid].weight),  # type: ignore[arg-type]
        )
        for vid in values_e
    )
    return Comparison(
        earlier_id=earlier.session_id,
        later_id=later.session_id,
        overall=_delta("overall", earlier.overall, later.overall),
        values=_matched(values_e, values_l, "score"),
        weights=weights,
        fields=_matched({f.id: f for f in earlier.fields}, {f.id: f for f in later.fields}, "score"),
        questions=_matched(
            {q.id: q for q in earlier.questions},
            {q.id: q for q in later.questions},
            "score",
            with_field=True,
        ),
    )
