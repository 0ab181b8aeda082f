"""The pages of the seminar deck, each drawn onto one landscape page from the shared views only.

Every text is drawn as plain text (seminar_text.TextBlock): a name or measure holding "<b>" prints
those characters, never bold.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

from msgspec import Struct
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Spacer

from ..core.numbers import format_number
from ..core.seminar import BY_SCORE, Seminar, SharedCase, SharedField, SharedMeasure
from .plaintext import one_line
from .charts import wrap_words
from .seminar_charts import Dot, case_radar, chip_legend, dot_line
from .seminar_text import Look, Run, TextBlock
from .seminar_texts import SeminarTexts
from .styles import MUTED, SCORE_COLOUR

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 34.0
TOP = PAGE_HEIGHT - 76.0  # below the page title
BOTTOM = 40.0  # above the footer
WIDTH = PAGE_WIDTH - 2 * MARGIN
#: Radars per page of small multiples: four across, three down, readable on a projector.
PER_PAGE = 12
#: Items listed before "… and N more", so that a case page stays one page however much it shares.
MAX_MEASURES, MAX_NOTES, MAX_TIPS = 6, 5, 10

#: The looks of the deck's text, large enough to read when it is projected.
BODY = Look(12, 15.5)
MUTED_TEXT = Look(10.5, 13.5, MUTED)
SMALL = Look(10.5, 13.5, space_after=2)
ITEM = Look(11.5, 14.5, space_after=3, indent=12)
HEAD = Look(13.5, 17, SCORE_COLOUR, bold=True, space_before=8, space_after=4)
BIG = Look(16, 20, bold=True, space_after=6)
TITLE = Look(36, 42, bold=True, space_after=12)
KICKER = Look(15, 19, SCORE_COLOUR, bold=True)


def text(words: str, look: Look = BODY) -> TextBlock:
    """One block of plain text."""
    return TextBlock([(words, False)], look)


def runs(*parts: Run, look: Look = ITEM, case: SharedCase | None = None) -> TextBlock:
    """Runs of regular and bold text, after the case's lettered dot when ``case`` is given."""
    return TextBlock(parts, look, (tag(case), case.index) if case is not None else None)


class Slide(Struct, frozen=True):
    """One page: its title (printed and in the bookmarks) and how its body is drawn."""

    title: str
    draw: Callable[[Canvas], None]


def tag(case: SharedCase) -> str:
    """The case's letter on dots and chips: the letter of its alias."""
    return case.alias.rsplit(" ", 1)[-1]


def place(canvas: Canvas, flowables: list[Flowable], x: float, y: float, width: float, height: float) -> None:
    """Draw ``flowables`` in the box, shrunk to fit where they would run over."""
    frame = Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    frame.addFromList([KeepInFrame(width, height, flowables, mode="shrink")], canvas)


def draw(canvas: Canvas, drawing: Drawing, x: float, y: float) -> None:
    renderPDF.draw(drawing, canvas, x, y)


def _more(t: SeminarTexts, shown: int, total: int) -> list[Flowable]:
    return [text(t("… and {count} more.", count=total - shown), MUTED_TEXT)] if total > shown else []


def _legend(seminar: Seminar, cases: Sequence[SharedCase], width: float, size: float = 10.0) -> Drawing:
    return chip_legend([(tag(c), c.index, one_line(c.label)) for c in cases], width, size)


# --- title ---------------------------------------------------------------------------------

def title_page(seminar: Seminar, t: SeminarTexts, made: str) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        default = t("Peer-learning seminar")
        story: list[Flowable] = []
        if one_line(seminar.title) != default:
            story.append(text(default, KICKER))
        story += [text(one_line(seminar.title), TITLE), text(t("{count} cases", count=len(seminar.cases)), BIG),
                  Spacer(1, 6),
                  text(t("Each case chose what it shares. A case without its own name is shown by an alias (Case A, Case B, …).")),
                  text(t("Every score is the mean of a case's answered questions, from 1 (not at all true for us) to 10 (fully true for us). The numbers are a starting point for conversation, not a grade.")),
                  Spacer(1, 10), text(made, MUTED_TEXT)]
        place(canvas, story, MARGIN, BOTTOM, WIDTH * 0.56, PAGE_HEIGHT - 2 * BOTTOM - 20)
        cases: list[Flowable] = [text(t("The cases"), HEAD)]
        cases += [runs((one_line(c.label), False), look=BODY, case=c) for c in seminar.cases]
        place(canvas, cases, MARGIN + WIDTH * 0.62, BOTTOM, WIDTH * 0.38, PAGE_HEIGHT - 2 * BOTTOM - 20)
    return body


