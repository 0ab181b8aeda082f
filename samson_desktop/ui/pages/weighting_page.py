"""Step 3: the group weights the four values, each from 1 to 10, by click or by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.model import localized
from ...core.vocabulary import VALUE_IDS, WEIGHT_MAX, WEIGHT_MIN
from ..document import Change, SessionDocument
from ..shortcuts import mark_answer_area
from ..theme import theme
from ..widgets.labels import ui_language
from ..widgets.repolish import repolish
from ..widgets.scroll_area import scroll_area

BUTTONS_PER_ROW = 10


class ValueCard(QFrame):
    """One value: its title and meaning, and ten weight buttons. The card itself takes the focus."""

    focused = Signal(int)
    weightChosen = Signal(str, int)
    moveRequested = Signal(int)  # -1 up, +1 down

    def __init__(self, index: int, value_id: str, parent: QWidget | None = None, current: bool = False):
        super().__init__(parent)
        self.index = index
        self.value_id = value_id
        self._weight: int | None = None
        self.setProperty("role", "card")
        self.setProperty("current", current)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

        # Every child is made inside the card: with the application's style sheet, a widget moved
        # into a parent later is styled once more.
        self.title = QLabel(self)
        self.title.setProperty("role", "h2")
        self.title.setTextFormat(Qt.PlainText)
        self.description = QLabel(self)
        self.description.setProperty("role", "help")
        self.description.setTextFormat(Qt.PlainText)
        self.description.setWordWrap(True)
        self.description.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.status = QLabel(self)
        self.status.setProperty("role", "caption")
        self.status.setAlignment(Qt.AlignRight | Qt.AlignVCenter)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons = QWidget(self)
        buttons = QGridLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        # Tight enough that two cards side by side fit 1280 px even with high contrast's thicker frames.
        buttons.setSpacing(4)
        for weight in range(WEIGHT_MIN, WEIGHT_MAX + 1):
            button = QPushButton(str(weight), self.buttons)
            button.setProperty("role", "answer")
            button.setCheckable(True)
            # The card holds the focus and takes the keys; the buttons are for the mouse.
            button.setFocusPolicy(Qt.NoFocus)
            self.group.addButton(button, weight)
            position = weight - WEIGHT_MIN
            buttons.addWidget(button, position // BUTTONS_PER_ROW, position % BUTTONS_PER_ROW)
        self.group.idClicked.connect(lambda weight: self.weightChosen.emit(self.value_id, weight))

        self._compact: bool | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 8, 12, 10)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self.set_compact(False)

    def show_value(self, title: str, description: str, weight: int | None) -> None:
        self.title.setText(title)
        self.description.setText(description)
        self._weight = weight
        if weight is None:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
                checked.setChecked(False)
                self.group.setExclusive(True)
        else:
            self.group.button(weight).setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        title = self.title.text()
        if self._weight is None:
            self.status.setText(self.tr("not weighted yet"))
        else:
            self.status.setText(self.tr("weight %1 of 10").replace("%1", str(self._weight)))
        self.setAccessibleName(self.tr("Weight of %1").replace("%1", title))
        self.setAccessibleDescription(self.status.text())
        for weight in range(WEIGHT_MIN, WEIGHT_MAX + 1):
            self.group.button(weight).setAccessibleName(
                self.tr("%1: weight %2").replace("%1", title).replace("%2", str(weight)))

    def set_compact(self, on: bool) -> None:
        """One row, title beside the buttons, without the description: in presentation mode, for
        the values not under discussion, so that all four fit on the projector."""
        if on == self._compact:
            return
        self._compact = on
        grid = self._grid
        for widget in (self.title, self.status, self.description, self.buttons):
            grid.removeWidget(widget)
        grid.addWidget(self.title, 0, 0)
        if on:
            grid.addWidget(self.buttons, 0, 1)
        else:
            grid.addWidget(self.status, 0, 1, Qt.AlignRight | Qt.AlignVCenter)
            grid.addWidget(self.description, 1, 0, 1, 2)
            grid.addWidget(self.buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if on else 1)
        self.status.setVisible(not on)
        self.description.setVisible(not on)

    def set_current(self, on: bool) -> None:
        if self.property("current") != on:
            self.setProperty("current", on)
            repolish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusInEvent(event)
        self.focused.emit(self.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        key = event.key()
        if key in (Qt.Key_Up, Qt.Key_Down):
            # Cards sit in a 2×2 grid, in reading order; up and down step through that order.
            self.moveRequested.emit(-1 if key == Qt.Key_Up else 1)
        elif key in (Qt.Key_Left, Qt.Key_Right):
            step = -1 if key == Qt.Key_Left else 1
            start = self._weight if self._weight is not None else (WEIGHT_MAX + 1 if step < 0 else WEIGHT_MIN - 1)
            self.weightChosen.emit(self.value_id, min(WEIGHT_MAX, max(WEIGHT_MIN, start + step)))
        else:
            super().keyPressEvent(event)


class WeightingPage(QWidget):
    """The digits 1–9 and 0 (for 10) weight the current value and move on to the next one."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc = document
        self._current = 0

        self.title = QLabel()
        self.title.setProperty("role", "h1")
        self.lead = QLabel()
        self.lead.setProperty("role", "lead")
        self.lead.setWordWrap(True)
        self.keys_hint = QLabel()
        self.keys_hint.setProperty("role", "caption")
        self.keys_hint.setWordWrap(True)

        self.cards: list[ValueCard] = []
        self.scroll = scroll_area(self)
        cards_box = QWidget(self.scroll.viewport())
        self._columns = 0
        self._presentation = False
        cards_layout = self.cards_layout = QGridLayout(cards_box)
        cards_layout.setContentsMargins(32, 4, 32, 8)
        cards_layout.setSpacing(12)
        for index, value_id in enumerate(VALUE_IDS):
            card = ValueCard(index, value_id, cards_box, current=index == 0)
            card.focused.connect(self._set_current)
            card.weightChosen.connect(self._weight_chosen)
            card.moveRequested.connect(lambda step: self.move_current(step))
            self.cards.append(card)
        self.scroll.setWidget(cards_box)
        # The list of cards is where the digits weight.
        mark_answer_area(self.scroll)
        # The room for the cards is the viewport's width, which settles after the page's own resize
        # (a scroll bar comes or goes): choose the columns again whenever it changes.
        self.scroll.viewport().installEventFilter(self)

        header = QVBoxLayout()
        header.setContentsMargins(32, 10, 32, 4)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.lead)
        header.addWidget(self.keys_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)

        self.setFocusProxy(self.cards[0])
        document.changed.connect(self._on_changed)
        theme().changed.connect(self._relayout)
        self.retranslate()
        self._relayout()
        self._set_current(0)

    # --- layout ------------------------------------------------------------------------
    def _relayout(self) -> None:
        """Two columns where two cards fit side by side, else one; in presentation mode one
        column in which only the value under discussion shows its description."""
        layout = self.cards_layout
        margins = layout.contentsMargins()
        room = self.scroll.viewport().width() - margins.left() - margins.right()
        card_width = max(card.minimumSizeHint().width() for card in self.cards)
        columns = 2 if not self._presentation and room >= 2 * card_width + layout.horizontalSpacing() else 1
        for card in self.cards:
            card.set_compact(self._presentation and card.index != self._current)
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            layout.removeWidget(card)
        for row in range(len(self.cards) + 1):
            layout.setRowStretch(row, 0)
        for card in self.cards:
            layout.addWidget(card, card.index // columns, card.index % columns)
        layout.setRowStretch((len(self.cards) - 1) // columns + 1, 1)
        for column in range(2):
            layout.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.scroll.viewport() and event.type() == QEvent.Resize:
            self._relayout()
        return False

    # --- keyboard ----------------------------------------------------------------------
    def current_value_id(self) -> str:
        return VALUE_IDS[self._current]

    def answer_key(self, key: int) -> None:
        """1..10 weights the current value and moves to the next; 0 ("not relevant") does not apply."""
        if not WEIGHT_MIN <= key <= WEIGHT_MAX:
            return
        self._doc.set_weight(self.current_value_id(), key)
        if self._current < len(self.cards) - 1:
            self.move_current(1)

    def move_current(self, step: int) -> None:
        index = min(max(self._current + step, 0), len(self.cards) - 1)
        self.cards[index].setFocus(Qt.OtherFocusReason)
        self._set_current(index)

    def _set_current(self, index: int) -> None:
        self._current = index
        for card in self.cards:
            card.set_current(card.index == index)
        self.setFocusProxy(self.cards[index])
        if self._presentation:
            for card in self.cards:
                card.set_compact(card.index != index)
        self.scroll.ensureWidgetVisible(self.cards[index], 0, 0)

    # --- document ----------------------------------------------------------------------
    def _weight_chosen(self, value_id: str, weight: int) -> None:
        self._set_current(VALUE_IDS.index(value_id))
        self._doc.set_weight(value_id, weight)

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("weight", "session") or (change.kind == "info" and "language" in change.ids):
            self.refresh()

    def refresh(self) -> None:
        session = self._doc.session
        language = ui_language(session)  # the same language as the questions on screen
        for card in self.cards:
            try:
                value = session.question_set.value(card.value_id)
                title, description = localized(value.title, language), localized(value.description, language)
            except KeyError:
                title, description = card.value_id, ""
            card.show_value(title, description, session.weights.get(card.value_id))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Weighting of the values"))
        self.lead.setText(self.tr(
            "How important is each value for our collaboration? 1 means hardly important, "
            "10 means very important."))
        self.keys_hint.setText(self.tr(
            "Keys: 1–9, and 0 for 10, weight the marked value and move on · ↑ ↓ or Tab choose a value · "
            "← → adjust"))
        self.refresh()

    def set_presentation(self, on: bool) -> None:
        self._presentation = on
        self.keys_hint.setVisible(not on)
        self._relayout()
        self.scroll.ensureWidgetVisible(self.cards[self._current], 0, 0)
