"""One question at a time, in large type, with its answer buttons, note, measures and the field's radar."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .. import tool_windows
from ..charts import ChartPanel
from ..document import Change, SessionDocument
from ..settings import Settings
from ..earlier_on_page import EarlierOnPage
from ..theme import theme
from ..widgets.answer_panel import NOT_RELEVANT, AnswerPanel
from ..widgets.field_navigator import FieldNavigator
from ..widgets.flow_layout import FlowLayout
from ..widgets.note_edit import NoteEdit
from ..widgets.progress import SessionProgress
from ..widgets.voices_strip import VoicesStrip
from ..widgets.quick_measure import QuickMeasure
from .field_chart import FieldChart
from .question_heading import QuestionHeading


#: Widths of the answer column and the chart column. At normal size the note and the measure row
#: need the room; in presentation mode they are hidden and the chart is what the room reads.
NORMAL_SPLIT = (9, 4)
PRESENTATION_SPLIT = (5, 3)


class QuestionPage(QWidget):
    """The working page of the seven fields.

    The document is the only source of truth: buttons and keys ask it for a change, and the page
    shows what the document announces. A change of answer redraws only the current field's chart.
    """

    questionChanged = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(parent)
        self._document = document
        self._question_id: str | None = None
        self._order: list[str] = []

        # --- top: where we are, and where we can jump --------------------------------------
        self._navigator = FieldNavigator(self)
        self._progress = SessionProgress(self)

        # --- the question ------------------------------------------------------------------
        self._heading = QuestionHeading(document, self._navigator, self)
        self._answers = AnswerPanel(self)
        self._voices = VoicesStrip(document, self)
        self._voices.align_scale(self._answers.button)
        self._earlier = EarlierOnPage(document, self._answers, self._voices, self, settings)

        # --- note and measures side by side, the measure list behind its toggle ---------------------
        self._note_label = QLabel(self)
        self._note = NoteEdit(self)
        self._note_label.setBuddy(self._note)
        self._measures = QuickMeasure(document, self)
        self._lower = QWidget(self)
        note_area = QWidget(self._lower)
        note_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        note_box = QVBoxLayout(note_area)
        note_box.setContentsMargins(0, 0, 0, 0)
        note_box.setSpacing(4)
        note_box.addWidget(self._note_label)
        note_box.addWidget(self._note, 1)
        # The measures take the width their heading and quadrant names need; the note all the rest.
        # Zoomed in, where both do not fit side by side, the measures go below the note.
        lower = FlowLayout(self._lower, spacing=16)
        lower.add_widget(note_area, Qt.AlignmentFlag.AlignTop)
        lower.add_widget(self._measures, Qt.AlignmentFlag.AlignTop)

        # Tab follows the eye from the note into the measure row (the widgets were made in another order).
        chain = [self._note, *self._measures.focus_chain()]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

        self._field_chart = FieldChart(document, self._voices, self._earlier, self)
        self._chart = self._field_chart.chart
        self._field_chart.questionClicked.connect(self._on_question_chosen)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self._heading.help)
        left.addWidget(self._voices)
        left.addWidget(self._voices.panel)
        left.addWidget(self._answers)
        left.addWidget(self._earlier.panel)
        left.addStretch(1)
        # An opened measure list takes what height is left; the question never shrinks.
        left.addWidget(self._lower, 100)

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self._chart, 1)
        right.addWidget(self._progress)

        body = self._body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, NORMAL_SPLIT[0])
        body.addLayout(right, NORMAL_SPLIT[1])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)
        layout.setSpacing(6)
        layout.addWidget(self._heading.top)
        # The question spans the width, so that even a long one keeps to two or three lines in large
        # type and the page fits a 1280×720 screen; the chart takes the height beside the answers.
        layout.addLayout(self._heading.row)
        layout.addLayout(body, 1)

        self._answers.answerChosen.connect(self.agree)
        self._voices.displayChanged.connect(self._on_voices_display)
        self._voices.paperRequested.connect(self._on_paper)
        self._note.noteEdited.connect(self._on_note_edited)
        self._navigator.questionChosen.connect(self._on_question_chosen)
        self._earlier.chartChanged.connect(self._field_chart.refresh)
        document.changed.connect(self._on_changed)
        theme().changed.connect(self._field_chart.follow_theme)

        self._follow_session()
        self._field_chart.follow_theme()
        self._fit_lower()

    def catch_up(self) -> None:
        """Show the first question while the page is still hidden (in an idle turn, or when the page
        is first asked for)."""
        if self._question_id is None and self._order:
            self.show_question(self._order[0])

    # --- contract with the main window ---------------------------------------------------
    def show_question(self, question_id: str) -> None:
        qset = self._document.session.question_set
        if not qset.has_question(question_id):
            raise KeyError(question_id)
        changed = question_id != self._question_id
        self._question_id = question_id
        self._field_chart.show_field(qset.field_of(question_id))
        self._navigator.set_current(question_id)
        self._heading.show_question(self._question_id)
        self._show_answer()
        self._measures.set_question(question_id)
        self._voices.set_question(question_id)
        self._earlier.set_question(question_id)
        if changed:
            self.questionChanged.emit(question_id)

    def current_question_id(self) -> str | None:
        return self._question_id

    def next_question(self) -> bool:
        return self._step(1)

    def previous_question(self) -> bool:
        return self._step(-1)

    def step_within(self, direction: int) -> bool:
        """The next (1) or previous (-1) question; False at the ends, where the window changes step."""
        return self._step(direction)

    def focus_note(self) -> None:
        self._note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._note.moveCursor(QTextCursor.MoveOperation.End)

    def answer_key(self, key: int) -> None:
        """A typed answer key: to the next voice while voices are entered (docs/voices.md), else agreed."""
        if self._voices.take_key(key):
            return
        self.agree(key)

    def agree(self, key: int) -> None:
        """1..10 make that score the agreed answer; 0 marks the question not relevant / don't know."""
        question_id = self._question_id
        if question_id is None or not 0 <= key <= 10:
            return
        qset = self._document.session.question_set
        old = self._document.session.answer(question_id)
        number = qset.question_number(question_id)
        if key == NOT_RELEVANT:
            new = replace(old, consensus=None, not_applicable=True)
            text = self.tr("%1: not relevant").replace("%1", number)
        else:
            new = replace(old, consensus=key, not_applicable=False)
            text = self.tr("%1: answer %2").replace("%1", number).replace("%2", str(key))
        # The document echoes the change back; the buttons follow from there.
        self._document.set_answer(question_id, new, text)
        self._answers.set_answer(self._voices.visible_answer(self._document.session.answers.get(question_id)))

    def retranslate(self) -> None:
        self._note_label.setText(self.tr("&Note from the discussion"))
        self._note.setAccessibleName(self.tr("Note from the discussion"))
        self._note.setPlaceholderText(self.tr("What did the group say? (F2)"))
        self._answers.retranslate()
        self._measures.retranslate()
        self._navigator.retranslate()
        self._progress.retranslate()
        self._field_chart.retranslate()
        self._heading.show_question(self._question_id)

    def set_presentation(self, on: bool) -> None:
        """What the room reads: where we are ("Question x of y"), the question, its discussion
        prompt, the answer choices and the chart; the facilitator's tools are hidden."""
        for widget in (self._navigator, self._lower, self._progress):
            widget.setVisible(not on)
        self._answers.set_presentation(on)
        self._earlier.set_presentation(on)
        for index, stretch in enumerate(PRESENTATION_SPLIT if on else NORMAL_SPLIT):
            self._body.setStretch(index, stretch)
        self._field_chart.set_presentation(on)

    # --- for tests and the main window ---------------------------------------------------
    @property
    def chart(self) -> ChartPanel:
        return self._chart

    @property
    def answer_panel(self) -> AnswerPanel:
        return self._answers

    @property
    def voices_strip(self) -> VoicesStrip:
        return self._voices

    @property
    def note_edit(self) -> NoteEdit:
        return self._note

    @property
    def quick_measure(self) -> QuickMeasure:
        return self._measures

    @property
    def earlier(self) -> EarlierOnPage:
        return self._earlier

    @property
    def navigator(self) -> FieldNavigator:
        return self._navigator

    @property
    def progress(self) -> SessionProgress:
        return self._progress

    def question_label(self) -> QLabel:
        return self._heading.text

    def position_text(self) -> str:
        return self._heading.position.text()

    # --- following the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind == "session":
            self._rebuild()
            return
        if change.kind in ("answer", "voices"):
            ids = change.ids if change.kind == "answer" else None
            self._field_chart.answers_changed(ids)
            self._navigator.refresh_states(ids)
            self._progress.set_session(self._document.session)
            if ids is None or self._question_id in ids:
                self._show_answer()
        elif change.kind == "weight":
            self._field_chart.refresh()
        elif change.kind == "measures":
            self._measures.refresh()

    def _rebuild(self) -> None:
        """Start over from the document's session (after new, open or recover)."""
        keep = self._question_id
        self._follow_session()
        target = keep if keep in self._order else (self._order[0] if self._order else None)
        if target is not None:
            self.show_question(target)

    def _follow_session(self) -> None:
        """The document's session in the navigator and the progress, with no question shown yet."""
        session = self._document.session
        self._order = [q.id for q in session.question_set.questions()]
        self._question_id = None
        self._field_chart.forget_field()
        self._navigator.set_session(session)
        self._progress.set_session(session)
        self.retranslate()

    def _step(self, direction: int) -> bool:
        if not self._order:
            return False
        if self._question_id is None:
            self.show_question(self._order[0])
            return True
        position = self._order.index(self._question_id) + direction
        if not 0 <= position < len(self._order):
            return False
        self.show_question(self._order[position])
        return True

    def _on_note_edited(self, text: str) -> None:
        question_id = self._question_id
        if question_id is None:
            return
        old = self._document.session.answer(question_id)
        number = self._document.session.question_set.question_number(question_id)
        # merge=True: one undo step for a whole stretch of typing in this note.
        self._document.set_answer(question_id, replace(old, note=text),
                                  self.tr("%1: note").replace("%1", number), merge=True)

    def _on_question_chosen(self, question_id: str) -> None:
        """A question picked by click or by the field chooser: shown, and the keys answer it."""
        self.show_question(question_id)
        # The chooser or the chart keeps no focus, so the next digit answers the question.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_lower()
        super().changeEvent(event)

    def _fit_lower(self) -> None:
        # The note asks for two lines and takes what height is left beside the measures, so the
        # question, its answers and the chart fit a 1280×720 screen without scrolling. The
        # application font is already the new one here, while the note may not have been told yet.
        line = QFontMetrics(QApplication.font()).lineSpacing()
        self._note.setMinimumHeight(round(line * 2) + 12)
        self._measures.set_list_min_height(round(line * 1.2) + 12)

    # --- showing ---------------------------------------------------------------------------
    def _on_voices_display(self) -> None:
        self._show_answer()
        self._field_chart.refresh()

    def _on_paper(self, what: str) -> None:
        voice_entry = tool_windows.module("voice_entry")
        if what == "print":
            voice_entry.print_answer_sheets(self, self._document)
        else:
            voice_entry.VoiceEntryDialog(self._document, self).exec()

    def _show_answer(self) -> None:
        question_id = self._question_id
        answer = self._document.session.answers.get(question_id) if question_id else None
        self._answers.set_answer(self._voices.visible_answer(answer))
        self._note.set_note(answer.note if answer else "")
