"""The style sheet applied again to a widget whose property its rules select on has changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
# Imported with the page modules, in the background: making PySide's QStyle class takes ~10 ms,
# which the first repolish in an idle turn would otherwise spend.
from PySide6.QtWidgets import QStyle, QWidget


def repolish(widget: QWidget) -> None:
    """Style ``widget`` again by the application's rules, after a property they select on changed.

    A widget not yet polished takes the property when it is first shown, with nothing to redo.
    """
    if widget.testAttribute(Qt.WA_WState_Polished):
        style: QStyle = widget.style()
        style.unpolish(widget)
        style.polish(widget)
