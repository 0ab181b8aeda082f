"""Report sections after the fields: priority list, action plan and the question-set appendix."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from .. import __version__
from ..core.model import Measure, localized
from ..core.scoring import RULES_VERSION
from ..core.vocabulary import VALUE_IDS
from .context import ReportContext
from .plaintext import para
from .sections_overview import heading
from .styles import FRAME_WIDTH

PRIORITY_LENGTH = 10
#: Rows per table of the action plan: about a page, so that 10,000 measures lay out in linear time.
PLAN_ROWS_PER_TABLE = 40


def priority(ctx: ReportContext) -> list[Flowable]:
    t, sc = ctx.t, ctx.scores
    story: list[Flowable] = [
        heading(ctx, t("Priority list"), "priority"),
        ctx.p(para(t("Largest gap first. Gap = importance − score, where a question's importance is the mean weight of the values it is linked to, weighted by how strongly it is linked. A question can have a large gap because it scores low, because the values it is linked to weigh much, or both; this is not the same list as the lowest scores among the values weighted highest.")), "lead"),
    ]
    top = [qid for qid in sc.priority if (ctx.question_scores[qid].gap or 0) > 0][:PRIORITY_LENGTH]
    if not top:
        empty = ("No question has been answered yet, so there is no gap to rank." if not sc.priority
                 else "No answered question scores below its importance.")
        story.append(ctx.p(para(t(empty)), "summary"))
    else:
        rows = []
        for rank, qid in enumerate(top, 1):
            q = ctx.question_scores[qid]
            rows.append([str(rank), q.number, ctx.question_text(qid), t.num(q.score),
                         t.num(q.importance), t.num(q.gap)])
        fixed = [34, 30, 42, 64, 40]
        story.append(ctx.table(
            [t("Rank"), t("No."), t("Question"), t("Score"), t("Importance"), t("Gap")], rows,
            [fixed[0], fixed[1], FRAME_WIDTH - sum(fixed), *fixed[2:]], numeric=(0, 3, 4, 5)))
    story.append(Spacer(1, 14))
    return story


def measures_by_field(ctx: ReportContext) -> tuple[dict[str, list[Measure]], list[Measure]]:
    """Measures per field id in question order (then entry order), and those with an unknown question."""
    qset = ctx.session.question_set
    order = {q.id: k for k, q in enumerate(qset.questions())}
    grouped: dict[str, list[Measure]] = {f.id: [] for f in qset.fields}
    orphans: list[Measure] = []
    ranked = sorted(enumerate(ctx.session.measures),
                    key=lambda item: (order.get(item[1].question_id, len(order)), item[0]))
    for _k, m in ranked:
        if qset.has_question(m.question_id):
            grouped[qset.field_of(m.question_id).id].append(m)
        else:
            orphans.append(m)
    return grouped, orphans


def action_plan(ctx: ReportContext, grouped: dict[str, list[Measure]], orphans: list[Measure]) -> list[Flowable]:
    t = ctx.t
    story: list[Flowable] = [
        PageBreak(),
        heading(ctx, t("Action plan"), "plan"),
        ctx.p(para(t("Every measure proposed during the session, grouped by action field, with its quadrant, owner, due date and status.")), "lead"),
    ]
    if not ctx.session.measures:
        story.append(ctx.p(para(t("No measures have been proposed yet.")), "summary"))
    groups = [(ctx.field_heading(f), f"plan-{f.id}", grouped[f.id]) for f in ctx.session.question_set.fields]
    groups.append((t("Other questions"), "plan-other", orphans))
    fixed = [28, 80, 88, 66, 60]
    widths = [fixed[0], FRAME_WIDTH - sum(fixed), *fixed[1:]]
    for title, key, measures in groups:
        if not measures:
            continue
        rows = [
            [ctx.number_of(m.question_id), m.text, t.label(m.quadrant) if m.quadrant else t("Not placed yet"),
             m.owner or "–", t.short_date(m.due), t.label(m.status)]
            for m in measures
        ]
        story.append(heading(ctx, title, key, level=1, style="h2"))
        head = [t("No."), t("Measure"), t("Quadrant"), t("Owner"), t("Due"), t("Status")]
        # reportlab splits a long table by laying out its remaining rows again at every page break,
        # which grows with the square of the rows; tables of a page or so each keep it linear.
        for start in range(0, len(rows), PLAN_ROWS_PER_TABLE):
            story.append(ctx.table(head, rows[start:start + PLAN_ROWS_PER_TABLE], widths))
    story.append(PageBreak())
    return story


def appendix(ctx: ReportContext) -> list[Flowable]:
    t, session = ctx.t, ctx.session
    qset = session.question_set
    title = localized(qset.title, ctx.lang) or qset.id
    facts = [
        (t("Identifier"), qset.id),
        (t("Version"), qset.version),
        (t("Title"), title),
        (t("Fields and questions"), t("{fields} fields, {questions} questions", fields=len(qset.fields),
                                      questions=len(qset.questions()))),
        (t("Scoring rules"), t("version {version}", version=RULES_VERSION)),
        (t("Session"), session.session_id),
        (t("Created"), session.created_at or "–"),
        (t("Last changed"), session.modified_at or "–"),
        ("SAMSON desktop", __version__),
    ]
    story: list[Flowable] = [
        heading(ctx, t("Appendix: question set"), "appendix"),
        ctx.p(para(t("This report used question set «{title}» ({id}, version {version}). The session file embeds the whole set, so the report can be made again later with the same questions.",
                     title=title, id=qset.id, version=qset.version)), "lead"),
        ctx.table(None, [[k, v] for k, v in facts], [130, FRAME_WIDTH - 130], bold_first_column=True),
        ctx.p(para(t("Value links of each question")), "h2"),
        ctx.p(para(t("How strongly each question is linked to each value (0–1). A question's importance is the mean of the value weights, weighted by these strengths.")), "summary"),
    ]
    col = 58.0
    rows = []
    for question in qset.questions():
        rows.append([ctx.number_of(question.id), ctx.question_text(question.id)] + [
            t.strength(question.values[v]) if question.values.get(v) else "" for v in VALUE_IDS
        ])
    story.append(ctx.table(
        [t("No."), t("Question"), *[ctx.value_title(v) for v in VALUE_IDS]], rows,
        [30, FRAME_WIDTH - 30 - 4 * col, *[col] * 4], numeric=(2, 3, 4, 5)))
    return story
