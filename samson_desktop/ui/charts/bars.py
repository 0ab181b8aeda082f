"""Grouped bar chart of the same series as the radar, painted by QPainter: one group per axis, 0..10 scale."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import fonts
from .series import SCALE_MAX, ChartSeries, axis_label_text, checked_axes, clamped, label_counts, series_structure
from .style import series_style, theme
from .tooltips import as_tooltip_html, axis_tooltip_lines

GRID_VALUES = (2, 4, 6, 8, 10)
GROUP_WIDTH = 0.82
# Half a group of room either side, and a little headroom so the 10 line is not on the edge.
X_MARGIN = 0.55
Y_TOP = SCALE_MAX + 0.25
MIN_LABEL_FIT = 0.6
# Room between neighbouring group labels, in line heights, so they read as separate words.
LABEL_SPACE = 0.5
#: Room around the plot (left, top, right, bottom), in pixels.
MARGINS = (4, 8, 8, 4)
#: Length of the value ticks, drawn into the plot from its left edge.
TICK_PX = 5
#: Room between the value axis and its numbers, and between the group axis and its labels.
TEXT_GAP_PX = 4
#: Each bar takes this share of its slot, so patterned neighbours stay apart.
BAR_SHARE = 0.88


class BarSeriesItem:
    """One series' bars: centres on the group axis (a group is one unit wide) and heights on the 0..10 scale."""

    def __init__(self) -> None:
        self.xs: tuple[float, ...] = ()
        self.heights: tuple[float, ...] = ()
        self.width = 0.0
        self.pen = QPen()
        self.brush = QBrush()

    def set_values(self, series: ChartSeries, axes: int, slot: int, slots: int) -> None:
        """Bars for the values of ``series`` at ``slot`` of ``slots`` in each group; a missing value has none."""
        width = GROUP_WIDTH / slots
        bars = [(i - GROUP_WIDTH / 2 + width * (slot + 0.5), clamped(series.value_at(i))) for i in range(axes)]
        bars = [(x, h) for x, h in bars if math.isfinite(h)]
        self.xs = tuple(x for x, _h in bars)
        self.heights = tuple(h for _x, h in bars)
        self.width = width * BAR_SHARE


