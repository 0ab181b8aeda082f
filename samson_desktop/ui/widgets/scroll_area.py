"""The frameless scroll area the workshop pages use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(parent: QWidget | None = None, content: QWidget | None = None,
                sideways: bool = True) -> QScrollArea:
    """A frameless area whose ``content`` fills its width and scrolls when it needs more height;
    with ``sideways`` False it never scrolls sideways."""
    area = QScrollArea(parent)
    # The viewport is made here rather than by Qt: asked for a widget that Qt made, PySide looks
    # through every widget class it knows for the right wrapper (~12 ms, the first time).
    area.setViewport(QWidget())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    if content is not None:
        area.setWidget(content)
    return area
