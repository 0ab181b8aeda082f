"""Vector charts for the report (reportlab.graphics): radar, profile bars, voice lollipops, continuum.

Every series differs by line style and marker as well as by colour, so the charts also read
in black-and-white print. Scores run from 1 to 10; the charts draw a scale from 0 to 10.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

from msgspec import Struct, field
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import BOLD, REGULAR
from .styles import IMPORTANCE_EDGE, IMPORTANCE_FILL, INK, MUTED, OKABE_ITO, SCORE_COLOUR

SCALE_MAX = 10.0
RINGS = (2, 4, 6, 8, 10)
LABEL_SIZE = 7.5
LABEL_LEADING = 9.0
GRID_COLOUR = colors.HexColor("#AAAAAA")


class LineStyle(Struct, frozen=True):
    colour: Color
    width: float = 1.4
    dash: tuple[float, ...] | None = None
    marker: str = "circle"
    marker_size: float = 2.6


class Series(Struct, frozen=True):
    label: str
    values: Sequence[float | None]
    style: LineStyle


class LegendItem(Struct, frozen=True):
    label: str
    style: LineStyle | None = None
    #: Draw a grey swatch (the importance profile) instead of a line.
    swatch: bool = False


class AxisLabel(Struct):
    lines: list[str] = field(default_factory=list)
    #: How many of the first lines are printed bold (number or title); the rest are plain (score, n).
    bold: int = 1


SCORE_STYLE = LineStyle(SCORE_COLOUR, width=2.6, marker="circle", marker_size=3.0)
EARLIER_STYLE = LineStyle(OKABE_ITO["vermillion"], width=1.5, dash=(5, 3), marker="square")

_VOICE_COLOURS = ("blue", "vermillion", "green", "purple", "orange", "sky_blue", "black")
_VOICE_DASHES: tuple[tuple[float, ...] | None, ...] = (
    None, (6, 3), (1.5, 2), (8, 3, 2, 3), (3, 3), (10, 3), (1.5, 2, 6, 2),
)
_VOICE_MARKERS = ("circle", "square", "triangle", "diamond", "cross", "down", "circle_open")


def voice_style(index: int) -> LineStyle:
    """The style of the index-th voice: colour, dash pattern and marker all change together."""
    n = len(_VOICE_COLOURS)
    colour = OKABE_ITO[_VOICE_COLOURS[index % n]]
    # After the first round, shift the dashes so that no two voices look alike.
    dash = _VOICE_DASHES[(index + index // n) % len(_VOICE_DASHES)]
    marker = _VOICE_MARKERS[(index + 2 * (index // n)) % len(_VOICE_MARKERS)]
    return LineStyle(colour, width=1.5, dash=dash, marker=marker, marker_size=2.6)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose text state starts in DejaVu Sans, so no unembedded Helvetica is referenced."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    d.initialFontSize = LABEL_SIZE
    return d


def _marker(kind: str, x: float, y: float, size: float, colour: Color) -> Group | Circle | Polygon:
    if kind == "square":
        return Rect(x - size, y - size, 2 * size, 2 * size, fillColor=colour, strokeColor=None)
    if kind == "triangle":
        return Polygon([x, y + size * 1.3, x - size * 1.2, y - size, x + size * 1.2, y - size],
                       fillColor=colour, strokeColor=None)
    if kind == "down":
        return Polygon([x, y - size * 1.3, x - size * 1.2, y + size, x + size * 1.2, y + size],
                       fillColor=colour, strokeColor=None)
    if kind == "diamond":
        s = size * 1.35
        return Polygon([x, y + s, x + s, y, x, y - s, x - s, y], fillColor=colour, strokeColor=None)
    if kind == "cross":
        g = Group()
        s = size * 1.2
        g.add(Line(x - s, y - s, x + s, y + s, strokeColor=colour, strokeWidth=1.4))
        g.add(Line(x - s, y + s, x + s, y - s, strokeColor=colour, strokeWidth=1.4))
        return g
    if kind == "circle_open":
        return Circle(x, y, size, fillColor=colors.white, strokeColor=colour, strokeWidth=1.2)
    return Circle(x, y, size, fillColor=colour, strokeColor=None)


def _line(points: list[float], style: LineStyle) -> PolyLine:
    return PolyLine(points, strokeColor=style.colour, strokeWidth=style.width,
                    strokeDashArray=list(style.dash) if style.dash else None,
                    strokeLineJoin=1, strokeLineCap=1 if not style.dash else 0)


def wrap_words(text: str, width: float, font: str = REGULAR, size: float = LABEL_SIZE,
               max_lines: int = 3) -> list[str]:
    """Greedy word wrap for chart labels; the last line ends in "…" when the text is cut."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1] + " …"
    # A single word longer than the width is shortened rather than drawn across the chart.
    out = []
    for line in lines:
        while stringWidth(line, font, size) > width and len(line) > 2:
            line = line[:-2] + "…"
        out.append(line)
    return out or [""]


