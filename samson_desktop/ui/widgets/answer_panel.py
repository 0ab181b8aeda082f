"""The answer choices of one question: ten large score buttons and "not relevant / don't know"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from ...core.model import Answer
from ...core.vocabulary import SCORE_MAX, SCORE_MIN
from ..shortcuts import mark_answer_area
from .earlier_marks import EarlierMarks
from .labels import FittedLabel, fmt1

NOT_RELEVANT = 0


class AnswerPanel(QWidget):
    """Shows the current answer and reports the one chosen; the document stays the source of truth.

    ``answerChosen`` carries 1..10 for a score and 0 for "not relevant / don't know".
    """

    answerChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[int, QPushButton] = {}

        row = QHBoxLayout()
        row.setSpacing(8)
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setProperty("role", "answer")
            button.setMinimumHeight(64)
            self._group.addButton(button, score)
            self._buttons[score] = button
            row.addWidget(button)

        # Long in some languages: each takes the width it needs on one line where the row has it,
        # and wraps rather than widen the page where not.
        self._low = FittedLabel(self, max_lines=3)
        self._high = FittedLabel(self, max_lines=3)
        self._low.setProperty("role", "caption")
        self._high.setProperty("role", "caption")
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for label in (self._low, self._high):
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
            label.setSizePolicy(policy)

        self._not_relevant = QPushButton(self)
        self._not_relevant.setCheckable(True)
        self._not_relevant.setMinimumHeight(44)
        self._group.addButton(self._not_relevant, NOT_RELEVANT)
        self._buttons[NOT_RELEVANT] = self._not_relevant
        # Shown when the score comes from the voices rather than an agreed number.
        self._status = QLabel(self)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        self._status.setProperty("role", "help")
        self._status.hide()

        scale_row = self._scale_row = QHBoxLayout()
        scale_row.addWidget(self._low, 1, Qt.AlignmentFlag.AlignTop)
        scale_row.addWidget(self._not_relevant, 0, Qt.AlignmentFlag.AlignTop)
        scale_row.addWidget(self._high, 1, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # Where the group and each voice stood at the earlier time point, under the buttons (hidden until shown).
        self.earlier_marks = EarlierMarks(self)
        self.earlier_marks.set_anchor(self._button_span)
        layout.addLayout(row)
        layout.addWidget(self.earlier_marks)
        layout.addLayout(scale_row)
        layout.addWidget(self._status)

        # Ten buttons must fit beside the chart at 1280 px even in presentation type; they
        # stretch to fill the row, so a smaller minimum costs nothing when there is room.
        self.setStyleSheet('QPushButton[role="answer"] { min-width: 1.2em; padding: 4px 2px; }')
        self._presentation = False
        self._group.idClicked.connect(self.answerChosen)
        # Digits and N typed while an answer button has the focus answer, as on the page itself.
        mark_answer_area(self)
        self._answer = Answer()
        self.retranslate()

    # --- public -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Answer"))
        self._low.set_full_text(self.tr("1 = not at all true for us"))
        self._high.set_full_text(self.tr("10 = fully true"))
        self._share_caption_row()
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            button = self._buttons[score]
            button.setAccessibleName(self.tr("Score %1").replace("%1", str(score)))
            key = "0" if score == 10 else str(score)
            button.setToolTip(self.tr("Score %1 (key %2)").replace("%1", str(score)).replace("%2", key))
        self._not_relevant.setText(self.tr("Not relevant / don't know"))
        self._not_relevant.setAccessibleName(self.tr("Not relevant / don't know"))
        self._not_relevant.setToolTip(self.tr("Left out of every mean (key N)"))
        self._update_status()

    def set_answer(self, answer: Answer | None) -> None:
        """Check the button of the current answer, or none when the question is unanswered."""
        self._answer = answer or Answer()
        chosen = self.chosen()
        checked = self._group.checkedButton()
        if chosen is None:
            if checked is not None:
                # An exclusive group cannot uncheck its last button directly.
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)
        else:
            self._buttons[chosen].setChecked(True)
        self._update_status()

    def set_presentation(self, on: bool) -> None:
        """On the projector the voices' line says the mean already; the status line would push the
        page past the screen."""
        self._presentation = on
        self._update_status()

    def chosen(self) -> int | None:
        """The choice shown as checked: a score 1..10, 0 for not relevant, None for none."""
        if self._answer.not_applicable:
            return NOT_RELEVANT
        return self._answer.consensus

    def button(self, choice: int) -> QAbstractButton:
        return self._buttons[choice]

    # --- private ------------------------------------------------------------------------
    def _button_span(self) -> tuple[float, float]:
        """The centres of buttons 1 and 10 in the earlier marks' coordinates."""
        offset = self.earlier_marks.x()
        return (self._buttons[SCORE_MIN].geometry().center().x() - offset,
                self._buttons[SCORE_MAX].geometry().center().x() - offset)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._share_caption_row()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._share_caption_row()

    def _share_caption_row(self) -> None:
        """Split the room beside "not relevant" between the two captions: each its one line where
        they fit; else the shorter one whole, as long as the longer keeps half of its line; else in
        proportion to their lengths."""
        row = self._scale_row
        room = self.width() - self._not_relevant.sizeHint().width() - 2 * row.spacing()
        low, high = (label.fontMetrics().horizontalAdvance(label.full_text()) + 2
                     for label in (self._low, self._high))
        if low + high > room > 0:
            short, long_ = min(low, high), max(low, high)
            if room - short >= long_ / 2:
                low, high = (room - short, short) if high <= low else (short, room - short)
        row.setStretch(0, max(1, low))
        row.setStretch(2, max(1, high))

    def _update_status(self) -> None:
        answer = self._answer
        text = ""
        if not answer.not_applicable and answer.consensus is None and answer.voices:
            text = self.tr("No agreed score yet: the voices' mean is %1 (n=%2).")
            text = text.replace("%1", fmt1(answer.effective_score)).replace("%2", str(len(answer.voices)))
        self._status.setText(text)
        self._status.setVisible(bool(text) and not self._presentation)
