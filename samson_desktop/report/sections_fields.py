"""Report sections per action field, and the voices section."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from ..core.model import Field, Measure, localized
from ..core.voices import (
    QuestionVoices,
    ShownVoice,
    display_voices,
    divergence,
    pair_differences,
    voice_field_profiles,
)
from . import charts
from .charts import AxisLabel, LegendItem, LollipopGroup, Series
from .context import ReportContext
from .plaintext import clean, one_line, para
from .sections_overview import RADAR_LABEL_WIDTH, heading
from .styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT

LEGEND_NAME_WIDTH = 150
SPREAD_LENGTH = 10
PAIR_LENGTH = 10
#: Voices drawn in one chart: the number of distinct colours, and few enough for one page.
VOICES_PER_CHART = 7
#: A field's page lists its first measures; the action plan lists every one (a session may hold 10,000).
FIELD_MEASURES = 20
FIELD_START_ROOM = 0.55 * (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)


def measure_line(ctx: ReportContext, measure: Measure, number: str) -> str:
    """"3-2  text — quadrant · status · owner · due", with the user's text escaped."""
    t = ctx.t
    details = [t.label(measure.quadrant) if measure.quadrant else t("Not placed yet"), t.label(measure.status)]
    if clean(measure.owner).strip():
        details.append(para(measure.owner))
    if measure.due:
        details.append(para(t.date(measure.due)))
    return f"<b>{para(number)}</b>\u2002{para(measure.text)} <font color='#5F5F5F'>— {' · '.join(details)}</font>"


def field_section(ctx: ReportContext, fld: Field, measures: list[Measure]) -> list[Flowable]:
    t, sc = ctx.t, ctx.scores
    fs = sc.field(fld.id)
    qscores = [ctx.question_scores[q.id] for q in fld.questions]
    has_voices = bool(ctx.session.voices)
    # A field starts on a new page unless a good part of the current one is still free.
    story: list[Flowable] = [CondPageBreak(FIELD_START_ROOM), heading(ctx, ctx.field_heading(fld), f"field-{fld.id}")]
    description = clean(localized(fld.description, ctx.lang)).strip()
    if description:
        story.append(ctx.user(description, "muted"))
    story.append(ctx.p(para(t(
        "Score {score} (n={n} of {total}) · importance {importance} · gap {gap} · not relevant: {na}",
        score=t.num(fs.score), n=fs.answered, total=fs.questions, importance=t.num(fs.importance),
        gap=t.num(fs.gap), na=fs.not_applicable)), "summary"))

    legend = [LegendItem(t("Score (bold line)"), charts.SCORE_STYLE),
              LegendItem(t("Importance (grey)"), swatch=True)]
    if len(qscores) >= 3:
        labels = []
        for q in qscores:
            # n is shown where voice scores lie behind the score; a consensus alone has none.
            value = f"{t.num(q.score)} (n={q.voice_count})" if q.score is not None and q.voice_count else t.num(q.score)
            labels.append(AxisLabel([q.number, value]))
        chart = charts.radar(labels, [Series(t("Score (bold line)"), [q.score for q in qscores], charts.SCORE_STYLE)],
                             importance=[q.importance for q in qscores], legend=legend,
                             width=FRAME_WIDTH, radius=92, label_width=RADAR_LABEL_WIDTH)
    else:  # too few axes for a radar
        chart = charts.profile_bars(
            [charts.BarRow(q.number, q.score, q.importance, f"{t.num(q.score)} / {t.num(q.importance)}") for q in qscores],
            legend=legend, width=FRAME_WIDTH)
    story += [chart, Spacer(1, 6)]

    head = [t("No."), t("Question"), t("Score"), t("Importance"), t("Gap")]
    fixed = [30, 42, 64, 40]
    numeric = [2, 3, 4]
    if has_voices:
        head += [t("Spread"), "n"]
        fixed += [58, 24]
        numeric += [5, 6]
    rows = []
    for question, q in zip(fld.questions, qscores):
        text = ctx.question_text(question.id)
        if q.not_applicable:
            text += "\n(" + t("not relevant / don't know") + ")"
        row = [q.number, text, t.num(q.score), t.num(q.importance), t.num(q.gap)]
        if has_voices:
            row += [t.num(q.spread), str(q.voice_count) if q.voice_count else "–"]
        rows.append(row)
    widths = [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]]
    story.append(ctx.table(head, rows, widths, numeric=numeric))

    notes = []
    for question, q in zip(fld.questions, qscores):
        note = clean(ctx.session.answer(question.id).note)
        if note.strip():
            notes.append(ctx.p(f"<b>{q.number}</b>\u2002{para(note)}", "note"))
    if notes:
        story += [ctx.p(para(t("Notes")), "h3"), *notes]
    if measures:
        story.append(ctx.p(para(t("Proposed measures")), "h3"))
        for m in measures[:FIELD_MEASURES]:
            story.append(ctx.p(measure_line(ctx, m, ctx.number_of(m.question_id)), "note"))
        if len(measures) > FIELD_MEASURES:
            story.append(ctx.p(para(t("… and {count} more in the action plan.",
                                      count=len(measures) - FIELD_MEASURES)), "note"))
    return story


def _legend_name(name: str) -> str:
    return charts.wrap_words(one_line(name) or "–", LEGEND_NAME_WIDTH, max_lines=1)[0]


