"""List widgets whose items wrap onto several lines and are never cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget


def make_wrapping(widget: QListWidget) -> None:
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Qt measures a wrapped item without its side padding from the style sheet but draws it
    # with that padding, which cuts off the last words; so the side space goes on the list.
    widget.setStyleSheet("QListWidget::item { padding: 6px 0px; } QListWidget { padding: 4px 10px; }")
