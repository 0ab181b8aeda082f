"""Common ground of the radar and bar charts: a fixed, non-interactive pyqtgraph view with tooltips."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QToolTip

from .style import theme


class ChartView(pg.PlotWidget):
    """A PlotWidget without mouse pan/zoom or context menu; shows each axis' tooltip on hover."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, background=theme(False).background)
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
        view_box = item.getViewBox()
        view_box.setMouseEnabled(x=False, y=False)
        view_box.setMenuEnabled(False)
        view_box.disableAutoRange()
        view_box.setDefaultPadding(0.0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(400, 400)

    def axis_tooltip(self, axis: int) -> str:
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
