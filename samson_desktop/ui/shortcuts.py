"""Where typed letters and digits may act as page keys: the answer area, or no control focused."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QWidget

#: The widget property that marks an answer area: typed digits and N answer there.
ANSWER_AREA = "answerArea"


def mark_answer_area(widget: QWidget) -> None:
    """Let the answer keys act while ``widget`` or one of its children has the focus."""
    widget.setProperty(ANSWER_AREA, True)


def in_answer_area(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(ANSWER_AREA):
            return True
        widget = widget.parentWidget()
    return False


def typed_keys_may_act(focus: QWidget | None, pages: Iterable[QWidget]) -> bool:
    """Whether a letter or digit typed while ``focus`` has the keyboard may answer or weight.

    Yes in an answer area (the answer buttons, the voices, the weighting cards), where no widget
    has the focus, on a page itself, and on the window's own frame and step bar. No on every
    other control of a page (text, lists, tables, combo boxes, buttons, charts): a key typed there
    is that control's, and must never change an answer.
    """
    if focus is None or in_answer_area(focus):
        return True
    return not any(page is not focus and page.isAncestorOf(focus) for page in pages)
