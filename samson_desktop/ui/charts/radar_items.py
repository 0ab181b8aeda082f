"""The graphics items a radar chart is drawn with: the grid, and a line (or area) and markers per series.

They are plain QGraphicsItems rather than pyqtgraph's curve and scatter items: a radar has at
most a dozen points per series, and at that size the cost of a repaint is the Python around
the drawing, not the drawing. Lines and areas are painted by Qt itself; markers take one
Python call for all points; the grid is one item. Everything but the score line is kept as a
pixmap by Qt (DeviceCoordinateCache), so the repaint after an answer redraws one line.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols

from .series import SCALE_MAX, ChartSeries
from .style import series_style

RING_VALUES = (2, 4, 6, 8, 10)
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
# Room around an item for cosmetic pens and antialiasing, in pixels.
PEN_ROOM_PX = 4.0


class RadarGridItem(QGraphicsItem):
    """The rings at 2..10 and the spokes, in chart units (radius 1 = 10), painted as one item."""

    def __init__(self) -> None:
        super().__init__()
        self.setCacheMode(CACHED)
        self._rings = QPainterPath()
        self._outer = QPainterPath()
        self._spokes = QPainterPath()
        self._ring_pen = QPen()
        self._outer_pen = QPen()
        self._spoke_pen = QPen()
        self._pad = 0.1

    def set_axes(self, sin: np.ndarray, cos: np.ndarray) -> None:
        """Polygons through the axis directions; ``sin``/``cos`` repeat the first axis at the end."""
        n = len(sin) - 1
        self._rings, self._outer, self._spokes = QPainterPath(), QPainterPath(), QPainterPath()
        for value in RING_VALUES:
            path = self._outer if value == RING_VALUES[-1] else self._rings
            r = value / SCALE_MAX
            path.addPolygon([QPointF(float(sin[i]) * r, float(cos[i]) * r) for i in range(n + 1)])
        for i in range(n):
            self._spokes.moveTo(0.0, 0.0)
            self._spokes.lineTo(float(sin[i]), float(cos[i]))
        self.update()

    def set_pens(self, ring: QPen, outer: QPen, spoke: QPen) -> None:
        self._ring_pen, self._outer_pen, self._spoke_pen = ring, outer, spoke
        self.update()

    def set_pixels_per_unit(self, k: float) -> None:
        pad = PEN_ROOM_PX / max(k, 1.0)
        if pad != self._pad:
            self.prepareGeometryChange()
            self._pad = pad

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        reach = 1.0 + self._pad
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def paint(self, painter, option, widget=None) -> None:
        for path, pen in ((self._spokes, self._spoke_pen), (self._rings, self._ring_pen),
                          (self._outer, self._outer_pen)):
            painter.setPen(pen)
            painter.drawPath(path)


class RadarLine(QGraphicsPathItem):
    """A series' closed line, broken at missing values, or its filled area; painted by Qt."""

    def __init__(self) -> None:
        super().__init__()
        self.opts: dict = {"pen": QPen(), "connect": "finite"}
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._pad = 0.1

    def setPen(self, pen: QPen) -> None:  # noqa: N802 - Qt naming
        self.opts["pen"] = QPen(pen)
        super().setPen(pen)

    def setData(self, x: np.ndarray, y: np.ndarray, area: bool = False) -> None:  # noqa: N802
        """Points in order; a line breaks at NaN, an area joins its points and closes."""
        self._x, self._y = np.asarray(x, float), np.asarray(y, float)
        path = QPainterPath()
        pen_down = False
        for px, py in zip(self._x.tolist(), self._y.tolist()):
            if px != px or py != py:  # NaN: a missing value breaks the line
                pen_down = False
            elif pen_down:
                path.lineTo(px, py)
            else:
                path.moveTo(px, py)
                pen_down = True
        if area:
            path.closeSubpath()
        self.prepareGeometryChange()
        self.setPath(path)

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 - pyqtgraph naming
        return self._x, self._y

    def set_pixels_per_unit(self, k: float) -> None:
        pad = (PEN_ROOM_PX + self.pen().widthF()) / max(k, 1.0)
        if pad != self._pad:
            self.prepareGeometryChange()
            self._pad = pad

    # Qt would measure a cosmetic pen's width in chart units (1 = the whole radius).
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        pad = self._pad
        return self.path().controlPointRect().adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        return self.path()


