"""The seminar deck: one landscape vector PDF to project or print, built from a ``Seminar`` (shared views only).

``build_seminar_deck(seminar, out_path)`` writes it; ``deck_bytes(seminar)`` returns it. Pages: the title,
the pooled field-by-field picture, the small multiples of radars, one page per case, one page per field
with what the strong ones do, and, where the question sets differ, what could not be matched. Nothing
but the ``Seminar`` is read, so a name, note or owner a case keeps to itself cannot reach the PDF; its
metadata holds the seminar's title and the app's name only.
"""

from __future__ import annotations

import io
import math
import os
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..core.seminar import Seminar
from ..fileformat.atomic import atomic_write
from .fonts import BOLD, REGULAR, register_fonts
from .plaintext import one_line
from .seminar_pages import (
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PER_PAGE,
    Slide,
    case_page,
    field_page,
    matching_page,
    multiples_page,
    pooled_page,
    title_page,
)
from .seminar_texts import SeminarTexts
from .styles import MUTED, RULE

# Binary streams instead of ASCII85, as in the session report: smaller and faster.
rl_config.useA85 = 0


def slides(seminar: Seminar, t: SeminarTexts, made: str) -> list[Slide]:
    """Every page of the deck in order; each slide fills exactly one page."""
    out = [Slide(one_line(seminar.title), title_page(seminar, t, made)),
           Slide(t("Field by field"), pooled_page(seminar, t))]
    pages = math.ceil(len(seminar.cases) / PER_PAGE)
    for page in range(pages):
        chunk = seminar.cases[page * PER_PAGE:(page + 1) * PER_PAGE]
        title = t("Side by side") if pages == 1 else t("Side by side ({page} of {pages})", page=page + 1, pages=pages)
        out.append(Slide(title, multiples_page(seminar, t, chunk)))
    out += [Slide(one_line(case.label), case_page(seminar, t, case)) for case in seminar.cases]
    out += [Slide(t("{field}: what the strong ones do", field=f"{f.number} {f.title}"), field_page(seminar, t, k))
            for k, f in enumerate(seminar.fields)]
    if seminar.mixed_sets or seminar.unmatched():
        out.append(Slide(t("Comparing different question sets"), matching_page(seminar, t)))
    return out


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _frame(canvas: Canvas, slide: Slide, seminar_title: str, number: int, total: int, t: SeminarTexts) -> None:
    """The page title, the seminar's title at the top right, and the page number."""
    canvas.saveState()
    if number > 1:
        right = _fit(canvas, seminar_title, REGULAR, 9, 220)
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 30, right)
        canvas.setFont(BOLD, 22)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        width = PAGE_WIDTH - 2 * MARGIN - canvas.stringWidth(right, REGULAR, 9) - 20
        canvas.drawString(MARGIN, PAGE_HEIGHT - 52, _fit(canvas, slide.title, BOLD, 22, width))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, PAGE_HEIGHT - 62, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 62)
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 18, t("{page} / {pages}", page=number, pages=total))
    canvas.restoreState()


def deck_bytes(seminar: Seminar, generated_on: str | None = None) -> bytes:
    """The finished deck as PDF bytes, in the seminar's language."""
    t = SeminarTexts(seminar.language)
    made = t("Made with SAMSON desktop {version} on {date}.", version=__version__,
             date=t.date(generated_on or date.today().isoformat()))
    pages = slides(seminar, t, made)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                    initialFontName=register_fonts(), initialFontSize=12,
                    lang="nb-NO" if t.lang == "nb" else "en")
    title = one_line(seminar.title)
    canvas.setTitle(title)
    canvas.setAuthor("SAMSON desktop")
    canvas.setSubject(f"{t('Peer-learning seminar')}: {t('{count} cases', count=len(seminar.cases))}")
    canvas.setKeywords("SAMSON, likemannslæring, peer learning")
    canvas.setCreator(f"SAMSON desktop {__version__}")
    canvas.showOutline()
    for number, slide in enumerate(pages, 1):
        key = f"page{number}"
        canvas.bookmarkPage(key, fit="XYZ", top=PAGE_HEIGHT)
        canvas.addOutlineEntry(slide.title, key, level=0)
        _frame(canvas, slide, title, number, len(pages), t)
        slide.draw(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_seminar_deck(seminar: Seminar, out_path: str | os.PathLike[str], generated_on: str | None = None) -> Path:
    """Write the deck to ``out_path`` atomically (never a half-written PDF) and return its path."""
    path = Path(out_path)
    atomic_write(path, deck_bytes(seminar, generated_on), keep_backup=False)
    return path
