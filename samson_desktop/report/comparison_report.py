"""The comparison PDF: an earlier and a later session, with overlaid radars, ranked changes and follow-up."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from .. import __version__
from ..core import paired_sets
from ..core.chain import Chain, build_chain
from ..core.comparison import Comparison, Delta, compare_scores
from ..core.explanations import explanations_since
from ..core.followup import FollowUp, follow_up, largest_changes
from ..core.model import Session, localized
from ..core.numbers import format_number
from ..core.scoring import score_session
from ..fileformat.atomic import atomic_write
from . import charts
from . import comparison_explain, comparison_path
from .charts import AxisLabel, LegendItem, Series
from .comparison_explain import explained_markup, explanation_note, why_section
from .comparison_path import path_section
from .context import ReportContext
from .document import Heading, Metadata, bookmark, render_bytes, to_body_pages
from .fonts import REGULAR
from .plaintext import clean, one_line, para
from .sections_character import comparison_section
from .styles import FRAME_WIDTH, GRID, INK, MUTED, OKABE_ITO, SCORE_COLOUR
from .texts import Texts, report_language

RADAR_LABEL_WIDTH = 112
#: How many improvements and declines are called out per level.
CALL_OUTS = {"field": 2, "value": 1, "question": 5}
UP_COLOUR = "#0072B2"
DOWN_COLOUR = "#B04A00"

_NB: dict[str, str] = {
    "SAMSON comparison": "SAMSON-sammenligning",
    "Comparison of two time points": "Sammenligning av to tidspunkter",
    "How to read this comparison": "Slik leser du sammenligningen",
    "READ_COMPARE":
        "Rapporten sammenligner to økter i samme samarbeid. Den stiplede linjen er det tidligere "
        "tidspunktet, den fete linjen det senere. Endringen er senere minus tidligere, og regnes bare "
        "der begge tidspunktene har en score. Spørsmål kobles sammen etter sin faste id, aldri etter "
        "plassering, så et redigert spørsmålssett gir ingen falske sammenligninger: spørsmål som bare "
        "finnes i den ene økten, listes for seg. Alle tall vises med én desimal.",
    "READ_BARS":
        "Arealene i et radardiagram forsterker forskjeller. Derfor viser rapporten også hver endring som "
        "stolper side om side, og tabellene sorterer etter hvor stor endringen er.",
    "READ_FOLLOWUP":
        "Oppfølgingen av tiltak viser hvert tiltak fra det tidligere tidspunktet (alle unntatt de som "
        "allerede var droppet), med status nå og hvordan scoren på spørsmålet det hører til har endret seg. "
        "Den er ment som et utgangspunkt for neste samtale.",
    "Earlier": "Tidligere",
    "Later": "Senere",
    "Overview": "Oversikt",
    "Overall score": "Samlet score",
    "Change": "Endring",
    "Note": "Merknad",
    "Largest improvements": "Største forbedringer",
    "Largest declines": "Største tilbakeganger",
    "largest improvement": "største forbedring",
    "largest decline": "største tilbakegang",
    "improved": "bedre",
    "declined": "svakere",
    "no change": "uendret",
    "No question changed.": "Ingen spørsmål endret seg.",
    "none": "ingen",
    "no score at {label}": "ingen score ved {label}",
    "only in {label}": "bare i {label}",
    "Fields": "Felt",
    "Fields by size of change": "Feltene etter hvor stor endringen er",
    "Values by size of change": "Verdiene etter hvor stor endringen er",
    "Questions by size of change": "Spørsmålene etter hvor stor endringen er",
    "The seven fields, earlier (dashed) and later (bold):": "De sju feltene, tidligere (stiplet) og senere (fet):",
    "The same change as bars side by side:": "Den samme endringen som stolper side om side:",
    "{label} (dashed)": "{label} (stiplet)",
    "{label} (bold)": "{label} (fet)",
    "Questions on one side only": "Spørsmål som bare finnes på én side",
    "ONE_SIDED_INTRO":
        "Disse spørsmålene finnes bare i den ene økten, for eksempel fordi spørsmålssettet er redigert. "
        "De er ikke koblet til noe annet spørsmål og har derfor ingen endring.",
    "Every question is in both sessions.": "Alle spørsmålene finnes i begge øktene.",
    "Only in": "Bare i",
    "Follow-up of measures": "Oppfølging av tiltak",
    "Status then": "Status da",
    "Status now": "Status nå",
    "not carried over": "ikke videreført",
    "Score of the question": "Score på spørsmålet",
    "The earlier session has no measures to follow up.": "Den tidligere økten har ingen tiltak å følge opp.",
    "New measures at {label}": "Nye tiltak ved {label}",
    "now worded: {text}": "nå formulert: {text}",
    "What happened: {note}": "Hva som skjedde: {note}",
    "the question is no longer in the set": "spørsmålet finnes ikke lenger i settet",
    "{count} measures: {summary}.": "{count} tiltak: {summary}.",
    "Both weightings": "Begge vektingene",
    "WEIGHTS_INTRO":
        "Vektene kan endre seg mellom tidspunktene. Hver økts grå viktighetsprofil bruker sine egne vekter: "
        "en endret vekt endrer hva gruppen ser som viktig, ikke scorene.",
    "Weight {label}": "Vekt {label}",
    "Question sets": "Spørsmålssett",
    "{earlier} → {later}": "{earlier} → {later}",
    "Overall score {earlier} → {later} ({change}).": "Samlet score {earlier} → {later} ({change}).",
    "There is no overall change: a time point lacks an overall score.":
        "Det finnes ingen samlet endring: ett av tidspunktene mangler samlet score.",
    "Field {title}": "Felt {title}",
    "The questions of this field, earlier (dashed) and later (bold):":
        "Spørsmålene i dette feltet, tidligere (stiplet) og senere (fet):",
    "Values": "Verdier",
    "How well the group lives each value, earlier (dashed) and later (bold):":
        "Hvor godt gruppen lever hver verdi, tidligere (stiplet) og senere (fet):",
}

_EN: dict[str, str] = {
    "READ_COMPARE":
        "This report compares two sessions of the same collaboration. The dashed line is the earlier time "
        "point, the bold line the later one. A change is later minus earlier, and only where both time points "
        "have a score. Questions are matched by their stable id, never by position, so an edited question set "
        "gives no false comparisons: questions that exist in one session only are listed on their own. "
        "Every number is shown with one decimal.",
    "READ_BARS":
        "Radar areas exaggerate differences. So the report also shows every change as bars side by side, and "
        "the tables are sorted by the size of the change.",
    "READ_FOLLOWUP":
        "The follow-up of measures shows each measure from the earlier time point (all but those already "
        "dropped then), with its status now and how the score of its question changed. It is meant as a "
        "starting point for the next conversation.",
    "ONE_SIDED_INTRO":
        "These questions exist in one session only, for example because the question set was edited. They "
        "are matched to no other question and so have no change.",
    "WEIGHTS_INTRO":
        "The weights may change between time points. Each session's grey importance profile uses its own "
        "weights: a changed weight changes what the group sees as important, not the scores.",
}


#: The words of the explanation and path sections, kept beside their code.
_MORE_NB = comparison_explain.NB | comparison_path.NB
_MORE_EN = comparison_explain.EN | comparison_path.EN


class CompareTexts(Texts):
    """The session report's words, plus the comparison's own."""

    def __call__(self, text: str, **values: object) -> str:
        own = _NB if self.lang == "nb" else _EN
        if text in _MORE_NB:
            own = _MORE_NB if self.lang == "nb" else _MORE_EN
            out = own.get(text, text)
            return out.format(**values) if values else out
        if text in own or text in _NB:
            out = own.get(text, text)
            return out.format(**values) if values else out
        return super().__call__(text, **values)

    def signed(self, value: float | None) -> str:
        """A change with its sign and one decimal; "0.0" where it rounds to nothing."""
        return format_number(value, self.lang, signed=True)


class _Compare:
    """What every section needs: both sessions, their scores, the comparison and the words."""

    def __init__(self, earlier: Session, later: Session, t: CompareTexts, chain: Chain | None = None):
        self.earlier, self.later, self.t = earlier, later, t
        self.chain = chain
        if chain is not None:
            self.e_scores, self.l_scores = chain.scores[0], chain.scores[-1]
            self.c: Comparison = chain.first_last()
        else:
            self.e_scores = score_session(earlier)
            self.l_scores = score_session(later)
            self.c = compare_scores(self.e_scores, self.l_scores)
        #: (kind, target) → the group's explanation of that change, from the later session.
        self.explained: dict[tuple[str, str], str] = explanations_since(later, earlier.session_id)
        self.follow: FollowUp = follow_up(earlier, later, self.c)
        # The later session's context gives the shared paragraph and table helpers.
        self.ctx = ReportContext(later, self.l_scores, t)
        self.st = self.ctx.st
        self.e_label = self._label(earlier)
        self.l_label = self._label(later)

    @staticmethod
    def _label(session: Session) -> str:
        return one_line(session.time_point.label) or one_line(session.time_point.date) or session.session_id[:8]

    @property
    def lang(self) -> str:
        return self.t.lang

    def heading(self, title: str, key: str, level: int = 0, style: str = "h1") -> Heading:
        return Heading(para(title), getattr(self.st, style), level, one_line(title), key)

    def _sets(self) -> tuple:
        """Names come from the later set where it has the item, else from the earlier ones."""
        if self.chain is not None:
            return tuple(s.question_set for s in reversed(self.chain.sessions))
        return (self.later.question_set, self.earlier.question_set)

    def field_title(self, field_id: str) -> str:
        return clean(paired_sets.field_title(self._sets(), field_id, self.lang))

    def value_title(self, value_id: str) -> str:
        return clean(paired_sets.value_title(self._sets(), value_id, self.lang))

    def question(self, question_id: str) -> tuple[str, str]:
        """(number, text) from the side that has the question, the later side first."""
        number, text = paired_sets.question_label(self._sets(), question_id, self.lang)
        return number, clean(text)

    def field_ids(self) -> list[str]:
        return paired_sets.field_ids(self._sets())

    def field_questions(self, field_id: str) -> list[str]:
        return paired_sets.field_questions(self._sets(), field_id)

    def arrow(self, d: Delta) -> str:
        t = self.t
        return f"{t.num(d.earlier)} → {t.num(d.later)} ({t.signed(d.delta)})"

    def legend(self) -> list[LegendItem]:
        return [LegendItem(self.t("{label} (dashed)", label=self.e_label), charts.EARLIER_STYLE),
                LegendItem(self.t("{label} (bold)", label=self.l_label), charts.SCORE_STYLE)]

    def series(self, earlier: Sequence[float | None], later: Sequence[float | None]) -> list[Series]:
        # The first series is drawn last, on top: the later profile in front.
        return [Series(self.l_label, later, charts.SCORE_STYLE), Series(self.e_label, earlier, charts.EARLIER_STYLE)]


# ------------------------------------------------------------------------------------------ charts

def paired_bars(rows: Sequence[tuple[str, float | None, float | None, str]], width: float = FRAME_WIDTH,
                label_width: float = 150, value_width: float = 104,
                legend: Sequence[LegendItem] = ()) -> Drawing:
    """Per row, the earlier score (light, dashed outline) above the later one (solid), on a 0–10 scale."""
    row_height = 19.0
    axis_room = 14.0
    legend_group, legend_height = charts._legend(legend, label_width, 0, width - label_width) if legend else (None, 0.0)
    height = len(rows) * row_height + axis_room + legend_height + 6
    # The charts module's drawing starts its text state in DejaVu Sans: no unembedded Helvetica.
    d = charts._drawing(width, height)
    x0, x1 = label_width, width - value_width
    base = legend_height + axis_room + 4
    top = base + len(rows) * row_height

    def xpos(value: float) -> float:
        return x0 + (x1 - x0) * max(0.0, min(value, 10.0)) / 10.0

    for tick in range(0, 11, 2):
        x = xpos(tick)
        d.add(Line(x, base - 2, x, top, strokeColor=charts.GRID_COLOUR, strokeWidth=0.4))
        d.add(String(x, base - 10, str(tick), fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    earlier_fill = charts.colors.HexColor("#F6D9C6")
    for k, (label, earlier, later, value_text) in enumerate(rows):
        y = top - (k + 1) * row_height
        mid = y + row_height / 2
        lines = charts.wrap_words(label, label_width - 8, max_lines=2)
        first = mid + (len(lines) - 1) * charts.LABEL_LEADING / 2 - 2.6
        for j, text in enumerate(lines):
            d.add(String(x0 - 6, first - j * charts.LABEL_LEADING, text, fontName=REGULAR,
                         fontSize=charts.LABEL_SIZE, fillColor=INK, textAnchor="end"))
        if earlier is not None:
            d.add(Rect(x0, mid + 0.5, xpos(earlier) - x0, 6.0, fillColor=earlier_fill,
                       strokeColor=OKABE_ITO["vermillion"], strokeWidth=0.8, strokeDashArray=[3, 2]))
        if later is not None:
            d.add(Rect(x0, mid - 6.5, xpos(later) - x0, 6.0, fillColor=SCORE_COLOUR, strokeColor=None))
        d.add(String(x1 + 6, mid - 2.6, value_text, fontName=REGULAR, fontSize=charts.LABEL_SIZE, fillColor=INK))
    d.add(Line(x0, base - 2, x0, top, strokeColor=INK, strokeWidth=0.6))
    if legend_group is not None:
        legend_group.translate(0, legend_height - 8)
        d.add(legend_group)
    return d


def _radar(cmp: _Compare, labels: list[AxisLabel], earlier: list[float | None], later: list[float | None],
           radius: float = 110) -> Flowable:
    if len(labels) < 3:
        rows = [(" ".join(lab.lines[:lab.bold]), e, l_, " ".join(lab.lines[lab.bold:]))
                for lab, e, l_ in zip(labels, earlier, later)]
        return paired_bars(rows, legend=cmp.legend())
    return charts.radar(labels, cmp.series(earlier, later), legend=cmp.legend(), width=FRAME_WIDTH,
                        radius=radius, label_width=RADAR_LABEL_WIDTH)


# ------------------------------------------------------------------------------------------ tables

def _note(cmp: _Compare, d: Delta, callout: str | None) -> str:
    t = cmp.t
    if d.only_in:
        return t("only in {label}", label=cmp.e_label if d.only_in == "earlier" else cmp.l_label)
    if d.delta is None:
        if d.earlier is None and d.later is None:
            return "–"
        return t("no score at {label}", label=cmp.e_label if d.earlier is None else cmp.l_label)
    if callout == "up":
        return "▲ " + t("largest improvement")
    if callout == "down":
        return "▼ " + t("largest decline")
    if abs(d.delta) < 0.05:
        return t("no change")
    return ("▲ " if d.delta > 0 else "▼ ") + (t("improved") if d.delta > 0 else t("declined"))


def _ranked(items: Sequence[Delta]) -> list[Delta]:
    """Largest change first; items without a change keep their order at the end."""
    with_delta = sorted((d for d in items if d.delta is not None), key=lambda d: -abs(d.delta))  # type: ignore[arg-type]
    return with_delta + [d for d in items if d.delta is None]


def _callouts(items: Sequence[Delta], level: str) -> dict[str, str]:
    ups, downs = largest_changes(list(items), CALL_OUTS[level])
    return {d.id: "up" for d in ups} | {d.id: "down" for d in downs}


def _delta_table(cmp: _Compare, items: Sequence[Delta], level: str, label_head: str,
                 describe, callouts: dict[str, str] | None = None) -> Table:
    """Rows sorted by size of change; the called-out ones in bold and coloured, and named in words.

    ``callouts`` come from the whole level (all questions), so a field's table marks the same
    questions as the report's overview, not the largest of its own few.
    """
    t = cmp.t
    callouts = _callouts(items, level) if callouts is None else callouts
    rows, marks = [], []
    for d in _ranked(items):
        number, text = describe(d.id)
        callout = callouts.get(d.id)
        item = cmp.ctx.p(explained_markup(cmp, level, d.id, para(text)), "cell_bold" if callout else "cell")
        rows.append([number, item, t.num(d.earlier),
                     t.num(d.later), t.signed(d.delta), _note(cmp, d, callout)])
        marks.append((callout, d.delta))
    fixed = [30, 38, 38, 44, 122]
    tbl = cmp.ctx.table([t("No."), label_head, cmp.e_label, cmp.l_label, t("Change"), t("Note")], rows,
                        [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]], numeric=(2, 3, 4))
    style = TableStyle([])
    for row, (callout, delta) in enumerate(marks, 1):
        if delta is not None and abs(delta) >= 0.05:
            colour = charts.colors.HexColor(UP_COLOUR if delta > 0 else DOWN_COLOUR)
            style.add("TEXTCOLOR", (4, row), (5, row), colour)
        if callout:
            style.add("FONTNAME", (0, row), (-1, row), charts.BOLD)
    tbl.setStyle(style)
    return tbl


# ---------------------------------------------------------------------------------------- sections

def _cover(cmp: _Compare, generated_on: str) -> list[Flowable]:
    t, e, l_ = cmp.t, cmp.earlier, cmp.later
    ctx = cmp.ctx

    def when(s: Session) -> str:
        tp = s.time_point
        parts = [para(tp.label) or "–", para(t.date(tp.date))]
        if clean(tp.place).strip():
            parts.append(para(tp.place))
        if tp.phase:
            parts.append(para(t.label(tp.phase)))
        return " · ".join(parts)

    def qset(s: Session) -> str:
        q = s.question_set
        return f"{para(localized(q.title, cmp.lang)) or para(q.id)} ({para(t('version {version}', version=q.version))})"

    rows = [
        (t("Earlier"), when(e)),
        (t("Later"), when(l_)),
        (t("Facilitator"), para(l_.facilitator) or "–"),
        (t("Question sets"), qset(e) + (" → " + qset(l_) if (e.question_set.id, e.question_set.version)
                                        != (l_.question_set.id, l_.question_set.version) else "")),
        (t("Overall score"), para(cmp.arrow(cmp.c.overall))),
    ]
    facts = Table([[ctx.p(para(k), "key"), ctx.p(v, "value")] for k, v in rows],
                  colWidths=[42 * mm, FRAME_WIDTH - 42 * mm], hAlign="LEFT", splitInRow=1)
    facts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the cell default would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    names = [one_line(e.collaboration.name), one_line(l_.collaboration.name)]
    story: list[Flowable] = [
        bookmark(names[1] or t("SAMSON comparison"), "cover"),
        Spacer(1, 28 * mm),
        ctx.p(para(t("Comparison of two time points") if cmp.chain is None
                   else t("Comparison of {count} time points", count=len(cmp.chain))), "cover_kicker"),
        ctx.user(l_.collaboration.name or "–", "cover_title"),
    ]
    if names[0] and names[0].casefold() != names[1].casefold():
        story.append(ctx.user(e.collaboration.name, "cover_sub"))
    span = (" → ".join(cmp._label(s) for s in cmp.chain.sessions) if cmp.chain is not None
            else f"{cmp.e_label} → {cmp.l_label}")
    story.append(ctx.p(para(span), "cover_sub"))
    story += [
        facts,
        Spacer(1, 16 * mm),
        ctx.p(para(t("A scorecard and dialogue tool for co-creation")), "muted"),
        ctx.p(para(t("Made with SAMSON desktop {version} on {date}.", version=__version__,
                     date=t.date(generated_on))), "muted"),
        to_body_pages(),
        PageBreak(),
    ]
    return story


def _how_to_read(cmp: _Compare) -> list[Flowable]:
    t = cmp.t
    return [cmp.heading(t("How to read this comparison"), "read"),
            cmp.ctx.p(para(t("READ_COMPARE")), "lead"),
            cmp.ctx.p(para(t("READ_BARS")), "lead"),
            cmp.ctx.p(para(t("READ_FOLLOWUP")), "lead")]


def _overview(cmp: _Compare) -> list[Flowable]:
    t, c = cmp.t, cmp.c
    story: list[Flowable] = [Spacer(1, 10), cmp.heading(t("Overview"), "overview")]
    if c.overall.delta is not None:
        story.append(cmp.ctx.p(para(t("Overall score {earlier} → {later} ({change}).", earlier=t.num(c.overall.earlier),
                                      later=t.num(c.overall.later), change=t.signed(c.overall.delta))), "lead"))
    else:
        story.append(cmp.ctx.p(para(t("There is no overall change: a time point lacks an overall score.")), "lead"))
    ups, downs = largest_changes(c.questions, CALL_OUTS["question"])
    f_ups, f_downs = largest_changes(c.fields, CALL_OUTS["field"])
    for title, fields, items in ((t("Largest improvements"), f_ups, ups), (t("Largest declines"), f_downs, downs)):
        story.append(cmp.ctx.p(para(title), "h2"))
        lines: list[tuple[str, str, str]] = [
            (f"<b>{para(cmp.field_title(d.id))}</b>: {para(cmp.arrow(d))}", "field", d.id) for d in fields]
        for d in items:
            number, text = cmp.question(d.id)
            lines.append((f"<b>{para(number)}</b>\u2002{para(text)} — {para(cmp.arrow(d))}", "question", d.id))
        if not lines:
            story.append(cmp.ctx.p(para(t("none")), "note"))
        for line, kind, target in lines:
            story.append(cmp.ctx.p(line, "note"))
            story += explanation_note(cmp, kind, target)
    story.append(PageBreak())
    return story


def _fields(cmp: _Compare) -> list[Flowable]:
    t, c = cmp.t, cmp.c
    e_fields = {f.id: f for f in cmp.e_scores.fields}
    l_fields = {f.id: f for f in cmp.l_scores.fields}
    deltas = {d.id: d for d in c.fields}
    labels, earlier, later, bars = [], [], [], []
    for fid in cmp.field_ids():
        d = deltas[fid]
        title = cmp.field_title(fid)
        lines = charts.wrap_words(title, RADAR_LABEL_WIDTH, font=charts.BOLD, max_lines=2)
        e_n = e_fields[fid].answered if fid in e_fields else 0
        l_n = l_fields[fid].answered if fid in l_fields else 0
        labels.append(AxisLabel([*lines, cmp.arrow(d), f"n={e_n} / {l_n}"], bold=len(lines)))
        earlier.append(d.earlier)
        later.append(d.later)
        bars.append((title, d.earlier, d.later, cmp.arrow(d)))
    return [
        cmp.heading(t("Fields"), "fields"),
        cmp.ctx.p(para(t("The seven fields, earlier (dashed) and later (bold):")), "summary"),
        _radar(cmp, labels, earlier, later, radius=104),
        Spacer(1, 8),
        KeepTogether([cmp.ctx.p(para(t("The same change as bars side by side:")), "summary"),
                      paired_bars(bars, legend=cmp.legend())]),
        CondPageBreak(100),
        cmp.heading(t("Fields by size of change"), "fields-table", level=1, style="h2"),
        _delta_table(cmp, c.fields, "field", t("Field"),
                     lambda fid: tuple(cmp.field_title(fid).split(" ", 1)) if " " in cmp.field_title(fid)
                     else ("", cmp.field_title(fid))),
        PageBreak(),
    ]


def _values(cmp: _Compare) -> list[Flowable]:
    t, c = cmp.t, cmp.c
    e_vals = {v.id: v for v in cmp.e_scores.values}
    l_vals = {v.id: v for v in cmp.l_scores.values}
    labels, earlier, later, bars = [], [], [], []
    for d in c.values:
        title = cmp.value_title(d.id)
        labels.append(AxisLabel([title, cmp.arrow(d), f"n={e_vals[d.id].answered} / {l_vals[d.id].answered}"]))
        earlier.append(d.earlier)
        later.append(d.later)
        bars.append((title, d.earlier, d.later, cmp.arrow(d)))
    return [
        cmp.heading(t("Values"), "values"),
        cmp.ctx.p(para(t("How well the group lives each value, earlier (dashed) and later (bold):")), "summary"),
        _radar(cmp, labels, earlier, later, radius=100),
        Spacer(1, 8),
        KeepTogether([cmp.ctx.p(para(t("The same change as bars side by side:")), "summary"),
                      paired_bars(bars, legend=cmp.legend())]),
        CondPageBreak(100),
        cmp.heading(t("Values by size of change"), "values-table", level=1, style="h2"),
        _delta_table(cmp, c.values, "value", t("Value"), lambda vid: ("", cmp.value_title(vid))),
        PageBreak(),
    ]


def _field_sections(cmp: _Compare) -> list[Flowable]:
    t, c = cmp.t, cmp.c
    q_deltas = {d.id: d for d in c.questions}
    f_deltas = {d.id: d for d in c.fields}
    callouts = _callouts(c.questions, "question")
    story: list[Flowable] = []
    for fid in cmp.field_ids():
        ids = [qid for qid in cmp.field_questions(fid) if qid in q_deltas]
        labels = []
        for qid in ids:
            number, _text = cmp.question(qid)
            d = q_deltas[qid]
            marker = {"earlier": " ◁", "later": " ▷"}.get(d.only_in or "", "")
            labels.append(AxisLabel([number + marker, cmp.arrow(d)]))
        title = cmp.field_title(fid)
        story += [
            CondPageBreak(0.55 * 760),
            cmp.heading(title, f"field-{fid}"),
            cmp.ctx.p(para(cmp.arrow(f_deltas[fid])), "summary"),
            cmp.ctx.p(para(t("The questions of this field, earlier (dashed) and later (bold):")), "summary"),
            _radar(cmp, labels, [q_deltas[q].earlier for q in ids], [q_deltas[q].later for q in ids], radius=88),
            Spacer(1, 6),
            _delta_table(cmp, tuple(q_deltas[q] for q in ids), "question", t("Question"), cmp.question, callouts),
        ]
    story.append(PageBreak())
    return story


def _all_questions(cmp: _Compare) -> list[Flowable]:
    t = cmp.t
    return [
        cmp.heading(t("Questions by size of change"), "questions"),
        _delta_table(cmp, cmp.c.questions, "question", t("Question"), cmp.question),
        PageBreak(),
    ]


def _one_sided(cmp: _Compare) -> list[Flowable]:
    t = cmp.t
    one = [d for d in cmp.c.questions if d.only_in]
    story: list[Flowable] = [cmp.heading(t("Questions on one side only"), "one-sided")]
    if not one:
        story.append(cmp.ctx.p(para(t("Every question is in both sessions.")), "summary"))
        return story
    story.append(cmp.ctx.p(para(t("ONE_SIDED_INTRO")), "summary"))
    rows = []
    for d in one:
        number, text = cmp.question(d.id)
        side = cmp.e_label if d.only_in == "earlier" else cmp.l_label
        rows.append([number, cmp.ctx.user(f"{text}\n{d.id}"), side,
                     t.num(d.earlier if d.only_in == "earlier" else d.later)])
    fixed = [30, 70, 44]
    story.append(cmp.ctx.table([t("No."), t("Question"), t("Only in"), t("Score")], rows,
                               [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]], numeric=(3,)))
    return story


def _follow_up(cmp: _Compare) -> list[Flowable]:
    t, follow = cmp.t, cmp.follow
    story: list[Flowable] = [CondPageBreak(200), Spacer(1, 10), cmp.heading(t("Follow-up of measures"), "follow-up")]
    if not follow.items:
        story.append(cmp.ctx.p(para(t("The earlier session has no measures to follow up.")), "summary"))
    else:
        counts = follow.counts()
        summary = ", ".join(f"{(t.label(k) if k != 'not_carried_over' else t('not carried over')).lower()}: {n}"
                            for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        story.append(cmp.ctx.p(para(t("READ_FOLLOWUP")), "summary"))
        story.append(cmp.ctx.p(para(t("{count} measures: {summary}.", count=len(follow.items), summary=summary)),
                               "summary"))
        rows, colours = [], []
        for item in follow.items:
            m = item.earlier
            number = (cmp.earlier.question_set.question_number(m.question_id)
                      if cmp.earlier.question_set.has_question(m.question_id) else "?")
            text = m.text
            if item.later is not None and item.later.text.strip() != m.text.strip():
                text += "\n(" + t("now worded: {text}", text=item.later.text) + ")"
            if item.score.only_in == "earlier":
                text += "\n(" + t("the question is no longer in the set") + ")"
            if item.later is not None and item.later.note.strip():
                text += "\n" + t("What happened: {note}", note=item.later.note.strip())
            now = t.label(item.status_now) if item.status_now else t("not carried over")
            rows.append([number, cmp.ctx.user(text), t.label(item.status_before), now,
                         f"{t.num(item.score.earlier)} → {t.num(item.score.later)}", t.signed(item.score.delta)])
            colours.append(item.score.delta)
        fixed = [30, 62, 70, 64, 44]
        tbl = cmp.ctx.table([t("No."), t("Measure"), t("Status then"), t("Status now"),
                             t("Score of the question"), t("Change")], rows,
                            [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]], numeric=(4, 5))
        style = TableStyle([])
        for row, delta in enumerate(colours, 1):
            if delta is not None and abs(delta) >= 0.05:
                style.add("TEXTCOLOR", (5, row), (5, row),
                          charts.colors.HexColor(UP_COLOUR if delta > 0 else DOWN_COLOUR))
        tbl.setStyle(style)
        story.append(tbl)
    if follow.new_measures:
        story += [cmp.ctx.p(para(t("New measures at {label}", label=cmp.l_label)), "h2")]
        for m in follow.new_measures:
            number = (cmp.later.question_set.question_number(m.question_id)
                      if cmp.later.question_set.has_question(m.question_id) else "?")
            story.append(cmp.ctx.p(f"<b>{para(number)}</b>\u2002{para(m.text)} "
                                   f"<font color='#5F5F5F'>— {para(t.label(m.status))}</font>", "note"))
    return story


def _weights(cmp: _Compare) -> list[Flowable]:
    t = cmp.t
    rows = [[cmp.value_title(d.id), t.num(d.earlier), t.num(d.later), t.signed(d.delta)] for d in cmp.c.weights]
    table = cmp.ctx.table([t("Value"), t("Weight {label}", label=cmp.e_label), t("Weight {label}", label=cmp.l_label),
                           t("Change")], rows, [FRAME_WIDTH - 3 * 80, 80, 80, 80], numeric=(1, 2, 3))
    labels = [AxisLabel([cmp.value_title(d.id), cmp.arrow(d)]) for d in cmp.c.weights]
    chart = _radar(cmp, labels, [d.earlier for d in cmp.c.weights], [d.later for d in cmp.c.weights], radius=80)
    return [
        CondPageBreak(340),
        Spacer(1, 10),
        cmp.heading(t("Both weightings"), "weights"),
        cmp.ctx.p(para(t("WEIGHTS_INTRO")), "summary"),
        table,
        Spacer(1, 10),
        chart,
    ]


def comparison_report_bytes(earlier: Session, later: Session, language: str | None = None,
                            generated_on: str | None = None, chain: Chain | None = None) -> bytes:
    """The finished comparison PDF, in ``language`` or else the later session's language.

    With a ``chain`` of three or more sessions (``earlier`` its first, ``later`` its last), the report
    adds the path over time and compares the first with the last.
    """
    t = CompareTexts(report_language(language, later.language))
    cmp = _Compare(earlier, later, t, chain if chain is not None and len(chain) > 2 else None)
    story = _cover(cmp, generated_on or date.today().isoformat())
    story += _how_to_read(cmp)
    if cmp.chain is not None:
        story.append(PageBreak())
        story += path_section(cmp, cmp.chain)
        story.append(PageBreak())
    story += _overview(cmp)
    story += why_section(cmp)
    if cmp.explained:
        story.append(PageBreak())
    story += comparison_section(cmp.ctx, cmp.heading(t("The character of the collaboration"), "character"),
                                cmp.earlier, cmp.later, (cmp.e_label, cmp.l_label),
                                (cmp.c.overall.earlier, cmp.c.overall.later))
    story.append(PageBreak())
    story += _fields(cmp)
    story += _values(cmp)
    story += _field_sections(cmp)
    story += _all_questions(cmp)
    story += _one_sided(cmp)
    story += _follow_up(cmp)
    story += _weights(cmp)

    collaboration = one_line(later.collaboration.name)
    span = f"{cmp.e_label} → {cmp.l_label}"
    title = " – ".join(part for part in (t("SAMSON comparison"), collaboration, span) if part)
    meta = Metadata(
        title=title,
        author=one_line(later.facilitator) or one_line(earlier.facilitator) or "SAMSON desktop",
        subject=" ".join(part for part in (collaboration, span) if part),
        keywords="SAMSON, co-creation, samskaping, comparison",
        lang="nb-NO" if t.lang == "nb" else "en",
        creator=f"SAMSON desktop {__version__}",
    )
    header_left = " · ".join(part for part in (collaboration, span) if part)
    return render_bytes(story, meta, header_left, t("SAMSON comparison"), t("Page {page} of {pages}"))


def write_comparison_report(earlier: Session, later: Session, out_path: str | os.PathLike[str],
                            language: str | None = None) -> Path:
    """Write the comparison PDF atomically (never a half-written file) and return its path."""
    path = Path(out_path)
    atomic_write(path, comparison_report_bytes(earlier, later, language), keep_backup=False)
    return path


def write_chain_report(sessions: Sequence[Session], out_path: str | os.PathLike[str],
                       language: str | None = None) -> Path:
    """The comparison PDF of two or more time points in time order: the path, then the first against the last."""
    path = Path(out_path)
    chain = build_chain(sessions)
    data = comparison_report_bytes(sessions[0], sessions[-1], language, chain=chain)
    atomic_write(path, data, keep_backup=False)
    return path
