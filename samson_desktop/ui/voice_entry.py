"""Type in paper answer sheets afterwards: one voice at a time, one key per question, keyboard only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QKeyEvent
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout,
                               QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..core.model import Session, localized
from ..core.voices import voice_labels, with_voice_answer
from . import tool_windows
from .document import Change, SessionDocument
from .export_actions import safe_file_name
from .widgets.labels import ui_language
from .widgets.voice_scale import voice_marker_pixmap

#: Digit key -> score; 0 stands for 10, as everywhere in the app.
DIGIT_SCORES = {getattr(Qt.Key, f"Key_{d}"): (10 if d == 0 else d) for d in range(10)}
#: The key N: the voice answered "not relevant / don't know".
NOT_RELEVANT = 0


def print_answer_sheets(parent: QWidget, document: SessionDocument, path: str | Path | None = None,
                        language: str | None = None) -> Path | None:
    """Ask where to save the answer sheets (unless ``path`` is given), write them in ``language``
    (else the language the questions are shown in) and open the PDF.

    Returns the file written, or None when the user cancelled or the file could not be written.
    """
    session = document.session
    if path is None:
        folder = document.path.parent if document.path is not None else Path.home()
        name = safe_file_name(session.collaboration.name, "SAMSON") + " – " + QCoreApplication.translate(
            "VoiceEntryDialog", "answer sheets") + ".pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("VoiceEntryDialog", "Save answer sheets"), str(folder / name),
            QCoreApplication.translate("VoiceEntryDialog", "PDF files (*.pdf)"))
        if not chosen:
            return None
        path = chosen
    try:
        sheets = tool_windows.report("answer_sheet")
        target = sheets.write_answer_sheets(session, path, language or ui_language(session), blank=not session.voices)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("VoiceEntryDialog", "Answer sheets"),
                            QCoreApplication.translate("VoiceEntryDialog", "Could not write %1: %2")
                            .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
        return None
    if parent.isVisible():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


def _voice_label(session: Session, voice_id: str) -> str:
    return voice_labels(session, anonymous=False, language=ui_language(session)).get(voice_id, voice_id)


class EntryView(QWidget):
    """One question large, the voice's score on it, and the keys; it takes every key press."""

    scoreTyped = Signal(int)  # 1..10, or NOT_RELEVANT
    backRequested = Signal()
    skipRequested = Signal()
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.voice = QLabel(self)
        self.voice.setProperty("role", "h2")
        self.voice.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QLabel(self)
        self.progress.setProperty("role", "caption")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.voice, 1)
        top.addWidget(self.progress)

        self.number = QLabel(self)
        self.number.setProperty("role", "question")
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLabel(self)
        self.field.setProperty("role", "help")
        self.field.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addSpacing(16)
        head.addWidget(self.field, 1, Qt.AlignmentFlag.AlignBottom)

        self.question = QLabel(self)
        self.question.setProperty("role", "question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # The buttons show the current score and accept a click, but never take the focus,
        # so that every key keeps coming here.
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)
        strip = QHBoxLayout()
        strip.setSpacing(6)
        for score in range(1, 11):
            button = QPushButton(str(score), self)
            button.setProperty("role", "answer")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons.addButton(button, score)
            strip.addWidget(button)
        self.not_relevant = QPushButton(self)
        self.not_relevant.setCheckable(True)
        self.not_relevant.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.not_relevant.setAutoDefault(False)
        self.buttons.addButton(self.not_relevant, NOT_RELEVANT)
        strip.addSpacing(12)
        strip.addWidget(self.not_relevant)
        self.buttons.idClicked.connect(self.scoreTyped)

        self.previous = QLabel(self)
        self.previous.setTextFormat(Qt.TextFormat.PlainText)
        self.previous.setProperty("role", "lead")
        # This voice's scores in the current field, to check against the paper sheet.
        self.field_scores = QLabel(self)
        self.field_scores.setTextFormat(Qt.TextFormat.PlainText)
        self.field_scores.setProperty("role", "lead")
        self.field_scores.setWordWrap(True)
        self.keys = QLabel(self)
        self.keys.setProperty("role", "caption")
        self.keys.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addSpacing(12)
        layout.addLayout(strip)
        layout.addSpacing(6)
        layout.addWidget(self.previous)
        layout.addSpacing(12)
        layout.addWidget(self.field_scores)
        layout.addStretch(1)
        layout.addWidget(self.keys)

    def show_score(self, score: int | None) -> None:
        """Check the button of ``score`` (1..10, NOT_RELEVANT), or none."""
        for button in self.buttons.buttons():
            button.setChecked(self.buttons.id(button) == score)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in DIGIT_SCORES and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.scoreTyped.emit(DIGIT_SCORES[key])
        elif key == Qt.Key.Key_N and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.scoreTyped.emit(NOT_RELEVANT)
        elif key == Qt.Key.Key_Backspace:
            self.backRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.skipRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class VoiceEntryDialog(QDialog):
    """Pick a voice, then type its sheet: a digit per question (0 = 10), N = not relevant,
    Backspace = back one question, Enter or Space = skip, Esc = choose another voice.

    Every score goes through ``SessionDocument.set_answer``; one voice's typing is one undo step.
    A voice's "not relevant" is stored for that voice: it has answered, with no score.
    """

    def __init__(self, document: SessionDocument, parent: QWidget | None = None,
                 voice_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("voiceEntryDialog")
        self._doc = document
        self._voice_id: str | None = None
        self._position = 0
        self._macro_open = False
        self._last: tuple[str, int | None] | None = None

        self._picker_title = QLabel(self)
        self._picker_title.setProperty("role", "h1")
        self._picker_lead = QLabel(self)
        self._picker_lead.setProperty("role", "lead")
        self._picker_lead.setWordWrap(True)
        self.voice_list = QListWidget(self)
        self.voice_list.itemActivated.connect(lambda item: self.start_voice(item.data(Qt.ItemDataRole.UserRole)))
        picker = QWidget(self)
        picker_layout = QVBoxLayout(picker)
        picker_layout.addWidget(self._picker_title)
        picker_layout.addWidget(self._picker_lead)
        picker_layout.addWidget(self.voice_list, 1)

        self.entry = EntryView(self)
        self.entry.scoreTyped.connect(self.type_score)
        self.entry.backRequested.connect(self.back)
        self.entry.skipRequested.connect(self.skip)
        self.entry.leaveRequested.connect(self.leave_voice)

        self._done = QLabel(self)
        self._done.setProperty("role", "h2")
        self._done.setWordWrap(True)
        self._done.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done.setTextFormat(Qt.TextFormat.PlainText)
        self._done.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._done.installEventFilter(self)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(picker)
        self.stack.addWidget(self.entry)
        self.stack.addWidget(self._done)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in self._buttons.buttons():
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._buttons.rejected.connect(self.reject)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(line)
        layout.addWidget(self._buttons)

        self._doc.changed.connect(self._on_changed)
        self.retranslate()
        self._fill_voices()
        self.resize(1100, 620)
        if voice_id is not None:
            self.start_voice(voice_id)
        else:
            self._show_picker()

    # --- state, for the window and for tests -----------------------------------------------
    def current_voice_id(self) -> str | None:
        return self._voice_id if self.stack.currentWidget() is not self.stack.widget(0) else None

    def current_question_id(self) -> str | None:
        ids = self._question_ids()
        if self.stack.currentWidget() is not self.entry or not ids:
            return None
        return ids[self._position]

    def is_done(self) -> bool:
        return self.stack.currentWidget() is self._done

    # --- actions -------------------------------------------------------------------------
    def start_voice(self, voice_id: str, position: int = 0) -> None:
        """Type in ``voice_id``'s sheet from question ``position`` on."""
        self._close_macro()
        if voice_id not in {v.id for v in self._doc.session.voices}:
            return
        self._voice_id = voice_id
        self._position = max(0, min(position, len(self._question_ids()) - 1))
        self._last = None
        self.stack.setCurrentWidget(self.entry)
        self._show_question()
        self.entry.setFocus()

    def type_score(self, score: int) -> None:
        """Record ``score`` (1..10; NOT_RELEVANT) for the current question and move on."""
        qid = self.current_question_id()
        if qid is None or self._voice_id is None:
            return
        answer = self._doc.session.answer(qid)
        new = with_voice_answer(answer, self._voice_id, score, not_relevant=score == NOT_RELEVANT)
        if new != answer:
            self._open_macro()
            self._doc.set_answer(qid, new, self.tr("Voice score"))
        self._last = (qid, score)
        self._advance()

    def skip(self) -> None:
        qid = self.current_question_id()
        if qid is None:
            return
        self._last = (qid, self._choice(qid))
        self._advance()

    def back(self) -> None:
        if self.stack.currentWidget() is self._done:
            self.stack.setCurrentWidget(self.entry)
            self._position = len(self._question_ids()) - 1
        elif self._position > 0:
            self._position -= 1
        self._last = None
        self._show_question()
        self.entry.setFocus()

    def leave_voice(self) -> None:
        """Back to the list of voices, with the next voice selected."""
        self._close_macro()
        voices = [v.id for v in self._doc.session.voices]
        following = None
        if self._voice_id in voices:
            index = voices.index(self._voice_id)
            following = voices[index + 1] if index + 1 < len(voices) else voices[index]
        self._voice_id = None
        self._show_picker(following)

    def done(self, result: int) -> None:  # noqa: D401 (Qt API)
        self._close_macro()
        super().done(result)

    # --- Qt ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Esc on the entry page goes back to the voices instead of closing the dialog.
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is not self.stack.widget(0):
            self.leave_voice()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self._done and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self._next_voice()
                return True
            if key == Qt.Key.Key_Backspace:
                self.back()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Type in answer sheets"))
        self._picker_title.setText(self.tr("Type in answer sheets"))
        if self._doc.session.voices:
            self._picker_lead.setText(self.tr(
                "Choose the voice whose sheet you have in hand and press Enter. Then type one key per "
                "question, in the order of the sheet."))
        else:
            self._picker_lead.setText(self.tr(
                "This session has no voices yet. Add the stakeholder groups or participants in the "
                "session setup first."))
        self.entry.not_relevant.setText(self.tr("N: not relevant"))
        self.entry.keys.setText(self.tr(
            "1–9 and 0 (= 10): score · N: not relevant · Backspace: back one question · "
            "Enter or Space: skip · Esc: choose another voice"))
        if self.stack.currentWidget() is self.entry:
            self._show_question()
        self._fill_voices(self._selected_voice())

    # --- private -------------------------------------------------------------------------
    def _question_ids(self) -> list[str]:
        return [q.id for q in self._doc.session.question_set.questions()]

    def _advance(self) -> None:
        if self._position + 1 >= len(self._question_ids()):
            self._close_macro()
            self._show_done()
            return
        self._position += 1
        self._show_question()

    def _next_voice(self) -> None:
        voices = [v.id for v in self._doc.session.voices]
        if self._voice_id in voices and voices.index(self._voice_id) + 1 < len(voices):
            self.start_voice(voices[voices.index(self._voice_id) + 1])
        else:
            self.leave_voice()

    def _show_question(self) -> None:
        session = self._doc.session
        ids = self._question_ids()
        if not ids or self._voice_id is None:
            return
        qid = ids[self._position]
        qset = session.question_set
        lang = ui_language(session)
        fld = qset.field_of(qid)
        self.entry.voice.setText(_voice_label(session, self._voice_id))
        self.entry.progress.setText(self.tr("Question %1 of %2").replace("%1", str(self._position + 1))
                                    .replace("%2", str(len(ids))))
        self.entry.number.setText(qset.question_number(qid))
        self.entry.field.setText(f"{fld.number} {localized(fld.title, lang)}")
        self.entry.question.setText(localized(qset.question(qid).text, lang))
        self.entry.show_score(self._choice(qid))
        cells = []
        for q in fld.questions:
            cell = f"{qset.question_number(q.id)}: {self._shown(self._choice(q.id))}"
            cells.append(f"▶ {cell}" if q.id == qid else cell)
        self.entry.field_scores.setText(self.tr("This field on the sheet: %1").replace("%1", "   ".join(cells)))
        if self._last is None:
            self.entry.previous.setText("")
        else:
            last_qid, score = self._last
            shown = self._shown(score) if score is not None else self.tr("no score")
            self.entry.previous.setText(self.tr("Previous: %1 → %2")
                                        .replace("%1", qset.question_number(last_qid)).replace("%2", shown))

    def _choice(self, question_id: str) -> int | None:
        """The current voice's answer: 1..10, NOT_RELEVANT, or None before it answered."""
        answer = self._doc.session.answer(question_id)
        if self._voice_id in answer.not_applicable_voices:
            return NOT_RELEVANT
        return answer.voices.get(self._voice_id or "")

    def _answered(self, question_id: str, voice_id: str) -> bool:
        answer = self._doc.session.answer(question_id)
        return voice_id in answer.voices or voice_id in answer.not_applicable_voices

    def _shown(self, choice: int | None) -> str:
        if choice == NOT_RELEVANT:
            return self.tr("n/a")
        return "–" if choice is None else str(choice)

    def _show_done(self) -> None:
        session = self._doc.session
        name = _voice_label(session, self._voice_id or "")
        scored = sum(1 for qid in self._question_ids() if self._answered(qid, self._voice_id or ""))
        text = self.tr("%1: %2 of %3 questions answered.").replace("%1", name).replace(
            "%2", str(scored)).replace("%3", str(len(self._question_ids())))
        voices = [v.id for v in session.voices]
        if self._voice_id in voices and voices.index(self._voice_id) + 1 < len(voices):
            following = _voice_label(session, voices[voices.index(self._voice_id) + 1])
            text += "\n\n" + self.tr("Enter: next voice (%1) · Backspace: back · Esc: choose a voice").replace(
                "%1", following)
        else:
            text += "\n\n" + self.tr("That was the last voice. Enter or Esc: back to the voices.")
        self._done.setText(text)
        self.stack.setCurrentWidget(self._done)
        self._done.setFocus()

    def _show_picker(self, select: str | None = None) -> None:
        self._fill_voices(select)
        self.stack.setCurrentIndex(0)
        self.voice_list.setFocus()

    def _selected_voice(self) -> str | None:
        item = self.voice_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill_voices(self, select: str | None = None) -> None:
        session = self._doc.session
        total = len(self._question_ids())
        self.voice_list.clear()
        for index, voice in enumerate(session.voices):
            scored = sum(1 for qid in self._question_ids() if self._answered(qid, voice.id))
            text = self.tr("%1 · %2 of %3 answered").replace("%1", _voice_label(session, voice.id)).replace(
                "%2", str(scored)).replace("%3", str(total))
            item = QListWidgetItem(text, self.voice_list)
            item.setIcon(QIcon(voice_marker_pixmap(index, self.fontMetrics().height(), ratio=self.devicePixelRatioF())))
            item.setData(Qt.ItemDataRole.UserRole, voice.id)
            if voice.id == select:
                self.voice_list.setCurrentItem(item)
        if self.voice_list.currentItem() is None and self.voice_list.count():
            self.voice_list.setCurrentRow(0)

    def _open_macro(self) -> None:
        if not self._macro_open and self._voice_id is not None:
            name = _voice_label(self._doc.session, self._voice_id)
            self._doc.undo_stack.beginMacro(self.tr("Type in scores: %1").replace("%1", name))
            self._macro_open = True

    def _close_macro(self) -> None:
        if self._macro_open:
            self._macro_open = False
            self._doc.undo_stack.endMacro()

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("voices", "session"):
            if change.kind == "session":
                # A new session cleared the undo history, the open macro with it.
                self._macro_open = False
            self._close_macro()
            if self._voice_id is not None and self._voice_id not in {v.id for v in self._doc.session.voices}:
                self._voice_id = None
            if self._voice_id is None or change.kind == "session":
                self._voice_id = None
                self._show_picker()
            else:
                self._position = min(self._position, max(0, len(self._question_ids()) - 1))
                self._show_question()
