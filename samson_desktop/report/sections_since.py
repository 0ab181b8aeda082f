"""The report section "Since last time" of a later time point: both profiles, the follow-up of the carried
measures, and the group's explanations of the changes."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from ..core.comparison import Comparison, compare_scores
from ..core.cycle import carried_ids, carried_measures
from ..core.explanations import explanations_since
from ..core.model import Session
from ..core.numbers import format_number
from ..core.scoring import score_session
from . import charts
from .charts import AxisLabel, LegendItem, Series
from .context import ReportContext
from .plaintext import para
from .sections_overview import RADAR_LABEL_WIDTH, heading
from .styles import FRAME_WIDTH


def _labels(ctx: ReportContext, earlier: Session | None) -> tuple[str, str]:
    ref = ctx.session.earlier
    before = (earlier.time_point.label if earlier is not None else ref.label if ref else "") or ctx.t("earlier")
    return before, ctx.session.time_point.label or ctx.t("now")


def _profiles(ctx: ReportContext, earlier: Session, c: Comparison, before: str, now: str) -> list[Flowable]:
    t, qset = ctx.t, ctx.session.question_set
    signed = lambda value: format_number(value, t.lang, signed=True)  # noqa: E731 - one use, one line
    titles = {f.id: f"{f.number} {ctx.field_title(f)}" for f in qset.fields}
    labels = []
    for d in c.fields:
        lines = charts.wrap_words(titles.get(d.id, d.id), RADAR_LABEL_WIDTH, font=charts.BOLD, max_lines=2)
        labels.append(AxisLabel([*lines, f"{t.num(d.earlier)} → {t.num(d.later)}"], bold=len(lines)))
    legend = [LegendItem(t("{label} (dashed)", label=before), charts.EARLIER_STYLE),
              LegendItem(t("{label} (bold)", label=now), charts.SCORE_STYLE)]
    radar = charts.radar(
        labels,
        # The first series is drawn last, on top: the present profile in front.
        [Series(now, [d.later for d in c.fields], charts.SCORE_STYLE),
         Series(before, [d.earlier for d in c.fields], charts.EARLIER_STYLE)],
        legend=legend, width=FRAME_WIDTH, radius=105, label_width=RADAR_LABEL_WIDTH)
    rows = [[titles.get(d.id, d.id), t.num(d.earlier), t.num(d.later), signed(d.delta)] for d in c.fields]
    table = ctx.table([t("Field"), before, now, t("Change")], rows, [FRAME_WIDTH - 3 * 70, 70, 70, 70],
                      numeric=(1, 2, 3))
    if c.overall.delta is not None:
        overall = t("Profile strength {earlier} → {later} ({change}).", earlier=t.num(c.overall.earlier),
                    later=t.num(c.overall.later), change=signed(c.overall.delta))
    else:
        overall = t("There is no change in profile strength yet: a time point lacks answers in some field.")
    return [ctx.p(para(overall), "summary"), KeepTogether([radar, Spacer(1, 6), table]), Spacer(1, 10)]


def _follow_up(ctx: ReportContext, before: str, now: str) -> list[Flowable]:
    t = ctx.t
    measures = carried_measures(ctx.session)
    story: list[Flowable] = [ctx.p(para(t("Follow-up of the measures from {label}", label=before)), "h2")]
    if not measures:
        story.append(ctx.p(para(t("No measures were carried over from {label}.", label=before)), "summary"))
        return story
    then = carried_ids(ctx.session)
    counts: dict[str, int] = {}
    for m in measures:
        counts[m.status] = counts.get(m.status, 0) + 1
    summary = ", ".join(f"{t.label(status).lower()}: {n}" for status, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    story.append(ctx.p(para(t("{count} measures were carried over from {label}. Status at {now}: {summary}.",
                               count=len(measures), label=before, now=now, summary=summary)), "summary"))
    rows = [[ctx.number_of(m.question_id), m.text, t.label(then.get(m.id)), t.label(m.status), m.note.strip() or "–"]
            for m in measures]
    fixed = [28, 62, 62]
    rest = FRAME_WIDTH - sum(fixed)
    story.append(ctx.table([t("No."), t("Measure"), t("Status then"), t("Status now"), t("What happened")], rows,
                           [fixed[0], rest * 0.55, fixed[1], fixed[2], rest * 0.45]))
    return story


def _explanations(ctx: ReportContext, c: Comparison | None, before: str, now: str) -> list[Flowable]:
    """The group's explanations of the changes since ``before``, as written in the comparison."""
    t, qset = ctx.t, ctx.session.question_set
    ref = ctx.session.earlier
    explained = explanations_since(ctx.session, ref.session_id) if ref is not None else {}
    if not explained:
        return []
    fields = {f.id: f"{f.number} {ctx.field_title(f)}" for f in qset.fields}
    questions = {q.id for q in qset.questions()}
    changes = ({("field", d.id): d for d in c.fields} | {("question", d.id): d for d in c.questions}) if c else {}
    rows = []
    for (kind, target), text in explained.items():
        if kind == "field":
            name = fields.get(target, target)
        else:
            name = (f"{ctx.number_of(target)} {ctx.question_text(target)}" if target in questions else target)
        d = changes.get((kind, target))
        change = (f"{t.num(d.earlier)} → {t.num(d.later)}" if d is not None and d.delta is not None else "–")
        rows.append([name, change, text])
    return [ctx.p(para(t("The group's explanations")), "h2"),
            ctx.table([t("Field or question"), f"{before} → {now}", t("Why")], rows,
                      [FRAME_WIDTH * 0.38, 80, FRAME_WIDTH * 0.62 - 80])]


def since_last_time(ctx: ReportContext, earlier: Session | None) -> list[Flowable]:
    """The section, for a session made from an earlier one; nothing for a first time point.

    ``earlier`` is the earlier session when its file was found; without it the section still
    shows the follow-up, which the later session holds.
    """
    ref = ctx.session.earlier
    if ref is None:
        return []
    t = ctx.t
    before, now = _labels(ctx, earlier)
    when = t.date(earlier.time_point.date if earlier is not None else ref.date)
    story: list[Flowable] = [
        heading(ctx, t("Since last time"), "since"),
        ctx.p(para(t("This session follows on from {label} ({date}): how the profile has moved since then, "
                     "what became of the measures agreed then, and how the group explains the changes.",
                     label=before, date=when)), "lead"),
    ]
    c = compare_scores(score_session(earlier), ctx.scores) if earlier is not None else None
    if earlier is not None:
        story += _profiles(ctx, earlier, c, before, now)
    else:
        story.append(ctx.p(para(t("The file of {label} was not found, so its profile is not shown here. Keep the "
                                  "sessions of a collaboration in one folder.", label=before)), "summary"))
    story += _follow_up(ctx, before, now)
    story += _explanations(ctx, c, before, now)
    story.append(PageBreak())
    return story
