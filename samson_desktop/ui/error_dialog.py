"""Readable error dialogs: unexpected errors with details to copy, and session files that cannot be used."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .i18n import message_language
from .widgets.labels import plain_markup

if TYPE_CHECKING:
    from ..fileformat import SessionFileError


class ErrorDialog(QDialog):
    """Says in plain words that something went wrong and that the work is safe, with details to copy."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("SAMSON: unexpected error"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Something went wrong."))
        title.setProperty("role", "h2")
        self.message = QLabel(message)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        reassure = QLabel(self.tr(
            "Your session is kept: it has just been saved to the autosave folder, and you can go on "
            "working. If the problem comes back, save your session, restart SAMSON and send the "
            "details below to your support person."))
        reassure.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(180)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the error details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        for widget in (title, self.message, reassure, self.details, buttons):
            layout.addWidget(widget)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = [f"SAMSON desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}", ""]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class ExceptionHook:
    """sys.excepthook for the window: keep the session safe first, then tell the user."""

    def __init__(self, save_all: Callable[[], None]):
        self._save_all = save_all
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = format_details(exc_type, exc, tb)
        sys.stderr.write(details)
        try:
            self._save_all()
        except Exception:  # the hook must never raise; the traceback above is already out
            sys.stderr.write("SAMSON: autosave after the error failed too\n" + traceback.format_exc())
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time: an error inside the dialog must not stack dialogs
        self._showing = True
        try:
            message = f"{exc_type.__name__}: {exc}"
            ErrorDialog(message, details, QApplication.activeWindow()).exec()
        finally:
            self._showing = False


def show_file_error(parent: QWidget | None, error: SessionFileError, action: str = "") -> None:
    """Tell a facilitator why a file cannot be opened: what is wrong and where, never a traceback."""
    lines = error.lines(message_language())
    shown = lines[:8]
    if len(lines) > len(shown):
        shown.append(QApplication.translate("FileError", "… (%1 more not shown)").replace("%1", str(len(lines) - len(shown))))
    title = action or QApplication.translate("FileError", "The session cannot be opened")
    intro = QApplication.translate(
        "FileError", "SAMSON cannot use this file. The file itself has not been changed.")
    box = QMessageBox.warning  # a static call, so tests can replace it
    box(parent, title, plain_markup(intro + "\n\n" + "\n".join(shown)))
