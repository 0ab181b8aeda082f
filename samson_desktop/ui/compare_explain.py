"""Where the group writes why a change happened: the box under the comparison window's change table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.explanations import explanation
from .document import SessionDocument


class ExplainEdit(QPlainTextEdit):
    """The explanation's text; Esc or Ctrl+Enter hands the keyboard back to the change table."""

    done = Signal()

    def event(self, e: QEvent) -> bool:
        # Esc closes the comparison window elsewhere; here it only leaves the text.
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and e.key() == Qt.Key.Key_Escape:
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        ctrl = e.modifiers() & Qt.KeyboardModifier.ControlModifier
        if e.key() == Qt.Key.Key_Escape or (ctrl and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.done.emit()
            return
        super().keyPressEvent(e)


class ExplainPanel(QWidget):
    """The explanation of the change selected in the table, written into the open (later) session.

    Every keystroke goes through the document's undo stack; typing into one explanation is one undo step.
    """

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc = document
        self._target: tuple[str, str] | None = None
        self._since = ""
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 4, 0, 0)
        col.setSpacing(2)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.edit = ExplainEdit()
        self.edit.setTabChangesFocus(True)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(int(line * 3.4) + 12)
        self.title.setBuddy(self.edit)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        col.addWidget(self.title)
        col.addWidget(self.edit)
        col.addWidget(self.hint)
        self.edit.textChanged.connect(self._typed)
        self.retranslate()
        self.show_target(None)

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.tr("Why it changed"))
        self.edit.setPlaceholderText(self.tr("What happened? Write the group's explanation of this change."))
        self.hint.setText(self.tr(
            "Enter: write the explanation of the selected change. Esc or Ctrl+Enter: back to the list. "
            "Every field and question that moved by 1.0 or more, and the largest rise and fall, has a place."))
        if self._target is None:
            self.title.setText(self.tr("Select a change of 1.0 or more to explain it"))

    def target(self) -> tuple[str, str] | None:
        return self._target

    def show_target(self, target: tuple[str, str] | None, since: str = "", caption: str = "") -> None:
        """Show the explanation of ``target`` (kind, id) since the session ``since``; None: nothing to explain."""
        self._target, self._since = target, since
        self.edit.setEnabled(target is not None)
        if target is None:
            self.title.setText(self.tr("Select a change of 1.0 or more to explain it"))
            self._set_text("")
            return
        self.title.setText(self.tr("Why it changed: %1").replace("%1", caption))
        self.sync()

    def sync(self) -> None:
        """Show the stored text where it differs from what the box holds (after an undo, say)."""
        if self._target is None:
            return
        stored = explanation(self._doc.session, *self._target, self._since)
        typed = self.edit.toPlainText()
        # Blank text is stored as no explanation: the spaces being typed stay in the box.
        if stored != typed and (stored.strip() or typed.strip()):
            self._set_text(stored)

    def _set_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        self.edit.blockSignals(False)

    def _typed(self) -> None:
        if self._target is not None:
            kind, target = self._target
            self._doc.set_explanation(kind, target, self._since, self.edit.toPlainText())
