"""What every report section needs: the session, its scores, the language, and table helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Paragraph, Table

from ..core.model import Field, Session, localized
from ..core.scoring import SessionScores
from .fonts import BOLD, REGULAR
from .plaintext import clean, para, wrap
from .styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT, styles, table_style
from .texts import Texts

CELL_SIZE = 8.5
HEAD_SIZE = 8.0
CELL_PADDING = 4.0

#: Rows taller than this may be split across pages (points; half the text area of a page).
TALL_ROW = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 2


def _row_height(row: list, room: Sequence[float]) -> float:
    height = 0.0
    for cell, width in zip(row, room):
        if isinstance(cell, str):
            height = max(height, (cell.count("\n") + 1) * CELL_SIZE * 1.2)
        elif hasattr(cell, "wrap"):
            height = max(height, cell.wrap(width, TALL_ROW * 4)[1])
    return height


@dataclass
class ReportContext:
    """What every part of a report draws on. A dataclass, not a Struct: ``question_scores`` is
    worked out from the scores, never passed in."""

    session: Session
    scores: SessionScores
    t: Texts
    st: object = field(default_factory=styles)

    question_scores: dict = field(init=False)

    def __post_init__(self) -> None:
        self.question_scores = {q.id: q for q in self.scores.questions}

    def number_of(self, question_id: str) -> str:
        """"3-2" for a question of the set; "–" for an id the set does not have."""
        q = self.question_scores.get(question_id)
        return q.number if q else "–"

    @property
    def lang(self) -> str:
        return self.t.lang

    # Question-set texts are data, not markup: they are cleaned and escaped like user text.
    def question_text(self, question_id: str) -> str:
        return clean(localized(self.session.question_set.question(question_id).text, self.lang))

    def field_title(self, fld: Field) -> str:
        return clean(localized(fld.title, self.lang))

    def field_heading(self, fld: Field) -> str:
        return f"{fld.number} {self.field_title(fld)}"

    def value_title(self, value_id: str) -> str:
        try:
            return clean(localized(self.session.question_set.value(value_id).title, self.lang)) or value_id
        except KeyError:
            return value_id

    def score_n(self, score: float | None, n: int) -> str:
        return f"{self.t.num(score)} (n={n})"

    def p(self, markup: str, style_name: str = "body") -> Paragraph:
        """A paragraph of the report's own markup (already safe)."""
        return Paragraph(markup, getattr(self.st, style_name))

    def user(self, text: str | None, style_name: str = "cell") -> Paragraph:
        """A paragraph that prints user or question-set text literally."""
        return Paragraph(para(text), getattr(self.st, style_name))

    def table(self, head: Sequence[str] | None, rows: list[list], widths: Sequence[float],
              numeric: Sequence[int] = (), bold_first_column: bool = False) -> Table:
        """A table whose first row is ``head`` (repeated on every page); ``numeric`` columns align right.

        Text cells are plain strings, wrapped here to their column and drawn literally by reportlab,
        so user text needs no escaping. A row taller than half a page (a very long note or measure)
        may split across pages, so the layout never fails; other rows always move whole.
        """
        regular = getFont(REGULAR).stringWidth
        bold = getFont(BOLD).stringWidth
        room = [w - 2 * CELL_PADDING for w in widths]
        data = [
            [wrap(cell, room[i], bold if bold_first_column and i == 0 else regular, CELL_SIZE)
             if isinstance(cell, str) else cell for i, cell in enumerate(row)]
            for row in rows
        ]
        if head is not None:
            data.insert(0, [wrap(h, room[i], bold, HEAD_SIZE) for i, h in enumerate(head)])
        tall = any(_row_height(row, room) > TALL_ROW for row in data)
        tbl = Table(data, colWidths=list(widths), repeatRows=1 if head is not None else 0,
                    splitInRow=1 if tall else 0, hAlign="LEFT")
        style = table_style(has_head=head is not None)
        style.add("FONTNAME", (0, 0), (-1, -1), REGULAR)
        style.add("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE)
        style.add("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.2)
        style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)
        if head is not None:
            style.add("FONTNAME", (0, 0), (-1, 0), BOLD)
            style.add("FONTSIZE", (0, 0), (-1, 0), HEAD_SIZE)
            style.add("LEADING", (0, 0), (-1, 0), HEAD_SIZE * 1.2)
        if bold_first_column:
            style.add("FONTNAME", (0, 1 if head is not None else 0), (0, -1), BOLD)
        for col in numeric:
            style.add("ALIGN", (col, 0), (col, -1), "RIGHT")
        tbl.setStyle(style)
        return tbl
