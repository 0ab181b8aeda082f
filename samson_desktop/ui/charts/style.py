"""Colours, line styles, markers and brushes for chart series (Okabe–Ito, colour-blind safe)."""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from .series import ChartSeries

BLUE = "#0072B2"
ORANGE = "#E69F00"
HIGH_CONTRAST_SCORE = "#FFFF00"
VOICE_COLOURS: tuple[str, ...] = ("#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000")

# Each voice differs in line style and marker too, so the chart still reads in black and white
# or for readers who cannot tell the colours apart. Custom dash patterns are in pen widths.
VOICE_PEN_STYLES: tuple[tuple[Qt.PenStyle, tuple[float, ...] | None], ...] = (
    (Qt.PenStyle.DashLine, None),
    (Qt.PenStyle.DashDotLine, None),
    (Qt.PenStyle.DashDotDotLine, None),
    (Qt.PenStyle.DotLine, None),
    (Qt.PenStyle.CustomDashLine, (6.0, 2.0, 1.0, 2.0, 1.0, 2.0)),
    (Qt.PenStyle.CustomDashLine, (9.0, 3.0)),
)
VOICE_SYMBOLS: tuple[str, ...] = ("t", "d", "t1", "p", "h", "star")
# Bars cannot differ by line style, so they differ by fill pattern instead.
VOICE_BAR_PATTERNS: tuple[Qt.BrushStyle, ...] = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.HorPattern,
)


class Theme(Struct, frozen=True):
    """Colours of everything that is not a series."""

    background: str
    ring: str
    outer_ring: str
    text: str
    muted_text: str
    grid: str
    line_scale: float


LIGHT = Theme(background="#FFFFFF", ring="#BEBEBE", outer_ring="#A8A8A8", text="#1A1A1A",
              muted_text="#6E6E6E", grid="#D4D4D4", line_scale=1.0)
HIGH_CONTRAST = Theme(background="#000000", ring="#FFFFFF", outer_ring="#FFFFFF", text="#FFFFFF",
                      muted_text="#FFFFFF", grid="#9A9A9A", line_scale=1.6)


def theme(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else LIGHT


class SeriesStyle(Struct, frozen=True):
    """How one series is drawn, both as a radar line and as bars."""

    colour: str
    width: float
    pen_style: Qt.PenStyle
    dash: tuple[float, ...] | None
    symbol: str | None
    symbol_size: float
    fill: str | None
    bar_pattern: Qt.BrushStyle
    bar_fill: str
    z: float

    def pen(self, width_factor: float = 1.0) -> QPen:
        pen = QPen(QColor(self.colour))
        pen.setWidthF(self.width * width_factor)
        pen.setCosmetic(True)
        pen.setStyle(self.pen_style)
        if self.dash is not None:
            pen.setDashPattern(list(self.dash))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def symbol_pen(self) -> QPen:
        pen = QPen(QColor(self.colour))
        pen.setWidthF(1.5)
        pen.setCosmetic(True)
        return pen

    def symbol_brush(self) -> QBrush:
        return QBrush(QColor(self.colour))

    def fill_brush(self) -> QBrush:
        return QBrush(QColor(self.fill)) if self.fill else QBrush(Qt.BrushStyle.NoBrush)

    def bar_brush(self) -> QBrush:
        return QBrush(QColor(self.bar_fill), self.bar_pattern)

    def bar_pen(self, background: str) -> QPen:
        # A solid bar gets a thin outline in the background colour so neighbours stay apart;
        # a patterned bar gets an outline in its own colour so its edges stay visible.
        colour = background if self.bar_pattern == Qt.BrushStyle.SolidPattern else self.colour
        pen = QPen(QColor(colour))
        pen.setWidthF(1.0 if self.bar_pattern == Qt.BrushStyle.SolidPattern else 1.8)
        pen.setCosmetic(True)
        return pen


def series_style(series: ChartSeries, high_contrast: bool = False) -> SeriesStyle:
    """The look of ``series``; every kind (and every voice) differs in colour, line style and marker."""
    scale = theme(high_contrast).line_scale
    if series.kind == "importance":
        if high_contrast:
            return SeriesStyle("#C8C8C8", 1.5 * scale, Qt.PenStyle.SolidLine, None, None, 0.0,
                               "#5A5A5A", Qt.BrushStyle.SolidPattern, "#8C8C8C", z=-10)
        return SeriesStyle("#8C8C8C", 1.5, Qt.PenStyle.SolidLine, None, None, 0.0,
                           "#D6D6D6", Qt.BrushStyle.SolidPattern, "#B4B4B4", z=-10)
    if series.kind == "score":
        colour = HIGH_CONTRAST_SCORE if high_contrast else BLUE
        return SeriesStyle(colour, 3.2 * scale, Qt.PenStyle.SolidLine, None, "o", 11.0 * scale,
                           None, Qt.BrushStyle.SolidPattern, colour, z=10)
    if series.kind == "earlier":
        return SeriesStyle(ORANGE, 2.4 * scale, Qt.PenStyle.DashLine, None, "s", 9.0 * scale,
                           None, Qt.BrushStyle.BDiagPattern, ORANGE, z=5)
    i = series.index % len(VOICE_COLOURS)
    colour = VOICE_COLOURS[i]
    if high_contrast and colour == "#000000":
        colour = "#FFFFFF"
    pen_style, dash = VOICE_PEN_STYLES[i]
    return SeriesStyle(colour, 2.4 * scale, pen_style, dash, VOICE_SYMBOLS[i], 10.0 * scale,
                       None, VOICE_BAR_PATTERNS[i], colour, z=6 - 0.1 * i)
