"""The pages of the seminar deck, each drawn onto one landscape page from the shared views only."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Callable, Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer

from ..core.numbers import format_number
from ..core.seminar import BY_SCORE, Seminar, SharedCase, SharedField
from .fonts import BOLD, register_fonts
from .plaintext import escape, one_line, para
from .seminar_charts import Dot, case_colour, case_radar, dot_line
from .seminar_texts import SeminarTexts
from .styles import INK, MUTED, SCORE_COLOUR

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 34.0
TOP = PAGE_HEIGHT - 76.0  # below the page title
BOTTOM = 40.0  # above the footer
WIDTH = PAGE_WIDTH - 2 * MARGIN
#: Radars per page of small multiples: four across, three down, readable on a projector.
PER_PAGE = 12
#: Items listed before "… and N more", so that a case page stays one page however much it shares.
MAX_MEASURES, MAX_NOTES, MAX_TIPS = 8, 5, 10


@cache
def styles() -> SimpleNamespace:
    """Paragraph styles large enough to read when the deck is projected."""
    font = register_fonts()
    base = ParagraphStyle("deck", fontName=font, fontSize=12, leading=15.5, textColor=INK, spaceAfter=4,
                          splitLongWords=1)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return SimpleNamespace(
        body=base,
        muted=derive("deck_muted", textColor=MUTED, fontSize=10.5, leading=13.5),
        small=derive("deck_small", fontSize=10.5, leading=13.5, spaceAfter=2),
        item=derive("deck_item", fontSize=11.5, leading=14.5, leftIndent=12, firstLineIndent=-12, spaceAfter=3),
        head=derive("deck_head", fontName=BOLD, fontSize=13.5, leading=17, spaceBefore=8, spaceAfter=4,
                    textColor=SCORE_COLOUR),
        big=derive("deck_big", fontName=BOLD, fontSize=16, leading=20, spaceAfter=6),
        title=derive("deck_title", fontName=BOLD, fontSize=36, leading=42, spaceAfter=12),
        kicker=derive("deck_kicker", fontName=BOLD, fontSize=15, leading=19, textColor=SCORE_COLOUR),
        cell=derive("deck_cell", fontSize=10, leading=12.5, spaceAfter=0),
    )


@dataclass(frozen=True)
class Slide:
    """One page: its title (printed and in the bookmarks) and how its body is drawn."""

    title: str
    draw: Callable[[Canvas], None]


def tag(case: SharedCase) -> str:
    """The case's letter on dots and chips: the letter of its alias."""
    return case.alias.rsplit(" ", 1)[-1]


def chip(case: SharedCase) -> str:
    """Paragraph markup of the case's coloured dot, letter and label (the label escaped)."""
    return (f'<font color="{case_colour(case.index).hexval().replace("0x", "#")}">●</font> '
            f"<b>{escape(tag(case))}</b> {para(one_line(case.label))}")


def place(canvas: Canvas, flowables: list[Flowable], x: float, y: float, width: float, height: float) -> None:
    """Draw ``flowables`` in the box, shrunk to fit where they would run over."""
    frame = Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    frame.addFromList([KeepInFrame(width, height, flowables, mode="shrink")], canvas)


def draw(canvas: Canvas, drawing: Drawing, x: float, y: float) -> None:
    renderPDF.draw(drawing, canvas, x, y)


def _more(t: SeminarTexts, shown: int, total: int) -> list[Flowable]:
    return [Paragraph(escape(t("… and {count} more.", count=total - shown)), styles().muted)] if total > shown else []


# --- title ---------------------------------------------------------------------------------

def title_page(seminar: Seminar, t: SeminarTexts, made: str) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        s = styles()
        default = t("Peer-learning seminar")
        story: list[Flowable] = []
        if one_line(seminar.title) != default:
            story.append(Paragraph(escape(default), s.kicker))
        story += [Paragraph(para(one_line(seminar.title)), s.title),
                  Paragraph(escape(t("{count} cases", count=len(seminar.cases))), s.big),
                  Spacer(1, 6),
                  Paragraph(escape(t("Each case chose what it shares. A case without its own name is shown by an alias (Case A, Case B, …).")), s.body),
                  Paragraph(escape(t("Every score is the mean of a case's answered questions, from 1 (not at all true for us) to 10 (fully true for us). The numbers are a starting point for conversation, not a grade.")), s.body),
                  Spacer(1, 10), Paragraph(escape(made), s.muted)]
        place(canvas, story, MARGIN, BOTTOM, WIDTH * 0.56, PAGE_HEIGHT - 2 * BOTTOM - 20)
        cases = [Paragraph(escape(t("The cases")), s.head)]
        cases += [Paragraph(chip(c), s.body) for c in seminar.cases]
        place(canvas, cases, MARGIN + WIDTH * 0.62, BOTTOM, WIDTH * 0.38, PAGE_HEIGHT - 2 * BOTTOM - 20)
    return body


