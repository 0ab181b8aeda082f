"""The list of parties or groups the collaboration leaves out: one party or group per line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MAX_ENTRY = 300
MAX_ENTRIES = 200


def entries(text: str) -> list[str]:
    """One entry per non-blank line, trimmed and cut to the file format's limits."""
    lines = [line.strip()[:MAX_ENTRY] for line in text.splitlines()]
    return [line for line in lines if line][:MAX_ENTRIES]


class LeftOutEdit(QPlainTextEdit):
    """``listEdited`` fires when typing changes the list of entries, never for ``set_entries``.

    The document gets the cleaned list; an echo that matches what the field already means is
    not written back, so the blank line the user has just started stays where it is.
    """

    listEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # The document's undo stack covers the list; a second, local history would confuse Ctrl+Z.
        self.setUndoRedoEnabled(False)
        self._shown: list[str] = []
        self._setting = False
        self.textChanged.connect(self._on_text_changed)

    def set_entries(self, names: list[str]) -> None:
        if names == self._shown and entries(self.toPlainText()) == names:
            return
        self._shown = list(names)
        if not self.hasFocus() or entries(self.toPlainText()) != names:
            self._setting = True
            try:
                self.setPlainText("\n".join(names))
            finally:
                self._setting = False

    def commit(self) -> None:
        names = entries(self.toPlainText())
        if names != self._shown:
            self._shown = names
            self.listEdited.emit(names)

    def _on_text_changed(self) -> None:
        if not self._setting:
            self.commit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 3 + 16)

    def event(self, event: QEvent) -> bool:
        # Let Ctrl+Z / Ctrl+Shift+Z reach the window's undo actions, which undo the list too.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return False
        return super().event(event)
