"""The data one chart series carries, and its conversion to drawable numbers."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from msgspec import Struct

SeriesKind = Literal["score", "importance", "earlier", "voice"]
SERIES_KINDS: tuple[str, ...] = ("score", "importance", "earlier", "voice")

SCALE_MAX = 10.0


class ChartSeries(Struct, frozen=True):
    """One line on a radar / one set of bars: a value per axis on the 1..10 scale.

    ``None`` means no value for that axis: the radar line breaks there and no bar is drawn.
    ``counts`` holds the number of answers (n) behind each value, shown in labels and tooltips.
    ``index`` picks colour, line style and marker for kind ``"voice"``.
    """

    name: str
    values: Sequence[float | None]
    kind: SeriesKind = "score"
    counts: Sequence[int] | None = None
    index: int = 0

    def __post_init__(self) -> None:
        if self.kind not in SERIES_KINDS:
            raise ValueError(f"unknown series kind {self.kind!r}; expected one of {SERIES_KINDS}")
        if self.counts is not None and len(self.counts) != len(self.values):
            raise ValueError(
                f"series {self.name!r} has {len(self.values)} values but {len(self.counts)} counts")

    def value_at(self, axis: int) -> float | None:
        """The value on ``axis``, or None when missing, not finite or beyond the series."""
        if axis >= len(self.values):
            return None
        value = self.values[axis]
        if value is None:
            return None
        value = float(value)
        return value if math.isfinite(value) else None

    def count_at(self, axis: int) -> int | None:
        if self.counts is None or axis >= len(self.counts):
            return None
        return self.counts[axis]


def check_values_per_axis(series: Sequence[ChartSeries], labels: Sequence[str]) -> None:
    """Raise ValueError when a series has not one value per axis (no axes yet: anything goes)."""
    for s in series:
        if labels and len(s.values) != len(labels):
            raise ValueError(f"series {s.name!r} has {len(s.values)} values for {len(labels)} axes")


def series_structure(series: Sequence[ChartSeries]) -> tuple[tuple[str, int], ...]:
    """What decides which plot items exist: the number, order and kinds (and voice indexes)."""
    return tuple((s.kind, s.index if s.kind == "voice" else 0) for s in series)


def clamped(value: float | None) -> float:
    """A value ready to draw: clamped to 0..10, NaN for a missing value."""
    if value is None:
        return math.nan
    return min(max(value, 0.0), SCALE_MAX)


def label_counts(series: Sequence[ChartSeries]) -> list[int] | None:
    """The n to print under each axis label: from the score series, else the first with counts."""
    for wanted in ("score", "voice", "earlier", "importance"):
        for s in series:
            if s.kind == wanted and s.counts is not None:
                return list(s.counts)
    return None


def axis_label_text(label: str, count: int | None, same_line: bool = False) -> str:
    """Compact label text: the axis label, with n on a line of its own (or after its last line) when known."""
    if count is None:
        return label
    return f"{label}  n={count}" if same_line else f"{label}\nn={count}"


def checked_axes(labels: Sequence[str], tooltips: Sequence[str] | None) -> tuple[list[str], list[str | None]]:
    """A chart's axis labels as text and one tooltip per axis (None where there is none)."""
    labels = [str(label) for label in labels]
    if tooltips is not None and len(tooltips) != len(labels):
        raise ValueError(f"{len(labels)} axis labels but {len(tooltips)} tooltips")
    return labels, list(tooltips) if tooltips is not None else [None] * len(labels)