# --- field by field ------------------------------------------------------------------------

def pooled_page(seminar: Seminar, t: SeminarTexts) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        s = styles()
        legend = [Paragraph(" &nbsp; ".join(chip(c) for c in seminar.cases), s.small)]
        place(canvas, legend, MARGIN, BOTTOM, WIDTH, 48)
        intro = Paragraph(escape(t("Every case's score in each action field (1–10). The letters are the cases; the grey mark is their mean.")), s.muted)
        place(canvas, [intro], MARGIN, TOP - 18, WIDTH, 20)
        tags = {c.index: tag(c) for c in seminar.cases}
        top, bottom = TOP - 24, BOTTOM + 54
        row = (top - bottom) / max(len(seminar.fields), 1)
        for k, picture in enumerate(seminar.fields):
            dots = [Dot(tags[d.case], d.case, d.score) for d in picture.dots]
            drawing = dot_line(dots, WIDTH, row - 4, label_width=190, label=f"{picture.number} {picture.title}",
                               mean=picture.mean, ticks=k == len(seminar.fields) - 1 or row > 60)
            draw(canvas, drawing, MARGIN, top - (k + 1) * row)
    return body


# --- side by side --------------------------------------------------------------------------

def _axis_numbers(seminar: Seminar) -> list[list[str]]:
    return [[str(f.number)] for f in seminar.fields]


def grid(count: int, width: float, height: float) -> tuple[int, float]:
    """(columns, radius): the layout that gives every radar the largest radius."""
    best = (1, 0.0)
    for columns in range(1, min(count, 6) + 1):
        rows = math.ceil(count / columns)
        radius = min(width / columns / 2 - 26, (height / rows - 62) / 2)
        if radius > best[1]:
            best = (columns, radius)
    return best[0], max(20.0, best[1])


