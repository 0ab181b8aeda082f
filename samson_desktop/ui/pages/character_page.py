"""The optional step where the group records the character of its collaboration (seed 002, chapters 1 and 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..document import SessionDocument
from ..widgets.character_form import CharacterForm


class CharacterPage(QWidget):
    """A short intro and the form; the overview's continuum follows what is recorded here."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setProperty("role", "h1")
        self.intro = QLabel(self)
        self.intro.setProperty("role", "help")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = CharacterForm(document)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Character of the collaboration"))
        self.intro.setText(self.tr(
            "Optional. Time perspective, depth of relations and the citizens' roles and influence decide "
            "whether the collaboration is thin co-creation or thick co-production; the overview places it "
            "on the continuum once these four are filled in. The citizens' resources and the two ratings "
            "of results are recorded and compared over time, but do not move the position."))
        self.form.retranslate()

    def refresh(self) -> None:
        self.form.refresh()

    def set_presentation(self, on: bool) -> None:
        # Large type comes from the theme; the introduction is small print the room does not need.
        self.intro.setVisible(not on)
