"""Plain-text blocks for the deck: runs of regular and bold text, wrapped and drawn literally (never markup).

A deck page lists many short lines; a reportlab Paragraph parses markup for each and costs ten times
as much. These blocks draw the text as typed (so ``<b>`` stays four characters), with control
characters removed, and a case's coloured, lettered dot in front where asked.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from msgspec import Struct
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .fonts import BOLD, REGULAR
from .plaintext import clean
from .seminar_charts import case_colour, letter_colour
from .styles import INK


class Look(Struct, frozen=True):
    """Size, leading, colour and spacing of a block."""

    size: float = 12.0
    leading: float = 15.5
    colour: Color = INK
    bold: bool = False
    space_before: float = 0.0
    space_after: float = 4.0
    #: Continuation lines start this far in (a hanging indent for list items).
    indent: float = 0.0


#: A run of text: (text, bold).
Run = tuple[str, bool]


@lru_cache(maxsize=8192)
def _width(word: str, font: str, size: float) -> float:
    # The same words recur on every page (field titles, statuses); measuring one costs ~40 µs.
    return stringWidth(word, font, size)


class TextBlock(Flowable):
    """Runs of text wrapped to the width, optionally after a case's dot with its letter."""

    def __init__(self, runs: Sequence[Run], look: Look, chip: tuple[str, int] | None = None):
        super().__init__()
        self.runs = [(clean(text).replace("\n", " "), bold or look.bold) for text, bold in runs if text]
        self.look = look
        self.chip = chip
        self.lines: list[list[tuple[str, str, float]]] = []
        self.spaceBefore = look.space_before
        self.spaceAfter = look.space_after
        self._wrapped_at: float | None = None

    def _chip_width(self) -> float:
        return self.look.size * 1.45 if self.chip else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N802, N803
        if availWidth == self._wrapped_at:
            return availWidth, self.height  # a frame asks again before drawing
        size = self.look.size
        space = _width(" ", REGULAR, size)
        first = availWidth - self._chip_width()
        lines: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        limit = first
        for text, bold in self.runs:
            font = BOLD if bold else REGULAR
            for word in text.split(" "):
                if not word:
                    continue
                width = _width(word, font, size)
                gap = space if lines[-1] else 0.0
                if lines[-1] and used + gap + width > limit:
                    lines.append([])
                    used, gap = 0.0, 0.0
                    limit = availWidth - self.look.indent
                while width > limit and len(word) > 1:  # a word wider than the column is broken
                    cut = len(word) - 1
                    while cut > 1 and _width(word[:cut], font, size) > limit - used - gap:
                        cut -= 1
                    lines[-1].append((word[:cut], font, used + gap))
                    lines.append([])
                    used, gap = 0.0, 0.0
                    limit = availWidth - self.look.indent
                    word = word[cut:]
                    width = _width(word, font, size)
                lines[-1].append((word, font, used + gap))
                used += gap + width
        self.lines = lines
        self.width = availWidth
        self.height = len(lines) * self.look.leading
        self._wrapped_at = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        look = self.look
        top = self.height - look.size
        if self.chip:
            tag, index = self.chip
            radius = look.size * 0.55
            fill = case_colour(index)
            canvas.setFillColor(fill)
            canvas.circle(radius, top + look.size * 0.35, radius, stroke=0, fill=1)
            canvas.setFillColor(letter_colour(fill))
            small = look.size * (0.7 if len(tag) == 1 else 0.55)
            canvas.setFont(BOLD, small)
            canvas.drawCentredString(radius, top + look.size * 0.35 - small * 0.36, tag)
        canvas.setFillColor(look.colour)
        for k, line in enumerate(self.lines):
            x0 = self._chip_width() if k == 0 else look.indent
            y = top - k * look.leading
            # Neighbouring words in one face are drawn as one string: the spaces measure the same.
            start = 0
            while start < len(line):
                end = start + 1
                while end < len(line) and line[end][1] == line[start][1]:
                    end += 1
                words = " ".join(word for word, _font, _x in line[start:end])
                canvas.setFont(line[start][1], look.size)
                canvas.drawString(x0 + line[start][2], y, words)
                start = end
