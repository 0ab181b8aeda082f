"""ChartPanel: a titled chart with a Radar/Bars toggle and a legend; the widget every page uses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QApplication, QButtonGroup, QHBoxLayout, QSizePolicy, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from .. import tool_windows
from ..widgets.labels import FittedLabel
from .legend import Legend
from .radar import RadarChart
from .series import ChartSeries, check_values_per_axis
from .style import theme

if TYPE_CHECKING:
    from .bars import BarChart

#: The bar view's module: it loads pyqtgraph, so it is imported when a bar view is first needed.
BARS_MODULE = "charts.bars"

VIEWS = ("radar", "bars")
#: Room between the title and the Radar/Bars toggle.
HEADER_GAP = 8


class _Header(QWidget):
    """The title and the Radar/Bars toggle, never on top of each other.

    Side by side where the whole title fits beside the toggle in at most two lines; otherwise the
    title takes a line of its own above the toggle. So a long title or large type (presentation
    mode) costs a line of height, never the page's width.
    """

    def __init__(self, title: FittedLabel, toggle: QWidget, parent: QWidget):
        super().__init__(parent)
        self._title = title
        self._toggle = toggle
        title.setParent(self)
        toggle.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _arrange(self, width: int) -> tuple[QRect, QRect]:
        """Where the title and the toggle go at ``width``."""
        toggle = self._toggle.sizeHint()
        toggle_rect = QRect(max(width - toggle.width(), 0), 0, toggle.width(), toggle.height())
        if self._title.isHidden() or not self._title.full_text():
            return QRect(), toggle_rect
        beside = width - toggle.width() - HEADER_GAP
        if beside > 0 and self._title.fits(beside):
            title_height = self._title.heightForWidth(beside)
            # The title's first line and the buttons share a middle line.
            return QRect(0, 0, beside, max(title_height, toggle.height())), toggle_rect
        title_height = self._title.heightForWidth(width)
        toggle_rect.moveTop(title_height + HEADER_GAP // 2)
        return QRect(0, 0, width, title_height), toggle_rect

    def beside(self) -> bool:
        """Whether the title stands beside the toggle (else above it)."""
        title, toggle = self._arrange(self.width())
        return title.isNull() or title.bottom() >= toggle.top()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        title, toggle = self._arrange(width)
        return max(title.bottom(), toggle.bottom()) + 1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        width = self._toggle.sizeHint().width()
        if not self._title.isHidden() and self._title.full_text():
            width += HEADER_GAP + self._title.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        # Narrow, the title goes above the toggle; the height follows the width it now has.
        width = self._toggle.minimumSizeHint().width()
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def refit(self) -> None:
        """After a change of title, text or type size."""
        self.updateGeometry()
        self._place()

    def event(self, event: QEvent) -> bool:
        # A button's text turned bold or another title: the children asked for new sizes.
        if event.type() == QEvent.Type.LayoutRequest:
            self.refit()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        was = self.heightForWidth(event.oldSize().width()) if event.oldSize().width() > 0 else -1
        self._place()
        if was != self.heightForWidth(self.width()):
            self.updateGeometry()

    def _place(self) -> None:
        title, toggle = self._arrange(self.width())
        if not title.isNull():
            self._title.setGeometry(title)
        self._toggle.setGeometry(toggle)


class ChartPanel(QWidget):
    """One chart shown as a radar or, one click away, as bars (radar areas exaggerate differences).

    Both views show the same axes and series. Only the visible view is redrawn on each update;
    the other one catches up when it is shown. The bar view is built the first time it is needed.
    """

    axisClicked = Signal(int)
    viewChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._tooltips: list[str] | None = None
        self._series: list[ChartSeries] = []
        self._high_contrast = False
        self._font_scale = 1.0
        self._stale = {view: False for view in VIEWS}

        self._title = FittedLabel(self)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        # A compact toggle: the room reads the chart and its title, the facilitator the buttons.
        self._toggle = QWidget(self)
        # Focused, the application's style draws a 3 px frame: the padding gives the 2 px back, so the
        # button does not need more room than the layout gave it.
        self._toggle.setStyleSheet("QToolButton { padding: 2px 10px; min-height: 1.3em; }"
                                   "QToolButton:focus { padding: 0px 8px; }")
        self._radar_button = QToolButton(self._toggle)
        self._bars_button = QToolButton(self._toggle)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        toggle = QHBoxLayout(self._toggle)
        toggle.setContentsMargins(0, 0, 0, 0)
        toggle.setSpacing(4)
        for button in (self._radar_button, self._bars_button):
            toggle.addWidget(button)
            button.setCheckable(True)
            # Tab reaches them, a click does not take the keyboard: the answer keys keep working.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._buttons.addButton(button)
        self._radar_button.setChecked(True)
        self._radar_button.clicked.connect(lambda: self.set_view("radar"))
        self._bars_button.clicked.connect(lambda: self.set_view("bars"))

        self.radar = RadarChart(self)
        self._bars: BarChart | None = None
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.radar)
        self.radar.axisClicked.connect(self.axisClicked)

        self._legend = Legend(self)

        self._header = _Header(self._title, self._toggle, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self._header)
        layout.addWidget(self._stack, 1)
        self._footer = QHBoxLayout()
        self._footer.setContentsMargins(0, 0, 0, 0)
        self._footer.addWidget(self._legend, 1)
        layout.addLayout(self._footer)

        self.set_title(title)
        self._retranslate()
        self._apply_fonts()

    # ----------------------------------------------------------------- public API

    def set_title(self, title: str) -> None:
        self._title.set_full_text(title)
        self._title.setVisible(bool(title))
        self.setAccessibleName(title)
        self._header.refit()

    def title(self) -> str:
        return self._title.full_text()

    def set_axes(self, labels: Sequence[str], tooltips: Sequence[str] | None = None) -> None:
        """The axes in their fixed order (radar: clockwise from 12 o'clock; bars: left to right)."""
        labels = [str(label) for label in labels]
        if tooltips is not None and len(tooltips) != len(labels):
            raise ValueError(f"{len(labels)} axis labels but {len(tooltips)} tooltips")
        tooltips = list(tooltips) if tooltips is not None else None
        if labels == self._labels and tooltips == self._tooltips:
            return
        self._labels = labels
        self._tooltips = tooltips
        self._changed()

    def set_series(self, series: Sequence[ChartSeries]) -> None:
        """Update the data; cheap when only values change (the plot items are reused)."""
        series = list(series)
        check_values_per_axis(series, self._labels)
        if series == self._series:
            return  # nothing to redraw
        self._series = series
        self._changed()
        self._legend.update_legend(series, self.view(), self._high_contrast, self._font_scale)

    def set_view(self, view: Literal["radar", "bars"]) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown chart view {view!r}; expected 'radar' or 'bars'")
        chart = self._chart(view)
        if self._stale[view]:
            self._sync(view)
        button = self._radar_button if view == "radar" else self._bars_button
        button.setChecked(True)
        self._mark_checked()
        if self._stack.currentWidget() is not chart:
            self._stack.setCurrentWidget(chart)
            self._legend.update_legend(self._series, view, self._high_contrast, self._font_scale)
            self.viewChanged.emit(view)

    def view(self) -> str:
        return "radar" if self._stack.currentWidget() is self.radar else "bars"

    @property
    def bars(self) -> BarChart:
        """The bar view, built now if it has not been shown before."""
        if self._bars is None:
            bars = self._bars = tool_windows.module(BARS_MODULE).BarChart(self)
            self._stack.addWidget(bars)
            bars.axisClicked.connect(self.axisClicked)
            bars.setAccessibleName(self.tr("Bar chart"))
            bars.set_high_contrast(self._high_contrast)
            bars.set_font_scale(self._font_scale)
            self._stale["bars"] = True
        return self._bars

    def has_bar_view(self) -> bool:
        """Whether the bar view has been built."""
        return self._bars is not None

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = bool(on)
        self.radar.set_high_contrast(self._high_contrast)
        if self._bars is not None:
            self._bars.set_high_contrast(self._high_contrast)
        if self._high_contrast:
            th = theme(True)
            palette = QPalette(self.palette())
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                         QPalette.ColorRole.Button):
                palette.setColor(role, QColor(th.background))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                         QPalette.ColorRole.ButtonText):
                palette.setColor(role, QColor(th.text))
            palette.setColor(QPalette.ColorRole.Highlight, QColor("#FFFF00"))
            palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
            self.setPalette(palette)
            self.setAutoFillBackground(True)
        elif self.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            # Hand the colours back to the window's own palette. Only then: setting even the default
            # palette makes Qt restyle the whole window and paint it again.
            self.setPalette(QPalette())
            self.setAutoFillBackground(False)
        self._legend.update_legend(self._series, self.view(), self._high_contrast, self._font_scale)

    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_font_scale(self, factor: float) -> None:
        """Scale every text in the panel (zoom, presentation mode); 1.0 is the normal size."""
        if factor <= 0:
            raise ValueError("font scale must be positive")
        self._font_scale = float(factor)
        self.radar.set_font_scale(self._font_scale)
        if self._bars is not None:
            self._bars.set_font_scale(self._font_scale)
        self._apply_fonts()
        self._legend.update_legend(self._series, self.view(), self._high_contrast, self._font_scale)

    def font_scale(self) -> float:
        return self._font_scale

    # ------------------------------------------------------- introspection (tests, pages)

    def axis_labels(self) -> list[str]:
        return list(self._labels)

    def series(self) -> list[ChartSeries]:
        return list(self._series)

    def add_to_legend_row(self, widget: QWidget) -> None:
        """Put ``widget`` (a page's option for this chart) at the right end of the legend's row."""
        self._footer.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def legend(self) -> Legend:
        return self._legend

    def title_label(self) -> FittedLabel:
        return self._title

    def title_beside_buttons(self) -> bool:
        """Whether the title stands beside the Radar/Bars buttons (else it has a line above them)."""
        return self._header.beside()

    def radar_button(self) -> QToolButton:
        return self._radar_button

    def bars_button(self) -> QToolButton:
        return self._bars_button

    def current_chart(self) -> RadarChart | BarChart:
        return self._chart(self.view())

    # ----------------------------------------------------------------- internals

    def _chart(self, view: str) -> RadarChart | BarChart:
        return self.radar if view == "radar" else self.bars

    def _changed(self) -> None:
        current = self.view()
        for view in VIEWS:
            self._stale[view] = True
        self._sync(current)

    def _sync(self, view: str) -> None:
        chart = self._chart(view)
        chart.set_axes(self._labels, self._tooltips)
        chart.set_series(self._series)
        self._stale[view] = False

    def _apply_fonts(self) -> None:
        base = QFont(QApplication.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        title_font = QFont(base)
        title_font.setPointSizeF(size * 1.1 * self._font_scale)
        title_font.setBold(True)
        self._title.setFont(title_font)
        text_font = QFont(base)
        text_font.setPointSizeF(size * 0.95 * self._font_scale)
        for widget in (self._radar_button, self._bars_button, self._legend):
            widget.setFont(text_font)
        self._mark_checked()
        self._header.refit()

    def _mark_checked(self) -> None:
        # Bold text marks the current view in every theme, not only by the button's shading.
        for button in (self._radar_button, self._bars_button):
            font = QFont(button.font())
            font.setBold(button.isChecked())
            button.setFont(font)

    def _retranslate(self) -> None:
        self._radar_button.setText(self.tr("Radar"))
        self._bars_button.setText(self.tr("Bars"))
        self._radar_button.setAccessibleName(self.tr("Show as radar chart"))
        self._bars_button.setAccessibleName(self.tr("Show as bar chart"))
        self._radar_button.setToolTip(self.tr("Show as radar chart"))
        self.radar.setAccessibleName(self.tr("Radar chart"))
        if self._bars is not None:
            self._bars.setAccessibleName(self.tr("Bar chart"))
        self._bars_button.setToolTip(
            self.tr("Show as bar chart (bars show differences more fairly than radar areas)"))
        self._header.refit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
