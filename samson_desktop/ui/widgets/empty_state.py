"""The page a window shows before it has anything to show: what to do, in words, and the buttons that do it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred lead text above a centred row of ``buttons`` new buttons (their texts set by the owner)."""

    def __init__(self, buttons: int = 1, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setProperty("role", "lead")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons = [QPushButton() for _ in range(buttons)]
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
