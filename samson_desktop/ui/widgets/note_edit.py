"""A plain-text note field that reports the user's edits and takes echoes back without moving the cursor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class NoteEdit(QPlainTextEdit):
    """``noteEdited`` fires for typing only, never for text set through ``set_note``."""

    noteEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setting = False
        # The document's undo stack covers notes; a second, local history would confuse Ctrl+Z.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._on_text_changed)

    def set_note(self, text: str) -> None:
        """Show ``text``; when it is what the field already holds (an echo of typing), do nothing."""
        if text == self.toPlainText():
            return
        cursor = self.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        # Undo and redo change the text under the cursor; keep it where it was, clamped.
        end = len(text)
        cursor = self.textCursor()
        cursor.setPosition(min(anchor, end))
        cursor.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # It asks for no more than the minimum height it was given and grows into what the page has left.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight() or hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.minimumHeight() or hint.height())

    def event(self, event: QEvent) -> bool:
        # Let Ctrl+Z / Ctrl+Shift+Z reach the window's undo actions, which undo notes too.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return False
        return super().event(event)

    def _on_text_changed(self) -> None:
        if not self._setting:
            self.noteEdited.emit(self.toPlainText())
