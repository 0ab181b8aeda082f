"""Under the answers of a later time point: what was said here last time, or that it is still hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.earlier import EarlierAnswer
from ...core.model import Voice
from ...core.reveal import ON_KEY
from ..shortcuts import EARLIER_KEY
from .labels import FittedLabel, fmt1, short_text, status_name


class EarlierPanel(QWidget):
    """One quiet line: the earlier answer (or how to see it), then the measures proposed here last time.

    Cut to one line where the page has no more room; the whole text is its tooltip.
    """

    findRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.line = FittedLabel(self, max_lines=1)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setProperty("role", "help")
        self.find_button = QPushButton(self)
        self.find_button.clicked.connect(self.findRequested)
        self.find_button.hide()
        row.addWidget(self.line, 1)
        row.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignVCenter)
        col.addLayout(row)
        self.hide()

    def text(self) -> str:
        """The whole line, also where the page shows it cut."""
        return self.line.full_text()

    def show_missing(self, caption: str) -> None:
        """The earlier session is referred to but not found: a way to find it, nothing else."""
        self.line.set_full_text(self.tr("Earlier time point %1: not found on this computer.").replace("%1", caption))
        self.find_button.setText(self.tr("Find it…"))
        self.find_button.setToolTip(self.tr("Choose the file of the earlier session; it is remembered"))
        self.find_button.show()
        self.show()

    def show_earlier(self, label: str, answer: EarlierAnswer | None, revealed: bool, mode: str,
                     voices: list[Voice]) -> None:
        """The earlier answer when ``revealed``, else how it will show; then the measures proposed here."""
        self.find_button.hide()
        if answer is None:
            text = self.tr("%1: this question was not asked then.").replace("%1", label)
        elif not revealed:
            if mode == ON_KEY:
                text = self.tr("%1: the answer then is hidden; %2 shows it.").replace("%2", EARLIER_KEY)
            else:
                text = self.tr("%1: the answer then shows once the group has answered (or with %2).") \
                    .replace("%2", EARLIER_KEY)
            text = text.replace("%1", label)
        else:
            text = self._values(label, answer, voices)
        measures = self._measures(label, answer)
        self.line.set_full_text(f"{text} {measures}" if measures else text)
        self.show()

    def _values(self, label: str, answer: EarlierAnswer, voices: list[Voice]) -> str:
        if answer.not_applicable:
            said = self.tr("not relevant")
        elif answer.agreed is not None:
            said = self.tr("agreed %1").replace("%1", fmt1(answer.agreed))
        elif answer.score is not None:
            said = self.tr("the voices' mean %1").replace("%1", fmt1(answer.score))
        else:
            said = self.tr("not answered")
        parts = [f"{short_text(v.name, 24)} {fmt1(answer.voices[v.id])}" for v in voices if v.id in answer.voices]
        text = self.tr("%1: %2").replace("%1", label).replace("%2", said)
        return text + (" · " + " · ".join(parts) if parts else "") + "."

    def _measures(self, label: str, answer: EarlierAnswer | None) -> str:
        if answer is None or not answer.measures:
            return ""
        items = []
        for m in answer.measures:
            now = status_name(m.status_now) if m.status_now else self.tr("not carried over")
            item = f"{short_text(m.text, 60)} ({status_name(m.status_then).lower()} → {now.lower()})"
            if m.note:
                item += f": {short_text(m.note, 50)}"
            items.append(item)
        return self.tr("Proposed here at %1: %2").replace("%1", label).replace("%2", "; ".join(items))
