"""How far the session has come: questions dealt with out of all, as words and as a bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ...core.model import Session
from ...core.progress import session_progress


class SessionProgress(QWidget):
    """Questions done out of all, by the one rule of ``core.progress``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setProperty("role", "caption")
        self._bar = QProgressBar(self)
        self._bar.setTextVisible(False)
        self._bar.setMinimumWidth(100)
        self._bar.setMaximumHeight(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._label)
        layout.addWidget(self._bar, 1)
        self._done = self._total = self._not_relevant = 0
        self.retranslate()

    def set_session(self, session: Session) -> None:
        progress = session_progress(session)
        self._done, self._not_relevant, self._total = progress.done, progress.not_relevant, progress.total
        self._bar.setRange(0, max(self._total, 1))
        self._bar.setValue(self._done)
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("Session: %1 of %2 done").replace("%1", str(self._done)).replace(
            "%2", str(self._total))
        detail = self.tr("%1 of %2 questions are done: an agreed score, not relevant, or an answer from "
                         "every voice (%3 not relevant).")
        detail = detail.replace("%1", str(self._done)).replace("%2", str(self._total)).replace(
            "%3", str(self._not_relevant))
        self._label.setText(text)
        self.setToolTip(detail)
        self._bar.setAccessibleName(self.tr("Session progress"))
        self._bar.setAccessibleDescription(detail)

    def text(self) -> str:
        return self._label.text()