def _scale_ticks(d: Drawing, xpos: Callable[[float], float], base: float, top: float) -> None:
    """The 0–10 scale of a horizontal bar chart: a grid line and a number every two points."""
    for tick in range(0, 11, 2):
        x = xpos(tick)
        d.add(Line(x, base - 2, x, top, strokeColor=GRID_COLOUR, strokeWidth=0.4))
        d.add(String(x, base - 10, str(tick), fontName=REGULAR, fontSize=6.5, fillColor=MUTED,
                     textAnchor="middle"))


def _legend(items: Sequence[LegendItem], x: float, y: float, width: float) -> tuple[Group, float]:
    """Legend entries in rows from (x, y) downwards; returns the group and its height."""
    g = Group()
    cx, cy = x, y
    row_height = 12.0
    for item in items:
        label_width = stringWidth(item.label, REGULAR, LABEL_SIZE)
        entry_width = 26 + label_width + 14
        if cx > x and cx + entry_width > x + width:
            cx, cy = x, cy - row_height
        if item.swatch:
            g.add(Rect(cx, cy - 3.5, 20, 8, fillColor=IMPORTANCE_FILL, strokeColor=IMPORTANCE_EDGE,
                       strokeWidth=0.6))
        elif item.style is not None:
            g.add(_line([cx, cy, cx + 20, cy], item.style))
            g.add(_marker(item.style.marker, cx + 10, cy, item.style.marker_size, item.style.colour))
        g.add(String(cx + 25, cy - 2.6, item.label, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK))
        cx += entry_width
    return g, (y - cy) + row_height


def radar(
    labels: Sequence[AxisLabel],
    series: Sequence[Series],
    importance: Sequence[float | None] | None = None,
    legend: Sequence[LegendItem] = (),
    width: float = 480,
    radius: float = 100,
    label_width: float = 120,
) -> Drawing:
    """A spider chart: axes clockwise from the top in the given order, rings at 2, 4, 6, 8, 10,
    the grey importance polygon behind, then every series (the first drawn last, on top)."""
    n = len(labels)
    max_lines = max((len(label.lines) for label in labels), default=1)
    label_block = max_lines * LABEL_LEADING
    top_room = label_block + 8
    legend_group, legend_height = _legend(legend, 10, 0, width - 20) if legend else (Group(), 0.0)
    height = top_room + 2 * radius + label_block + 12 + legend_height + 6
    d = _drawing(width, height)
    cx = width / 2
    cy = legend_height + 6 + label_block + 10 + radius
    angles = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]

    def point(i: int, value: float) -> tuple[float, float]:
        r = radius * max(0.0, min(value, SCALE_MAX)) / SCALE_MAX
        return cx + r * math.cos(angles[i]), cy + r * math.sin(angles[i])

    if importance is not None and any(v is not None for v in importance):
        if all(v is not None for v in importance):
            pts = []
            for i, value in enumerate(importance):
                pts.extend(point(i, value))  # type: ignore[arg-type]
            d.add(Polygon(pts, fillColor=IMPORTANCE_FILL, strokeColor=IMPORTANCE_EDGE, strokeWidth=0.8))
        else:
            grey = LineStyle(IMPORTANCE_EDGE, width=5, marker="circle")
            _draw_series(d, importance, grey, point, n, markers=False)

    for ring in RINGS:
        pts: list[float] = []
        for i in range(n):
            pts.extend(point(i, ring))
        d.add(Polygon(pts, fillColor=None, strokeColor=GRID_COLOUR,
                      strokeWidth=0.8 if ring == 10 else 0.45))
    for i in range(n):
        x, y = point(i, SCALE_MAX)
        d.add(Line(cx, cy, x, y, strokeColor=GRID_COLOUR, strokeWidth=0.4))
    for ring in RINGS:
        x, y = point(0, ring)
        d.add(String(x + 2.5, y - 6.5, str(ring), fontName=REGULAR, fontSize=6, fillColor=MUTED))

    for s in reversed(series):
        _draw_series(d, s.values, s.style, point, n)

    for i, label in enumerate(labels):
        _draw_axis_label(d, label, angles[i], point(i, SCALE_MAX), label_width)

    if legend:
        legend_group.translate(0, legend_height - 2)
        d.add(legend_group)
    return d


