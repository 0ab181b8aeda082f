"""One question at a time, in large type, with its answer buttons, note, measures and the field's radar."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.model import Field, localized
from .. import tool_windows
from ..charts import ChartPanel, ChartSeries
from ..document import Change, SessionDocument
from ..settings import Settings
from ..earlier_on_page import EarlierOnPage
from ..theme import theme
from ..widgets.answer_panel import NOT_RELEVANT, AnswerPanel
from ..widgets.field_navigator import FieldNavigator
from ..widgets.flow_layout import FlowLayout
from ..widgets.fill import FillChart
from ..widgets.labels import plain_label, score_count, ui_language
from ..widgets.note_edit import NoteEdit
from ..widgets.progress import SessionProgress
from ..widgets.voice_charts import mark_widest, question_spreads, question_voice_series
from ..widgets.voices_strip import VoicesStrip
from ..widgets.quick_measure import QuickMeasure


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
        self._field_id: str | None = None
        self._order: list[str] = []
        self._presentation = False

        # --- top: where we are, and where we can jump --------------------------------------
        self._navigator = FieldNavigator(self)
        self._progress = SessionProgress(self)

        # --- the question ------------------------------------------------------------------
        self._position = plain_label(self, "h2")
        self._position.setObjectName("questionPosition")
        # The field's number and title are in the chooser; the row also says where in the field we are.
        self._top = QWidget(self)
        # Zoomed or in large type the row wraps: "Question x of y" takes a line of its own before the
        # page would get wider than the screen.
        top = FlowLayout(self._top, spacing=16)
        top.add_widget(self._navigator)
        top.add_widget(self._position, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        self._number = plain_label(self, "question")
        self._number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._number.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._text = plain_label(self, "question", wrap=True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The discussion prompt: the room reads it too, so it stays in presentation mode.
        self._help = plain_label(self, "help", wrap=True)
        self._help.setObjectName("questionPrompt")
        self._answers = AnswerPanel(self)
        self._voices = VoicesStrip(document, self)
        self._voices.align_scale(self._answers.button)
        self._earlier = EarlierOnPage(document, self._answers, self._voices, self, settings)

        question_row = QHBoxLayout()
        question_row.setSpacing(16)
        question_row.addWidget(self._number, 0, Qt.AlignmentFlag.AlignTop)
        question_row.addWidget(self._text, 1)

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

        self._chart = FillChart(self)
        self._chart.setMinimumWidth(360)
        self._chart.axisClicked.connect(self._on_axis_clicked)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self._help)
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
        layout.addWidget(self._top)
        # The question spans the width, so that even a long one keeps to two or three lines in large
        # type and the page fits a 1280×720 screen; the chart takes the height beside the answers.
        layout.addLayout(question_row)
        layout.addLayout(body, 1)

        self._answers.answerChosen.connect(self.agree)
        self._voices.displayChanged.connect(self._on_voices_display)
        self._voices.paperRequested.connect(self._on_paper)
        self._note.noteEdited.connect(self._on_note_edited)
        self._navigator.questionChosen.connect(self._on_question_chosen)
        self._earlier.chartChanged.connect(self._update_chart)
        document.changed.connect(self._on_changed)
        theme().changed.connect(self._on_theme_changed)

        self._rebuild()
        self._on_theme_changed()
        self._fit_lower()

    # --- contract with the main window ---------------------------------------------------
    def show_question(self, question_id: str) -> None:
        qset = self._document.session.question_set
        if not qset.has_question(question_id):
            raise KeyError(question_id)
        changed = question_id != self._question_id
        self._question_id = question_id
        fld = qset.field_of(question_id)
        if fld.id != self._field_id:
            self._field_id = fld.id
            self._show_field_chart(fld)
        self._navigator.set_current(question_id)
        self._show_question_text()
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
            new = dataclasses.replace(old, consensus=None, not_applicable=True)
            text = self.tr("%1: not relevant").replace("%1", number)
        else:
            new = dataclasses.replace(old, consensus=key, not_applicable=False)
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
        fld = self._current_field()
        if fld is not None:
            self._show_field_chart(fld)
        self._show_question_text()

    def set_presentation(self, on: bool) -> None:
        """What the room reads: where we are ("Question x of y"), the question, its discussion
        prompt, the answer choices and the chart; the facilitator's tools are hidden."""
        self._presentation = on
        for widget in (self._navigator, self._lower, self._progress):
            widget.setVisible(not on)
        self._answers.set_presentation(on)
        self._earlier.set_presentation(on)
        for index, stretch in enumerate(PRESENTATION_SPLIT if on else NORMAL_SPLIT):
            self._body.setStretch(index, stretch)
        # The chart gets its own title, as the field chooser above the question is hidden.
        self._set_chart_title()

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
        return self._text

    def position_text(self) -> str:
        return self._position.text()

    # --- following the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind == "session":
            self._rebuild()
            return
        if change.kind in ("answer", "voices"):
            ids = change.ids if change.kind == "answer" else None
            if ids is None or any(self._in_current_field(qid) for qid in ids):
                self._update_chart()
            self._navigator.refresh_states(ids)
            self._progress.set_session(self._document.session)
            if ids is None or self._question_id in ids:
                self._show_answer()
        elif change.kind == "weight":
            self._update_chart()
        elif change.kind == "measures":
            self._measures.refresh()

    def _rebuild(self) -> None:
        """Start over from the document's session (after new, open or recover)."""
        session = self._document.session
        self._order = [q.id for q in session.question_set.questions()]
        keep = self._question_id if self._question_id in self._order else None
        self._question_id = self._field_id = None
        self._navigator.set_session(session)
        self._progress.set_session(self._document.session)
        self.retranslate()
        target = keep or (self._order[0] if self._order else None)
        if target is not None:
            self.show_question(target)

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
        self._document.set_answer(question_id, dataclasses.replace(old, note=text),
                                  self.tr("%1: note").replace("%1", number), merge=True)

    def _on_axis_clicked(self, axis: int) -> None:
        fld = self._current_field()
        if fld is not None and 0 <= axis < len(fld.questions):
            self._on_question_chosen(fld.questions[axis].id)

    def _on_question_chosen(self, question_id: str) -> None:
        """A question picked by click or by the field chooser: shown, and the keys answer it."""
        self.show_question(question_id)
        # The chooser or the chart keeps no focus, so the next digit answers the question.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_theme_changed(self) -> None:
        current = theme()
        self._chart.set_high_contrast(current.high_contrast)
        # The chart sizes its text from the application font, which zoom and presentation set.
        self._chart.set_font_scale(1.0)

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
    def _current_field(self) -> Field | None:
        if self._field_id is None:
            return None
        return self._document.session.question_set.field(self._field_id)

    def _in_current_field(self, question_id: str) -> bool:
        qset = self._document.session.question_set
        return qset.has_question(question_id) and qset.field_of(question_id).id == self._field_id

    def _chart_title(self) -> str:
        fld = self._current_field()
        if fld is None:
            return ""
        title = localized(fld.title, ui_language(self._document.session))
        return self.tr("Field %1: %2").replace("%1", str(fld.number)).replace("%2", title)

    def _set_chart_title(self) -> None:
        title = self._chart_title()
        self._chart.set_title(title if self._presentation else "")
        self._chart.setAccessibleName(title)

    def _show_field_chart(self, fld: Field) -> None:
        """New axes for a new field; the slow path, taken only when the field changes."""
        session = self._document.session
        lang = ui_language(session)
        qset = session.question_set
        self._set_chart_title()
        if len(self._chart.axis_labels()) != len(fld.questions):
            # The chart checks series against axes; a field with another question count starts empty.
            self._chart.set_series([])
        self._chart.set_axes(
            [qset.question_number(q.id) for q in fld.questions],
            [localized(q.text, lang) for q in fld.questions],
        )
        self._update_chart()

    def _update_chart(self) -> None:
        """The fast path: same axes and kinds of series, new values."""
        fld = self._current_field()
        if fld is None:
            return
        scores = self._document.scores()
        in_field = [q for q in scores.questions if q.field == fld.id]
        ids = [q.id for q in in_field]
        series = [
            ChartSeries(self.tr("Importance"), [q.importance for q in in_field], "importance"),
            ChartSeries(self.tr("Score"), self._voices.masked_scores(ids, [q.score for q in in_field]), "score",
                        [score_count(q) for q in in_field]),
        ]
        series += self._earlier.chart_series(ids)
        labels = [q.number for q in in_field]
        if self._voices.has_voices() and self._voices.chart_voices.isChecked():
            session, hidden = self._document.session, self._voices.hidden_question()
            series += question_voice_series(session, ids, hidden)
            labels = mark_widest(labels, question_spreads(session, ids, hidden))
        if labels != self._chart.axis_labels():
            self._chart.set_axes(labels, [localized(self._document.session.question_set.question(q).text,
                                                    ui_language(self._document.session)) for q in ids])
        self._chart.set_series(series)

    def _on_voices_display(self) -> None:
        self._show_answer()
        self._update_chart()

    def _on_paper(self, what: str) -> None:
        voice_entry = tool_windows.module("voice_entry")
        if what == "print":
            voice_entry.print_answer_sheets(self, self._document)
        else:
            voice_entry.VoiceEntryDialog(self._document, self).exec()

    def _show_question_text(self) -> None:
        question_id = self._question_id
        if question_id is None:
            for label in (self._position, self._number, self._text, self._help):
                label.clear()
            return
        session = self._document.session
        lang = ui_language(session)
        qset = session.question_set
        fld = qset.field_of(question_id)
        question = qset.question(question_id)
        position = [q.id for q in fld.questions].index(question_id) + 1
        self._position.setText(self.tr("Question %1 of %2").replace("%1", str(position)).replace(
            "%2", str(len(fld.questions))))
        number = qset.question_number(question_id)
        text = localized(question.text, lang)
        self._number.setText(number)
        self._text.setText(text)
        self._text.setAccessibleName(self.tr("Question %1").replace("%1", number))
        self._text.setAccessibleDescription(text)
        help_text = localized(question.help, lang)
        self._help.setText(help_text)
        self._help.setVisible(bool(help_text))

    def _show_answer(self) -> None:
        question_id = self._question_id
        answer = self._document.session.answers.get(question_id) if question_id else None
        self._answers.set_answer(self._voices.visible_answer(answer))
        self._note.set_note(answer.note if answer else "")
