"""The bar chart's base: a fixed, non-interactive pyqtgraph view with tooltips (the radar paints itself)."""

from __future__ import annotations

from typing import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtWidgets import QGraphicsView, QSizePolicy, QToolTip

from .series import ChartSeries, check_values_per_axis, checked_axes, series_structure
from .style import theme
from .tooltips import as_tooltip_html, axis_tooltip_lines


class ChartView(pg.PlotWidget):
    """A PlotWidget without mouse pan/zoom or context menu; shows each axis' tooltip on hover."""

    def __init__(self, parent=None) -> None:
        # A view box without its context menu: building that menu costs more than the rest of the box.
        super().__init__(parent=parent, background=theme(False).background,
                         viewBox=pg.ViewBox(enableMenu=False))
        self.useOpenGL(False)
        self.setAntialiasing(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setFrameShape(self.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        # pyqtgraph's (unused) plot menu has no parent and would be deleted whenever Python's garbage
        # collector gets to it, after the window, which crashes Qt's next restyle; it goes with the view.
        item.ctrlMenu.setParent(self, item.ctrlMenu.windowFlags())
        view_box = item.getViewBox()
        view_box.setMouseEnabled(x=False, y=False)
        view_box.setMenuEnabled(False)
        view_box.disableAutoRange()
        view_box.setDefaultPadding(0.0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(400, 400)

    # Subclasses keep these attributes: _labels, _tooltips, _series, _structure,
    # _high_contrast, _font_scale and _vb; and draw through the hooks below.
    def set_axes(self, labels: Sequence[str], tooltips: Sequence[str] | None = None) -> None:
        """Set the axes (their order is fixed) and a tooltip for each."""
        labels, self._tooltips = checked_axes(labels, tooltips)
        if labels == self._labels:
            return
        self._labels = labels
        self._build_axes()
        if self._series:
            self._update_data()
        self._repaint()

    def set_series(self, series: Sequence[ChartSeries]) -> None:
        """Show ``series``; reuses the plot items when the number and kinds stay the same."""
        series = list(series)
        check_values_per_axis(series, self._labels)
        self._series = series
        structure = series_structure(series)
        if structure != self._structure:
            self._rebuild_items()
            self._structure = structure
        self._update_data()
        self._refresh_axes()
        self._repaint()

    def set_high_contrast(self, on: bool) -> None:
        if on == self._high_contrast:
            return
        self._high_contrast = on
        self._apply_theme()
        self._repaint()

    def set_font_scale(self, factor: float) -> None:
        if factor <= 0:
            raise ValueError("font scale must be positive")
        self._font_scale = float(factor)
        self._apply_fonts()
        self._repaint()

    # ------------------------------------------------------- introspection (tests, panel)

    def axis_labels(self) -> list[str]:
        return list(self._labels)

    def view_box(self) -> pg.ViewBox:
        return self._vb

    def high_contrast(self) -> bool:
        return self._high_contrast

    def font_scale(self) -> float:
        return self._font_scale

    def axis_tooltip(self, axis: int) -> str:
        """The tooltip (escaped rich text) for ``axis``: full text, then value and n per series."""
        return as_tooltip_html(axis_tooltip_lines(
            self._labels[axis], self._tooltips[axis], self._series, axis))

    # ----------------------------------------------------------------- drawing hooks

    def _repaint(self) -> None:
        # A view that leaves updates to its scene (the bars) repaints what changed by itself.
        if self.viewportUpdateMode() == QGraphicsView.ViewportUpdateMode.NoViewportUpdate:
            self.viewport().update()

    def _build_axes(self) -> None:
        raise NotImplementedError

    def _rebuild_items(self) -> None:
        raise NotImplementedError

    def _update_data(self) -> None:
        raise NotImplementedError

    def _refresh_axes(self) -> None:
        raise NotImplementedError

    def _apply_theme(self) -> None:
        raise NotImplementedError

    def _apply_fonts(self) -> None:
        raise NotImplementedError

    def _axis_at(self, scene_pos: QPointF) -> int | None:
        raise NotImplementedError

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.ToolTip:
            axis = self._axis_at(self.mapToScene(event.pos()))
            if axis is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.axis_tooltip(axis), self.viewport())
            return True
        return super().viewportEvent(event)

    # The chart handles its own clicks (pyqtgraph turns press + release into a click);
    # nothing behind it should also act on them.
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().mousePressEvent(event)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().mouseReleaseEvent(event)
        event.accept()
