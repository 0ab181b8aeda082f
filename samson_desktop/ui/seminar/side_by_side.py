"""Side by side: every case's seven-field radar as small multiples, same scale and order; one case large on demand."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...core.seminar_views import Seminar, SharedCase
from ..charts import ChartPanel, ChartSeries, RadarChart
from ..theme import theme
from ..widgets.labels import FittedLabel, fmt1, plain_markup
from .texts import case_heading, field_axis_titles, field_tooltips

#: Number keys 1–9 make the case with that number large.
KEYED_CASES = 9


class CaseTile(QFrame):
    """One case's small radar under its label; a click, Enter or Space asks to show it large."""

    activated = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = FittedLabel(max_lines=2)
        self.title.setProperty("role", "h2")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.radar = RadarChart()
        self.radar.setMinimumSize(120, 120)
        # The tile takes the clicks, the chart only draws.
        self.radar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.radar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.radar, 1)

    def show_case(self, case: SharedCase, axes: list[str], tooltips: list[str]) -> None:
        key = f"{self.index + 1}  " if self.index < KEYED_CASES else ""
        self.title.set_full_text(f"{key}{case_heading(case)}")
        self.radar.set_axes(axes, tooltips)
        self.radar.set_series(_series(case, with_counts=False))
        self.radar.set_high_contrast(theme().high_contrast)
        self.setAccessibleName(f"{case.label}: {fmt1(case.overall)}")
        self.setToolTip(plain_markup(self.tr("%1 — click or press %2 to show it large")
                                      .replace("%1", case.label).replace("%2", str(self.index + 1))))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.index)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.index)
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(260, 280)


def _series(case: SharedCase, with_counts: bool) -> list[ChartSeries]:
    counts = [f.answered for f in case.fields] if with_counts else None
    series = []
    if case.shows_change:
        series.append(ChartSeries(case.time_labels[0], [f.earlier for f in case.fields], kind="earlier"))
    label = case.time_labels[-1] if case.shows_change else case.label
    series.append(ChartSeries(label, list(case.profile), kind="score", counts=counts))
    return series


def grid_shape(count: int, width: int, height: int) -> tuple[int, int]:
    """(columns, rows) for ``count`` tiles that makes each tile as large as the area allows."""
    best, best_side = (1, max(count, 1)), 0.0
    for columns in range(1, max(count, 1) + 1):
        rows = math.ceil(count / columns)
        side = min(width / columns, height / rows)
        if side > best_side + 0.5:
            best, best_side = (columns, rows), side
    return best


