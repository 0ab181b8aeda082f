"""The questions where the group scores low on what it weights high, in one of two orderings, each a click from its page.

"Largest gap" ranks every question by importance − score. "Lowest score among the top-weighted
values" lists only the questions linked to the value(s) the group weighted highest, by score
alone. The two answer different questions, so the header says which one is shown and how.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Session, localized
from ...core.orderings import lowest_among_top_weighted
from ...core.scoring import SessionScores
from .labels import fmt1, plain_markup, score_count, ui_language
from .lists import make_wrapping

ORDER_GAP = "gap"
ORDER_TOP_WEIGHTED = "top_weighted"


class PriorityList(QListWidget):
    """Two lines per question: number and text, then gap, importance, score and n.

    ``questionRequested`` fires on a click, or on Enter for the current row.
    """

    questionRequested = Signal(str)
    #: The rows were rebuilt (new scores or another ordering).
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        make_wrapping(self)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemClicked.connect(self._on_item_clicked)
        self._session: Session | None = None
        self._scores: SessionScores | None = None
        self._order = ORDER_GAP
        #: The values the second ordering follows, as (titles, weight), for the header.
        self.top_values: tuple[list[str], int | None] = ([], None)
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
        if self._order == ORDER_TOP_WEIGHTED:
            top = lowest_among_top_weighted(qset, scores)
            self.top_values = ([localized(qset.value(v).title, lang) for v in top.value_ids], top.weight)
            ordered = top.questions
            with_n = self.tr("Score %3 (n=%4) · importance %2 · gap %1")
            # An agreed score alone is the group's one answer: no n, which would read as one respondent.
            agreed = self.tr("Score %3 · importance %2 · gap %1")
        else:
            ordered = scores.priority
            with_n = self.tr("Gap %1 = importance %2 − score %3 (n=%4)")
            agreed = self.tr("Gap %1 = importance %2 − score %3")
        rows = []
        for question_id in ordered:
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
                item.setToolTip(plain_markup(text))
                changed = True
        if changed:
            # Lay the rows out now rather than at the next turn of the event loop, so the
            # list is painted once, together with the charts, instead of once more after them.
            self.executeDelayedItemsLayout()
        self.refreshed.emit()

    def order(self) -> str:
        return self._order

    def set_order(self, order: str) -> None:
        if order != self._order:
            self._order = order
            self._lines.clear()
            self.retranslate()

    def question_ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Priority list: largest gaps first") if self._order == ORDER_GAP else
                               self.tr("Priority list: lowest score among the values weighted highest"))
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


class PriorityHeader(QWidget):
    """The ordering to show and a caption that says plainly how that ordering is computed."""

    def __init__(self, priority: PriorityList, parent: QWidget | None = None):
        super().__init__(parent)
        self._list = priority
        self.order_box = QComboBox(self)
        self.order_box.activated.connect(self._order_chosen)
        # The column is narrow in large type: the box takes the width it is given, not its longest item's.
        self.order_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.order_box.setMinimumContentsLength(8)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "caption")
        priority.refreshed.connect(self.update_caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.order_box)
        layout.addWidget(self.caption)
        self.retranslate()

    def retranslate(self) -> None:
        self.order_box.clear()
        self.order_box.addItem(self.tr("Largest gap"), ORDER_GAP)
        self.order_box.addItem(self.tr("Lowest score among the values weighted highest"), ORDER_TOP_WEIGHTED)
        self.order_box.setCurrentIndex(self.order_box.findData(self._list.order()))
        self.order_box.setAccessibleName(self.tr("Order of the priority list"))
        self.update_caption()

    def update_caption(self) -> None:
        if self._list.order() == ORDER_GAP:
            text = self.tr(
                "Gap = importance − score. A question's importance is the mean weight of the values it is "
                "linked to, weighted by how strongly it is linked. Largest gap first: where the group scores "
                "low on what it weights high. Click a question to open it.")
        else:
            titles, weight = self._list.top_values
            if not titles:
                text = self.tr("The values have not been weighted yet, so there are no top-weighted values.")
            else:
                text = self.tr(
                    "Only the questions linked to the value(s) weighted highest (%1, weight %2), lowest score "
                    "first. Importance does not enter, so this is not the gap order. Click a question to open it."
                ).replace("%1", ", ".join(titles)).replace("%2", str(weight))
        self.caption.setText(text)

    def _order_chosen(self, index: int) -> None:
        self._list.set_order(self.order_box.itemData(index))
        self.update_caption()
