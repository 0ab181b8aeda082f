"""Field by field: each field's 1–10 line with every case's score as a dot; a pressed case shows its questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.seminar_views import Seminar
from ..widgets.labels import FittedLabel, fmt1
from .dot_lines import Dot, DotLines, DotRow
from .strong_page import wrapped_list
from .texts import matching_lines


class FieldPage(QWidget):
    """The pooled picture: who is strong where. Press a dot (click, or arrows and Enter) for that case's questions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._seminar: Seminar | None = None
        self._shown: tuple[int, int] | None = None  # (field row, case)
        self.lines = DotLines()
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        self.matching = QLabel()
        self.matching.setTextFormat(Qt.TextFormat.PlainText)
        self.matching.setProperty("role", "caption")
        self.matching.setWordWrap(True)
        self.detail_title = FittedLabel(max_lines=3)
        self.detail_title.setProperty("role", "h2")
        self.questions = QListWidget()
        wrapped_list(self.questions)
        self.detail = QWidget()
        side = QVBoxLayout(self.detail)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail_title)
        side.addWidget(self.questions, 1)
        left = QVBoxLayout()
        left.addWidget(self.lines, 1)
        left.addWidget(self.matching)
        left.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.detail, 2)
        self.detail.hide()
        self.lines.dotActivated.connect(self.show_questions)
        self.retranslate()

    def set_presentation(self, on: bool) -> None:
        """On the wall the how-to line gives its room to the chart."""
        self.hint.setVisible(not on)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click a dot (or arrow keys and Enter) to see that case's questions."))
        self.lines.setAccessibleName(self.tr("Every case's score per field"))
        self.questions.setAccessibleName(self.tr("The case's questions in the field"))
        if self._seminar is not None:
            self.set_seminar(self._seminar)

    def set_seminar(self, seminar: Seminar) -> None:
        self._seminar = seminar
        rows = []
        for picture in seminar.fields:
            dots = tuple(Dot(d.case, d.label, d.score,
                             f"{d.label}: {fmt1(d.score)} (n={d.answered})") for d in picture.dots)
            missing = [d.label for d in picture.dots if d.score is None]
            note = self.tr("No score: %1").replace("%1", ", ".join(missing)) if missing else ""
            rows.append(DotRow(f"{picture.number} {picture.title}", dots, note))
        self.lines.set_rows(rows)
        lines = matching_lines(seminar)
        self.matching.setText(
            (self.tr("Not matched across the question sets:") + "\n" + "\n".join(lines)) if lines else "")
        self.matching.setVisible(bool(lines))
        if self._shown is not None and self._shown[1] < len(seminar.cases):
            self.show_questions(*self._shown)
        else:
            self.close_questions()

    def show_questions(self, row: int, case_index: int) -> None:
        seminar = self._seminar
        if seminar is None or not 0 <= row < len(seminar.fields) or not 0 <= case_index < len(seminar.cases):
            return
        self._shown = (row, case_index)
        case = seminar.cases[case_index]
        field = case.fields[row]
        self.detail_title.set_full_text(f"{case.label} — {field.number} {field.title}: {fmt1(field.score)} "
                                        f"(n={field.answered})")
        self.questions.clear()
        for question in field.question_scores:
            score = self.tr("not relevant") if question.not_applicable else fmt1(question.score)
            text = f"{question.number}  {question.text}\n{self.tr('Score')}: {score}"
            if question.spread is not None:
                text += "  · " + self.tr("spread between the parties: %1").replace("%1", fmt1(question.spread))
            if not question.matched:
                text += "\n" + self.tr("Only in this case's question set")
            if question.note:
                text += "\n" + self.tr("Note: %1").replace("%1", question.note)
            QListWidgetItem(text, self.questions)
        if not field.question_scores:
            QListWidgetItem(self.tr("This case has no questions in this field."), self.questions)
        self.detail.show()
        self.lines.set_current(row, case_index)

    def close_questions(self) -> bool:
        """Hide the questions; False when they were not shown."""
        shown = self.detail.isVisible()
        self._shown = None
        self.detail.hide()
        return shown

    def painted_texts(self) -> list[str]:
        return self.lines.painted_texts()
