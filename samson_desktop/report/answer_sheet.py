"""Printable answer sheets (A4 PDF): one sheet per voice with every question, boxes 1–10 and "not relevant"."""

from __future__ import annotations

import io
from pathlib import Path

from msgspec import Struct
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from .. import __version__
from ..core.model import Session, localized
from ..core.voices import voice_labels
from .fonts import BOLD, REGULAR
from .plaintext import clean, one_line, para
from .styles import GRID, INK, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE, styles
from .texts import Texts

LANGUAGES = ("nb", "en")

_TEXTS = {
    "nb": {
        "title": "Svarark",
        "voice": "Part",
        "blank_voice": "Part / navn: ",
        "instructions": "Sett ett kryss per spørsmål. 1 = stemmer ikke i det hele tatt for oss, "
                        "10 = stemmer helt for oss. Kryss av for «ikke relevant» når spørsmålet ikke "
                        "passer eller du ikke vet.",
        "not_relevant": "ikke relevant",
        "page": "side {page}",
        "blank": "(tomt ark)",
        "subject": "Svarark for SAMSON-økt",
    },
    "en": {
        "title": "Answer sheet",
        "voice": "Voice",
        "blank_voice": "Voice / name: ",
        "instructions": "Put one cross per question. 1 = not at all true for us, 10 = fully true for us. "
                        "Tick “not relevant” when the question does not apply or you don't know.",
        "not_relevant": "not relevant",
        "page": "page {page}",
        "blank": "(blank sheet)",
        "subject": "Answer sheets for a SAMSON session",
    },
}

MARGIN = 14 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BOX = 13.0  # side of one answer box, in points
BOX_GAP = 3.2
NUMBER_WIDTH = 24.0
#: Room for a field title and its first question, below which the title moves to the next page.
_MIN_ROW_SPACE = 4 * BOX


class Sheet(Struct, frozen=True):
    """One sheet: the label printed at its head; None for a blank sheet with a line to write on."""

    voice_label: str | None


def sheet_language(requested: str | None, session_language: str) -> str:
    lang = requested or session_language
    return lang if lang in LANGUAGES else "en"


class AnswerBoxes(Flowable):
    """Ten numbered boxes and one "not relevant" box, drawn on one line."""

    def __init__(self, not_relevant: str):
        super().__init__()
        self._label = not_relevant
        self.width = self.box_width(not_relevant)
        self.height = BOX

    @staticmethod
    def box_width(not_relevant: str) -> float:
        return 10 * (BOX + BOX_GAP) + 6 + BOX + 3 + stringWidth(not_relevant, REGULAR, 6.5)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.7)
        c.setStrokeColor(INK)
        x = 0.0
        for score in range(1, 11):
            c.setFillColor(INK)
            c.rect(x, 0, BOX, BOX, stroke=1, fill=0)
            # The digit is light, so a cross drawn over it stays clear.
            c.setFillColor(MUTED)
            c.setFont(REGULAR, 6.5 if score < 10 else 6.0)
            c.drawCentredString(x + BOX / 2, BOX / 2 - 2.3, str(score))
            x += BOX + BOX_GAP
        x += 6
        c.setDash(1.5, 1.2)
        c.rect(x, 0, BOX, BOX, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 6.5)
        c.drawString(x + BOX + 3, BOX / 2 - 2.3, self._label)
        c.restoreState()


class _SheetStart(Flowable):
    """Marks where a sheet begins, so the page furniture names the right voice and counts its pages."""

    def __init__(self, label: str):
        super().__init__()
        self.label = label
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate
        doc.sheet_label = self.label
        doc.sheet_page = 0


class _SheetDocument(BaseDocTemplate):
    def __init__(self, target, header: str, footer_page: str, **kw):
        super().__init__(target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, **kw)
        self.sheet_label = ""
        self.sheet_page = 0
        self._header = header
        self._footer_page = footer_page
        frame = Frame(MARGIN, MARGIN, FRAME_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 6 * mm, id="sheet",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=self._furniture)])

    def _furniture(self, canvas, doc) -> None:
        # Drawn at the end of the page, when the page's _SheetStart (if any) has run.
        self.sheet_page += 1
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN + 1
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, _fit(self._header, REGULAR, 7.5, FRAME_WIDTH * 0.55))
        right = f"{self.sheet_label} · {self._footer_page.format(page=self.sheet_page)}"
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, _fit(right, BOLD, 7.5, FRAME_WIDTH * 0.42))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 4, PAGE_WIDTH - MARGIN, y - 4)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def sheets_for(session: Session, lang: str, blank: bool = False) -> list[Sheet]:
    """One sheet per voice, labelled as the anonymity setting says; a blank one when there are no voices."""
    anonymous = bool(getattr(session, "anonymous_report", False))
    labels = voice_labels(session, anonymous, lang)
    sheets = [Sheet(one_line(labels[v.id])) for v in session.voices]
    if blank or not sheets:
        sheets.append(Sheet(None))
    return sheets


