"""User text shown as markup (tooltips, message boxes) reads exactly as it was typed."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt

from samson_desktop.ui.widgets.labels import plain_markup


def rendered(markup: str) -> str:
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def test_markup_shows_tags_and_entities_as_typed(qapp):
    text = 'Ungdom <b>Nordby</b> & "venner" <img src=x> &amp;'
    markup = plain_markup(text)
    assert "<b>" not in markup and "<img" not in markup
    assert GuiQt.mightBeRichText(markup)  # so a tooltip does not guess again
    assert rendered(markup) == text


def test_markup_keeps_line_breaks(qapp):
    assert rendered(plain_markup("first line\nsecond line")).splitlines() == ["first line", "second line"]