# --- field by field ------------------------------------------------------------------------

def pooled_page(seminar: Seminar, t: SeminarTexts) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        legend = _legend(seminar, seminar.cases, WIDTH)
        scale = min(1.0, 60 / legend.height)
        if scale < 1:
            legend.scale(scale, scale)
        draw(canvas, legend, MARGIN, BOTTOM)
        intro = t("Every case's score in each action field (1–10). The letters are the cases; the grey mark is their mean.")
        place(canvas, [text(intro, MUTED_TEXT)], MARGIN, TOP - 18, WIDTH, 20)
        tags = {c.index: tag(c) for c in seminar.cases}
        top, bottom = TOP - 24, BOTTOM + min(legend.height, 60) + 8
        row = (top - bottom) / max(len(seminar.fields), 1)
        for k, picture in enumerate(seminar.fields):
            dots = [Dot(tags[d.case], d.case, d.score) for d in picture.dots]
            drawing = dot_line(dots, WIDTH, row - 4, label_width=190, label=f"{picture.number} {picture.title}",
                               mean=picture.mean, ticks=k == len(seminar.fields) - 1 or row > 60)
            draw(canvas, drawing, MARGIN, top - (k + 1) * row)
    return body


# --- side by side --------------------------------------------------------------------------

def grid(count: int, width: float, height: float) -> tuple[int, float]:
    """(columns, radius): the layout that gives every radar the largest radius."""
    best = (1, 0.0)
    for columns in range(1, min(count, 6) + 1):
        rows = math.ceil(count / columns)
        # A radar is 2r + 44 high; its case's name takes 24 more.
        radius = min(width / columns / 2 - 26, (height / rows - 72) / 2)
        if radius > best[1]:
            best = (columns, radius)
    return best[0], max(20.0, best[1])


