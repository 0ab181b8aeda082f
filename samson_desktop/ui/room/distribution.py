"""The room's answers per party as dots on the 1–10 scale, with each party's mean: drawn for a projected wall."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import OKABE_ITO, theme
from ..widgets.labels import fmt1

_PARTY_COLOURS = [OKABE_ITO[name] for name in ("blue", "vermillion", "green", "orange", "purple", "sky_blue")]


class DistributionView(QWidget):
    """One row per party: its name, a dot per phone at its score, a diamond at the mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, list[int], int, float | None]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[tuple[str, list[int], int, float | None]]) -> None:
        """(party name, scores, not-relevant count, mean) per party, in the session's order."""
        self._rows = rows
        self.setAccessibleDescription("; ".join(
            f"{name}: {', '.join(map(str, scores))}" for name, scores, _na, _mean in rows))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(640, 80 + 60 * max(1, len(self._rows)))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt naming
        colors = theme().colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setFont(theme().font("h2"))
        metrics = painter.fontMetrics()
        label_width = min(self.width() * 0.3, max((metrics.horizontalAdvance(r[0]) for r in self._rows), default=0) + 12)
        left, right = label_width + metrics.horizontalAdvance("10") / 2 + 4, self.width() - metrics.horizontalAdvance("10 ")
        axis_y = self.height() - metrics.height() - 4
        row_height = (axis_y - 8) / max(1, len(self._rows))
        text = QColor(colors["text"])

        def x_of(score: float) -> float:
            return left + (score - 1) / 9 * (right - left)

        painter.setPen(QPen(QColor(colors["border"]), 1))
        for score in range(1, 11):
            x = x_of(score)
            painter.drawLine(QPointF(x, 4), QPointF(x, axis_y))
        painter.setPen(text)
        for score in range(1, 11):
            rect = QRectF(x_of(score) - 20, axis_y + 2, 40, metrics.height())
            painter.drawText(rect, Qt.AlignCenter, str(score))
        for index, (name, scores, not_applicable, mean) in enumerate(self._rows):
            centre = 4 + row_height * (index + 0.5)
            colour = QColor(colors["text"]) if theme().high_contrast else QColor(_PARTY_COLOURS[index % len(_PARTY_COLOURS)])
            painter.setPen(text)
            label = metrics.elidedText(name, Qt.ElideRight, int(label_width - 8))
            painter.drawText(QRectF(0, centre - row_height / 2, label_width - 8, row_height),
                             Qt.AlignRight | Qt.AlignVCenter, label)
            radius = max(5.0, min(row_height / 7, 14.0))
            stacked: dict[int, int] = {}
            painter.setPen(QPen(QColor(colors["base"]), 1.5))
            painter.setBrush(QBrush(colour))
            for score in scores:
                level = stacked.get(score, 0)
                stacked[score] = level + 1
                # Equal scores stack above and below the line: 0, -1, +1, -2, +2, … dot heights.
                step = (level + 1) // 2 * (-1 if level % 2 else 1)
                painter.drawEllipse(QPointF(x_of(score), centre + step * radius * 2.1), radius, radius)
            if mean is not None:
                size = radius * 1.5
                x = x_of(mean)
                diamond = QPolygonF([QPointF(x, centre - size), QPointF(x + size, centre),
                                     QPointF(x, centre + size), QPointF(x - size, centre)])
                painter.setPen(QPen(text, 3))
                painter.setBrush(Qt.NoBrush)
                painter.drawPolygon(diamond)
                painter.drawText(QRectF(x + size + 2, centre - row_height / 2, 80, row_height / 2),
                                 Qt.AlignLeft | Qt.AlignBottom, fmt1(mean))
        painter.end()