class BarChart(QWidget):
    """Vertical bars side by side per axis; patterns tell series apart without colour.

    A plain widget like the radar: it paints its grid, numbers, labels and bars itself.
    """

    axisClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMouseTracking(True)
        self._high_contrast = False
        self._font_scale = 1.0
        self._labels: list[str] = []
        self._tooltips: list[str | None] = []
        self._series: list[ChartSeries] = []
        self._structure: tuple | None = None
        self._bar_items: list[BarSeriesItem] = []
        self._tick_texts: list[str] = []
        self._value_font = QFont()
        self._tick_font = fonts.chart_font(fonts.TICK_LABEL, 1.0)
        self._label_fit = 0.0
        self._value_width = 0
        self._label_height = 0
        self._apply_fonts()

    # ----------------------------------------------------------------- public API

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(400, 400)

    def set_axes(self, labels: Sequence[str], tooltips: Sequence[str] | None = None) -> None:
        """Set the axes (their order is fixed) and a tooltip for each."""
        labels, self._tooltips = checked_axes(labels, tooltips)
        if labels == self._labels:
            return
        self._labels = labels
        self._update_bars()
        self._update_ticks()
        self.update()

    def set_series(self, series: Sequence[ChartSeries]) -> None:
        """Show ``series``; the bar items are reused while the number and kinds of series stay the same."""
        series = list(series)
        if self._labels:
            for s in series:
                if len(s.values) != len(self._labels):
                    raise ValueError(f"series {s.name!r} has {len(s.values)} values "
                                     f"for {len(self._labels)} axes")
        self._series = series
        structure = series_structure(series)
        if structure != self._structure:
            self._structure = structure
            self._bar_items = [BarSeriesItem() for _s in series]
            self._apply_styles()
        self._update_bars()
        self._update_ticks()
        self.update()

    def set_high_contrast(self, on: bool) -> None:
        if on == self._high_contrast:
            return
        self._high_contrast = on
        self._apply_styles()
        self.update()

    def set_font_scale(self, factor: float) -> None:
        if factor <= 0:
            raise ValueError("font scale must be positive")
        self._font_scale = float(factor)
        self._apply_fonts()
        self.update()

    # ------------------------------------------------------- introspection (tests, panel)

    def axis_labels(self) -> list[str]:
        return list(self._labels)

    def high_contrast(self) -> bool:
        return self._high_contrast

    def font_scale(self) -> float:
        return self._font_scale

    def background_colour(self) -> QColor:
        return QColor(theme(self._high_contrast).background)

    def axis_tooltip(self, axis: int) -> str:
        """The tooltip (escaped rich text) for ``axis``: full text, then value and n per series."""
        return as_tooltip_html(axis_tooltip_lines(
            self._labels[axis], self._tooltips[axis], self._series, axis))

    def tick_texts(self) -> list[str]:
        return list(self._tick_texts)

    def tick_font(self) -> QFont:
        return QFont(self._tick_font)

    def bar_items(self) -> list[BarSeriesItem]:
        return list(self._bar_items)

    def group_at_x(self, x: float) -> int | None:
        """The bar group at chart coordinate ``x`` (group i is centred on i), or None between groups and outside."""
        axis = int(round(x))
        if 0 <= axis < len(self._labels) and abs(x - axis) <= GROUP_WIDTH / 2 + 0.04:
            return axis
        return None

    def plot_rect(self) -> QRectF:
        """Where the bars are drawn, in widget pixels (without the value numbers and the group labels)."""
        left, top, right, bottom = MARGINS
        return QRectF(left + self._value_width, top,
                      max(self.width() - left - right - self._value_width, 1.0),
                      max(self.height() - top - bottom - self._label_height, 1.0))

    def to_widget(self, x: float, value: float) -> QPointF:
        """A point in chart units (group i at x = i, values up from 0) in widget pixels."""
        plot = self.plot_rect()
        x_min, x_span = -X_MARGIN, max(len(self._labels), 1) - 1 + 2 * X_MARGIN
        return QPointF(plot.left() + (x - x_min) / x_span * plot.width(),
                       plot.bottom() - value / Y_TOP * plot.height())

    def group_width_px(self) -> float:
        """Pixels from one group's centre to the next."""
        return self.to_widget(1.0, 0.0).x() - self.to_widget(0.0, 0.0).x()

    # ----------------------------------------------------------------- data and style

    def _update_bars(self) -> None:
        for slot, (item, s) in enumerate(zip(self._bar_items, self._series)):
            item.set_values(s, len(self._labels), slot, len(self._series))

    def _update_ticks(self) -> None:
        counts = label_counts(self._series)
        texts = [axis_label_text(label, counts[i] if counts is not None and i < len(counts) else None)
                 for i, label in enumerate(self._labels)]
        if texts != self._tick_texts:
            self._tick_texts = texts
            self._fit_labels()

    def _apply_styles(self) -> None:
        background = theme(self._high_contrast).background
        for item, s in zip(self._bar_items, self._series):
            style = series_style(s, self._high_contrast)
            item.pen, item.brush = style.bar_pen(background), style.bar_brush()

    def _apply_fonts(self) -> None:
        self._value_font = fonts.chart_font(fonts.RING_LABEL * 1.1, self._font_scale)
        self._value_width = math.ceil(QFontMetricsF(self._value_font).horizontalAdvance("10") + 10)
        self._label_fit = 0.0
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Group labels as large as the group width allows (down to MIN_LABEL_FIT), no overlap."""
        lines = [line for text in self._tick_texts for line in text.split("\n")] or [""]
        group_px = self.group_width_px()
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
        # The tallest label's room is kept whatever n shows, so the bars never jump.
        rows = max((text.count("\n") + 1 for text in self._tick_texts), default=1)
        self._label_height = math.ceil(rows * QFontMetricsF(self._tick_font).lineSpacing() + 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_labels()

    # ----------------------------------------------------------------- painting

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        th = theme(self._high_contrast)
        plot = self.plot_rect()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(th.background))
        # Grid and axes on whole pixels, without antialiasing, so they stay crisp one-pixel lines.
        painter.setPen(_cosmetic_pen(th.grid, th.line_scale))
        for value in GRID_VALUES:
            y = round(self.to_widget(0.0, value).y())
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._paint_bars(painter, QColor(th.background))
        left, bottom = round(plot.left()), round(plot.bottom())
        painter.setPen(_cosmetic_pen(th.outer_ring, th.line_scale))
        painter.drawLine(QPointF(left, plot.top()), QPointF(left, bottom))
        painter.drawLine(QPointF(left, bottom), QPointF(plot.right(), bottom))
        self._paint_values(painter, th, left)
        self._paint_group_labels(painter, th, bottom)
        painter.end()

    def _paint_bars(self, painter: QPainter, background: QColor) -> None:
        # A pattern is drawn over the chart's background, so grid lines do not show through a bar.
        painter.setBackgroundMode(Qt.BGMode.OpaqueMode)
        painter.setBackground(QBrush(background))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        zero = self.to_widget(0.0, 0.0)
        for item in self._bar_items:
            painter.setPen(item.pen)
            painter.setBrush(item.brush)
            for x, height in zip(item.xs, item.heights):
                top_left = self.to_widget(x - item.width / 2, height)
                right = self.to_widget(x + item.width / 2, 0.0).x()
                painter.drawRect(QRectF(top_left, QPointF(right, zero.y())))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBackgroundMode(Qt.BGMode.TransparentMode)

    def _paint_values(self, painter: QPainter, th, left: int) -> None:
        painter.setFont(self._value_font)
        metrics = QFontMetricsF(self._value_font)
        for value in (0, *GRID_VALUES):
            y = round(self.to_widget(0.0, value).y())
            painter.setPen(_cosmetic_pen(th.outer_ring, th.line_scale))
            painter.drawLine(QPointF(left, y), QPointF(left + TICK_PX, y))
            painter.setPen(QColor(th.text))
            text = str(value)
            baseline = y + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(left - TEXT_GAP_PX - metrics.horizontalAdvance(text), baseline), text)

    def _paint_group_labels(self, painter: QPainter, th, bottom: int) -> None:
        painter.setFont(self._tick_font)
        painter.setPen(QColor(th.text))
        group_px = self.group_width_px()
        for axis, text in enumerate(self._tick_texts):
            centre = self.to_widget(float(axis), 0.0).x()
            # Wider than its group (only below the smallest type), a label may reach over its neighbours' edges.
            width = max(group_px, QFontMetricsF(self._tick_font).horizontalAdvance(text) + 2)
            box = QRectF(centre - width / 2, bottom + TEXT_GAP_PX, width, self._label_height)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)

    # ----------------------------------------------------------------- pointer

    def _axis_at(self, pos: QPointF) -> int | None:
        """The group under ``pos``: over the bars or over their label."""
        plot = self.plot_rect()
        if not plot.left() <= pos.x() <= plot.right() or not plot.top() <= pos.y() <= self.height():
            return None
        x_span = max(len(self._labels), 1) - 1 + 2 * X_MARGIN
        return self.group_at_x(-X_MARGIN + (pos.x() - plot.left()) / plot.width() * x_span)

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
        over = self._axis_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    # The chart handles its own clicks; nothing behind it should also act on them.
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt naming
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            axis = self._axis_at(event.position())
            if axis is not None:
                self.axisClicked.emit(axis)


def _cosmetic_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    return pen
