"""What a radar chart draws: axis labels (wrapped), and per series a line or area with its markers, in pixels.

These are plain objects, not graphics items: the radar paints them itself. Everything that does not
move with an answer (grid, labels, the grey importance area, an earlier session's line) is painted
once into a pixmap; the lines that do move are kept as ready-made paths, and each series' marker is
drawn once into a small pixmap that is stamped at every point, so a repaint after an answer is a few
pixmaps and one path per line. A solid line with a marker at every point is drawn as separate
segments instead: Qt rasterises a wide solid segment directly, about five times faster than it
strokes the joined path, and the markers cover the joins.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from .markers import draw_marker
from .series import SCALE_MAX, ChartSeries
from .style import series_style

RING_VALUES = (2, 4, 6, 8, 10)
#: Room around the text of an axis label, in pixels.
LABEL_MARGIN_PX = 1.0
#: An axis label wraps at this many average characters, or at its longest word when that is wider.
WRAP_CHARS = 13


def wrap_label(text: str, metrics: QFontMetricsF, chars: int = WRAP_CHARS) -> str:
    """``text`` broken at spaces into lines of about ``chars`` characters; words are never split.

    A leading number stays with the word after it ("2 Felles mål" never starts with a lone "2").
    """
    lines_out = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        if len(words) > 1 and words[0].isdigit():
            words = [f"{words[0]} {words[1]}", *words[2:]]
        limit = max(metrics.averageCharWidth() * chars, *(metrics.horizontalAdvance(w) for w in words))
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > limit:
                lines_out.append(line)
                line = word
            else:
                line = candidate
        lines_out.append(line)
    return "\n".join(lines_out)


class AxisLabel:
    """One axis label: its text as shown (wrapped, n on the last line), its font, and where it is drawn."""

    def __init__(self, axis: int) -> None:
        self.axis = axis
        self.text = ""
        self.font = QFont()
        self.colour = QColor("#000000")
        self.rect = QRectF()
        self._size: tuple[float, float] = (0.0, 0.0)

    def toPlainText(self) -> str:  # noqa: N802 - named like Qt's text items
        return self.text

    def set_text(self, text: str, font: QFont) -> bool:
        """Whether the text or font changed."""
        if text == self.text and font == self.font:
            return False
        self.text, self.font = text, QFont(font)
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, 10_000, 10_000),
                                                int(Qt.AlignmentFlag.AlignHCenter), text)
        self._size = (math.ceil(box.width()) + 2 * LABEL_MARGIN_PX, math.ceil(box.height()) + 2 * LABEL_MARGIN_PX)
        return True

    def pixel_size(self) -> tuple[float, float]:
        return self._size

    def paint(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(self.rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class RadarSeriesItem:
    """One series: its points in chart units (radius 1 = 10), and the paths that draw it in pixels."""

    def __init__(self, series: ChartSeries, high_contrast: bool) -> None:
        self.kind = series.kind
        self.area = series.kind == "importance"
        self.x: tuple[float, ...] = ()
        self.y: tuple[float, ...] = ()
        self._values: tuple[float | None, ...] | None = None
        self.pen = QPen()
        self.brush = QBrush()
        self.symbol: str | None = None
        self.symbol_size = 0.0
        self.symbol_pen = QPen()
        self.symbol_brush = QBrush()
        self.z = 0.0
        self._line = QPainterPath()
        #: The smallest rectangle around the points, in pixels.
        self._extent = QRectF()
        #: The line as separate segments, where markers hide the joins (see the module's docstring).
        self._segments: list[QLineF] = []
        #: The markers' centres in pixels, and the marker drawn once (for the device pixel ratio in the key).
        self._marker_points: list[QPointF] = []
        self._sprite: QPixmap | None = None
        self._sprite_key: tuple | None = None
        self.apply_style(series, high_contrast)

    def apply_style(self, series: ChartSeries, high_contrast: bool, marker_scale: float = 1.0) -> None:
        style = series_style(series, high_contrast)
        self.z = style.z
        self.pen = style.pen()
        self.pen.setCosmetic(False)  # drawn in pixels already
        self.brush = style.fill_brush() if self.area else QBrush(Qt.BrushStyle.NoBrush)
        self.symbol = None if self.area else style.symbol
        self.symbol_size = style.symbol_size * marker_scale
        self.symbol_pen = style.symbol_pen()
        self.symbol_brush = style.symbol_brush()

    def set_values(self, values: tuple[float | None, ...], sin: list[float], cos: list[float]) -> bool:
        """The series' values on axes in the directions ``sin``/``cos`` (first repeated last); whether it moved."""
        if values == self._values and len(sin) == len(self.x):
            return False
        self._values = values
        r = [math.nan if v is None else min(max(v, 0.0), SCALE_MAX) / SCALE_MAX for v in values]
        if r:
            r.append(r[0])
        self.x = tuple(a * b for a, b in zip(sin, r))
        self.y = tuple(a * b for a, b in zip(cos, r))
        return True

    def segments(self) -> list[QLineF]:
        """The line as separate segments in pixels, or [] where it is drawn as one path."""
        return list(self._segments)

    def marker_positions(self) -> list[tuple[float, float]]:
        if self.symbol is None:
            return []
        return [(x, y) for x, y in zip(self.x[:-1], self.y[:-1]) if x == x]

    def layout(self, centre: QPointF, k: float) -> None:
        """Build the pixel paths for a chart centred at ``centre`` with ``k`` pixels per unit of radius."""
        cx, cy = centre.x(), centre.y()
        xs = [cx + x * k for x in self.x]
        ys = [cy - y * k for y in self.y]
        path = QPainterPath()
        segments: list[QLineF] = []
        if self.area:
            # The grey profile is an area: skip missing points instead of breaking it.
            points = [QPointF(px, py) for px, py in zip(xs, ys) if px == px]
            if points:
                path.addPolygon(points)
                path.closeSubpath()
        elif self.symbol is not None and self.pen.style() == Qt.PenStyle.SolidLine:
            # Between neighbours that both have a value (NaN, a missing value, breaks the line).
            segments = [QLineF(x0, y0, x1, y1) for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:])
                        if x0 == x0 and x1 == x1]
        else:
            pen_down = False
            for px, py in zip(xs, ys):
                if px != px:  # NaN: a missing value breaks the line
                    pen_down = False
                elif pen_down:
                    path.lineTo(px, py)
                else:
                    path.moveTo(px, py)
                    pen_down = True
        self._line = path
        self._segments = segments
        self._marker_points = ([QPointF(px, py) for px, py in zip(xs[:-1], ys[:-1]) if px == px]
                               if self.symbol is not None else [])
        present_x = [px for px in xs if px == px]
        present_y = [py for py in ys if py == py]
        self._extent = (QRectF(QPointF(min(present_x), min(present_y)), QPointF(max(present_x), max(present_y)))
                        if present_x else QRectF())

    def bounds(self) -> QRectF:
        """The pixels this series covers, with room for its pen and markers."""
        room = self.pen.widthF() + self.symbol_size / 2 + 3.0
        return self._extent.adjusted(-room, -room, room, room)

    def paint(self, painter: QPainter) -> None:
        painter.setPen(self.pen)
        painter.setBrush(self.brush)
        if self._segments:
            painter.drawLines(self._segments)
        else:
            painter.drawPath(self._line)
        if self._marker_points:
            # Stamping one small pixmap costs a tenth of filling and outlining the marker's shape each time.
            sprite = self._marker_sprite(painter.device().devicePixelRatioF())
            offset = QPointF(sprite.width(), sprite.height()) / (2 * sprite.devicePixelRatio())
            for point in self._marker_points:
                painter.drawPixmap(point - offset, sprite)

    def _marker_sprite(self, ratio: float) -> QPixmap:
        key = (self.symbol, self.symbol_size, self.symbol_pen, self.symbol_brush, ratio)
        if key != self._sprite_key or self._sprite is None:
            # Room for the outline around the marker, an even number of pixels so the centre is exact.
            side = 2 * math.ceil((self.symbol_size + self.symbol_pen.widthF()) / 2 + 1)
            sprite = QPixmap(round(side * ratio), round(side * ratio))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            sprite_painter = QPainter(sprite)
            sprite_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            sprite_painter.translate(side / 2, side / 2)
            draw_marker(sprite_painter, self.symbol, self.symbol_size, self.symbol_pen, self.symbol_brush)
            sprite_painter.end()
            self._sprite, self._sprite_key = sprite, key
        return self._sprite