def _draw_series(d: Drawing, values: Sequence[float | None], style: LineStyle, point, n: int,
                 markers: bool = True) -> None:
    """Lines join neighbouring scores only; a missing score leaves a gap, never a fake zero."""
    present = [v is not None for v in values]
    if n >= 2 and all(present):
        pts: list[float] = []
        for i in range(n + 1):
            pts.extend(point(i % n, values[i % n]))
        d.add(_line(pts, style))
    else:
        for i in range(n):
            j = (i + 1) % n
            if n >= 2 and j != i and present[i] and present[j]:
                d.add(_line([*point(i, values[i]), *point(j, values[j])], style))
    if markers:
        for i, value in enumerate(values):
            if value is not None:
                x, y = point(i, value)
                d.add(_marker(style.marker, x, y, style.marker_size, style.colour))


def _draw_axis_label(d: Drawing, label: AxisLabel, angle: float, tip: tuple[float, float],
                     label_width: float) -> None:
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    x = tip[0] + cos_a * 8
    y = tip[1] + sin_a * 8
    if cos_a > 0.25:
        anchor = "start"
    elif cos_a < -0.25:
        anchor = "end"
    else:
        anchor = "middle"
    lines = label.lines
    block = len(lines) * LABEL_LEADING
    if sin_a > 0.25:
        top = y + block
    elif sin_a < -0.25:
        top = y
    else:
        top = y + block / 2
    for k, text in enumerate(lines):
        font = BOLD if k < label.bold else REGULAR
        colour = INK if k < label.bold else MUTED
        d.add(String(x, top - (k + 1) * LABEL_LEADING + 2, text, fontName=font, fontSize=LABEL_SIZE,
                     fillColor=colour, textAnchor=anchor))


class BarRow(Struct, frozen=True):
    label: str
    score: float | None
    importance: float | None
    #: Text printed right of the bars, e.g. "6.4 (n=7)".
    value_text: str


def profile_bars(rows: Sequence[BarRow], legend: Sequence[LegendItem] = (), width: float = 480,
                 label_width: float = 150, value_width: float = 86) -> Drawing:
    """Horizontal bars on a 0–10 scale: a wide grey importance bar behind a narrow score bar."""
    row_height = 20.0
    axis_room = 14.0
    legend_group, legend_height = _legend(legend, label_width, 0, width - label_width) if legend else (Group(), 0.0)
    height = len(rows) * row_height + axis_room + legend_height + 6
    d = _drawing(width, height)
    x0 = label_width
    x1 = width - value_width
    span = x1 - x0
    base = legend_height + axis_room + 4
    top = base + len(rows) * row_height

    def xpos(value: float) -> float:
        return x0 + span * max(0.0, min(value, SCALE_MAX)) / SCALE_MAX

    _scale_ticks(d, xpos, base, top)
    for k, row in enumerate(rows):
        y = top - (k + 1) * row_height
        mid = y + row_height / 2
        lines = wrap_words(row.label, label_width - 8, max_lines=2)
        first = mid + (len(lines) - 1) * LABEL_LEADING / 2 - 2.6
        for j, text in enumerate(lines):
            d.add(String(x0 - 6, first - j * LABEL_LEADING, text, fontName=REGULAR, fontSize=LABEL_SIZE,
                         fillColor=INK, textAnchor="end"))
        if row.importance is not None:
            d.add(Rect(x0, mid - 6.5, xpos(row.importance) - x0, 13, fillColor=IMPORTANCE_FILL,
                       strokeColor=IMPORTANCE_EDGE, strokeWidth=0.5))
        if row.score is not None:
            d.add(Rect(x0, mid - 2.75, xpos(row.score) - x0, 5.5, fillColor=SCORE_COLOUR, strokeColor=None))
        d.add(String(x1 + 6, mid - 2.6, row.value_text, fontName=REGULAR, fontSize=LABEL_SIZE,
                     fillColor=INK))
    d.add(Line(x0, base - 2, x0, top, strokeColor=INK, strokeWidth=0.6))
    if legend:
        legend_group.translate(0, legend_height - 8)
        d.add(legend_group)
    return d


