"""Grouped bar chart of the same series as the radar: one group per axis, 0..10 scale."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen

from . import fonts
from .series import ChartSeries, SCALE_MAX, axis_label_text, clamped, label_counts
from .style import series_style, theme
from .view import ChartView

GRID_VALUES = (2, 4, 6, 8, 10)
GROUP_WIDTH = 0.82
# Half a group of room either side, and a little headroom so the 10 line is not on the edge.
X_MARGIN = 0.55
Y_TOP = SCALE_MAX + 0.25
MIN_LABEL_FIT = 0.6
# Room between neighbouring group labels, in line heights, so they read as separate words.
LABEL_SPACE = 0.5


class PatternBarItem(pg.BarGraphItem):
    """Bars whose fill pattern sits on the chart background, so grid lines do not show through."""

    def __init__(self, **opts) -> None:
        self._backdrop = QBrush(QColor(theme(False).background))
        super().__init__(**opts)

    def set_backdrop(self, colour: str) -> None:
        self._backdrop = QBrush(QColor(colour))
        self.update()

    def paint(self, painter, *args) -> None:
        painter.setBackgroundMode(Qt.BGMode.OpaqueMode)
        painter.setBackground(self._backdrop)
        super().paint(painter, *args)


class BarChart(ChartView):
    """Vertical bars side by side per axis; patterns tell series apart without colour."""

    axisClicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        item = self.getPlotItem()
        item.layout.setContentsMargins(4, 8, 8, 4)
        self._vb = item.getViewBox()
        self._bottom = item.getAxis("bottom")
        self._left = item.getAxis("left")
        self._bottom.setStyle(hideOverlappingLabels=False, tickLength=0, autoExpandTextSpace=True)
        self._left.setStyle(tickLength=-5)
        self._left.setTicks([[(v, str(v)) for v in (0, *GRID_VALUES)], []])

        self._grid = []
        for value in GRID_VALUES:
            line = pg.InfiniteLine(pos=value, angle=0, movable=False)
            line.setZValue(-20)
            self._vb.addItem(line, ignoreBounds=True)
            self._grid.append(line)

        self._high_contrast = False
        self._font_scale = 1.0
        self._labels: list[str] = []
        self._tooltips: list[str | None] = []
        self._series: list[ChartSeries] = []
        self._structure: tuple | None = None
        self._bar_items: list[PatternBarItem] = []
        self._tick_texts: list[str] = []
        self._tick_font = fonts.chart_font(fonts.TICK_LABEL, 1.0)
        self._label_fit = 0.0

        self.scene().sigMouseClicked.connect(self._scene_clicked)
        self._vb.sigResized.connect(self._fit_labels)
        self.setMouseTracking(True)
        self._apply_theme()
        self._apply_fonts()
        self._set_x_range()

    # Hooks of ChartView.set_axes and set_series.
    def _build_axes(self) -> None:
        self._set_x_range()
        self._update_ticks()

    def _rebuild_items(self) -> None:
        self._rebuild_bar_items()

    def _update_data(self) -> None:
        self._update_bar_data()

    def _refresh_axes(self) -> None:
        self._update_ticks()

    # ------------------------------------------------------- introspection (tests, panel)

    def tick_texts(self) -> list[str]:
        return list(self._tick_texts)

    def bar_items(self) -> list[PatternBarItem]:
        return list(self._bar_items)

    def group_at_x(self, x: float) -> int | None:
        """The bar group at view coordinate ``x``, or None between groups and outside."""
        axis = int(round(x))
        if 0 <= axis < len(self._labels) and abs(x - axis) <= GROUP_WIDTH / 2 + 0.04:
            return axis
        return None

    # ----------------------------------------------------------------- internals

    def _set_x_range(self) -> None:
        n = max(len(self._labels), 1)
        self._vb.setRange(xRange=(-X_MARGIN, n - 1 + X_MARGIN), yRange=(0.0, Y_TOP), padding=0.0)

    def _update_ticks(self) -> None:
        counts = label_counts(self._series)
        texts = [axis_label_text(label, counts[i] if counts is not None and i < len(counts) else None)
                 for i, label in enumerate(self._labels)]
        if texts != self._tick_texts:
            self._tick_texts = texts
            self._bottom.setTicks([[(i, text) for i, text in enumerate(texts)], []])
            self._fit_labels()

    def _rebuild_bar_items(self) -> None:
        for item in self._bar_items:
            self._vb.removeItem(item)
        self._bar_items = []
        for s in self._series:
            item = PatternBarItem(x=[], height=[], width=0.1)
            self._style_bar_item(item, s)
            self._vb.addItem(item)
            self._bar_items.append(item)

    def _style_bar_item(self, item: pg.BarGraphItem, s: ChartSeries) -> None:
        style = series_style(s, self._high_contrast)
        background = theme(self._high_contrast).background
        item.set_backdrop(background)
        item.setOpts(pen=style.bar_pen(background), brush=style.bar_brush())

    def _update_bar_data(self) -> None:
        n = len(self._labels)
        count = len(self._series)
        if not count:
            return
        width = GROUP_WIDTH / count
        for j, (item, s) in enumerate(zip(self._bar_items, self._series)):
            heights = np.fromiter((clamped(s.value_at(i)) for i in range(n)), float, n)
            xs = np.arange(n) - GROUP_WIDTH / 2 + width * (j + 0.5)
            keep = np.isfinite(heights)
            # A gap between neighbouring bars keeps patterned bars readable.
            item.setOpts(x=xs[keep], height=heights[keep], width=width * 0.88)

    def _apply_theme(self) -> None:
        th = theme(self._high_contrast)
        self.setBackground(th.background)
        axis_pen = QPen(QColor(th.outer_ring))
        axis_pen.setWidthF(1.0 * th.line_scale)
        axis_pen.setCosmetic(True)
        for axis in (self._bottom, self._left):
            axis.setPen(axis_pen)
            axis.setTextPen(QColor(th.text))
        grid_pen = QPen(QColor(th.grid))
        grid_pen.setWidthF(1.0 * th.line_scale)
        grid_pen.setCosmetic(True)
        for line in self._grid:
            line.setPen(grid_pen)
        for item, s in zip(self._bar_items, self._series):
            self._style_bar_item(item, s)

    def _apply_fonts(self) -> None:
        value_font = fonts.chart_font(fonts.RING_LABEL * 1.1, self._font_scale)
        self._left.setTickFont(value_font)
        self._left.setWidth(math.ceil(QFontMetricsF(value_font).horizontalAdvance("10") + 10))
        self._label_fit = 0.0
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Group labels as large as the group width allows (down to MIN_LABEL_FIT), no overlap."""
        n = max(len(self._labels), 1)
        group_px = self._vb.boundingRect().width() / (n - 1 + 2 * X_MARGIN)
        lines = [line for text in self._tick_texts for line in text.split("\n")] or [""]
        fit = 1.0
        while fit > MIN_LABEL_FIT + 1e-9:
            metrics = QFontMetricsF(fonts.chart_font(fonts.TICK_LABEL * fit, self._font_scale))
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            if widest + LABEL_SPACE * metrics.lineSpacing() <= group_px:
                break
            fit = round(fit - 0.1, 2)
        if fit != self._label_fit:
            self._label_fit = fit
            self._tick_font = fonts.chart_font(fonts.TICK_LABEL * fit, self._font_scale)
            self._bottom.setTickFont(self._tick_font)
        # Reserve room for the tallest label up front; the axis would otherwise only grow
        # after its first paint, and the chart would jump.
        metrics = QFontMetricsF(self._tick_font)
        rows = max((text.count("\n") + 1 for text in self._tick_texts), default=1)
        height = math.ceil(rows * metrics.lineSpacing() + 8)
        if height != self._bottom.height():
            self._bottom.setHeight(height)

    def _axis_at(self, scene_pos: QPointF) -> int | None:
        in_plot = self._vb.sceneBoundingRect().contains(scene_pos)
        in_labels = self._bottom.sceneBoundingRect().contains(scene_pos)
        if not (in_plot or in_labels):
            return None
        return self.group_at_x(self._vb.mapSceneToView(scene_pos).x())

    def _scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        axis = self._axis_at(event.scenePos())
        if axis is not None:
            event.accept()
            self._group_clicked(axis)

    def _group_clicked(self, axis: int) -> None:
        if 0 <= axis < len(self._labels):
            self.axisClicked.emit(axis)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt naming
        over = self._axis_at(self.mapToScene(event.position().toPoint())) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


