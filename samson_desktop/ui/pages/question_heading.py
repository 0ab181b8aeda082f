"""The question in large type on the question page: where it is in its field, its number, text and prompt."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ...core.model import localized
from ..document import SessionDocument
from ..widgets.field_navigator import FieldNavigator
from ..widgets.flow_layout import FlowLayout
from ..widgets.labels import plain_label, ui_language


class QuestionHeading(QObject):
    """The labels that show the question; the page places the top row, the question row and the prompt."""

    def __init__(self, document: SessionDocument, navigator: FieldNavigator, page: QWidget):
        super().__init__(page)
        self._document = document
        self.position = plain_label(page, "h2")
        self.position.setObjectName("questionPosition")
        # The field's number and title are in the chooser; the row also says where in the field we are.
        self.top = QWidget(page)
        # Zoomed or in large type the row wraps: "Question x of y" takes a line of its own before the
        # page would get wider than the screen.
        top = FlowLayout(self.top, spacing=16)
        top.add_widget(navigator)
        top.add_widget(self.position, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        self.number = plain_label(page, "question")
        self.number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.number.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.text = plain_label(page, "question", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The discussion prompt: the room reads it too, so it stays in presentation mode.
        self.help = plain_label(page, "help", wrap=True)
        self.help.setObjectName("questionPrompt")
        self.row = QHBoxLayout()
        self.row.setSpacing(16)
        self.row.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.text, 1)

    def show_question(self, question_id: str | None) -> None:
        """The texts of ``question_id`` in the window's language; None leaves the labels empty."""
        if question_id is None:
            for label in (self.position, self.number, self.text, self.help):
                label.clear()
            return
        session = self._document.session
        lang = ui_language(session)
        qset = session.question_set
        fld = qset.field_of(question_id)
        question = qset.question(question_id)
        position = [q.id for q in fld.questions].index(question_id) + 1
        self.position.setText(self.tr("Question %1 of %2").replace("%1", str(position)).replace(
            "%2", str(len(fld.questions))))
        number = qset.question_number(question_id)
        text = localized(question.text, lang)
        self.number.setText(number)
        self.text.setText(text)
        self.text.setAccessibleName(self.tr("Question %1").replace("%1", number))
        self.text.setAccessibleDescription(text)
        help_text = localized(question.help, lang)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
