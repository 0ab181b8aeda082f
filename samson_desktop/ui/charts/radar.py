"""Radar (spider) chart painted by QPainter: fixed axis order from 12 o'clock clockwise, 0..10 scale."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import fonts
from .radar_items import RING_VALUES, AxisLabel, RadarSeriesItem, wrap_label
from .radar_layout import RadarLayout
from .series import (SCALE_MAX, ChartSeries, axis_label_text, check_values_per_axis, checked_axes, label_counts,
                     series_structure)
from .style import theme
from .tooltips import as_tooltip_html, axis_tooltip_lines

#: Series drawn on every paint; the others are part of the background pixmap.
LIVE_KINDS = ("score", "voice")


class RadarChart(RadarLayout, QWidget):
    """Rings at 2..10, spokes, axis labels with n, and one line (or grey area) per series.

    The radius is proportional to the value on a scale that starts at 0 in the centre, so a
    score of 1 sits just off the centre and every distance from the centre means the same.
    Values are clamped to 0..10 for drawing; tooltips and labels show the real numbers.

    It is a plain widget rather than a plot canvas: after an answer only the moving lines are
    drawn again, over a pixmap of everything else, which keeps two radars on screen within the
    4 ms redraw budget.
    """

    axisClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        # The background pixmap covers every pixel: nothing under it needs painting.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMouseTracking(True)
        self._high_contrast = False
        self._font_scale = 1.0
        self._labels: list[str] = []
        self._tooltips: list[str | None] = []
        self._series: list[ChartSeries] = []
        self._structure: tuple | None = None
        self._items: list[RadarSeriesItem] = []
        self._axis_items: list[AxisLabel] = []
        self._reserved: list[tuple[float, float]] = []
        self._label_fit = 1.0
        self._marker_scale = 1.0
        self._centre = QPointF(0.0, 0.0)
        self._k = 100.0
        # The directions of the axes from 12 o'clock clockwise, the first repeated at the end.
        self._sin: list[float] = []
        self._cos: list[float] = []
        self._label_key: tuple | None = None
        self._background: QPixmap | None = None
        self._laid_out = False

    # ----------------------------------------------------------------- public API

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(400, 400)

    def set_axes(self, labels: Sequence[str], tooltips: Sequence[str] | None = None) -> None:
        """Set the axes (their order is fixed) and a tooltip for each."""
        labels, self._tooltips = checked_axes(labels, tooltips)
        if labels == self._labels:
            return
        self._labels = labels
        n = len(labels)
        angles = [i * 2 * math.pi / n for i in range(n + 1)] if n else []
        self._sin, self._cos = [math.sin(a) for a in angles], [math.cos(a) for a in angles]
        self._axis_items = [AxisLabel(i) for i in range(n)]
        self._reserved = [(0.0, 0.0)] * n
        self._label_fit = 1.0
        self._update_points()
        self._update_labels(force_layout=True)

    def set_series(self, series: Sequence[ChartSeries]) -> None:
        """Show ``series``; only what moved is drawn again."""
        series = list(series)
        check_values_per_axis(series, self._labels)
        self._series = series
        structure = series_structure(series)
        if structure != self._structure:
            self._structure = structure
            self._items = [RadarSeriesItem(s, self._high_contrast) for s in series]
            for item, s in zip(self._items, series):
                item.apply_style(s, self._high_contrast, self._marker_scale)
            self._background = None
        live_before = self._live_bounds()
        background = self._background
        self._update_points()
        self._update_labels()
        if self._laid_out and background is not None and self._background is background:
            # Only lines that move with an answer changed: repaint where they were and are now.
            self.update(live_before.united(self._live_bounds()).toAlignedRect())
        else:
            self.update()

    def _live_bounds(self) -> QRectF:
        rect = QRectF()
        for item in self._items:
            if item.kind in LIVE_KINDS:
                rect = rect.united(item.bounds())
        return rect

    def set_high_contrast(self, on: bool) -> None:
        if on == self._high_contrast:
            return
        self._high_contrast = on
        for item, s in zip(self._items, self._series):
            item.apply_style(s, on, self._marker_scale)
            item.layout(self._centre, self._k)
        self._apply_label_style()
        self._background = None
        self.update()

    def set_font_scale(self, factor: float) -> None:
        if factor <= 0:
            raise ValueError("font scale must be positive")
        self._font_scale = float(factor)
        self._label_fit = 1.0
        self._update_labels(force_layout=True)

    # ------------------------------------------------------- introspection (tests, panel)

    def axis_labels(self) -> list[str]:
        return list(self._labels)

    def high_contrast(self) -> bool:
        return self._high_contrast

    def font_scale(self) -> float:
        return self._font_scale

    def axis_tooltip(self, axis: int) -> str:
        """The tooltip (escaped rich text) for ``axis``: full text, then value and n per series."""
        return as_tooltip_html(axis_tooltip_lines(
            self._labels[axis], self._tooltips[axis], self._series, axis))

    def axis_label_items(self) -> list[AxisLabel]:
        self._ensure_layout()
        return list(self._axis_items)

    def series_items(self) -> list[RadarSeriesItem]:
        return list(self._items)

    def background_colour(self) -> QColor:
        return QColor(theme(self._high_contrast).background)

    def centre(self) -> QPointF:
        self._ensure_layout()
        return QPointF(self._centre)

    def ring_radius(self) -> float:
        """Pixels from the centre to the outer ring (a score of 10)."""
        self._ensure_layout()
        return self._k

    def to_widget(self, x: float, y: float) -> QPointF:
        """A point in chart units (radius 1 = 10, y up) in widget pixels."""
        self._ensure_layout()
        return QPointF(self._centre.x() + x * self._k, self._centre.y() - y * self._k)

    # ----------------------------------------------------------------- data

    def _update_points(self) -> None:
        n = len(self._labels)
        moved_static = False
        for item, s in zip(self._items, self._series):
            values = tuple(s.value_at(i) for i in range(n))
            if item.set_values(values, self._sin, self._cos):
                item.layout(self._centre, self._k)
                moved_static = moved_static or item.kind not in LIVE_KINDS
        if moved_static:
            self._background = None

    def _update_labels(self, force_layout: bool = False) -> None:
        """New label texts (n changed, new axes, new type size); a label that grew lays the chart out again."""
        grew, changed = self._set_label_texts()
        if grew or force_layout:
            self._laid_out = False
            self._background = None
        if grew or changed or force_layout:
            self.update()

    def _set_label_texts(self) -> tuple[bool, bool]:
        """Set the labels' texts and font; whether one grew beyond the room reserved for it, and whether any changed."""
        counts = label_counts(self._series)
        font = fonts.chart_font(fonts.AXIS_LABEL * self._label_fit, self._font_scale)
        key = (tuple(counts) if counts is not None else None, font.key(), tuple(self._labels))
        if key == self._label_key:
            return False, False  # most answers change neither n nor the type
        self._label_key = key
        metrics = QFontMetricsF(font)
        grew = changed = False
        for i, item in enumerate(self._axis_items):
            count = counts[i] if counts is not None and i < len(counts) else None
            # Above and below the rings of a four-axis chart height is scarce and width is not: n goes
            # beside the name there. With more axes the neighbours are too close for a wider label.
            same_line = len(self._labels) <= 4 and abs(self._sin[i]) < 1e-9
            text = axis_label_text(wrap_label(self._labels[i], metrics), count, same_line)
            changed |= item.set_text(text, font)
            w, h = item.pixel_size()
            rw, rh = self._reserved[i]
            if w > rw or h > rh:
                # Reserve the largest size seen, so a changing n never makes the chart jump.
                self._reserved[i] = (max(w, rw), max(h, rh))
                grew = True
        if changed:
            self._apply_label_style()
            self._background = None
        return grew, changed

    def _apply_label_style(self) -> None:
        colour = QColor(theme(self._high_contrast).text)
        for item in self._axis_items:
            item.colour = colour

    # ------------------------------------------- layout (the fitting itself: radar_layout.py)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._laid_out = False
        self._background = None

    # ----------------------------------------------------------------- painting

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._ensure_layout()
        if self._background is None or self._background.size() != self.size() * self.devicePixelRatioF():
            self._background = self._paint_background()
        painter = QPainter(self)
        exposed = QRectF(event.rect())
        ratio = self._background.devicePixelRatio()
        painter.drawPixmap(exposed, self._background,
                           QRectF(exposed.topLeft() * ratio, exposed.size() * ratio))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for item in sorted((i for i in self._items if i.kind in LIVE_KINDS), key=lambda i: i.z):
            item.paint(painter)
        painter.end()

    def _paint_background(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        th = theme(self._high_contrast)
        pixmap.fill(QColor(th.background))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        n = len(self._labels)
        static = sorted((i for i in self._items if i.kind not in LIVE_KINDS), key=lambda i: i.z)
        # The grey importance area lies under the rings, so they stay readable through it.
        for item in static:
            if item.area:
                item.paint(painter)
        if n:
            self._paint_grid(painter, th)
        for item in static:
            if not item.area:
                item.paint(painter)
        for item in self._axis_items:
            item.paint(painter)
        painter.end()
        return pixmap

    def _paint_grid(self, painter: QPainter, th) -> None:
        n = len(self._labels)
        cx, cy, k = self._centre.x(), self._centre.y(), self._k
        spokes = QPainterPath()
        for i in range(n):
            spokes.moveTo(cx, cy)
            spokes.lineTo(cx + self._sin[i] * k, cy - self._cos[i] * k)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_grid_pen(th.ring, 1.0 * th.line_scale))
        painter.drawPath(spokes)
        for value in RING_VALUES:
            r = value / SCALE_MAX * k
            ring = [QPointF(cx + self._sin[i] * r, cy - self._cos[i] * r) for i in range(n + 1)]
            outer = value == RING_VALUES[-1]
            painter.setPen(_grid_pen(th.outer_ring if outer else th.ring, (1.6 if outer else 1.0) * th.line_scale))
            painter.drawPolyline(ring)
        # Ring values sit just right of the 12 o'clock spoke, small and muted.
        ring_font = fonts.chart_font(fonts.RING_LABEL, self._font_scale)
        painter.setFont(ring_font)
        painter.setPen(QColor(th.muted_text))
        metrics = QFontMetricsF(ring_font)
        # On a small radar the ring numbers would run into each other: then every second one, from 10.
        step = 1 if k / len(RING_VALUES) >= metrics.height() else 2
        for value in RING_VALUES[::-1][::step]:
            y = cy - value / SCALE_MAX * k
            painter.drawText(QPointF(cx + 3.0, y + (metrics.ascent() - metrics.descent()) / 2), str(value))

    # ----------------------------------------------------------------- pointer

    def _axis_at(self, pos: QPointF) -> int | None:
        """The axis whose label is under ``pos``, or whose direction is nearest inside the rings."""
        self._ensure_layout()
        for item in self._axis_items:
            if item.rect.contains(pos):
                return item.axis
        n = len(self._labels)
        if not n:
            return None
        dx = (pos.x() - self._centre.x()) / self._k
        dy = (self._centre.y() - pos.y()) / self._k
        if math.hypot(dx, dy) > 1.0:
            return None
        angle = math.atan2(dx, dy) % (2 * math.pi)
        return int(round(angle / (2 * math.pi / n))) % n

    def _label_at(self, pos: QPointF) -> int | None:
        for item in self._axis_items:
            if item.rect.contains(pos):
                return item.axis
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            axis = self._axis_at(QPointF(event.pos()))
            if axis is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.axis_tooltip(axis), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt naming
        on_label = self._label_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if on_label else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    # The chart handles its own clicks; nothing behind it should also act on them.
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt naming
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            axis = self._label_at(event.position())
            if axis is not None:
                self.axisClicked.emit(axis)


def _grid_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    return pen

