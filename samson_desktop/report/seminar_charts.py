"""Vector charts of the seminar deck: lettered case dots on 1–10 lines, and a case's radar at any size."""

from __future__ import annotations

from typing import Sequence

from msgspec import Struct
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from .charts import EARLIER_STYLE, SCORE_STYLE, AxisLabel, LegendItem, Series, radar, voice_style, wrap_words
from .fonts import BOLD, REGULAR
from .styles import INK, MUTED

GRID_COLOUR = colors.HexColor("#AAAAAA")
MEAN_COLOUR = colors.HexColor("#8C8C8C")
#: Okabe–Ito colours on which white letters do not read; they get black letters.
_LIGHT = {colors.HexColor("#E69F00").hexval(), colors.HexColor("#56B4E9").hexval(),
          colors.HexColor("#F0E442").hexval()}


def case_colour(index: int) -> Color:
    """The colour of the index-th case: the voices' Okabe–Ito order, the same on every page."""
    return voice_style(index).colour


def letter_colour(fill: Color) -> Color:
    return colors.black if fill.hexval() in _LIGHT else colors.white


class Dot(Struct, frozen=True):
    """One case on a line: its tag ("A"), its index (for the colour) and its score."""

    tag: str
    index: int
    score: float | None


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    d.initialFontSize = 8
    return d


def _stack(dots: Sequence[Dot], xpos, radius: float) -> list[tuple[Dot, float, int]]:
    """(dot, x, tier): dots that would overlap go one tier up, so every letter stays readable."""
    placed: list[tuple[Dot, float, int]] = []
    for dot in sorted((d for d in dots if d.score is not None), key=lambda d: (d.score, d.index)):
        x = xpos(dot.score)
        tier = 0
        while any(t == tier and abs(px - x) < 2 * radius + 1 for _d, px, t in placed):
            tier += 1
        placed.append((dot, x, tier))
    return placed


def dot_line(dots: Sequence[Dot], width: float, height: float, label_width: float = 0, label: str = "",
             mean: float | None = None, radius: float = 7.0, ticks: bool = True) -> Drawing:
    """One field's pooled picture: a 1–10 line with a lettered dot per case, stacked where they meet.

    The grey tick is the mean of the cases. With ``label_width`` the field's name is drawn left of it.
    """
    d = _drawing(width, height)
    x0, x1 = label_width + radius + 4, width - radius - 4
    base = 14.0 if ticks else 4.0

    def xpos(value: float) -> float:
        return x0 + (x1 - x0) * (min(max(value, 1.0), 10.0) - 1.0) / 9.0

    d.add(Line(x0, base, x1, base, strokeColor=INK, strokeWidth=0.8))
    for tick in range(1, 11):
        x = xpos(tick)
        d.add(Line(x, base - 3, x, base + 3, strokeColor=GRID_COLOUR, strokeWidth=0.6))
        if ticks:
            d.add(String(x, base - 12, str(tick), fontName=REGULAR, fontSize=7, fillColor=MUTED, textAnchor="middle"))
    if label:
        lines = wrap_words(label, label_width - 8, font=BOLD, size=11, max_lines=2)
        for k, text in enumerate(lines):
            d.add(String(0, base + 4 + (len(lines) - 1 - k) * 13, text, fontName=BOLD, fontSize=11, fillColor=INK))
    if mean is not None:
        x = xpos(mean)
        d.add(Rect(x - 1.5, base - 5, 3, 2 * radius + 10, fillColor=MEAN_COLOUR, strokeColor=None))
    placed = _stack(dots, xpos, radius)
    tiers = max((t for _d, _x, t in placed), default=0) + 1
    room = (height - base - radius - 2) / max(tiers, 1)
    step = min(2 * radius + 1, room) if tiers > 1 else 0
    for dot, x, tier in placed:
        y = base + radius + 1 + tier * step
        fill = case_colour(dot.index)
        d.add(Circle(x, y, radius, fillColor=fill, strokeColor=colors.white, strokeWidth=0.8))
        size = radius * (1.1 if len(dot.tag) == 1 else 0.85)
        d.add(String(x, y - size * 0.36, dot.tag, fontName=BOLD, fontSize=size, fillColor=letter_colour(fill),
                     textAnchor="middle"))
    return d


def tag_chip(tag: str, index: int, radius: float = 6.0) -> Drawing:
    """A case's lettered dot on its own, for legends and lists."""
    d = _drawing(2 * radius + 2, 2 * radius + 2)
    fill = case_colour(index)
    d.add(Circle(radius + 1, radius + 1, radius, fillColor=fill, strokeColor=None))
    size = radius * (1.1 if len(tag) == 1 else 0.85)
    d.add(String(radius + 1, radius + 1 - size * 0.36, tag, fontName=BOLD, fontSize=size,
                 fillColor=letter_colour(fill), textAnchor="middle"))
    return d


def chip_legend(items: Sequence[tuple[str, int, str]], width: float, size: float = 10.0) -> Drawing:
    """(tag, index, label) of every case as a lettered dot and its name, in rows across ``width``."""
    radius = size * 0.62
    row = size * 1.7
    placed: list[tuple[float, float, tuple[str, int, str]]] = []
    x, y = 0.0, 0.0
    for item in items:
        label = item[2] if len(item[2]) <= 60 else item[2][:59] + "…"
        entry = 2 * radius + 4 + stringWidth(label, REGULAR, size) + 16
        if x > 0 and x + entry > width:
            x, y = 0.0, y + row
        placed.append((x, y, (item[0], item[1], label)))
        x += entry
    height = y + row
    d = _drawing(width, height)
    for x, y, (tag, index, label) in placed:
        cy = height - y - row / 2
        fill = case_colour(index)
        d.add(Circle(x + radius, cy, radius, fillColor=fill, strokeColor=None))
        small = radius * (1.1 if len(tag) == 1 else 0.85)
        d.add(String(x + radius, cy - small * 0.36, tag, fontName=BOLD, fontSize=small, fillColor=letter_colour(fill),
                     textAnchor="middle"))
        d.add(String(x + 2 * radius + 4, cy - size * 0.35, label, fontName=REGULAR, fontSize=size, fillColor=INK))
    return d


def case_radar(profile: Sequence[float | None], axis_labels: Sequence[Sequence[str]],
               earlier: Sequence[float | None] | None, width: float, radius: float, label_width: float,
               legend: Sequence[str] = ()) -> Drawing:
    """A case's seven fields on the report's radar (0–10 rings, fixed order); the earlier time point dashed."""
    series = [Series(legend[1] if len(legend) > 1 else "", profile, SCORE_STYLE)]
    if earlier is not None and any(v is not None for v in earlier):
        series.append(Series(legend[0] if legend else "", earlier, EARLIER_STYLE))
    items = [LegendItem(s.label, s.style) for s in reversed(series)] if len(series) > 1 and legend else []
    labels = [AxisLabel(list(lines), bold=len(lines)) for lines in axis_labels]
    return radar(labels, series, None, items, width=width, radius=radius, label_width=label_width)
