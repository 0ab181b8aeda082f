"""Page geometry, colours (Okabe–Ito), paragraph styles and table styles of the report."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

#: Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "black": colors.HexColor("#000000"),
    "orange": colors.HexColor("#E69F00"),
    "sky_blue": colors.HexColor("#56B4E9"),
    "green": colors.HexColor("#009E73"),
    "yellow": colors.HexColor("#F0E442"),
    "blue": colors.HexColor("#0072B2"),
    "vermillion": colors.HexColor("#D55E00"),
    "purple": colors.HexColor("#CC79A7"),
}
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F5F5F")
RULE = colors.HexColor("#B8B8B8")
GRID = colors.HexColor("#D4D4D4")
HEAD_FILL = colors.HexColor("#E4ECF3")
ZEBRA = colors.HexColor("#F5F5F5")
IMPORTANCE_FILL = colors.HexColor("#D0D0D0")
IMPORTANCE_EDGE = colors.HexColor("#8C8C8C")
SCORE_COLOUR = OKABE_ITO["blue"]


@cache
def styles() -> SimpleNamespace:
    """Paragraph styles, built once after the fonts are registered."""
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, textColor=INK,
                          spaceAfter=5, splitLongWords=1, allowWidows=0, allowOrphans=0)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return SimpleNamespace(
        body=base,
        lead=derive("lead", fontSize=10.5, leading=14.5, spaceAfter=8),
        muted=derive("muted", textColor=MUTED, fontSize=8.5, leading=11.5),
        cover_kicker=derive("cover_kicker", fontName=BOLD, fontSize=12, leading=16, textColor=SCORE_COLOUR,
                            spaceAfter=4),
        cover_title=derive("cover_title", fontName=BOLD, fontSize=26, leading=31, spaceAfter=10),
        cover_sub=derive("cover_sub", fontSize=12, leading=16, textColor=MUTED, spaceAfter=18),
        h1=derive("h1", fontName=BOLD, fontSize=17, leading=21, spaceBefore=0, spaceAfter=8,
                  keepWithNext=1),
        h2=derive("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=5,
                  keepWithNext=1),
        h3=derive("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3,
                  keepWithNext=1),
        summary=derive("summary", fontSize=9.5, leading=13, textColor=INK, spaceAfter=6),
        cell=derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_muted=derive("cell_muted", fontSize=8.5, leading=10.5, spaceAfter=0, textColor=MUTED),
        cell_bold=derive("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_num=derive("cell_num", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT),
        cell_center=derive("cell_center", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_CENTER),
        head=derive("head", fontName=BOLD, fontSize=8, leading=10, spaceAfter=0, alignment=TA_LEFT),
        head_num=derive("head_num", fontName=BOLD, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT),
        note=derive("note", fontSize=9, leading=12, leftIndent=26, firstLineIndent=-26, spaceAfter=4),
        key=derive("key", fontName=BOLD, fontSize=10, leading=14, textColor=MUTED, spaceAfter=0),
        value=derive("value", fontSize=10, leading=14, spaceAfter=0),
    )


def table_style(has_head: bool = True, zebra: bool = True) -> TableStyle:
    """Light rules, a tinted header row and, optionally, zebra rows."""
    first = 1 if has_head else 0
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, first), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if has_head:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, IMPORTANCE_EDGE)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)
