"""Widgets that take the height their page leaves over instead of asking for their full preferred height."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget, QTabWidget

from ..charts import ChartPanel


class FillHeight:
    """Inside a scroll area a page asks for the preferred height of everything on it. A chart or a
    tabbed list stretches anyway and scrolls or scales inside, so it need ask for no more than its
    minimum: the page then fits a 1280×720 screen without scrolling."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return False


class FillChart(FillHeight, ChartPanel):
    """A chart panel that grows into the height left over."""


class FillTabs(FillHeight, QTabWidget):
    """Tabs that grow into the height left over, and ask for the width of their whole tab names (up to
    ``TAB_NAME_CHARS`` characters): a column of the page is not squeezed until they shorten."""

    TAB_NAME_CHARS = 40

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().minimumSizeHint()
        names = min(self.tabBar().sizeHint().width(),
                    self.tabBar().fontMetrics().averageCharWidth() * self.TAB_NAME_CHARS)
        return QSize(max(hint.width(), names), hint.height())


class FillList(FillHeight, QListWidget):
    """A list that grows into the height left over and scrolls inside; it asks for no more than the
    minimum height it was given."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = QListWidget.minimumSizeHint(self)
        return QSize(hint.width(), self.minimumHeight() or hint.height())
