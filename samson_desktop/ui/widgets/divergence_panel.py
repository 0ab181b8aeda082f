"""Where the voices differ: the questions with the largest spread, and the pairs of voices furthest apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from ...core.model import Session, localized
from ...core.voices import display_voices, divergence, pair_differences, voice_labels
from .labels import fmt1, plain_markup, short_text, ui_language

#: Questions listed; the report and the CSV carry the whole ranking.
LIST_LENGTH = 10
PAIRS_SHOWN = 2


class DivergenceList(QListWidget):
    """Two lines per question: number and text, then the spread and each voice's score."""

    questionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(lambda item: self.questionRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

    def question_ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.questionRequested.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
            event.accept()
            return
        super().keyPressEvent(event)


class DivergencePanel(QWidget):
    """The overview's view of disagreement; empty-state text when there is nothing to compare."""

    questionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: Session | None = None
        self._title = QLabel(self)
        self._title.setProperty("role", "h2")
        self._title.setWordWrap(True)
        self._hint = QLabel(self)
        self._hint.setProperty("role", "caption")
        self._hint.setWordWrap(True)
        self.list = DivergenceList(self)
        self.list.questionRequested.connect(self.questionRequested)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setProperty("role", "help")
        self._pairs_title = QLabel(self)
        self._pairs_title.setProperty("role", "caption")
        self._pairs_title.setWordWrap(True)
        self.pairs = QLabel(self)
        self.pairs.setTextFormat(Qt.TextFormat.PlainText)
        self.pairs.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The pairs first: who differs from whom is the summary; the questions are the detail.
        layout.addWidget(self._title)
        layout.addWidget(self._pairs_title)
        layout.addWidget(self.pairs)
        layout.addWidget(self._hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self._empty)
        self.retranslate()

    def set_session(self, session: Session) -> None:
        self._session = session
        lang = ui_language(session)
        qset = session.question_set
        # The window shows names as entered; anonymity applies to what leaves the room.
        labels = voice_labels(session, anonymous=False, language=lang)
        self.list.clear()
        ranked = divergence(session, limit=LIST_LENGTH)
        for entry in ranked:
            qv = entry.question
            text = localized(qset.question(qv.question_id).text, lang)
            scores = " · ".join(f"{labels.get(v, v)} {s}" for v, s in qv.scores)
            figures = self.tr("Spread %1: %2").replace("%1", fmt1(qv.spread)).replace("%2", scores)
            item = QListWidgetItem(f"{qv.number}  {short_text(text, 60)}\n{figures}")
            item.setData(Qt.ItemDataRole.UserRole, qv.question_id)
            item.setToolTip(plain_markup(f"{qv.number}  {text}\n{figures}"))
            self.list.addItem(item)
        self.list.setVisible(bool(ranked))
        self._empty.setVisible(not ranked)

        pairs = pair_differences(session, display_voices(session, anonymous=False, language=lang))
        lines = []
        for pair in pairs[:PAIRS_SHOWN]:
            higher = pair.first.label if pair.mean_signed > 0 else pair.second.label
            line = self.tr("%1 ↔ %2: %3 apart (n=%4)").replace("%1", pair.first.label).replace(
                "%2", pair.second.label).replace("%3", fmt1(pair.mean_abs)).replace("%4", str(pair.n))
            if abs(pair.mean_signed) >= 0.05:
                line += self.tr(", %1 higher").replace("%1", higher)
            lines.append(line)
        self.pairs.setText("\n".join(lines))
        self._pairs_title.setVisible(bool(lines))
        self.pairs.setVisible(bool(lines))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Where the voices differ"))
        self._hint.setText(self.tr("Questions with the largest spread (highest minus lowest voice) first. "
                                   "Click one to open it."))
        self._empty.setText(self.tr("No question has scores from two voices that differ yet."))
        self._pairs_title.setText(self.tr("Voices furthest apart, on average:"))
        self.pairs.setToolTip(self.tr("Mean difference over the questions both voices scored (n)."))
        self.list.setAccessibleName(self.tr("Questions where the voices differ most"))
        if self._session is not None:
            self.set_session(self._session)