class RadarMarkers(QGraphicsItem):
    """One symbol per point, a fixed number of pixels across at any chart size."""

    def __init__(self) -> None:
        super().__init__()
        self.opts: dict = {"symbol": "o", "size": 10.0, "pen": QPen(), "brush": QBrush()}
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._points: list[QPointF] = []
        self._symbol = QPainterPath()
        self._k = 100.0
        self._rescale()

    def setSymbol(self, symbol: str) -> None:  # noqa: N802 - pyqtgraph naming
        self.opts["symbol"] = symbol
        self._rescale()

    def setSize(self, size: float) -> None:  # noqa: N802 - pyqtgraph naming
        self.prepareGeometryChange()
        self.opts["size"] = float(size)
        self._rescale()

    def setPen(self, pen: QPen) -> None:  # noqa: N802 - Qt naming
        self.opts["pen"] = QPen(pen)
        self.update()

    def setBrush(self, brush: QBrush) -> None:  # noqa: N802 - Qt naming
        self.opts["brush"] = QBrush(brush)
        self.update()

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:  # noqa: N802 - pyqtgraph naming
        self.prepareGeometryChange()
        self._x, self._y = np.asarray(x, float), np.asarray(y, float)
        self._points = [QPointF(px, py) for px, py in zip(self._x.tolist(), self._y.tolist())]

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 - pyqtgraph naming
        return self._x, self._y

    def set_pixels_per_unit(self, k: float) -> None:
        if k != self._k:
            self.prepareGeometryChange()
            self._k = max(k, 1.0)

    def _rescale(self) -> None:
        size = self.opts["size"]
        self._symbol = QTransform.fromScale(size, size).map(Symbols[self.opts["symbol"]])
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        if not self._points:
            return QRectF()
        pad = (self.opts["size"] / 2 + PEN_ROOM_PX) / self._k
        return QRectF(QPointF(float(self._x.min()) - pad, float(self._y.min()) - pad),
                      QPointF(float(self._x.max()) + pad, float(self._y.max()) + pad))

    def paint(self, painter, option, widget=None) -> None:
        # Symbols are drawn in pixels: map each point, then draw without the chart's scaling.
        to_device = painter.transform()
        painter.setPen(self.opts["pen"])
        painter.setBrush(self.opts["brush"])
        for point in self._points:
            at = to_device.map(point)
            painter.setTransform(QTransform.fromTranslate(at.x(), at.y()))
            painter.drawPath(self._symbol)
        painter.setTransform(to_device)


class RadarSeriesItem:
    """The items of one series: a closed line (or area) and, for lines, point markers.

    Line and markers are separate items so the markers skip missing values and the line's
    closing point, while the line breaks at missing values.
    """

    def __init__(self, with_markers: bool, cached: bool) -> None:
        self.curve = RadarLine()
        self.markers = RadarMarkers() if with_markers else None
        self._drawn: tuple[np.ndarray, np.ndarray, bool] | None = None
        if cached:
            for item in self.items():
                item.setCacheMode(CACHED)

    def items(self) -> list[QGraphicsItem]:
        return [self.curve] if self.markers is None else [self.curve, self.markers]

    def add_to(self, view_box) -> None:
        for item in self.items():
            view_box.addItem(item, ignoreBounds=True)

    def remove_from(self, view_box) -> None:
        for item in self.items():
            view_box.removeItem(item)

    def apply_style(self, series: ChartSeries, high_contrast: bool, marker_scale: float = 1.0) -> None:
        style = series_style(series, high_contrast)
        self.curve.setZValue(style.z)
        self.curve.setPen(style.pen())
        if self.markers is None:
            self.curve.setBrush(style.fill_brush())
        else:
            self.markers.setZValue(style.z + 0.5)
            self.markers.setSymbol(style.symbol)
            self.markers.setSize(style.symbol_size * marker_scale)
            self.markers.setPen(style.symbol_pen())
            self.markers.setBrush(style.symbol_brush())

    def set_pixels_per_unit(self, k: float) -> None:
        for item in self.items():
            item.set_pixels_per_unit(k)

    def set_points(self, x: np.ndarray, y: np.ndarray, area: bool) -> None:
        """``x``/``y`` hold one point per axis plus the first again to close the shape."""
        drawn = self._drawn
        if drawn is not None and drawn[2] == area and np.array_equal(drawn[0], x, equal_nan=True) \
                and np.array_equal(drawn[1], y, equal_nan=True):
            # Most series do not move when one answer changes; leave them (and their cache) alone.
            return
        self._drawn = (x, y, area)
        finite = np.isfinite(x)
        if area:
            # The grey profile is an area: skip missing points instead of breaking it.
            self.curve.setData(x[finite], y[finite], area=True)
            return
        self.curve.setData(x, y)
        if self.markers is not None:
            keep = finite[:-1]
            self.markers.setData(x=x[:-1][keep], y=y[:-1][keep])

    def marker_positions(self) -> list[tuple[float, float]]:
        if self.markers is None:
            return []
        x, y = self.markers.getData()
        return list(zip(x.tolist(), y.tolist()))
