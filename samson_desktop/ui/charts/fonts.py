"""Fonts for text drawn inside the charts, scaled for zoom and presentation mode."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# Relative sizes, against the application font, chosen to read from the back of a workshop room.
AXIS_LABEL = 1.1
RING_LABEL = 0.75
TICK_LABEL = 1.0


def chart_font(relative: float, scale: float, bold: bool = False) -> QFont:
    """The application font at ``relative`` × ``scale`` of its size."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size <= 0:
        size = 10.0
    font.setPointSizeF(max(6.0, size * relative * scale))
    font.setBold(bold)
    return font
