"""What the strong ones do: per field the shared measures of the highest cases (tips), and each case's barriers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from ...core.seminar import BY_SCORE
from ...core.seminar_views import Seminar
from ..widgets.labels import fmt1, quadrant_name, status_name


def _heading(role: str = "h2") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _list() -> QListWidget:
    widget = QListWidget()
    wrapped_list(widget)
    return widget


def wrapped_list(widget: QListWidget) -> None:
    """Long items wrap at the list's width (and wrap again when it changes) instead of scrolling sideways."""
    widget.setWordWrap(True)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)


class StrongPage(QWidget):
    """Pick a field on the left; the middle says who is strongest there and what they do, the right each
    case's largest gaps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._seminar: Seminar | None = None
        self.fields = _list()
        self.fields.currentRowChanged.connect(self._show_field)
        self.fields_heading = _heading()
        self.tips_heading = _heading()
        self.strong = _heading("lead")
        self.tips = _list()
        self.barriers_heading = _heading()
        self.barriers = _list()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields_heading, 0, 0)
        layout.addWidget(self.fields, 1, 0, 2, 1)
        layout.addWidget(self.tips_heading, 0, 1)
        layout.addWidget(self.strong, 1, 1)
        layout.addWidget(self.tips, 2, 1)
        layout.addWidget(self.barriers_heading, 0, 2)
        layout.addWidget(self.barriers, 1, 2, 2, 1)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 4)
        layout.setColumnStretch(2, 3)
        layout.setRowStretch(2, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.fields_heading.setText(self.tr("Field"))
        self.fields.setAccessibleName(self.tr("Field"))
        self.tips_heading.setText(self.tr("What the strong ones do"))
        self.tips.setAccessibleName(self.tr("What the strong ones do"))
        self.barriers_heading.setText(self.tr("Barriers: each case's largest gaps"))
        self.barriers.setAccessibleName(self.tr("Barriers: each case's largest gaps"))
        if self._seminar is not None:
            self.set_seminar(self._seminar)

    def set_seminar(self, seminar: Seminar) -> None:
        self._seminar = seminar
        row = max(self.fields.currentRow(), 0)
        self.fields.blockSignals(True)
        self.fields.clear()
        for tips in seminar.tips:
            QListWidgetItem(f"{tips.number} {tips.title}", self.fields)
        self.fields.blockSignals(False)
        self.fields.setCurrentRow(min(row, self.fields.count() - 1))
        self._show_field(self.fields.currentRow())
        self._show_barriers(seminar)

    def _show_field(self, row: int) -> None:
        seminar = self._seminar
        self.tips.clear()
        if seminar is None or not 0 <= row < len(seminar.tips):
            self.strong.setText("")
            return
        tips = seminar.tips[row]
        strong = ", ".join(f"{label} {fmt1(score)}" for _case, label, score in tips.strong)
        self.strong.setText(self.tr("Highest here: %1").replace("%1", strong) if strong else
                            self.tr("No case has a score in this field."))
        for tip in tips.tips:
            measure = tip.measure
            text = f"{measure.text}\n— {tip.label} ({measure.question_number}) · {status_name(measure.status)}"
            if measure.quadrant:
                text += f" · {quadrant_name(measure.quadrant)}"
            if measure.owner:
                text += "\n" + self.tr("Owner: %1").replace("%1", measure.owner)
            if measure.note:
                text += "\n" + self.tr("Note: %1").replace("%1", measure.note)
            QListWidgetItem(text, self.tips)
        if tips.strong and not tips.tips:
            QListWidgetItem(self.tr("The strongest cases have no shared measures in this field."), self.tips)
        if tips.withheld:
            QListWidgetItem(self.tr("Not sharing their measures: %1").replace("%1", ", ".join(tips.withheld)),
                            self.tips)

    def _show_barriers(self, seminar: Seminar) -> None:
        self.barriers.clear()
        for case in seminar.cases:
            heading = QListWidgetItem(case.label, self.barriers)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            if case.barriers_by == BY_SCORE:
                QListWidgetItem(self.tr("(lowest scores: the case weighted no value)"), self.barriers)
            for barrier in case.barriers:
                if case.barriers_by == BY_SCORE:
                    numbers = self.tr("score %1").replace("%1", fmt1(barrier.score))
                else:
                    numbers = self.tr("score %1, importance %2, gap %3").replace("%1", fmt1(barrier.score)).replace(
                        "%2", fmt1(barrier.importance)).replace("%3", fmt1(barrier.gap))
                text = f"{barrier.question_number}  {barrier.question_text}\n{numbers}"
                QListWidgetItem(text, self.barriers)
            if not case.barriers:
                QListWidgetItem(self.tr("No gaps"), self.barriers)

    def select_field(self, row: int) -> None:
        self.fields.setCurrentRow(row)
