"""The window's status bar: the session's file, the last autosave and the zoom."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from .widgets.labels import plain_markup


class StatusBar(QStatusBar):
    """Shows what it is told; it keeps what it needs to say it again in another language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.PlainText)
        self.autosave_label = QLabel()
        self.autosave_label.setTextFormat(Qt.PlainText)
        self.zoom_label = QLabel()
        self.addWidget(self.file_label, 1)
        self.addPermanentWidget(self.autosave_label)
        self.addPermanentWidget(self.zoom_label)
        self._path: Path | None = None
        self._autosaved_at: datetime | None = None
        self._autosave_failure = ""
        self._zoom = 1.0

    def show_file(self, path: Path | None) -> None:
        self._path = path
        self.retranslate()

    def show_autosaved(self, when: datetime | None = None) -> None:
        self._autosaved_at = when or datetime.now()
        self._autosave_failure = ""
        self.retranslate()

    def show_autosave_failed(self, reason: str) -> None:
        """Autosave does not work: said until it works again, with the reason as the tooltip."""
        self._autosave_failure = reason
        self.retranslate()

    def show_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self.retranslate()

    def show_saved(self) -> None:
        self.showMessage(self.tr("Saved"), 4000)

    def retranslate(self) -> None:
        self.file_label.setText(self.tr("Not saved to a file yet") if self._path is None else str(self._path))
        if self._autosave_failure:
            self.autosave_label.setText(self.tr("Autosave failed: save with File › Save as"))
            self.autosave_label.setToolTip(plain_markup(self._autosave_failure))
        elif self._autosaved_at is not None:
            self.autosave_label.setText(self.tr("Autosaved %1").replace("%1", self._autosaved_at.strftime("%H:%M:%S")))
            self.autosave_label.setToolTip("")
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", str(round(self._zoom * 100))))
