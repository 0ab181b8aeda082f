"""The continuum from thin co-creation to thick co-production: the character's place and, apart, the profile's mean."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.character import Character, Placement, place
from ...core.vocabulary import SCORE_MAX, SCORE_MIN
from .character_names import criterion_title, region_label
from .labels import fmt1

_BLUE = QColor("#0072B2")
#: Okabe–Ito vermillion for the profile's mark; a darker shade for its text on light backgrounds.
_VERMILLION = QColor("#D55E00")
_VERMILLION_TEXT = QColor("#A04600")


class _Scale(QWidget):
    """The painted bar: ▼ above it for the character, ticks 1..10 and ▲ below it for the profile's mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: float | None = None
        #: The character's position from 0 (thin) to 1 (thick), or None.
        self.position: float | None = None
        self.character_label = ""
        self.strength_label = ""
        #: The bar with its ticks and numbers, which only a new size, font or palette changes.
        self._bar: QPixmap | None = None
        self._bar_key: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        line = QFontMetricsF(self.font()).height()
        return QSize(400, round(line * 4.9))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(200, self.sizeHint().height())

    def x_of(self, value: float, rect: QRectF) -> float:
        share = (min(max(value, SCORE_MIN), SCORE_MAX) - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)
        return rect.left() + share * rect.width()

    def _label(self, painter: QPainter, x: float, baseline: float, text: str) -> None:
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(text)
        painter.drawText(QPointF(min(max(x - width / 2, 0.0), self.width() - width), baseline), text)
        font.setBold(False)
        painter.setFont(font)

    def _bar_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        margin = max(metrics.horizontalAdvance("10") / 2 + 4, 16.0)
        return QRectF(margin, line * 1.7, self.width() - 2 * margin, line * 0.9)

    def _bar_pixmap(self) -> QPixmap:
        """The bar, its ticks and numbers, painted again only when the size, font or palette changed:
        after an answer only the marks move."""
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.font().key(), self.palette().cacheKey())
        if key != self._bar_key or self._bar is None:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.font())
            self._paint_bar(painter)
            painter.end()
            self._bar, self._bar_key = pixmap, key
        return self._bar

    def _paint_bar(self, painter: QPainter) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        bar = self._bar_rect()
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        light = QColor(_BLUE)
        light.setAlpha(40)
        gradient.setColorAt(0.0, light)
        gradient.setColorAt(1.0, _BLUE)
        painter.setPen(QPen(text, 1.2))
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 4, 4)

        # The ticks belong to the profile's scale, 1–10, drawn under the bar with its mark.
        painter.setPen(QPen(text, 1.2))
        for value in range(SCORE_MIN, SCORE_MAX + 1):
            x = self.x_of(value, bar)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + line * 0.3))
            label = str(value)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, bar.bottom() + line * 0.3 + metrics.ascent()), label)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._bar_pixmap())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = QFontMetricsF(self.font()).height()
        bar = self._bar_rect()
        if self.value is not None:
            x = self.x_of(self.value, bar)
            top = bar.bottom() + line * 1.35
            path = QPainterPath()
            path.moveTo(x, top)
            path.lineTo(x - line * 0.4, top + line * 0.7)
            path.lineTo(x + line * 0.4, top + line * 0.7)
            path.closeSubpath()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(_VERMILLION)
            painter.drawPath(path)
            painter.setPen(QPen(_VERMILLION_TEXT if self._light(palette) else _VERMILLION, 1.0))
            font = painter.font()
            font.setBold(True)
            width = QFontMetricsF(font).horizontalAdvance(self.strength_label)
            left = x + line * 0.6 if x + line * 0.6 + width <= self.width() else x - line * 0.6 - width
            painter.setFont(font)
            painter.drawText(QPointF(max(left, 0.0), top + line * 0.7), self.strength_label)
            font.setBold(False)
            painter.setFont(font)

        if self.position is not None:
            x = bar.left() + self.position * bar.width()
            # A dark marker with a light edge stays visible on both ends of the gradient.
            path = QPainterPath()
            path.moveTo(x - line * 0.45, bar.top() - line * 0.7)
            path.lineTo(x + line * 0.45, bar.top() - line * 0.7)
            path.lineTo(x, bar.top() + line * 0.05)
            path.closeSubpath()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(text)
            painter.drawPath(path)
            painter.setPen(QPen(text, 3.0))
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            painter.setPen(QPen(text, 1.0))
            self._label(painter, x, bar.top() - line * 0.8 - QFontMetricsF(painter.font()).descent(),
                        self.character_label)
        painter.end()

    @staticmethod
    def _light(palette: QPalette) -> bool:
        return palette.color(QPalette.ColorRole.Window).lightness() > 128


class Continuum(QWidget):
    """Places the collaboration by its character (▼) and shows the profile's mean (▲), saying which is which."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._overall: float | None = None
        self._missing: list[int] = []
        self._placement: Placement = place(None)
        self._thin = QLabel(self)
        self._thick = QLabel(self)
        self._thick.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        """The profile's mean; ``fields_without_answer`` holds the numbers of the fields that keep it away."""
        if overall == self._overall and list(fields_without_answer) == self._missing:
            return
        self._overall = overall
        self._missing = list(fields_without_answer)
        self._scale.value = overall
        self._scale.update()
        self.retranslate()

    def set_character(self, character: Character | None) -> None:
        """Place the collaboration by the rule in core.character; missing criteria leave it unplaced."""
        placement = place(character)
        if placement == self._placement:
            return
        self._placement = placement
        self._scale.position = self._placement.position
        self._scale.update()
        self.retranslate()

    def overall(self) -> float | None:
        return self._overall

    def position(self) -> float | None:
        return self._placement.position

    def caption(self) -> str:
        return self._caption.text()

    def retranslate(self) -> None:
        self._thin.setText(self.tr("Thin co-creation"))
        self._thick.setText(self.tr("Thick co-production"))
        self._scale.character_label = self.tr("Character")
        placement = self._placement
        if placement.position is None:
            missing = ", ".join(criterion_title(name).lower() for name in placement.missing)
            caption = self.tr(
                "The character of the collaboration is not filled in (%1), so the collaboration is not "
                "placed between thin and thick.").replace("%1", missing)
        else:
            caption = self.tr(
                "▼ Character: %1, from time perspective, depth of relations and the citizens' roles and "
                "influence.").replace("%1", region_label(placement.region))
            if placement.capped:
                caption += " " + self.tr("A short, ad hoc collaboration stays on the thin half.")
        if self._overall is not None:
            strength = fmt1(self._overall)
            self._scale.strength_label = self.tr("Profile strength %1").replace("%1", strength)
            caption += " " + self.tr(
                "▲ Profile strength %1: the mean of the seven field scores (1–10). It says how strong the "
                "profile is, not how thick the collaboration is.").replace("%1", strength)
        else:
            self._scale.strength_label = ""
            caption += " " + self.tr(
                "No profile strength yet: it is shown only when every field has at least one answer.")
            if self._missing:
                caption += " " + self.tr("Fields without an answer: %1.").replace(
                    "%1", ", ".join(str(n) for n in self._missing))
        self._caption.setText(caption)
        self.setAccessibleName(self.tr("Continuum from thin co-creation to thick co-production"))
        self.setAccessibleDescription(caption)
        self._scale.setAccessibleName(self.accessibleName())
        self._scale.setAccessibleDescription(caption)
        self._scale.update()
