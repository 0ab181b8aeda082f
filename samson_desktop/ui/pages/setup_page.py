"""Step 2: who collaborates, when and where, who is left out, who speaks (voices), the questions' language and the collaboration's character."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.model import QuestionSet, localized
from ...core.vocabulary import LANGUAGES, PHASES
from ...fileformat import SessionFileError
from ...fileformat.question_sets import question_set_from_file
from ..document import Change, SessionDocument
from ..error_dialog import show_file_error
from ..i18n import language_name
from ..widgets.character_form import CharacterForm
from ..widgets.earlier_choice import EarlierChoice
from ..widgets.flow_layout import FlowLayout
from ..widgets.scroll_area import scroll_area
from ..widgets.labels import ui_language
from ..widgets.left_out_edit import LeftOutEdit
from .setup_voices import MAX_LINE, SetupVoices

#: Seeds 003/004; the same words as everywhere else the phase is shown.
PHASE_NAMES = {
    "knowledge_base": QT_TRANSLATE_NOOP("Phase", "Knowledge base"),
    "planning": QT_TRANSLATE_NOOP("Phase", "Planning and organisation"),
    "mobilisation": QT_TRANSLATE_NOOP("Phase", "Mobilisation and collaboration"),
    "implementation": QT_TRANSLATE_NOOP("Phase", "Implementation"),
    "continuation": QT_TRANSLATE_NOOP("Phase", "Continuation"),
}
#: The date edit shows this, its minimum, as "no date".
NO_DATE = QDate(2000, 1, 1)


def phase_label(key: str) -> str:
    return QCoreApplication.translate("Phase", PHASE_NAMES[key]) if key in PHASE_NAMES else key


def set_languages(question_set: QuestionSet) -> list[str]:
    """Languages in which every title and question text of the set exists."""
    usable = []
    for language in LANGUAGES:
        texts = [v.title for v in question_set.values] + [f.title for f in question_set.fields]
        texts += [q.text for q in question_set.questions()]
        if all(language in text and text[language] for text in texts):
            usable.append(language)
    return usable


class SetupPage(QWidget):
    """Step 2 of the workshop; its voices section is in setup_voices.py. The character section,
    below the fold, is built by ``finish()`` (the page stack calls it after the first paint)."""

    #: The facilitator chose the language of the questions; the whole window follows it.
    languageRequested = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc = document
        self._updating = False

        # The frame first, the fields after: a widget that joins a frame already in place is
        # styled once, whereas a finished frame joining the page restyles everything inside it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(40, 0, 40, 0)
        layout.addLayout(title_row)
        body = QWidget()
        layout.addWidget(scroll_area(self, body), 1)
        self._grid = grid = QGridLayout(body)
        grid.setContentsMargins(40, 8, 40, 16)
        grid.setHorizontalSpacing(40)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.title = QLabel()
        self.title.setProperty("role", "h1")
        title_row.addWidget(self.title)

        # Collaboration and time point
        self.collab_heading = self._heading()
        self.name_edit = self._line("name", lambda text: self._set_collaboration(name=text))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.description_edit.textChanged.connect(self._description_changed)
        self.time_heading = self._heading()
        self.label_edit = self._line("label", lambda text: self._set_time_point(label=text), 100)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.place_edit = self._line("place", lambda text: self._set_time_point(place=text))
        self.phase_combo = QComboBox()
        self.phase_combo.activated.connect(self._phase_chosen)
        self.facilitator_edit = self._line("facilitator", lambda text: self._doc.set_info(
            merge_key="facilitator", facilitator=text))
        # Seed 002 l. 3446–3452: who has a stake in the work but is not in the room.
        self.left_out_edit = LeftOutEdit()
        self.left_out_edit.setFixedHeight(self.left_out_edit.sizeHint().height())
        self.left_out_edit.listEdited.connect(self._doc.set_left_out)
        self.left_out_help = QLabel()
        self.left_out_help.setProperty("role", "help")
        self.left_out_help.setWordWrap(True)
        self.left_out_help.setTextFormat(Qt.PlainText)

        self.left_form = QFormLayout()
        self.left_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.left_form.setLabelAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.left_form.setVerticalSpacing(10)
        self._form_labels: dict[QWidget, QLabel] = {}
        self.left_form.addRow(self.collab_heading)
        self._add_row(self.left_form, self.name_edit)
        self._add_row(self.left_form, self.description_edit)
        self.left_form.addRow(self.time_heading)
        time_row = QHBoxLayout()
        time_row.addWidget(self.label_edit, 1)
        time_row.addSpacing(16)
        self.date_label = QLabel()
        time_row.addWidget(self.date_label)
        time_row.addWidget(self.date_edit, 1)
        self._add_row(self.left_form, self.label_edit, time_row)
        self._add_row(self.left_form, self.place_edit)
        self._add_row(self.left_form, self.phase_combo)
        self._add_row(self.left_form, self.facilitator_edit)
        self._add_row(self.left_form, self.left_out_edit)
        self.left_form.addRow("", self.left_out_help)

        # Voices
        self.voices_heading = self._heading()
        self.voices = SetupVoices(document, self)

        # Questions
        self.questions_heading = self._heading()
        self.language_combo = QComboBox()
        self.language_combo.activated.connect(self._language_chosen)
        self.set_label = QLabel()
        self.set_label.setTextFormat(Qt.PlainText)
        self.set_label.setWordWrap(True)
        self.load_set_button = QPushButton()
        self.load_set_button.clicked.connect(self._load_question_set)
        self.questions_form = QFormLayout()
        self.questions_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._add_row(self.questions_form, self.language_combo)

        # Two columns where both fit side by side; in large type or zoomed in, one below the other.
        columns = QWidget(body)
        left_column, right_column = QWidget(columns), QWidget(columns)
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(self.left_form)
        left.addStretch(1)
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.voices_heading)
        self.voices.add_to(right)
        right.addSpacing(12)
        right.addWidget(self.questions_heading)
        right.addLayout(self.questions_form)
        right.addWidget(self.set_label)
        right.addWidget(self.load_set_button, 0, Qt.AlignLeft)
        # A later time point: when the earlier answers show on the question pages.
        self.earlier_choice = EarlierChoice(document)
        right.addWidget(self.earlier_choice)
        right.addStretch(1)

        flow = FlowLayout(columns, spacing=40, line_spacing=16, uniform=True)
        for column in (left_column, right_column):
            column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            flow.add_widget(column, Qt.AlignTop)
        grid.addWidget(columns, 0, 0, 1, 2)
        grid.setRowMinimumHeight(1, 16)
        # The character section, made by finish() after the first paint.
        self.character_heading: QLabel | None = None
        self.character_help: QLabel | None = None
        self.character_form: CharacterForm | None = None

        document.changed.connect(self._on_changed)
        self.retranslate()  # ends by showing the session (refresh)

    def finish(self) -> None:
        """The character of the collaboration (seed 002): optional, under both columns, so the group
        describes what kind of collaboration it is before the overview places it."""
        if self.character_form is not None:
            return
        self.character_heading = self._heading()
        self.character_help = QLabel()
        self.character_help.setProperty("role", "help")
        self.character_help.setWordWrap(True)
        self.character_help.setTextFormat(Qt.PlainText)
        self.character_form = CharacterForm(self._doc)
        self._grid.addWidget(self.character_heading, 2, 0, 1, 2)
        self._grid.addWidget(self.character_help, 3, 0, 1, 2)
        self._grid.addWidget(self.character_form, 4, 0, 1, 2)
        self._retranslate_character()

    def _retranslate_character(self) -> None:
        if self.character_form is None:
            return
        self.character_heading.setText(self.tr("Character of the collaboration"))
        self.character_help.setText(self.tr(
            "Optional. Time perspective, depth of relations and the citizens' roles and influence decide "
            "whether the collaboration is thin co-creation or thick co-production; the overview places it "
            "on the continuum once these four are filled in. The citizens' resources and the two ratings "
            "of results are recorded and compared over time, but do not move the position."))
        self.character_form.retranslate()

    # --- building ----------------------------------------------------------------------
    def _heading(self) -> QLabel:
        label = QLabel()
        label.setProperty("role", "h2")
        return label

    def _line(self, key: str, on_edit, max_length: int = MAX_LINE) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setObjectName(f"setup_{key}")
        edit.textEdited.connect(on_edit)
        return edit

    def _add_row(self, form: QFormLayout, widget: QWidget, layout=None) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self._form_labels[widget] = label
        if layout is not None:
            form.addRow(label, layout)
        else:
            form.addRow(label, widget)

    def retranslate(self) -> None:
        self._updating = True  # the widgets below announce changes while they are refilled
        self.title.setText(self.tr("Session setup"))
        self.collab_heading.setText(self.tr("Collaboration"))
        self.time_heading.setText(self.tr("Time point"))
        self.voices_heading.setText(self.tr("Voices"))
        self.questions_heading.setText(self.tr("Questions"))
        self._retranslate_character()
        labels = {
            self.name_edit: (self.tr("&Name"), self.tr("Name of the collaboration")),
            self.description_edit: (self.tr("&Description"), self.tr("Description of the collaboration")),
            self.label_edit: (self.tr("&Time point"), self.tr("Label of the time point, for example T1")),
            self.place_edit: (self.tr("&Place"), self.tr("Place of the workshop")),
            self.phase_combo: (self.tr("P&hase"), self.tr("Phase of the collaboration")),
            self.facilitator_edit: (self.tr("&Facilitator"), self.tr("Facilitator of the workshop")),
            self.left_out_edit: (self.tr("Who is &not part of it?"),
                                 self.tr("Parties or groups the collaboration leaves out, one per line")),
            self.language_combo: (self.tr("&Language"), self.tr("Language of the questions, the window and the report")),
        }
        self.set_label.setAccessibleName(self.tr("Question set"))
        for widget, (label, accessible) in labels.items():
            self._form_labels[widget].setText(label)
            widget.setAccessibleName(accessible)
        self.left_out_help.setText(self.tr(
            "Optional. One party or group per line: who has a stake in the work but is not part of "
            "the collaboration? The list is printed in the report."))
        self.date_label.setText(self.tr("Date"))
        self.date_edit.setAccessibleName(self.tr("Date of the workshop"))
        self.date_edit.setSpecialValueText(self.tr("no date"))
        locale = QLocale()
        date_format = locale.dateFormat(QLocale.ShortFormat)
        if "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(date_format)
        self.label_edit.setPlaceholderText(self.tr("T1"))
        self.name_edit.setPlaceholderText(self.tr("For example: Youth project Northtown"))
        self.load_set_button.setText(self.tr("Load question set from file…"))
        self.load_set_button.setAccessibleName(self.tr("Load a question set from a file"))
        self.phase_combo.clear()
        self.phase_combo.addItem(self.tr("(not set)"), None)
        for key in PHASES:
            self.phase_combo.addItem(phase_label(key), key)
        self.voices.retranslate()
        self._updating = False
        self.refresh()

    # --- showing the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind in ("info", "voices", "session"):
            self.refresh()

    def refresh(self) -> None:
        session = self._doc.session
        self._updating = True
        try:
            self._show_text(self.name_edit, session.collaboration.name)
            if self.description_edit.toPlainText() != session.collaboration.description:
                self.description_edit.setPlainText(session.collaboration.description)
            tp = session.time_point
            self._show_text(self.label_edit, tp.label)
            self._show_text(self.place_edit, tp.place)
            self._show_text(self.facilitator_edit, session.facilitator)
            self.left_out_edit.set_entries(session.left_out)
            date = QDate.fromString(tp.date or "", Qt.ISODate) if tp.date else NO_DATE
            self.date_edit.setDate(date if date.isValid() else NO_DATE)
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(tp.phase)) if tp.phase else 0)
            self._show_languages()
            qset = session.question_set
            self.set_label.setText(self.tr("Question set: %1, version %2 · %3 questions")
                                   .replace("%1", localized(qset.title, session.language) or qset.id)
                                   .replace("%2", qset.version).replace("%3", str(len(qset.questions()))))
            locked = bool(session.answers or session.measures)
            self.load_set_button.setEnabled(not locked)
            self.load_set_button.setToolTip(
                self.tr("The question set can be changed until the first answer or measure.") if locked else "")
            self.voices.show_voices(session.voices, session.anonymous_report)
        finally:
            self._updating = False

    def _show_text(self, edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            position = edit.cursorPosition() if edit.hasFocus() else 0
            edit.setText(text)
            edit.setCursorPosition(min(position, len(text)))

    def _show_languages(self) -> None:
        session = self._doc.session
        usable = set_languages(session.question_set) or [session.language]
        if session.language not in usable:
            usable.append(session.language)
        self.language_combo.clear()
        for language in usable:
            self.language_combo.addItem(language_name(language), language)
        # The language the questions are shown in: the window's, where the question set has it.
        shown = ui_language(session)
        self.language_combo.setCurrentIndex(self.language_combo.findData(shown if shown in usable else session.language))

    # --- editing -----------------------------------------------------------------------
    def _set_collaboration(self, **changes) -> None:
        collaboration = replace(self._doc.session.collaboration, **changes)
        self._doc.set_info(merge_key="collaboration." + "-".join(changes), collaboration=collaboration)

    def _set_time_point(self, merge: bool = True, **changes) -> None:
        time_point = replace(self._doc.session.time_point, **changes)
        key = "time_point." + "-".join(changes) if merge else None
        self._doc.set_info(merge_key=key, time_point=time_point)

    def _description_changed(self) -> None:
        if not self._updating:
            self._set_collaboration(description=self.description_edit.toPlainText())

    def _date_changed(self, date: QDate) -> None:
        if not self._updating:
            self._set_time_point(date=None if date == NO_DATE else date.toString(Qt.ISODate))

    def _phase_chosen(self, index: int) -> None:
        self._set_time_point(merge=False, phase=self.phase_combo.itemData(index))

    def _language_chosen(self, index: int) -> None:
        language = self.language_combo.itemData(index)
        if language and language != self._doc.session.language:
            self._doc.set_info(language=language)
        if language:
            self.languageRequested.emit(language)  # one language at a time: the window follows

    def _add_voice(self) -> None:
        """What the Add voice button does."""
        self.voices.add_voice()

    def _load_question_set(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load a question set"), "", self.tr("Question sets (*.json);;All files (*)"))
        if not name:
            return
        try:
            question_set = question_set_from_file(Path(name), self._doc.session.language)
        except SessionFileError as exc:
            show_file_error(self, exc, self.tr("The question set cannot be used"))
            return
        try:
            self._doc.set_question_set(question_set)
        except ValueError:
            QMessageBox.information(self, self.tr("Question set"), self.tr(
                "The question set can be changed until the first answer or measure."))
            return
        languages = set_languages(question_set)
        if languages and self._doc.session.language not in languages:
            self._doc.set_info(language=languages[0])

    def set_presentation(self, on: bool) -> None:
        pass  # the theme enlarges the type; every field stays visible
