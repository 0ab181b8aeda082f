"""Follow-up first: at a later time point the group says what became of each measure carried over, one at a time."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.cycle import FOLLOW_UP_CHOICES, carried_ids, carried_measures, is_followed_up
from ...core.model import Measure, localized
from ..document import Change, SessionDocument
from ..shortcuts import mark_answer_area
from ..widgets.flow_layout import FlowLayout
from ..widgets.labels import plain_label, status_name, ui_language

# The one line on what happened: the file allows more, a line on the wall needs no more.
NOTE_MAX = 2000


class FollowUpPage(QWidget):
    """The measures carried over from the earlier time point: keys 1–4 set what became of the one shown
    (done, in progress, still agreed, dropped), F2 writes the line on what happened, Page Down goes on."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._ids: list[str] = []
        self._current: str | None = None
        self._presentation = False

        self._title = plain_label(self, "h1", wrap=True)
        self._position = plain_label(self, "h2")
        self._position.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self._lead = plain_label(self, "help", wrap=True)
        self._empty = plain_label(self, "lead", wrap=True)

        # The card: the measure in large type, with its status buttons. It holds the focus and the keys.
        self._card = QFrame(self)
        self._card.setProperty("role", "card")
        self._card.setFocusPolicy(Qt.StrongFocus)
        mark_answer_area(self._card)
        self._question = plain_label(self._card, "caption", wrap=True)
        self._text = plain_label(self._card, "question", wrap=True)
        self._text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._details = plain_label(self._card, "help", wrap=True)
        # Long texts wrap to the card's width instead of asking for more (zoomed, or in large type).
        for label in (self._title, self._text, self._question, self._details):
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # a carried "proposed" measure has none of the four checked
        self._choices = QWidget(self._card)
        # Zoomed or in large type the four choices take two lines rather than more width than the screen has.
        buttons = FlowLayout(self._choices, spacing=8)
        for index, _status in enumerate(FOLLOW_UP_CHOICES):
            button = QPushButton(self._choices)
            button.setProperty("role", "answer")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.NoFocus)  # the card takes the keys; the buttons are for the mouse
            self._group.addButton(button, index)
            buttons.add_widget(button)
        self._group.idClicked.connect(lambda index: self.answer_key(index + 1))
        self._note_label = QLabel(self._card)
        self._note_label.setWordWrap(True)
        self._note_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self._note = QLineEdit(self._card)
        self._note.setMaxLength(NOTE_MAX)
        self._note.setObjectName("followUpNote")
        self._note_label.setBuddy(self._note)
        self._note.textEdited.connect(self._on_note_edited)
        self._note.returnPressed.connect(self._on_note_done)
        card = QVBoxLayout(self._card)
        card.setContentsMargins(16, 12, 16, 14)
        card.setSpacing(8)
        card.addWidget(self._question)
        card.addWidget(self._text)
        card.addWidget(self._details)
        card.addSpacing(6)
        card.addWidget(self._choices)
        card.addSpacing(6)
        card.addWidget(self._note_label)
        card.addWidget(self._note)
        card.addStretch(1)

        self._list = QListWidget(self)
        self._list.setObjectName("followUpList")
        self._list.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self._list.setTextElideMode(Qt.ElideRight)
        self._list.currentRowChanged.connect(self._on_row_chosen)
        self._progress = plain_label(self, "caption")

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self._list, 1)
        side.addWidget(self._progress)
        self._side = QWidget(self)
        self._side.setLayout(side)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self._card, 5)
        body.addWidget(self._side, 2)

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self._lead)
        layout.addWidget(self._empty)
        layout.addLayout(body, 1)
        self.setFocusProxy(self._card)

        document.changed.connect(self._on_changed)
        self.retranslate()
        self._rebuild()

    # --- contract with the main window ---------------------------------------------------
    def enter(self) -> None:
        self._rebuild()

    def measure_ids(self) -> list[str]:
        return list(self._ids)

    def current_measure_id(self) -> str | None:
        return self._current

    def show_measure(self, measure_id: str) -> None:
        if measure_id in self._ids:
            self._current = measure_id
            self._show_current()

    def next_measure(self) -> bool:
        return self._step(1)

    def previous_measure(self) -> bool:
        return self._step(-1)

    def step_within(self, direction: int) -> bool:
        """The next (1) or previous (-1) measure; False at the ends, where the window changes step."""
        return self._step(direction)

    def focus_note(self) -> None:
        if self._current is not None:
            self._note.setFocus(Qt.ShortcutFocusReason)
            self._note.end(False)

    def answer_key(self, key: int) -> None:
        """1 done, 2 in progress, 3 still agreed, 4 dropped, for the measure shown; other keys do nothing."""
        measure = self._measure()
        if measure is None or not 1 <= key <= len(FOLLOW_UP_CHOICES):
            return
        status = FOLLOW_UP_CHOICES[key - 1]
        self._document.update_measure(replace(measure, status=status))
        self._show_current()

    def retranslate(self) -> None:
        words = (self.tr("Done"), self.tr("In progress"), self.tr("Still agreed"), self.tr("Dropped"))
        for index, word in enumerate(words):
            self._group.button(index).setText(f"{index + 1}  {word}")
            self._group.button(index).setAccessibleName(word)
        self._note_label.setText(self.tr("&What happened? One line (F2; Enter goes to the next measure)"))
        self._note.setAccessibleName(self.tr("What happened"))
        self._note.setPlaceholderText(self.tr("What did the group do, and what came of it?"))
        self._lead.setText(self.tr(
            "Before the new weighting: what became of each measure agreed last time? Keys 1–4 set it, "
            "F2 writes a line on what happened, Page Down goes to the next measure."))
        self._empty.setText(self.tr(
            "No measures were carried over to this session. The follow-up comes with a new time point "
            "made from an earlier session (File › New time point from this session…)."))
        self._card.setAccessibleName(self.tr("Measure to follow up"))
        self._list.setAccessibleName(self.tr("Measures to follow up"))
        self._rebuild()

    def set_presentation(self, on: bool) -> None:
        """The room reads the measure and its choices; the list is the facilitator's."""
        self._presentation = on
        self._side.setVisible(not on and bool(self._ids))

    # --- showing -----------------------------------------------------------------------
    def _measure(self) -> Measure | None:
        for m in self._document.session.measures:
            if m.id == self._current:
                return m
        return None

    def _rebuild(self) -> None:
        session = self._document.session
        measures = carried_measures(session)
        self._ids = [m.id for m in measures]
        if self._current not in self._ids:
            self._current = self._ids[0] if self._ids else None
        ref = session.earlier
        label = (ref.label if ref is not None else "") or self.tr("the earlier time point")
        self._title.setText(self.tr("Follow-up of the measures from %1").replace("%1", label))
        has_any = bool(self._ids)
        self._empty.setVisible(not has_any)
        self._lead.setVisible(has_any)
        self._card.setVisible(has_any)
        self._side.setVisible(has_any and not self._presentation)
        before = carried_ids(session)
        self._list.blockSignals(True)
        self._list.clear()
        for m in measures:
            mark = "✓" if is_followed_up(m, before[m.id]) else "·"
            item = QListWidgetItem(f"{mark}  {self._number(m)}  {m.text}  — {status_name(m.status)}")
            item.setToolTip(m.text)
            self._list.addItem(item)
        self._list.blockSignals(False)
        done = sum(is_followed_up(m, before[m.id]) for m in measures)
        self._progress.setText(self.tr("%1 of %2 followed up").replace("%1", str(done)).replace("%2", str(len(measures))))
        self._show_current()

    def _number(self, m: Measure) -> str:
        qset = self._document.session.question_set
        return qset.question_number(m.question_id) if qset.has_question(m.question_id) else "–"

    def _show_current(self) -> None:
        measure = self._measure()
        if measure is None:
            self._position.setText("")
            return
        session = self._document.session
        index = self._ids.index(measure.id)
        self._position.setText(self.tr("Measure %1 of %2").replace("%1", str(index + 1))
                               .replace("%2", str(len(self._ids))))
        qset = session.question_set
        if qset.has_question(measure.question_id):
            language = ui_language(session)
            fld = qset.field_of(measure.question_id)
            question = localized(qset.question(measure.question_id).text, language)
            self._question.setText(f"{self._number(measure)}  {localized(fld.title, language)}: {question}")
        else:
            self._question.setText("")
        self._text.setText(measure.text)
        before = carried_ids(session).get(measure.id, measure.status)
        details = [self.tr("At %1: %2").replace("%1", session.earlier.label if session.earlier else "")
                   .replace("%2", status_name(before))]
        if measure.owner:
            details.append(self.tr("Owner: %1").replace("%1", measure.owner))
        if measure.due:
            details.append(self.tr("Due: %1").replace("%1", measure.due))
        self._details.setText("  ·  ".join(details))
        for choice, status in enumerate(FOLLOW_UP_CHOICES):
            self._group.button(choice).setChecked(measure.status == status)
        if self._note.text() != measure.note:
            self._note.setText(measure.note)
        self._list.blockSignals(True)
        self._list.setCurrentRow(index)
        self._list.blockSignals(False)

    def _step(self, direction: int) -> bool:
        if self._current is None:
            return False
        index = self._ids.index(self._current) + direction
        if not 0 <= index < len(self._ids):
            return False
        self._current = self._ids[index]
        self._show_current()
        return True

    # --- edits -------------------------------------------------------------------------
    def _on_note_edited(self, text: str) -> None:
        measure = self._measure()
        if measure is not None:
            # Typing one line merges into one undo step, as in the question's note.
            self._document.update_measure(replace(measure, note=text), merge=True)

    def _on_note_done(self) -> None:
        self._card.setFocus(Qt.OtherFocusReason)
        self.next_measure()

    def _on_row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self._current = self._ids[row]
            self._show_current()

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("measures", "session", "info"):
            self._rebuild()