def voices_section(ctx: ReportContext) -> list[Flowable]:
    t, session = ctx.t, ctx.session
    qset = session.question_set
    shown = display_voices(session, session.anonymous_report, ctx.lang)
    styles = [charts.voice_style(v.index) for v in shown]
    profiles = voice_field_profiles(session, shown)
    legend = [LegendItem(_legend_name(v.label), style) for v, style in zip(shown, styles)]

    story: list[Flowable] = [
        heading(ctx, t("Voices"), "voices"),
        ctx.p(para(t("Field profile per voice")), "h2"),
        ctx.p(para(t("Each voice's score per field (mean of that voice's answers, with n).")), "summary"),
    ]
    if len(shown) <= VOICES_PER_CHART:
        labels = [
            AxisLabel(charts.wrap_words(f"{f.number} {ctx.field_title(f)}", RADAR_LABEL_WIDTH, font=charts.BOLD,
                                        max_lines=2), bold=2)
            for f in qset.fields
        ]
        series = [Series(v.label, p.means(), style) for v, p, style in zip(shown, profiles, styles)]
        story.append(charts.radar(labels, series, legend=legend, width=FRAME_WIDTH, radius=100,
                                  label_width=RADAR_LABEL_WIDTH))
        story.append(Spacer(1, 6))
        intro = t("The same profile as bars, because radar areas exaggerate differences:")
    else:
        # A radar of many voices is a tangle, and one bar chart of them all is taller than a page.
        intro = t("The profile as bars, {per} voices to a chart so that every voice can be told apart:",
                  per=VOICES_PER_CHART)
    charts_shown = []
    for start in range(0, len(shown), VOICES_PER_CHART):
        part = slice(start, start + VOICES_PER_CHART)
        charts_shown.append(charts.voice_lollipops(
            [LollipopGroup(f"{f.number} {ctx.field_title(f)}", [p.fields[k].mean for p in profiles[part]])
             for k, f in enumerate(qset.fields)],
            styles[part], legend=legend[part], width=FRAME_WIDTH))
    if len(charts_shown) == 1:
        story.append(KeepTogether([ctx.p(para(intro), "summary"), charts_shown[0]]))
    else:
        story.append(ctx.p(para(intro), "summary"))
        for k, chart in enumerate(charts_shown):
            first, last = k * VOICES_PER_CHART + 1, min((k + 1) * VOICES_PER_CHART, len(shown))
            caption = t("Voices {first}–{last} of {count}", first=first, last=last, count=len(shown))
            story.append(KeepTogether([ctx.p(para(caption), "h3"), chart]))

    col = 46.0
    rows = [[v.label, *[f"{t.num(f.mean)}\nn={f.n}" for f in p.fields]] for v, p in zip(shown, profiles)]
    story += [Spacer(1, 8), ctx.table(
        [t("Voice"), *[str(f.number) for f in qset.fields]], rows,
        [FRAME_WIDTH - col * len(qset.fields), *[col] * len(qset.fields)],
        numeric=tuple(range(1, len(qset.fields) + 1)),
    )]

    part: list[Flowable] = [ctx.p(para(t("Where the voices differ most")), "h2")]
    ranked = divergence(session, limit=SPREAD_LENGTH)
    if not ranked:
        part.append(ctx.p(para(t("The voices gave the same score on every question they answered.")), "summary"))
    else:
        part.append(ctx.p(para(t("Questions with the largest spread (highest minus lowest voice score).")), "summary"))
        part.append(_spread_table(ctx, [d.question for d in ranked], shown))
    story.append(KeepTogether(part))
    if len(shown) >= 2:
        story.append(KeepTogether(_pairs(ctx, shown)))
    story.append(PageBreak())
    return story


def _spread_table(ctx: ReportContext, questions: list[QuestionVoices], shown: list[ShownVoice]):
    """No., question, spread, and every shown voice's score on its own line (any number fits).

    With anonymity the participants appear as one merged voice, as in every per-voice view.
    """
    t = ctx.t
    rows = []
    for qv in questions:
        answer = ctx.session.answer(qv.question_id)
        scores = [(v.label, v.score(answer)) for v in shown]
        lines = [f"{label}: {t.num(score)}" for label, score in scores if score is not None]
        rows.append([qv.number, ctx.question_text(qv.question_id), t.num(qv.spread), "\n".join(lines)])
    fixed = [30, 56, 170]
    return ctx.table([t("No."), t("Question"), t("Spread"), t("Voices")], rows,
                     [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]], numeric=(2,))


def _pairs(ctx: ReportContext, shown: list[ShownVoice]) -> list[Flowable]:
    """The pairs of voices that differ most on average, with the side that scores higher."""
    t = ctx.t
    pairs = pair_differences(ctx.session, shown)[:PAIR_LENGTH]
    part: list[Flowable] = [
        ctx.p(para(t("Voices furthest apart")), "h2"),
        ctx.p(para(t("For each pair of voices: the mean difference between their scores over the questions both scored (n), and which of the two scores higher on average.")), "summary"),
    ]
    if not pairs:
        part.append(ctx.p(para(t("No two voices scored the same question.")), "summary"))
        return part
    rows = []
    for p in pairs:
        higher = p.first.label if p.mean_signed > 0 else p.second.label if p.mean_signed < 0 else "–"
        rows.append([f"{p.first.label}\n{p.second.label}", t.num(p.mean_abs), higher, str(p.n)])
    fixed = [84, 150, 30]
    part.append(ctx.table([t("Voices"), t("Mean difference"), t("Scores higher on average"), "n"], rows,
                          [FRAME_WIDTH - sum(fixed), *fixed], numeric=(1, 3)))
    return part