def multiples_page(seminar: Seminar, t: SeminarTexts, cases: Sequence[SharedCase]) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        s = styles()
        key = t("Fields: {list}", list=" · ".join(f"{f.number} {f.title}" for f in seminar.fields))
        place(canvas, [Paragraph(escape(t("The seven action fields of every case, on the same scale (0–10) and in the same order.")), s.muted),
                       Paragraph(para(key), s.muted)], MARGIN, BOTTOM, WIDTH, 44)
        top, bottom = TOP, BOTTOM + 50
        columns, radius = grid(len(cases), WIDTH, top - bottom)
        cell_w, cell_h = WIDTH / columns, (top - bottom) / math.ceil(len(cases) / columns)
        for k, case in enumerate(cases):
            x = MARGIN + (k % columns) * cell_w
            y_top = top - (k // columns) * cell_h
            label = Paragraph(chip(case), s.body)
            place(canvas, [label], x + 6, y_top - 20, cell_w - 12, 18)
            earlier = [f.earlier for f in case.fields] if case.shows_change else None
            drawing = case_radar(case.profile, _axis_numbers(seminar), earlier, cell_w - 12, radius, 18)
            draw(canvas, drawing, x + 6, y_top - 22 - drawing.height)
            overall = Paragraph(escape(t("Overall {score}", score=t.num(case.overall))), s.muted)
            place(canvas, [overall], x + 6, y_top - 40 - drawing.height, cell_w - 12, 16)
    return body


# --- one case ------------------------------------------------------------------------------

def _field_line(t: SeminarTexts, f: SharedField) -> str:
    return escape(f"{f.number} {f.title}: {t.num(f.score)} (n={f.answered})")


def _case_facts(case: SharedCase, t: SeminarTexts) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = []
    headline = t("Overall {score}", score=t.num(case.overall))
    if case.shows_change and case.earlier_overall is not None and case.overall is not None:
        delta = format_number(case.overall - case.earlier_overall, t.lang, signed=True)
        headline += " · " + t("Change since {label}: {delta}", label=one_line(case.time_labels[0]), delta=delta)
    out.append(Paragraph(para(headline), s.big))
    out.append(Paragraph(escape(t("Strongest fields")), s.head))
    out += [Paragraph(_field_line(t, f), s.item) for f in case.strongest(2)]
    out.append(Paragraph(escape(t("Weakest fields")), s.head))
    out += [Paragraph(_field_line(t, f), s.item) for f in case.weakest(2)]
    out.append(Paragraph(escape(t("Lowest scores (barriers)" if case.barriers_by == BY_SCORE else "Largest gaps (barriers)")), s.head))
    if case.barriers_by == BY_SCORE:
        out.append(Paragraph(escape(t("The case weighted no value, so its barriers are its lowest scores.")), s.muted))
    if not case.barriers:
        out.append(Paragraph(escape(t("No answered question scores below its importance.")), s.muted))
    for b in case.barriers:
        numbers = t("score {score}", score=t.num(b.score))
        if b.gap is not None:
            numbers += " · " + t("gap {gap}", gap=t.num(b.gap))
        out.append(Paragraph(f"<b>{escape(b.question_number)}</b> {para(one_line(b.question_text))} ({escape(numbers)})", s.item))
    out += _parties(case, t)
    return out


def _parties(case: SharedCase, t: SeminarTexts) -> list[Flowable]:
    s = styles()
    ranked = sorted((d for d in case.divergence if d.spread is not None), key=lambda d: -d.spread)  # type: ignore[operator]
    if not case.divergence:
        return []
    out: list[Flowable] = [Paragraph(escape(t("Inside the case: where the parties differ most")), s.head)]
    ranked = [d for d in ranked if d.spread and d.spread > 0][:2]
    if not ranked:
        return out + [Paragraph(escape(t("The parties gave the same field scores.")), s.muted)]
    for d in ranked:
        f = case.field(d.key)
        text = t("{field}: {spread} between the parties ({high} highest, {low} lowest)",
                 field=f"{f.number} {f.title}", spread=t.num(d.spread),
                 high=", ".join(one_line(x) for x in d.highest), low=", ".join(one_line(x) for x in d.lowest))
        out.append(Paragraph(para(text), s.item))
    return out


def _measure_line(t: SeminarTexts, m) -> str:
    extra = [t.label(m.status)]
    if m.owner:
        extra.append(one_line(m.owner))
    return f"<b>{escape(m.question_number)}</b> {para(one_line(m.text))} ({para(' · '.join(extra))})"


def _case_shares(case: SharedCase, t: SeminarTexts) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [Paragraph(escape(t("Measures the case shares")), s.head)]
    if not case.measures_shared:
        out.append(Paragraph(escape(t("The case does not share its measures.")), s.muted))
    elif not case.measures:
        out.append(Paragraph(escape(t("No measures yet.")), s.muted))
    out += [Paragraph(_measure_line(t, m), s.item) for m in case.measures[:MAX_MEASURES]]
    out += _more(t, MAX_MEASURES, len(case.measures))
    notes = case.notes()
    if notes:
        out.append(Paragraph(escape(t("Notes the case shares")), s.head))
        out += [Paragraph(f"<b>{escape(number)}</b> {para(note)}", s.item) for number, _text, note in notes[:MAX_NOTES]]
        out += _more(t, MAX_NOTES, len(notes))
    return out


def case_page(seminar: Seminar, t: SeminarTexts, case: SharedCase) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        labels = [[f"{f.number} {f.title}"] for f in seminar.fields]
        earlier = [f.earlier for f in case.fields] if case.shows_change else None
        legend = [one_line(x) for x in case.time_labels]
        drawing = case_radar(case.profile, labels, earlier, 310, 112, 92, legend)
        draw(canvas, drawing, MARGIN, max(BOTTOM, TOP - drawing.height - 10))
        column = (WIDTH - 310) / 2 - 8
        place(canvas, _case_facts(case, t), MARGIN + 310, BOTTOM, column, TOP - BOTTOM)
        place(canvas, _case_shares(case, t), MARGIN + 326 + column, BOTTOM, column, TOP - BOTTOM)
    return body


# --- one field -----------------------------------------------------------------------------

def field_page(seminar: Seminar, t: SeminarTexts, position: int) -> Callable[[Canvas], None]:
    picture, tips = seminar.fields[position], seminar.tips[position]

    def body(canvas: Canvas) -> None:
        s = styles()
        tags = {c.index: tag(c) for c in seminar.cases}
        dots = [Dot(tags[d.case], d.case, d.score) for d in picture.dots]
        drawing = dot_line(dots, WIDTH, 96, mean=picture.mean, radius=9)
        draw(canvas, drawing, MARGIN, TOP - 100)
        ranked = picture.ranked()
        left: list[Flowable] = [Paragraph(escape(t("Strongest here")), s.head)]
        if not ranked:
            left.append(Paragraph(escape(t("No case has a score in this field.")), s.muted))
        strong = {i for i, _label, _score in tips.strong}
        for dot in ranked:
            case = seminar.cases[dot.case]
            line = f"{chip(case)}: {escape(t.num(dot.score))} (n={dot.answered})"
            left.append(Paragraph(f"<b>{line}</b>" if dot.case in strong else line, s.small))
        left += _inside(seminar, t, position)
        right: list[Flowable] = [Paragraph(escape(t("What they do")), s.head)]
        for tip in tips.tips[:MAX_TIPS]:
            case = seminar.cases[tip.case]
            right.append(Paragraph(f"{chip(case)}: {_measure_line(t, tip.measure)}", s.item))
        right += _more(t, MAX_TIPS, len(tips.tips))
        right += [Paragraph(para(t("{label} does not share its measures.", label=one_line(label))), s.muted)
                  for label in tips.withheld]
        if not tips.tips and ranked and len(tips.withheld) < len(tips.strong):
            right.append(Paragraph(escape(t("The strongest cases have no measures in this field yet.")), s.muted))
        height = TOP - 112 - BOTTOM
        place(canvas, left, MARGIN, BOTTOM, WIDTH * 0.36, height)
        place(canvas, right, MARGIN + WIDTH * 0.39, BOTTOM, WIDTH * 0.61, height)
    return body


def _inside(seminar: Seminar, t: SeminarTexts, position: int) -> list[Flowable]:
    s = styles()
    rows = [(c, c.divergence[position]) for c in seminar.cases
            if c.divergence and c.divergence[position].spread]
    if not rows:
        return []
    rows.sort(key=lambda item: -item[1].spread)  # type: ignore[operator]
    out: list[Flowable] = [Paragraph(escape(t("Inside the cases")), s.head),
                           Paragraph(escape(t("Where the parties of a case differ most in this field:")), s.muted)]
    out += [Paragraph(f"{chip(c)}: {escape(t.num(d.spread))}", s.small) for c, d in rows[:4]]
    return out


# --- matching ------------------------------------------------------------------------------

def matching_page(seminar: Seminar, t: SeminarTexts) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        s = styles()
        story: list[Flowable] = [Paragraph(escape(t("The cases used different question sets. Fields are matched by id and, where the ids differ, by number; questions by id. A field's score is always the mean of the case's own questions in that field.")), s.body)]
        for case in seminar.cases:
            m = case.matching
            story.append(Paragraph(chip(case), s.head))
            if m.complete:
                story.append(Paragraph(escape(t("Everything matches.")), s.muted))
            for number, title in m.fields_by_number:
                story.append(Paragraph(para(t("Field {number} «{title}» is matched by its number.", number=number, title=one_line(title))), s.item))
            for number, title in m.fields_unmatched:
                story.append(Paragraph(para(t("Field {number} «{title}» matches no field of the others and is left out.", number=number, title=one_line(title))), s.item))
            if m.questions_only_here:
                listed = "; ".join(f"{n} {one_line(text)}" for n, text in m.questions_only_here[:6])
                if len(m.questions_only_here) > 6:
                    listed += "; …"
                story.append(Paragraph(para(t("Questions only this case has ({count}): {list}", count=len(m.questions_only_here), list=listed)), s.item))
            if m.questions_missing:
                story.append(Paragraph(escape(t("Questions of the others that this case's set does not have: {count}.", count=m.questions_missing)), s.item))
        place(canvas, story, MARGIN, BOTTOM, WIDTH, TOP - BOTTOM)
    return body
