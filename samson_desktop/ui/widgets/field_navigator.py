"""Jump to any field or question: a field chooser and a row of question-number buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.model import Session, localized
from ...core.progress import question_done
from .flow_layout import FlowLayout
from .labels import fmt1, plain_markup, ui_language


class FieldNavigator(QWidget):
    """``questionChosen`` fires when the facilitator picks a field (its first question) or a question."""

    questionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: Session | None = None
        self._field_id: str | None = None
        self._question_id: str | None = None
        self._buttons: dict[str, QPushButton] = {}

        self._field_label = QLabel(self)
        self._fields = QComboBox(self)
        self._fields.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fields.setMinimumContentsLength(18)
        self._field_label.setBuddy(self._fields)
        self._question_label = QLabel(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._row = QHBoxLayout()
        self._row.setSpacing(4)

        # The field chooser and the question buttons share a line where it is wide enough; zoomed in,
        # the buttons wrap onto a line of their own rather than widen the page.
        field_group = QWidget(self)
        field_row = QHBoxLayout(field_group)
        field_row.setContentsMargins(0, 0, 0, 0)
        field_row.setSpacing(8)
        field_row.addWidget(self._field_label)
        field_row.addWidget(self._fields)
        question_group = QWidget(self)
        question_row = QHBoxLayout(question_group)
        question_row.setContentsMargins(0, 0, 0, 0)
        question_row.setSpacing(8)
        question_row.addWidget(self._question_label)
        question_row.addLayout(self._row)
        layout = FlowLayout(self, spacing=24)
        layout.add_widget(field_group)
        layout.add_widget(question_group)

        # Nine question buttons and the field chooser share one row at 1280 px.
        self.setStyleSheet("QPushButton { padding: 4px 6px; min-width: 1.6em; }")
        self._fields.activated.connect(self._on_field_activated)
        self._group.buttonClicked.connect(self._on_button_clicked)
        self.retranslate()

    # --- public -------------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        self._session = session
        self._field_id = self._question_id = None
        self._fill_fields()
        self._clear_buttons()

    def set_current(self, question_id: str) -> None:
        """Show the field of ``question_id`` with that question's button checked."""
        if self._session is None:
            return
        fld = self._session.question_set.field_of(question_id)
        if fld.id != self._field_id:
            self._field_id = fld.id
            self._fields.setCurrentIndex(self._session.question_set.fields.index(fld))
            self._build_buttons()
        self._question_id = question_id
        button = self._buttons.get(question_id)
        if button is not None:
            button.setChecked(True)

    def refresh_states(self, question_ids: tuple[str, ...] | None = None) -> None:
        """Mark which questions of the shown field are answered (all, or just ``question_ids``)."""
        if self._session is None:
            return
        for qid, button in self._buttons.items():
            if question_ids is None or qid in question_ids:
                self._style_button(qid, button)

    def retranslate(self) -> None:
        self._field_label.setText(self.tr("&Field"))
        self._fields.setAccessibleName(self.tr("Choose field"))
        self._question_label.setText(self.tr("Question"))
        self._fill_fields()
        self.refresh_states()

    def question_button(self, question_id: str) -> QPushButton:
        return self._buttons[question_id]

    @property
    def field_combo(self) -> QComboBox:
        return self._fields

    # --- private ------------------------------------------------------------------------
    def _fill_fields(self) -> None:
        if self._session is None:
            return
        lang = ui_language(self._session)
        current = self._fields.currentIndex()
        self._fields.blockSignals(True)
        self._fields.clear()
        for fld in self._session.question_set.fields:
            self._fields.addItem(f"{fld.number}  {localized(fld.title, lang)}", fld.id)
        self._fields.setCurrentIndex(max(current, 0))
        self._fields.blockSignals(False)

    def _clear_buttons(self) -> None:
        for button in self._buttons.values():
            self._group.removeButton(button)
            self._row.removeWidget(button)
            # Hidden at once: deleteLater waits for the event loop, and the row is rebuilt now.
            button.hide()
            button.deleteLater()
        self._buttons.clear()

    def _build_buttons(self) -> None:
        self._clear_buttons()
        if self._session is None or self._field_id is None:
            return
        qset = self._session.question_set
        for question in qset.field(self._field_id).questions:
            button = QPushButton(self)
            button.setCheckable(True)
            # Reached by Tab, not taken by a click: after a click the digits still answer.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setProperty("question_id", question.id)
            self._group.addButton(button)
            self._row.addWidget(button)
            self._buttons[question.id] = button
            self._style_button(question.id, button)

    def _style_button(self, question_id: str, button: QPushButton) -> None:
        assert self._session is not None
        number = self._session.question_set.question_number(question_id)
        # The field is in the chooser beside the buttons, so each button shows its position only.
        position = number.split("-")[-1]
        answer = self._session.answers.get(question_id)
        score = answer.effective_score if answer else None
        if answer is not None and answer.not_applicable:
            button.setText(f"{position} –")
            state = self.tr("not relevant")
        elif question_done(self._session, question_id):
            button.setText(f"{position} ✓")
            state = (self.tr("answered %1").replace("%1", fmt1(score)) if score is not None
                     else self.tr("answered, every voice not relevant"))
        elif answer is not None and (answer.voices or answer.not_applicable_voices):
            # Some voices have answered: under way, not done.
            button.setText(position)
            given = len(answer.voices) + len(answer.not_applicable_voices)
            state = self.tr("%1 of %2 voices have answered").replace("%1", str(given)).replace(
                "%2", str(len(self._session.voices)))
        else:
            button.setText(position)
            state = self.tr("not answered")
        text = localized(self._session.question_set.question(question_id).text, ui_language(self._session))
        button.setAccessibleName(self.tr("Question %1, %2").replace("%1", number).replace("%2", state))
        button.setToolTip(plain_markup(f"{number}: {text}\n{state}"))

    def _on_field_activated(self, index: int) -> None:
        if self._session is None or index < 0:
            return
        fld = self._session.question_set.fields[index]
        if fld.questions:
            self.questionChosen.emit(fld.questions[0].id)

    def _on_button_clicked(self, button: QPushButton) -> None:
        question_id = button.property("question_id")
        if question_id:
            self.questionChosen.emit(question_id)
