"""Turn user text (notes, measures, names) into safe plain text for reportlab, never markup."""

from __future__ import annotations

import re
from typing import Callable

# C0 and C1 control characters other than tab and newline, lone surrogates (which cannot be
# encoded) and the two non-characters: none of them can be printed, and some break the PDF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c]")


def escape(text: str) -> str:
    """Exactly ``xml.sax.saxutils.escape``: &, < and > as entities.

    Written out because importing xml.sax.saxutils pulls in urllib.request, http.client and ssl,
    a tenth of the time budget of a whole ``samson report`` run.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clean(text: str | None) -> str:
    """The text as typed, minus characters no font can show; newlines unified to "\\n"."""
    if not text:
        return ""
    text = _NEWLINES.sub("\n", text)
    return _UNPRINTABLE.sub("", text).replace("\t", "    ")


def one_line(text: str | None) -> str:
    """Clean text on a single line, for running headers and PDF metadata."""
    return " ".join(clean(text).split())


def para(text: str | None) -> str:
    """Markup for a reportlab Paragraph that prints ``text`` literally.

    ``<b>``, ``&amp;`` and ``<img …>`` stay characters: escape() turns &, < and > into entities,
    and newlines become explicit line breaks. Long words and URLs wrap because the paragraph
    styles split long words.
    """
    lines = clean(text).split("\n")
    return "<br/>".join(escape(line) for line in lines)


def wrap(text: str | None, width: float, measure: Callable[[str, float], float], size: float) -> str:
    """The cleaned text broken into lines of at most ``width`` points, joined by "\\n".

    For plain-text table cells, which reportlab draws literally (no markup) and much faster
    than paragraphs. A word or URL wider than the column is broken between characters.
    """
    space = measure(" ", size)
    lines: list[str] = []
    for raw in clean(text).split("\n"):
        current: list[str] = []
        used = 0.0
        for word in raw.split():
            w = measure(word, size)
            if w > width:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, width, measure, size)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], measure(pieces[-1], size)
            elif current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append(" ".join(current))
    return "\n".join(lines)


def _break_word(word: str, width: float, measure: Callable[[str, float], float], size: float) -> list[str]:
    pieces: list[str] = []
    start, used = 0, 0.0
    for i, char in enumerate(word):
        w = measure(char, size)
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces
