"""Build the seminar deck from the window: a language, a file dialog for the PDF, and progress while it is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressDialog,
                               QPushButton, QWidget)

from ...core.seminar import Seminar, SeminarError
from ...report.seminar_deck import build_seminar_deck
from .. import i18n
from ..widgets.labels import plain_markup


class _DeckThread(QThread):
    """Writes the deck off the event loop, so the window stays live and the progress dialog moves."""

    failed = Signal(str)

    def __init__(self, seminar: Seminar, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.seminar = seminar
        self.path = path

    def run(self) -> None:
        try:
            build_seminar_deck(self.seminar, self.path)
        except OSError as exc:
            self.failed.emit(f"{self.path.name}: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - reported to the organiser, never a traceback on the wall
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class DeckBuilder(QWidget):
    """The bar under the views: the deck's language (the interface's by default) and "Build the deck…"."""

    built = Signal(Path)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._thread: _DeckThread | None = None
        self._progress: QProgressDialog | None = None
        self._error = ""
        self.language_label = QLabel()
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)
        self.language_combo = QComboBox()
        for language in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.language_name(language), language)
        self.language_label.setBuddy(self.language_combo)
        self.build_button = QPushButton()
        self.build_button.clicked.connect(self.build)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language_combo)
        layout.addWidget(self.build_button)
        self.follow_interface()
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Deck &language:"))
        self.language_combo.setAccessibleName(self.tr("Language of the deck"))
        self.build_button.setText(self.tr("Build the deck…"))
        self.build_button.setToolTip(self.tr("Write the seminar as a PDF to project or print (Ctrl+P)"))

    def follow_interface(self) -> None:
        """The deck's language follows the interface's until the organiser picks another."""
        index = self.language_combo.findData(i18n.manager().language())
        self.language_combo.setCurrentIndex(max(index, 0))

    def language(self) -> str:
        return self.language_combo.currentData() or i18n.manager().language()

    def set_enabled(self, on: bool) -> None:
        self.build_button.setEnabled(on)

    def busy(self) -> bool:
        return self._thread is not None

    # --- building ------------------------------------------------------------------------------
    def build(self) -> None:
        """Ask where to write the deck, then write it with a progress dialog."""
        window = self._window
        if self.busy() or not window.setup.session_count():
            return
        language = self.language()
        try:
            seminar = window.setup.build(language)
        except SeminarError as exc:
            QMessageBox.information(window, self.tr("No deck yet"), exc.text(i18n.message_language()))
            return
        suggestion = window.seminar_path.with_suffix(".pdf") if window.seminar_path else Path(
            self.tr("seminar") + ".pdf")
        name, _filter = QFileDialog.getSaveFileName(window, self.tr("Save the seminar deck"), str(suggestion),
                                                    self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self.start(seminar, path)

    def start(self, seminar: Seminar, path: Path) -> None:
        self._error = ""
        self._progress = QProgressDialog(self.tr("Writing the seminar deck…"), "", 0, 0, self._window)
        self._progress.setCancelButton(None)
        self._progress.setWindowTitle(self.tr("Seminar deck"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.setValue(0)
        self.build_button.setEnabled(False)
        self._thread = _DeckThread(seminar, path, self)
        self._thread.failed.connect(self._failed)
        self._thread.finished.connect(self._finished)
        self._thread.start()

    def _failed(self, message: str) -> None:
        self._error = message

    def _finished(self) -> None:
        thread, self._thread = self._thread, None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.build_button.setEnabled(self._window.seminar is not None)
        if thread is None:
            return
        thread.deleteLater()
        if self._error:
            QMessageBox.warning(self._window, self.tr("The deck was not written"), plain_markup(self._error))
            return
        self._window.statusBar().showMessage(self.tr("Deck saved: %1").replace("%1", thread.path.name), 15000)
        self.built.emit(thread.path)

    def shutdown(self) -> None:
        """The window closes: let a deck being written finish first (it takes well under a second)."""
        if self._thread is not None:
            self._thread.wait()
            self._finished()
