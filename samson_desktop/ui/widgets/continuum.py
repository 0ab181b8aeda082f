"""The continuum from thin co-creation to thick co-production, with the overall score marked on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.vocabulary import SCORE_MAX, SCORE_MIN
from .labels import fmt1

_BLUE = QColor("#0072B2")


class _Scale(QWidget):
    """The painted bar: ticks 1..10 below, a marker at the overall score above it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        line = QFontMetricsF(self.font()).height()
        return QSize(400, round(line * 3.6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(200, self.sizeHint().height())

    def x_of(self, value: float, rect: QRectF) -> float:
        share = (min(max(value, SCORE_MIN), SCORE_MAX) - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)
        return rect.left() + share * rect.width()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        margin = max(metrics.horizontalAdvance("10") / 2 + 4, 16.0)
        bar = QRectF(margin, line * 1.3, self.width() - 2 * margin, line * 0.9)

        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        light = QColor(_BLUE)
        light.setAlpha(40)
        gradient.setColorAt(0.0, light)
        gradient.setColorAt(1.0, _BLUE)
        painter.setPen(QPen(text, 1.2))
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 4, 4)

        painter.setPen(QPen(text, 1.2))
        for value in range(SCORE_MIN, SCORE_MAX + 1):
            x = self.x_of(value, bar)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + line * 0.3))
            label = str(value)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, bar.bottom() + line * 0.3 + metrics.ascent()), label)

        if self.value is not None:
            x = self.x_of(self.value, bar)
            # A dark marker with a light edge stays visible on both ends of the gradient.
            path = QPainterPath()
            path.moveTo(x - line * 0.45, bar.top() - line * 0.75)
            path.lineTo(x + line * 0.45, bar.top() - line * 0.75)
            path.lineTo(x, bar.top() + line * 0.05)
            path.closeSubpath()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(text)
            painter.drawPath(path)
            painter.setPen(QPen(text, 3.0))
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            label = fmt1(self.value)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            bold = QFontMetricsF(font)
            width = bold.horizontalAdvance(label)
            left = min(max(x + line * 0.6, 0.0), self.width() - width)
            if x + line * 0.6 + width > self.width():
                left = x - line * 0.6 - width
            painter.drawText(QPointF(left, bar.top() - line * 0.2), label)
        painter.end()


class Continuum(QWidget):
    """Shows the overall score as a position, and says in words what that position is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._overall: float | None = None
        self._missing: list[int] = []
        self._thin = QLabel(self)
        self._thick = QLabel(self)
        self._thick.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self._thin, self._thick):
            label.setProperty("role", "h2")
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self._thin)
        ends.addStretch(1)
        ends.addWidget(self._thick)
        self._scale = _Scale(self)
        self._caption = QLabel(self)
        self._caption.setTextFormat(Qt.TextFormat.PlainText)
        self._caption.setWordWrap(True)
        self._caption.setProperty("role", "help")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(ends)
        layout.addWidget(self._scale)
        layout.addWidget(self._caption)
        self.retranslate()

    def set_overall(self, overall: float | None, fields_without_answer: list[int]) -> None:
        """``fields_without_answer`` holds the numbers of the fields that keep the position away."""
        self._overall = overall
        self._missing = list(fields_without_answer)
        self._scale.value = overall
        self._scale.update()
        self.retranslate()

    def overall(self) -> float | None:
        return self._overall

    def caption(self) -> str:
        return self._caption.text()

    def retranslate(self) -> None:
        self._thin.setText(self.tr("Thin co-creation"))
        self._thick.setText(self.tr("Thick co-production"))
        if self._overall is not None:
            caption = self.tr(
                "The position is the mean of the seven field scores (%1); it is shown only when "
                "every field has at least one answer.").replace("%1", fmt1(self._overall))
        else:
            caption = self.tr(
                "No position yet. The position is the mean of the seven field scores, and it is "
                "shown only when every field has at least one answer.")
            if self._missing:
                caption += " " + self.tr("Fields without an answer: %1.").replace(
                    "%1", ", ".join(str(n) for n in self._missing))
        self._caption.setText(caption)
        self.setAccessibleName(self.tr("Continuum from thin co-creation to thick co-production"))
        self.setAccessibleDescription(caption)
        self._scale.setAccessibleName(self.accessibleName())
        self._scale.setAccessibleDescription(caption)
