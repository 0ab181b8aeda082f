"""The questions with the largest gap between importance and score, each one a click from its page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ...core.model import Session, localized
from ...core.scoring import SessionScores
from .labels import fmt1, plain_tooltip, score_count, ui_language
from .lists import make_wrapping


class PriorityList(QListWidget):
    """Two lines per question: number and text, then gap, importance, score and n.

    ``questionRequested`` fires on a click, or on Enter for the current row.
    """

    questionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        make_wrapping(self)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemClicked.connect(self._on_item_clicked)
        self._session: Session | None = None
        self._scores: SessionScores | None = None
        #: question id -> (what the row was made from, its text)
        self._lines: dict[str, tuple[tuple, str]] = {}
        self.retranslate()

    def set_scores(self, session: Session, scores: SessionScores) -> None:
        if session is not self._session:
            self._lines.clear()
        self._session, self._scores = session, scores
        qset = session.question_set
        lang = ui_language(session)
        by_id = {q.id: q for q in scores.questions}
        with_n = self.tr("Gap %1 = importance %2 − score %3 (n=%4)")
        # An agreed score alone is the group's one answer: no n, which would read as one respondent.
        agreed = self.tr("Gap %1 = importance %2 − score %3")
        rows = []
        for question_id in scores.priority:
            qs = by_id[question_id]
            count = score_count(qs)
            template = agreed if count is None else with_n
            key = (lang, template, qs.number, qs.gap, qs.importance, qs.score, count)
            line = self._lines.get(question_id)
            if line is None or line[0] != key:
                # Formatting all rows on every answer would cost more than drawing them.
                text = localized(qset.question(question_id).text, lang)
                figures = template.replace("%1", fmt1(qs.gap)).replace("%2", fmt1(qs.importance)).replace(
                    "%3", fmt1(qs.score)).replace("%4", str(key[-1]))
                line = (key, f"{qs.number}  {text}\n{figures}")
                self._lines[question_id] = line
            rows.append((question_id, line[1]))
        # An answer changes one or two rows; rewriting only those keeps the redraw after an
        # answer cheap, as every new row of wrapped text has to be measured again.
        changed = self.count() != len(rows)
        while self.count() > len(rows):
            self.takeItem(self.count() - 1)
        for row, (question_id, text) in enumerate(rows):
            item = self.item(row)
            if item is None:
                item = QListWidgetItem()
                self.addItem(item)
            if item.data(Qt.ItemDataRole.UserRole) != question_id:
                item.setData(Qt.ItemDataRole.UserRole, question_id)
            if item.text() != text:
                item.setText(text)
                item.setToolTip(plain_tooltip(text))
                changed = True
        if changed:
            # Lay the rows out now rather than at the next turn of the event loop, so the
            # list is painted once, together with the charts, instead of once more after them.
            self.executeDelayedItemsLayout()

    def question_ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Priority list: largest gaps first"))
        self.setAccessibleDescription(
            self.tr("Gap is importance minus score. Click a question, or press Enter, to open it."))
        if self._session is not None and self._scores is not None:
            self.set_scores(self._session, self._scores)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.questionRequested.emit(item.data(Qt.ItemDataRole.UserRole))
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.questionRequested.emit(item.data(Qt.ItemDataRole.UserRole))