def build_answer_sheets(session: Session, lang: str | None = None, blank: bool = False) -> bytes:
    """The answer sheets as PDF bytes. ``blank`` adds one unnamed sheet to those of the voices."""
    lang = sheet_language(lang, session.language)
    words = _TEXTS[lang]
    st = styles()
    tp = session.time_point
    when = " ".join(part for part in (tp.label, Texts(lang).date(tp.date) if tp.date else "") if part)
    header = one_line(" · ".join(part for part in (session.collaboration.name, when, tp.place) if part))
    buffer = io.BytesIO()
    doc = _SheetDocument(buffer, header, words["page"], title=f"{words['title']} – {header}",
                         author=one_line(session.facilitator), subject=words["subject"],
                         creator=f"SAMSON desktop {__version__}", lang=lang, pageCompression=1)
    story: list[Flowable] = []
    for position, sheet in enumerate(sheets_for(session, lang, blank)):
        if position:
            story.append(PageBreak())
        story += _sheet_story(session, sheet, lang, words, st, header)
    doc.build(story)
    return buffer.getvalue()


def write_answer_sheets(session: Session, path: str | Path, lang: str | None = None, blank: bool = False) -> Path:
    target = Path(path)
    target.write_bytes(build_answer_sheets(session, lang, blank))
    return target


def _write_on_line(label: str, st) -> Table:
    """A label followed by a rule to write a name on."""
    style = st.body.clone("sheet_line", fontSize=11, leading=14, spaceAfter=0)
    table = Table([[Paragraph(para(label), style), ""]], colWidths=[32 * mm, 90 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


def _sheet_story(session: Session, sheet: Sheet, lang: str, words: dict[str, str], st, header: str) -> list[Flowable]:
    label = sheet.voice_label if sheet.voice_label is not None else words["blank"]
    title_style = st.h1.clone("sheet_title", fontSize=16, leading=20, spaceAfter=2)
    sub_style = st.muted.clone("sheet_sub", spaceAfter=4)
    story: list[Flowable] = [_SheetStart(label)]
    if sheet.voice_label is not None:
        story.append(Paragraph(f"{words['title']} · {para(sheet.voice_label)}", title_style))
    else:
        story.append(Paragraph(para(words["title"]), title_style))
        story += [_write_on_line(words["blank_voice"], st), Spacer(0, 4)]
    story += [
        Paragraph(para(header), sub_style),
        Paragraph(para(words["instructions"]), st.body.clone("sheet_instr", fontSize=8.5, leading=11,
                                                              spaceAfter=4)),
    ]
    # The boxes' column holds the drawing plus the cell padding (2 left, 4 right).
    boxes_column = AnswerBoxes.box_width(words["not_relevant"]) + 6
    text_column = FRAME_WIDTH - NUMBER_WIDTH - boxes_column
    number_style = st.cell_bold.clone("sheet_no", fontSize=8.5, leading=10.5)
    text_style = st.cell.clone("sheet_q", fontSize=8.5, leading=10.2)
    field_style = st.h3.clone("sheet_field", fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2,
                              keepWithNext=0)
    qset = session.question_set
    for fld in qset.fields:
        rows = [
            [Paragraph(qset.question_number(q.id), number_style),
             Paragraph(para(localized(q.text, lang)), text_style),
             AnswerBoxes(words["not_relevant"])]
            for q in fld.questions
        ]
        field_head = Paragraph(f"{fld.number} {para(clean(localized(fld.title, lang)))}", field_style)
        if not rows:
            story.append(field_head)
            continue
        table = Table(rows, colWidths=[NUMBER_WIDTH, text_column, boxes_column], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ]))
        # The field title stays with at least its first question.
        # The field title stays with at least its first question; the rest may run onto the next page.
        story.append(CondPageBreak(_MIN_ROW_SPACE + 24))
        story.append(field_head)
        story.append(table)
    return story
