"""Radar (spider) chart on pyqtgraph: fixed axis order from 12 o'clock clockwise, 0..10 scale."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsView

from . import fonts
from .radar_items import CACHED, RING_VALUES, RadarGridItem, RadarSeriesItem
from .series import SCALE_MAX, ChartSeries, axis_label_text, clamped, label_counts
from .style import theme
from .view import ChartView

LABEL_GAP_PX = 8.0
EDGE_PAD_PX = 4.0
MIN_RADIUS_PX = 20.0
# Below this share of the available half-size for the rings, the axis labels shrink first.
RING_SHARE = 0.62
MIN_LABEL_FIT = 0.7
MARKER_REFERENCE_PX = 170.0


def cached_text(item: pg.TextItem) -> pg.TextItem:
    """``item`` with its own paint and its text drawn from a pixmap cache."""
    item.setCacheMode(CACHED)
    item.textItem.setCacheMode(CACHED)
    return item


class AxisLabelItem(pg.TextItem):
    """An axis label outside the outer ring; clicking it reports its axis."""

    def __init__(self, axis: int, chart: RadarChart) -> None:
        super().__init__(text="", anchor=(0.5, 0.5))
        self.axis = axis
        self._chart = chart
        self.textItem.document().setDocumentMargin(1.0)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.textItem.document().setDefaultTextOption(option)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        cached_text(self)

    def set_label(self, text: str) -> None:
        """Plain text, each line centred; the item width follows the longest line."""
        if text == self.toPlainText():
            return
        self.textItem.setTextWidth(-1)
        self.textItem.setPlainText(text)
        self._fit_width()

    def setFont(self, font) -> None:  # noqa: N802 - Qt naming
        self.textItem.setTextWidth(-1)
        self.textItem.setFont(font)
        self._fit_width()

    def _fit_width(self) -> None:
        # Centred alignment needs a fixed text width; use the natural width so nothing wraps.
        doc = self.textItem.document()
        self.textItem.setTextWidth(math.ceil(doc.idealWidth()) + 2 * doc.documentMargin())
        self.updateTextPos()

    def pixel_size(self) -> tuple[float, float]:
        rect = self.textItem.boundingRect()
        return rect.width(), rect.height()

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph naming
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._chart._axis_label_clicked(self.axis)


class RadarChart(ChartView):
    """Rings at 2..10, spokes, compact axis labels, and one line (or grey area) per series.

    The radius is proportional to the value on a scale that starts at 0 in the centre, so a
    score of 1 sits just off the centre and every distance from the centre means the same.
    Values are clamped to 0..10 for drawing; tooltips and labels show the real numbers.
    """

    axisClicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.layout.setContentsMargins(0, 0, 0, 0)
        self._vb = item.getViewBox()
        self._vb.setAspectLocked(True, ratio=1.0)
        # Every change of the drawing goes through this class, which repaints the view itself.
        # Left to the scenes, each chart's changes arrive in a paint pass of their own, so a
        # page with two radars would be painted twice after every answer.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)

        self._high_contrast = False
        self._font_scale = 1.0
        self._labels: list[str] = []
        self._tooltips: list[str | None] = []
        self._series: list[ChartSeries] = []
        self._structure: tuple | None = None
        self._series_items: list[RadarSeriesItem] = []
        self._reserved: list[tuple[float, float]] = []
        self._label_fit = 0.0
        self._marker_scale = 1.0
        self._pixels_per_unit = 100.0
        self._sin = np.zeros(0)
        self._cos = np.zeros(0)

        self._grid = RadarGridItem()
        # Over the grey importance area (so rings stay readable through it), under the lines.
        self._grid.setZValue(-8)
        self._vb.addItem(self._grid, ignoreBounds=True)
        self._ring_labels: list[pg.TextItem] = []
        for value in RING_VALUES:
            label = cached_text(pg.TextItem(text=str(value), anchor=(0.0, 0.5)))
            label.textItem.document().setDocumentMargin(0.0)
            # Above the grey importance area, below the series lines.
            label.setZValue(-5)
            self._vb.addItem(label, ignoreBounds=True)
            self._ring_labels.append(label)
        self._axis_items: list[AxisLabelItem] = []

        self._vb.sigResized.connect(self._relayout)
        self._apply_theme()
        self._apply_fonts()

    # Hooks of ChartView.set_axes and set_series.
    def _build_axes(self) -> None:
        """The axes in their fixed order, clockwise from 12 o'clock."""
        n = len(self._labels)
        angles = np.arange(n + 1) * (2 * math.pi / n) if n else np.zeros(0)
        self._sin, self._cos = np.sin(angles), np.cos(angles)

        while len(self._axis_items) > n:
            self._vb.removeItem(self._axis_items.pop())
        while len(self._axis_items) < n:
            item = AxisLabelItem(len(self._axis_items), self)
            item.setFont(fonts.chart_font(fonts.AXIS_LABEL * max(self._label_fit, MIN_LABEL_FIT),
                                          self._font_scale))
            item.setColor(theme(self._high_contrast).text)
            self._vb.addItem(item, ignoreBounds=True)
            self._axis_items.append(item)
        for i, item in enumerate(self._axis_items):
            item.setAnchor(self._anchor(i))
        self._draw_grid()
        self._reserved = [(0.0, 0.0)] * n
        self._label_fit = 0.0  # new items: set the font of all labels afresh at the next layout
        self._update_labels(force_layout=True)

    def _rebuild_items(self) -> None:
        self._rebuild_series_items()

    def _update_data(self) -> None:
        self._update_series_data()

    def _refresh_axes(self) -> None:
        self._update_labels()

    # ------------------------------------------------------- introspection (tests, panel)

    def axis_label_items(self) -> list[AxisLabelItem]:
        return list(self._axis_items)

    def series_items(self) -> list[RadarSeriesItem]:
        return list(self._series_items)

    # ----------------------------------------------------------------- internals

    def _anchor(self, axis: int) -> tuple[float, float]:
        # Anchor the text box at its side facing the centre, so it grows outwards.
        dx, dy = float(self._sin[axis]), float(self._cos[axis])
        return 0.5 - 0.5 * _snap(dx), 0.5 + 0.5 * _snap(dy)

    def _axis_label_clicked(self, axis: int) -> None:
        if 0 <= axis < len(self._labels):
            self.axisClicked.emit(axis)

    def _draw_grid(self) -> None:
        n = len(self._labels)
        self._grid.set_axes(self._sin, self._cos)
        self._grid.setVisible(n > 0)
        for label in self._ring_labels:
            label.setVisible(n > 0)

    def _rebuild_series_items(self) -> None:
        for item in self._series_items:
            item.remove_from(self._vb)
        self._series_items = []
        for s in self._series:
            # The score line moves with every answer: drawing it into a pixmap first would only add work.
            item = RadarSeriesItem(with_markers=s.kind != "importance", cached=s.kind != "score")
            item.apply_style(s, self._high_contrast, self._marker_scale)
            item.set_pixels_per_unit(self._pixels_per_unit)
            item.add_to(self._vb)
            self._series_items.append(item)

    def _update_series_data(self) -> None:
        n = len(self._labels)
        if not n:
            for item in self._series_items:
                item.set_points(np.zeros(0), np.zeros(0), area=False)
            return
        for item, s in zip(self._series_items, self._series):
            r = np.fromiter((clamped(s.value_at(i)) for i in range(n)), float, n) / SCALE_MAX
            r = np.append(r, r[0])
            item.set_points(self._sin * r, self._cos * r, area=s.kind == "importance")

    def _update_labels(self, force_layout: bool = False) -> None:
        counts = label_counts(self._series)
        grew = force_layout
        for i, item in enumerate(self._axis_items):
            count = counts[i] if counts is not None and i < len(counts) else None
            item.set_label(axis_label_text(self._labels[i], count))
            w, h = item.pixel_size()
            rw, rh = self._reserved[i]
            if w > rw or h > rh:
                # Reserve the largest size seen, so a changing n never makes the chart jump.
                self._reserved[i] = (max(w, rw), max(h, rh))
                grew = True
        if grew:
            self._relayout()

    def _apply_theme(self) -> None:
        th = theme(self._high_contrast)
        self.setBackground(th.background)
        self._grid.set_pens(_grid_pen(th.ring, 1.0 * th.line_scale),
                            _grid_pen(th.outer_ring, 1.6 * th.line_scale),
                            _grid_pen(th.ring, 1.0 * th.line_scale))
        for label in self._ring_labels:
            label.setColor(th.muted_text)
        for item in self._axis_items:
            item.setColor(th.text)
        for item, s in zip(self._series_items, self._series):
            item.apply_style(s, self._high_contrast, self._marker_scale)

    def _apply_fonts(self) -> None:
        ring_font = fonts.chart_font(fonts.RING_LABEL, self._font_scale)
        for label in self._ring_labels:
            label.setFont(ring_font)
        self._label_fit = 0.0  # makes the next layout set the axis label font afresh
        self._update_labels(force_layout=True)

    def _set_label_fit(self, fit: float) -> None:
        """Axis labels at ``fit`` times their normal size; measures the room they need."""
        if fit == self._label_fit:
            return
        self._label_fit = fit
        font = fonts.chart_font(fonts.AXIS_LABEL * fit, self._font_scale)
        for item in self._axis_items:
            item.setFont(font)
        self._reserved = [item.pixel_size() for item in self._axis_items]

    def _relayout(self) -> None:
        """Fit rings and labels into the view: the largest radius at which no label clips.

        When the labels would leave the rings too little room, they shrink in steps (down to
        MIN_LABEL_FIT of their size) before the rings do.
        """
        self._set_label_fit(1.0)
        rect = self._vb.boundingRect()
        width, height = rect.width(), rect.height()
        if width < 2 * EDGE_PAD_PX + 10 or height < 2 * EDGE_PAD_PX + 10:
            return
        gap = LABEL_GAP_PX * self._font_scale
        avail_w = width - 2 * EDGE_PAD_PX
        avail_h = height - 2 * EDGE_PAD_PX
        wanted = RING_SHARE * min(avail_w, avail_h) / 2
        k, (left, right, up, down) = self._fit_radius(avail_w, avail_h, gap)
        fit = 1.0
        while k < wanted and fit > MIN_LABEL_FIT + 1e-9:
            fit = round(max(MIN_LABEL_FIT, fit - 0.1), 2)
            self._set_label_fit(fit)
            k, (left, right, up, down) = self._fit_radius(avail_w, avail_h, gap)
        # Centre the drawing (rings plus labels) in the view; k is pixels per unit of radius.
        x0 = -(EDGE_PAD_PX + left + (avail_w - left - right) / 2) / k
        y0 = -(EDGE_PAD_PX + down + (avail_h - up - down) / 2) / k
        self._vb.setRange(xRange=(x0, x0 + width / k), yRange=(y0, y0 + height / k), padding=0.0)
        # Apply the new transform now, not at the next paint, so mapping to the scene is current.
        self._vb.updateMatrix()
        self._pixels_per_unit = k
        self._grid.set_pixels_per_unit(k)

        # Markers follow the size of the chart, so a small chart is not all markers.
        marker_scale = round(min(max(k / MARKER_REFERENCE_PX, 0.6), 1.3), 1)
        if marker_scale != self._marker_scale:
            self._marker_scale = marker_scale
            for item, s in zip(self._series_items, self._series):
                item.apply_style(s, self._high_contrast, marker_scale)
        for item in self._series_items:
            item.set_pixels_per_unit(k)

        reach = 1.0 + gap / k
        for i, item in enumerate(self._axis_items):
            item.setPos(float(self._sin[i]) * reach, float(self._cos[i]) * reach)
        # Ring values sit just right of the 12 o'clock spoke, small and muted.
        offset = 3.0 / k
        for label, value in zip(self._ring_labels, RING_VALUES):
            label.setPos(offset, value / SCALE_MAX)
        self._repaint()

    def _fit_radius(self, avail_w: float, avail_h: float,
                    gap: float) -> tuple[float, tuple[float, float, float, float]]:
        """The largest ring radius (px) at which rings and labels fit, and their extents then."""
        boxes = [(float(self._sin[i]), float(self._cos[i]), *self._anchor(i), *self._reserved[i])
                 for i in range(len(self._labels))]

        def extents(k: float) -> tuple[float, float, float, float]:
            left = right = up = down = k
            for dx, dy, ax, ay, w, h in boxes:
                px, py = (k + gap) * dx, (k + gap) * dy
                right = max(right, px + (1 - ax) * w)
                left = max(left, -(px - ax * w))
                up = max(up, py + ay * h)
                down = max(down, -(py - (1 - ay) * h))
            return left, right, up, down

        def fits(k: float) -> bool:
            left, right, up, down = extents(k)
            return left + right <= avail_w and up + down <= avail_h

        lo, hi = MIN_RADIUS_PX, min(avail_w, avail_h) / 2
        if fits(hi):
            lo = hi
        else:
            for _ in range(30):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if fits(mid) else (lo, mid)
        return lo, extents(lo)

    def _axis_at(self, scene_pos: QPointF) -> int | None:
        """The axis whose label is under ``scene_pos``, or whose direction is nearest inside the rings."""
        for item in self._axis_items:
            if item.sceneBoundingRect().contains(scene_pos):
                return item.axis
        n = len(self._labels)
        if not n:
            return None
        p = self._vb.mapSceneToView(scene_pos)
        if math.hypot(p.x(), p.y()) > 1.0:
            return None
        angle = math.atan2(p.x(), p.y()) % (2 * math.pi)
        return int(round(angle / (2 * math.pi / n))) % n


def _grid_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    return pen


def _snap(component: float) -> float:
    # Labels very close to a vertical or horizontal spoke are centred on it exactly.
    return 0.0 if abs(component) < 1e-9 else component