def multiples_page(seminar: Seminar, t: SeminarTexts, cases: Sequence[SharedCase]) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        key = t("Fields: {list}", list=" · ".join(f"{f.number} {f.title}" for f in seminar.fields))
        note = t("The seven action fields of every case, on the same scale (0–10) and in the same order.")
        if any(c.shows_change for c in cases):
            note += " " + t("A dashed line is the case's earlier time point.")
        place(canvas, [text(note, MUTED_TEXT), text(key, MUTED_TEXT)], MARGIN, BOTTOM, WIDTH, 44)
        top, bottom = TOP, BOTTOM + 50
        columns, radius = grid(len(cases), WIDTH, top - bottom)
        cell_w, cell_h = WIDTH / columns, (top - bottom) / math.ceil(len(cases) / columns)
        numbers = [[str(f.number)] for f in seminar.fields]
        for k, case in enumerate(cases):
            x = MARGIN + (k % columns) * cell_w
            y_top = top - (k // columns) * cell_h
            overall = t("Overall {score}", score=t.num(case.overall))
            label = runs((one_line(case.label), True), (f"· {overall}", False), look=BODY, case=case)
            place(canvas, [label], x + 6, y_top - 20, cell_w - 12, 18)
            earlier = [f.earlier for f in case.fields] if case.shows_change else None
            drawing = case_radar(case.profile, numbers, earlier, cell_w - 12, radius, 18)
            draw(canvas, drawing, x + 6, y_top - 22 - drawing.height)
    return body


# --- one case ------------------------------------------------------------------------------

def _field_line(t: SeminarTexts, f: SharedField) -> TextBlock:
    return runs((f"{f.number} {f.title}: ", False), (t.num(f.score), True), (f" (n={f.answered})", False))


def _case_facts(case: SharedCase, t: SeminarTexts) -> list[Flowable]:
    headline = t("Overall {score}", score=t.num(case.overall))
    out: list[Flowable] = [text(headline, BIG)]
    if case.shows_change and case.earlier_overall is not None and case.overall is not None:
        delta = format_number(case.overall - case.earlier_overall, t.lang, signed=True)
        out.append(text(t("Change since {label}: {delta}", label=one_line(case.time_labels[0]), delta=delta), BODY))
    out.append(text(t("Strongest fields"), HEAD))
    out += [_field_line(t, f) for f in case.strongest(2)]
    out.append(text(t("Weakest fields"), HEAD))
    out += [_field_line(t, f) for f in case.weakest(2)]
    out.append(text(t("Lowest scores (barriers)" if case.barriers_by == BY_SCORE else "Largest gaps (barriers)"), HEAD))
    if case.barriers_by == BY_SCORE:
        out.append(text(t("The case weighted no value, so its barriers are its lowest scores."), MUTED_TEXT))
    if not case.barriers:
        out.append(text(t("No answered question scores below its importance."), MUTED_TEXT))
    for b in case.barriers:
        numbers = t("score {score}", score=t.num(b.score))
        if b.gap is not None:
            numbers += " · " + t("gap {gap}", gap=t.num(b.gap))
        out.append(runs((b.question_number, True), (one_line(b.question_text), False), (f"({numbers})", False)))
    return out


def _parties(case: SharedCase, t: SeminarTexts) -> list[Flowable]:
    if not case.divergence:
        return []
    out: list[Flowable] = [text(t("Inside the case: where the parties differ most"), HEAD)]
    ranked = sorted((d for d in case.divergence if d.spread), key=lambda d: -d.spread)[:2]  # type: ignore[operator]
    if not ranked:
        return out + [text(t("The parties gave the same field scores."), MUTED_TEXT)]
    for d in ranked:
        f = case.field(d.key)
        out.append(text(t("{field}: {spread} between the parties ({high} highest, {low} lowest)",
                          field=f"{f.number} {f.title}", spread=t.num(d.spread),
                          high=", ".join(one_line(x) for x in d.highest),
                          low=", ".join(one_line(x) for x in d.lowest)), ITEM))
    return out


def _measure(t: SeminarTexts, m: SharedMeasure, case: SharedCase | None = None) -> TextBlock:
    extra = [t.label(m.status)]
    if m.owner:
        extra.append(one_line(m.owner))
    return runs((m.question_number, True), (one_line(m.text), False), (f"({' · '.join(extra)})", False), case=case)


def _case_shares(case: SharedCase, t: SeminarTexts) -> list[Flowable]:
    out: list[Flowable] = [text(t("Measures the case shares"), HEAD)]
    if not case.measures_shared:
        out.append(text(t("The case does not share its measures."), MUTED_TEXT))
    elif not case.measures:
        out.append(text(t("No measures yet."), MUTED_TEXT))
    out += [_measure(t, m) for m in case.measures[:MAX_MEASURES]]
    out += _more(t, MAX_MEASURES, len(case.measures))
    notes = case.notes()
    if notes:
        out.append(text(t("Notes the case shares"), HEAD))
        out += [runs((number, True), (one_line(note), False)) for number, _text, note in notes[:MAX_NOTES]]
        out += _more(t, MAX_NOTES, len(notes))
    return out


#: The case page's radar: its radius, its labels' width and the column it takes.
CASE_RADIUS, CASE_LABEL_WIDTH = 85.0, 80.0
CASE_RADAR_WIDTH = 2 * (CASE_RADIUS + CASE_LABEL_WIDTH + 10)


def case_page(seminar: Seminar, t: SeminarTexts, case: SharedCase) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        labels = [wrap_words(f"{f.number} {f.title}", CASE_LABEL_WIDTH, max_lines=2) for f in seminar.fields]
        earlier = [f.earlier for f in case.fields] if case.shows_change else None
        legend = [one_line(x) for x in case.time_labels]
        drawing = case_radar(case.profile, labels, earlier, CASE_RADAR_WIDTH, CASE_RADIUS, CASE_LABEL_WIDTH, legend)
        radar_bottom = TOP - drawing.height - 4
        draw(canvas, drawing, MARGIN, radar_bottom)
        parties = _parties(case, t)
        if parties:
            place(canvas, parties, MARGIN, BOTTOM, CASE_RADAR_WIDTH, radar_bottom - BOTTOM - 6)
        column = (WIDTH - CASE_RADAR_WIDTH - 32) / 2
        left = MARGIN + CASE_RADAR_WIDTH + 16
        place(canvas, _case_facts(case, t), left, BOTTOM, column, TOP - BOTTOM)
        place(canvas, _case_shares(case, t), left + column + 16, BOTTOM, column, TOP - BOTTOM)
    return body


# --- one field -----------------------------------------------------------------------------

def field_page(seminar: Seminar, t: SeminarTexts, position: int) -> Callable[[Canvas], None]:
    picture, tips = seminar.fields[position], seminar.tips[position]

    def body(canvas: Canvas) -> None:
        tags = {c.index: tag(c) for c in seminar.cases}
        dots = [Dot(tags[d.case], d.case, d.score) for d in picture.dots]
        drawing = dot_line(dots, WIDTH, 96, mean=picture.mean, radius=9)
        draw(canvas, drawing, MARGIN, TOP - 100)
        ranked = picture.ranked()
        left: list[Flowable] = [text(t("Strongest here"), HEAD)]
        if not ranked:
            left.append(text(t("No case has a score in this field."), MUTED_TEXT))
        strong = {i for i, _label, _score in tips.strong}
        for dot in ranked:
            bold = dot.case in strong
            left.append(runs((one_line(dot.label) + ":", bold), (t.num(dot.score), bold), (f"(n={dot.answered})", False),
                             look=SMALL, case=seminar.cases[dot.case]))
        left += _inside(seminar, t, position)
        right: list[Flowable] = [text(t("What they do"), HEAD)]
        right += [_measure(t, tip.measure, seminar.cases[tip.case]) for tip in tips.tips[:MAX_TIPS]]
        right += _more(t, MAX_TIPS, len(tips.tips))
        right += [text(t("{label} does not share its measures.", label=one_line(label)), MUTED_TEXT)
                  for label in tips.withheld]
        if not tips.tips and ranked and len(tips.withheld) < len(tips.strong):
            right.append(text(t("The strongest cases have no measures in this field yet."), MUTED_TEXT))
        height = TOP - 112 - BOTTOM
        place(canvas, left, MARGIN, BOTTOM, WIDTH * 0.36, height)
        place(canvas, right, MARGIN + WIDTH * 0.39, BOTTOM, WIDTH * 0.61, height)
    return body


def _inside(seminar: Seminar, t: SeminarTexts, position: int) -> list[Flowable]:
    rows = [(c, c.divergence[position]) for c in seminar.cases if c.divergence and c.divergence[position].spread]
    if not rows:
        return []
    rows.sort(key=lambda item: -item[1].spread)  # type: ignore[operator]
    out: list[Flowable] = [text(t("Inside the cases"), HEAD),
                           text(t("Where the parties of a case differ most in this field:"), MUTED_TEXT)]
    out += [runs((one_line(c.label) + ":", False), (t.num(d.spread), True), look=SMALL, case=c) for c, d in rows[:4]]
    return out


# --- matching ------------------------------------------------------------------------------

def matching_page(seminar: Seminar, t: SeminarTexts) -> Callable[[Canvas], None]:
    def body(canvas: Canvas) -> None:
        story: list[Flowable] = [text(t("The cases used different question sets. Fields are matched by id and, where the ids differ, by number; questions by id. A field's score is always the mean of the case's own questions in that field."))]
        for case in seminar.cases:
            m = case.matching
            story.append(runs((one_line(case.label), True), look=HEAD, case=case))
            if m.complete:
                story.append(text(t("Everything matches."), MUTED_TEXT))
            for number, title in m.fields_by_number:
                story.append(text(t("Field {number} «{title}» is matched by its number.", number=number,
                                    title=one_line(title)), ITEM))
            for number, title in m.fields_unmatched:
                story.append(text(t("Field {number} «{title}» matches no field of the others and is left out.",
                                    number=number, title=one_line(title)), ITEM))
            if m.questions_only_here:
                listed = "; ".join(f"{n} {one_line(words)}" for n, words in m.questions_only_here[:6])
                if len(m.questions_only_here) > 6:
                    listed += "; …"
                story.append(text(t("Questions only this case has ({count}): {list}",
                                    count=len(m.questions_only_here), list=listed), ITEM))
            if m.questions_missing:
                story.append(text(t("Questions of the others that this case's set does not have: {count}.",
                                    count=m.questions_missing), ITEM))
        place(canvas, story, MARGIN, BOTTOM, WIDTH, TOP - BOTTOM)
    return body