class LollipopGroup(Struct, frozen=True):
    label: str
    #: One score per voice, in voice order; None where the voice has no score.
    values: Sequence[float | None]


def voice_lollipops(groups: Sequence[LollipopGroup], styles: Sequence[LineStyle],
                    legend: Sequence[LegendItem] = (), width: float = 480,
                    label_width: float = 150) -> Drawing:
    """Per field, one line from 0 to each voice's score in that voice's style and marker."""
    voices = len(styles)
    sub = 7.0
    pad = 5.0
    group_height = voices * sub + 2 * pad
    axis_room = 14.0
    legend_group, legend_height = _legend(legend, 10, 0, width - 20) if legend else (Group(), 0.0)
    height = len(groups) * group_height + axis_room + legend_height + 6
    d = _drawing(width, height)
    x0, x1 = label_width, width - 20
    span = x1 - x0
    base = legend_height + axis_room + 4
    top = base + len(groups) * group_height

    def xpos(value: float) -> float:
        return x0 + span * max(0.0, min(value, SCALE_MAX)) / SCALE_MAX

    _scale_ticks(d, xpos, base, top)
    for k, grp in enumerate(groups):
        y_top = top - k * group_height - pad
        if k:
            d.add(Line(6, y_top + pad, x1, y_top + pad, strokeColor=GRID_COLOUR, strokeWidth=0.3))
        mid = y_top - voices * sub / 2
        lines = wrap_words(grp.label, label_width - 10, max_lines=2)
        first = mid + (len(lines) - 1) * LABEL_LEADING / 2 - 2.6
        for j, text in enumerate(lines):
            d.add(String(x0 - 8, first - j * LABEL_LEADING, text, fontName=REGULAR, fontSize=LABEL_SIZE,
                         fillColor=INK, textAnchor="end"))
        for v, (value, style) in enumerate(zip(grp.values, styles)):
            y = y_top - (v + 0.5) * sub
            if value is None:
                continue
            d.add(_line([x0, y, xpos(value), y], LineStyle(style.colour, 1.3, style.dash)))
            d.add(_marker(style.marker, xpos(value), y, style.marker_size, style.colour))
    d.add(Line(x0, base - 2, x0, top, strokeColor=INK, strokeWidth=0.6))
    if legend:
        legend_group.translate(0, legend_height - 8)
        d.add(legend_group)
    return d


def continuum(position: float | None, left_label: str, right_label: str, marker_text: str,
              width: float = 480) -> Drawing:
    """The bar from thin co-creation (1) to thick co-production (10), with a marker at the mean."""
    height = 78.0
    d = _drawing(width, height)
    x0, x1 = 30.0, width - 30.0
    bar_y, bar_h = 30.0, 14.0
    steps = 24
    light, dark = colors.HexColor("#E8F1F8"), SCORE_COLOUR

    def xpos(value: float) -> float:
        return x0 + (x1 - x0) * (min(max(value, 1.0), SCALE_MAX) - 1.0) / (SCALE_MAX - 1.0)

    step = (x1 - x0) / steps
    for k in range(steps):
        t = k / (steps - 1)
        fill = colors.linearlyInterpolatedColor(light, dark, 0, 1, t * 0.75)
        d.add(Rect(x0 + k * step, bar_y, step + 0.3, bar_h, fillColor=fill, strokeColor=None))
    d.add(Rect(x0, bar_y, x1 - x0, bar_h, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    for tick in range(1, 11):
        x = xpos(tick)
        d.add(Line(x, bar_y - 3, x, bar_y, strokeColor=INK, strokeWidth=0.5))
        d.add(String(x, bar_y - 11, str(tick), fontName=REGULAR, fontSize=6.5, fillColor=MUTED,
                     textAnchor="middle"))
    d.add(String(x0, 4, left_label, fontName=BOLD, fontSize=8, fillColor=INK))
    d.add(String(x1, 4, right_label, fontName=BOLD, fontSize=8, fillColor=INK, textAnchor="end"))
    if position is not None:
        x = xpos(position)
        d.add(Line(x, bar_y - 2, x, bar_y + bar_h + 2, strokeColor=INK, strokeWidth=2.2))
        d.add(Polygon([x, bar_y + bar_h + 2, x - 6, bar_y + bar_h + 12, x + 6, bar_y + bar_h + 12],
                      fillColor=INK, strokeColor=None))
        d.add(String(x, bar_y + bar_h + 16, marker_text, fontName=BOLD, fontSize=9, fillColor=INK,
                     textAnchor="middle"))
    return d
