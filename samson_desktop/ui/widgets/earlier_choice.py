"""Setup: when the answers of the earlier time point show on the question pages (after answering, or on a key)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ...core.reveal import AFTER_ANSWER, ON_KEY, reveal_mode
from ..document import Change, SessionDocument
from ..shortcuts import EARLIER_KEY


class EarlierChoice(QWidget):
    """Shown only for a session that follows an earlier time point; the choice is stored in the session."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc = document
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 0, 0)
        col.setSpacing(4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.combo = QComboBox(self)
        self.label.setBuddy(self.combo)
        self.help = QLabel(self)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setWordWrap(True)
        self.help.setProperty("role", "help")
        col.addWidget(self.label)
        col.addWidget(self.combo)
        col.addWidget(self.help)
        self.combo.activated.connect(self._chosen)
        document.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Answers from the earlier time point"))
        self.combo.setAccessibleName(self.tr("When the answers from the earlier time point show"))
        self.combo.clear()
        self.combo.addItem(self.tr("After the group has answered"), AFTER_ANSWER)
        self.combo.addItem(self.tr("Only when asked (%1)").replace("%1", EARLIER_KEY), ON_KEY)
        self.help.setText(self.tr(
            "Seeing the old number first anchors the new one: by default each question shows the earlier "
            "score only once the group has answered it."))
        self.refresh()

    def refresh(self) -> None:
        session = self._doc.session
        self.setVisible(session.earlier is not None)
        self.combo.setCurrentIndex(max(0, self.combo.findData(reveal_mode(session))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self, index: int) -> None:
        mode = self.combo.itemData(index)
        if mode in (AFTER_ANSWER, ON_KEY) and mode != reveal_mode(self._doc.session):
            self._doc.set_info(earlier_reveal=mode)

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("session", "info"):
            self.refresh()
