"""Quiet marks under the answer buttons: where the group and each voice stood at the earlier time point."""

from __future__ import annotations

from typing import Callable

from msgspec import Struct
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .labels import fmt1
from .voice_scale import marker_path, voice_colour


class EarlierVoice(Struct, frozen=True):
    name: str
    score: float
    #: Position in the session's voices: the same colour and marker shape as everywhere else.
    index: int


class EarlierMarks(QWidget):
    """A thin strip on the answer scale: a hollow caret at the earlier score, hollow voice markers.

    Painted muted so that it reads as context, not as an answer; empty (and without height) when
    nothing is to be shown.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._label = ""
        self._score: float | None = None
        self._not_applicable = False
        self._voices: list[EarlierVoice] = []
        self._high_contrast = False
        self._anchor: Callable[[], tuple[float, float] | None] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def set_anchor(self, anchor: Callable[[], tuple[float, float] | None]) -> None:
        """``anchor()`` gives the x of 1 and of 10 in this widget (the answer buttons' centres)."""
        self._anchor = anchor
        self.update()

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.update()

    def set_marks(self, label: str, score: float | None, not_applicable: bool, voices: list[EarlierVoice],
                  description: str = "") -> None:
        """Show the earlier values; ``score`` None and no voices and not ``not_applicable`` hides the strip."""
        self._label, self._score, self._not_applicable = label, score, not_applicable
        self._voices = list(voices)
        self.setAccessibleName(description)
        self.setToolTip(description)
        self.setVisible(score is not None or bool(voices) or not_applicable)
        self.update()

    def clear(self) -> None:
        self.set_marks("", None, False, [])

    def has_marks(self) -> bool:
        return self._score is not None or bool(self._voices) or self._not_applicable

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(240, QFontMetrics(self.font()).height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(120, self.sizeHint().height())

    def x_of(self, score: float) -> float:
        span = self._anchor() if self._anchor is not None else None
        left, right = span if span is not None else (12.0, self.width() - 12.0)
        return left + (score - 1) / 9 * (right - left)

    def _radius(self) -> float:
        return max(4.0, QFontMetrics(self.font()).height() * 0.26)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        muted = QColor(self.palette().windowText().color())
        muted.setAlpha(170)
        metrics = QFontMetrics(self.font())
        r = self._radius()
        mid = self.height() / 2
        step = 2 * r + 2
        # The group's earlier score: a hollow caret pointing up at the buttons.
        taken: dict[float, int] = {}
        if self._score is not None:
            x = self.x_of(self._score)
            path = QPainterPath()
            path.moveTo(x, mid - r * 1.2)
            path.lineTo(x - r, mid + r * 1.2)
            path.lineTo(x + r, mid + r * 1.2)
            path.closeSubpath()
            painter.setPen(QPen(muted, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            taken[self._score] = 1
        # Each voice as a hollow marker of its own shape, side by side where several are at one score:
        # seen, not mistaken for today's answers.
        for voice in self._voices:
            k = taken.get(voice.score, 0)
            taken[voice.score] = k + 1
            centre = QPointF(self.x_of(voice.score) + k * step, mid)
            painter.setPen(QPen(voice_colour(voice.index, self._high_contrast), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(marker_path(voice.index, centre, r))
        painter.setPen(QPen(muted, 1.4))
        if self._score is not None:
            text = f"{self._label} {fmt1(self._score)}"
            width = metrics.horizontalAdvance(text) + 4
            x = self.x_of(self._score)
            left = x + (taken[self._score] - 1) * step + r + 4
            if left + width > self.width():
                left = x - r - 4 - width
            painter.drawText(QRectF(left, 0, width, self.height()), Qt.AlignmentFlag.AlignVCenter, text)
        elif self._not_applicable:
            text = self.tr("%1: not relevant").replace("%1", self._label)
            painter.drawText(QRectF(0, 0, self.width(), self.height()), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
