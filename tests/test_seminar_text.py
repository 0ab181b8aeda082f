"""The deck's plain-text blocks: wrapped within their width, drawn as typed, control characters removed."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from samson_desktop.report.fonts import BOLD, REGULAR, register_fonts
from samson_desktop.report.seminar_text import Look, TextBlock


def _line_widths(block: TextBlock, size: float) -> list[float]:
    widths = []
    for line in block.lines:
        end = 0.0
        for word, font, x in line:
            end = x + stringWidth(word, font, size)
        widths.append(end)
    return widths


def test_long_words_and_runs_wrap_within_the_width():
    register_fonts()
    look = Look(12, 15, indent=12)
    block = TextBlock([("3-2", True), ("https://example.org/" + "x" * 300, False), ("ord " * 40, False)], look,
                      chip=("AB", 3))
    width, height = block.wrap(200, 1000)
    assert width == 200 and height == len(block.lines) * 15
    widths = _line_widths(block, 12)
    assert len(widths) > 5
    assert widths[0] <= 200 - 12 * 1.45 + 0.01
    assert all(w <= 200 - 12 + 0.01 for w in widths[1:])
    assert block.lines[0][0] == ("3-2", BOLD, 0.0)
    assert {font for line in block.lines for _w, font, _x in line} == {BOLD, REGULAR}
    assert block.wrap(200, 1000) == (width, height)  # asked again: the same answer


def test_text_is_drawn_as_typed():
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR)
    block = TextBlock([("<b>fet</b> &amp; <img src=x> Linje\nto\x1b[2J\x00slutt", False)], Look())
    block.wrap(400, 800)
    block.drawOn(canvas, 40, 400)
    canvas.showPage()
    canvas.save()
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "<b>fet</b> &amp; <img src=x> Linje to[2Jslutt" in text
    assert "\x1b" not in text and "\x00" not in text