class SideBySide(QWidget):
    """The small multiples, and one case large: a tile's click or number key shows it, Esc goes back."""

    largeChanged = Signal(int)  # the case shown large, or -1 for the grid

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._seminar: Seminar | None = None
        self._columns = 0
        self.tiles: list[CaseTile] = []
        self.stack = QStackedWidget()
        self.grid_page = QWidget()
        self.grid = QGridLayout(self.grid_page)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)

        self.large_page = QWidget()
        large = QVBoxLayout(self.large_page)
        large.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.show_grid)
        self.large_title = FittedLabel(max_lines=2)
        self.large_title.setProperty("role", "h1")
        top.addWidget(self.back_button)
        top.addWidget(self.large_title, 1)
        large.addLayout(top)
        body = QHBoxLayout()
        self.large_chart = ChartPanel()
        body.addWidget(self.large_chart, 3)
        self.large_facts = QLabel()
        self.large_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.large_facts.setWordWrap(True)
        self.large_facts.setProperty("role", "lead")
        self.large_facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.large_facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        body.addWidget(self.large_facts, 2)
        large.addLayout(body, 1)

        self.stack.addWidget(self.grid_page)
        self.stack.addWidget(self.large_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)
        for number in range(1, KEYED_CASES + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self, activated=lambda n=number: self.show_large(n - 1))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def set_presentation(self, on: bool) -> None:
        """On the wall the how-to line gives its room to the chart."""
        self.hint.setVisible(not on)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to all cases (Esc)"))
        self.hint.setText(self.tr("Click a case or press its number to show it large; Esc goes back. "
                                  "Every radar has the same scale (1–10) and the same field order."))
        if self._seminar is not None:
            self.set_seminar(self._seminar)

    def set_seminar(self, seminar: Seminar) -> None:
        large = self.large_case()
        self._seminar = seminar
        axes = [str(f.number) for f in seminar.fields]
        tooltips = field_tooltips(seminar)
        while len(self.tiles) > len(seminar.cases):
            tile = self.tiles.pop()
            tile.setParent(None)
            tile.deleteLater()
        while len(self.tiles) < len(seminar.cases):
            tile = CaseTile(len(self.tiles))
            tile.activated.connect(self.show_large)
            self.tiles.append(tile)
        for tile, case in zip(self.tiles, seminar.cases):
            tile.show_case(case, axes, tooltips)
        self._place_tiles()
        # Each field stays on one line; the line breaks between fields.
        self.legend.setText("   ".join(title.replace(" ", "\u00a0") for title in field_axis_titles(seminar)))
        if large is not None and large < len(seminar.cases):
            self.show_large(large)
        else:
            self.show_grid()

    def _place_tiles(self) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        columns = self._columns = self._wanted_columns()
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _wanted_columns(self) -> int:
        return grid_shape(len(self.tiles), max(self.width(), 400), max(self.height() - 40, 300))[0]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self.tiles and self._wanted_columns() != self._columns:
            self._place_tiles()

    # --- one case large ------------------------------------------------------------------------
    def large_case(self) -> int | None:
        if self.stack.currentWidget() is not self.large_page:
            return None
        return self.large_chart.property("case")

    def show_large(self, index: int) -> None:
        seminar = self._seminar
        if seminar is None or not 0 <= index < len(seminar.cases):
            return
        case = seminar.cases[index]
        self.large_chart.setProperty("case", index)
        self.large_title.set_full_text(case_heading(case))
        self.large_chart.set_title(self.tr("Field profile"))
        self.large_chart.set_axes(field_axis_titles(seminar), field_tooltips(seminar))
        self.large_chart.set_series(_series(case, with_counts=True))
        self.large_chart.set_high_contrast(theme().high_contrast)
        self.large_facts.setText(self._facts(case))
        self.stack.setCurrentWidget(self.large_page)
        self.legend.hide()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.largeChanged.emit(index)

    def show_grid(self) -> bool:
        """Back to the small multiples; False when they were shown already."""
        was_large = self.stack.currentWidget() is self.large_page
        self.stack.setCurrentWidget(self.grid_page)
        self.legend.show()
        if was_large:
            index = self.large_chart.property("case")
            if isinstance(index, int) and index < len(self.tiles):
                self.tiles[index].setFocus(Qt.FocusReason.OtherFocusReason)
            self.largeChanged.emit(-1)
        return was_large

    def _facts(self, case: SharedCase) -> str:
        lines = [self.tr("Overall: %1").replace("%1", fmt1(case.overall))]
        if case.shows_change and case.earlier_overall is not None:
            lines[0] += " " + self.tr("(earlier %1)").replace("%1", fmt1(case.earlier_overall))
        strong = case.strongest()
        weak = case.weakest()
        if strong:
            lines += ["", self.tr("Strongest fields:")]
            lines += [f"  {f.number} {f.title}: {fmt1(f.score)} (n={f.answered})" for f in strong]
        if weak:
            lines += ["", self.tr("Weakest fields:")]
            lines += [f"  {f.number} {f.title}: {fmt1(f.score)} (n={f.answered})" for f in weak]
        return "\n".join(lines)

    def set_high_contrast(self, on: bool) -> None:
        for tile in self.tiles:
            tile.radar.set_high_contrast(on)
        self.large_chart.set_high_contrast(on)
