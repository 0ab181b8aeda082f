"""Report sections before the fields: cover, how to read, values and the overall profile."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from .. import __version__
from ..core.model import localized
from ..core.voices import display_voices
from . import charts
from .charts import AxisLabel, BarRow, LegendItem, Series
from .context import ReportContext
from .document import Heading, bookmark, to_body_pages
from .fonts import REGULAR
from .plaintext import clean, one_line, para
from .sections_character import character_section, continuum_block
from .styles import FRAME_WIDTH, GRID

RADAR_LABEL_WIDTH = 112


def heading(ctx: ReportContext, title: str, key: str, level: int = 0, style: str = "h1") -> Heading:
    return Heading(para(title), getattr(ctx.st, style), level, one_line(title), key)


def cover(ctx: ReportContext, generated_on: str) -> list[Flowable]:
    s, t = ctx.session, ctx.t
    tp = s.time_point
    qset = s.question_set
    # With anonymity the participants are listed as one merged voice, as in the rest of the report.
    shown = display_voices(s, s.anonymous_report, ctx.lang)
    voices = "<br/>".join(para(v.label) if v.merged else f"{para(v.label)} ({para(t.label(v.kind))})"
                          for v in shown) or "–"
    rows = [
        (t("Time point"), para(tp.label) or "–"),
        (t("Date"), para(t.date(tp.date))),
        (t("Place"), para(tp.place) or "–"),
        (t("Phase"), para(t.label(tp.phase))),
        (t("Facilitator"), para(s.facilitator) or "–"),
        (t("Voices"), voices),
        (t("Not part of it"), "<br/>".join(para(name) for name in s.left_out) or t("not filled in")),
        (t("Question set"), f"{para(localized(qset.title, ctx.lang)) or para(qset.id)} "
                            f"({para(t('version {version}', version=qset.version))})"),
        (t("Profile strength"), t.num(ctx.scores.overall)),
    ]
    facts = Table(
        [[ctx.p(para(k), "key"), ctx.p(v, "value")] for k, v in rows],
        colWidths=[42 * mm, FRAME_WIDTH - 42 * mm],
        hAlign="LEFT",
        splitInRow=1,
    )
    facts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    story: list[Flowable] = [
        bookmark(one_line(s.collaboration.name) or t("SAMSON report"), "cover"),
        Spacer(1, 28 * mm),
        ctx.p(para(t("SAMSON report")), "cover_kicker"),
        ctx.user(s.collaboration.name or "–", "cover_title"),
    ]
    if clean(s.collaboration.description).strip():
        story.append(ctx.user(s.collaboration.description, "cover_sub"))
    else:
        story.append(Spacer(1, 10))
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


def how_to_read(ctx: ReportContext) -> list[Flowable]:
    t = ctx.t
    story: list[Flowable] = [heading(ctx, t("How to read this report"), "read")]
    for title, key in (
        ("The model", "READ_MODEL"),
        ("The scale", "READ_SCALE"),
        ("The grey profile", "READ_GREY"),
        ("The continuum position", "READ_CONTINUUM"),
        ("Voices", "READ_VOICES"),
        ("Measures", "READ_MEASURES"),
    ):
        story += [ctx.p(para(t(title)), "h2"), ctx.p(para(t(key)), "lead")]
    story.append(PageBreak())
    return story


def _weights_missing(ctx: ReportContext) -> bool:
    return not ctx.session.weights


def values(ctx: ReportContext) -> list[Flowable]:
    t, sc = ctx.t, ctx.scores
    labels = [
        AxisLabel([ctx.value_title(v.id), ctx.score_n(v.score, v.answered), t("weight {weight}", weight=t.num(v.weight))])
        for v in sc.values
    ]
    chart = charts.radar(
        labels,
        [Series(t("Score (bold line)"), [v.score for v in sc.values], charts.SCORE_STYLE)],
        importance=[float(v.weight) if v.weight is not None else None for v in sc.values],
        legend=[LegendItem(t("Score (bold line)"), charts.SCORE_STYLE),
                LegendItem(t("Weight (grey)"), swatch=True)],
        width=FRAME_WIDTH, radius=110, label_width=RADAR_LABEL_WIDTH,
    )
    rows = [
        [ctx.value_title(v.id), t.num(v.weight), t.num(v.score), str(v.answered), t.num(v.gap)]
        for v in sc.values
    ]
    table = ctx.table([t("Value"), t("Weight"), t("Score"), "n", t("Gap")], rows,
                      [FRAME_WIDTH - 4 * 60, 60, 60, 60, 60], numeric=(1, 2, 3, 4))
    story: list[Flowable] = [
        heading(ctx, t("Values"), "values"),
        ctx.p(para(t("The group weighted how important each value is for the collaboration (1–10). The value score says how well the group lives the value: the mean score of all answered questions linked to it, weighted by the strength of each link.")), "lead"),
    ]
    if _weights_missing(ctx):
        story.append(ctx.p(para(t("The values have not been weighted yet, so no importance or grey profile is shown.")), "summary"))
    story += [chart, Spacer(1, 8), table, PageBreak()]
    return story


def overall(ctx: ReportContext) -> list[Flowable]:
    t, sc, qset = ctx.t, ctx.scores, ctx.session.question_set
    titles = [ctx.field_title(f) for f in qset.fields]
    labels = []
    for f, title in zip(sc.fields, titles):
        lines = charts.wrap_words(f"{f.number} {title}", RADAR_LABEL_WIDTH, font=charts.BOLD, max_lines=2)
        labels.append(AxisLabel([*lines, ctx.score_n(f.score, f.answered)], bold=len(lines)))
    radar = charts.radar(
        labels,
        [Series(t("Score (bold line)"), [f.score for f in sc.fields], charts.SCORE_STYLE)],
        importance=[f.importance for f in sc.fields],
        legend=[LegendItem(t("Score (bold line)"), charts.SCORE_STYLE),
                LegendItem(t("Importance (grey)"), swatch=True)],
        width=FRAME_WIDTH, radius=125, label_width=RADAR_LABEL_WIDTH,
    )
    bars = charts.profile_bars(
        [BarRow(f"{f.number} {title}", f.score, f.importance,
                f"{ctx.score_n(f.score, f.answered)} / {t.num(f.importance)}")
         for f, title in zip(sc.fields, titles)],
        legend=[LegendItem(t("Score (bold line)"), charts.SCORE_STYLE),
                LegendItem(t("Importance (grey)"), swatch=True)],
        width=FRAME_WIDTH,
    )
    rows = [
        [str(f.number), title, t.num(f.score), str(f.answered), t.num(f.importance),
         t.num(f.gap), str(f.not_applicable)]
        for f, title in zip(sc.fields, titles)
    ]
    fixed = [28, 44, 28, 64, 40, 66]
    table = ctx.table(
        [t("No."), t("Field"), t("Score"), "n", t("Importance"), t("Gap"), t("Not relevant")], rows,
        [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]], numeric=(2, 3, 4, 5, 6),
    )
    return [
        heading(ctx, t("Overall profile"), "overall"),
        ctx.p(para(t("The seven action fields: each field's score is the mean of its answered questions, and its importance is the mean importance of its questions.")), "lead"),
        continuum_block(ctx),
        *character_section(ctx),
        Spacer(1, 10),
        radar,
        Spacer(1, 10),
        table,
        Spacer(1, 14),
        KeepTogether([ctx.p(para(t("The same profile as bars, because radar areas exaggerate differences:")), "summary"), bars]),
        PageBreak(),
    ]

