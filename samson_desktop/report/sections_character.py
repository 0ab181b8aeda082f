"""The character of the collaboration in the reports: the continuum drawing, its caption and the criteria table."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..core.character import CRITERIA, Character, Placement, place
from ..core.character_change import compare_character
from ..core.model import Session
from .context import ReportContext
from .fonts import BOLD, REGULAR
from .plaintext import para
from .styles import FRAME_WIDTH, INK, MUTED, OKABE_ITO, SCORE_COLOUR
from .texts import Texts

#: The criterion names and choices in the report's words (English keys, bokmål in texts.py).
CRITERION_TITLES = {
    "time_perspective": "Time perspective",
    "relation_depth": "Depth of relations",
    "citizen_roles": "The citizens' roles",
    "citizen_influence": "The citizens' influence",
    "citizen_resources": "The citizens' resources",
    "goal_attainment": "Goals reached (1–10)",
    "expectations_met": "Met the parties' expectations (1–10)",
}
CHOICES = {
    "short": "Short and ad hoc",
    "project": "A time-limited project",
    "lasting": "Lasting, not a project",
    "task": "Built around a defined task",
    "mutual": "Lasting mutual dependence",
    "co_initiator": "Co-initiators",
    "co_designer": "Co-designers",
    "co_implementer": "Co-implementers",
    "descriptive": "Descriptive",
    "acknowledging": "Acknowledging",
    "transformative": "Transformative",
    "substitution": "Substitution: they replace public services",
    "addition": "Addition: they add to public services",
}
PROFILE_COLOUR = OKABE_ITO["vermillion"]


def criterion_text(t: Texts, name: str, value: object) -> str:
    """A recorded criterion in words; "not filled in" where it is absent."""
    if value is None:
        return t("not filled in")
    if name == "citizen_roles":
        return ", ".join(t(CHOICES[r]) for r in value) or t("None of these roles")  # type: ignore[attr-defined]
    if name in ("goal_attainment", "expectations_met"):
        return str(value)
    return t(CHOICES.get(str(value), str(value)))


def region_text(t: Texts, placement: Placement) -> str:
    return {"thin": t("towards thin co-creation"), "between": t("between thin and thick"),
            "thick": t("towards thick co-production")}.get(placement.region or "", "")


def continuum_caption(t: Texts, placement: Placement, overall: float | None) -> str:
    """Which mark is which; where the criteria are missing, says so and names only the profile's mean."""
    strength = (t("▲ Profile strength {score}: the mean of the seven field scores (1–10). It says how strong the "
                  "profile is, not how thick the collaboration is.", score=t.num(overall))
                if overall is not None else
                t("There is no profile strength yet: every field needs at least one answered question."))
    if placement.position is None:
        missing = ", ".join(t(CRITERION_TITLES[name]).lower() for name in placement.missing)
        return t("The character of the collaboration is not filled in ({missing}), so the collaboration is not "
                 "placed between thin and thick.", missing=missing) + " " + strength
    where = t("▼ Character: {region}, from time perspective, depth of relations, the citizens' roles and their "
              "influence.", region=region_text(t, placement))
    if placement.capped:
        where += " " + t("A short, ad hoc collaboration stays on the thin half.")
    return where + " " + strength


def continuum_drawing(t: Texts, placement: Placement, overall: float | None, width: float = FRAME_WIDTH,
                      label: str = "") -> Drawing:
    """The thin–thick bar: ▼ above it for the character, ▲ below it for the profile's mean on 1–10."""
    height = 104.0
    d = Drawing(width, height)
    # The text state starts in DejaVu Sans, so no unembedded Helvetica is referenced.
    d.initialFontName, d.initialFontSize = REGULAR, 8
    x0, x1 = 34.0, width - 34.0
    bar_y, bar_h, steps = 56.0, 12.0, 24
    light = colors.HexColor("#E8F1F8")
    step = (x1 - x0) / steps
    for k in range(steps):
        fill = colors.linearlyInterpolatedColor(light, SCORE_COLOUR, 0, 1, k / (steps - 1) * 0.75)
        d.add(Rect(x0 + k * step, bar_y, step + 0.3, bar_h, fillColor=fill, strokeColor=None))
    d.add(Rect(x0, bar_y, x1 - x0, bar_h, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    if label:
        d.add(String(x0, height - 8, label, fontName=BOLD, fontSize=8, fillColor=INK))
    d.add(String(x0, 6, t("thin co-creation"), fontName=BOLD, fontSize=8, fillColor=INK))
    d.add(String(x1, 6, t("thick co-production"), fontName=BOLD, fontSize=8, fillColor=INK, textAnchor="end"))

    def clamp_text(x: float, text: str, size: float) -> float:
        half = stringWidth(text, BOLD, size) / 2
        return min(max(x, half + 2), width - half - 2)

    # The profile's own scale, 1–10, under the bar.
    def xprofile(value: float) -> float:
        return x0 + (x1 - x0) * (min(max(value, 1.0), 10.0) - 1.0) / 9.0

    for tick in range(1, 11):
        x = xprofile(tick)
        d.add(Line(x, bar_y - 3, x, bar_y, strokeColor=INK, strokeWidth=0.5))
        d.add(String(x, bar_y - 11, str(tick), fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    if overall is not None:
        x = xprofile(overall)
        d.add(Polygon([x, bar_y - 13, x - 6, bar_y - 23, x + 6, bar_y - 23], fillColor=PROFILE_COLOUR, strokeColor=None))
        text = t("Profile strength {score}", score=t.num(overall))
        d.add(String(clamp_text(x, text, 8), bar_y - 32, text, fontName=BOLD, fontSize=8, fillColor=PROFILE_COLOUR,
                     textAnchor="middle"))
    if placement.position is not None:
        x = x0 + (x1 - x0) * placement.position
        d.add(Line(x, bar_y - 2, x, bar_y + bar_h + 2, strokeColor=INK, strokeWidth=2.2))
        d.add(Polygon([x, bar_y + bar_h + 2, x - 6, bar_y + bar_h + 12, x + 6, bar_y + bar_h + 12],
                      fillColor=INK, strokeColor=None))
        text = t("Character")
        d.add(String(clamp_text(x, text, 9), bar_y + bar_h + 16, text, fontName=BOLD, fontSize=9, fillColor=INK,
                     textAnchor="middle"))
    else:
        d.add(String((x0 + x1) / 2, bar_y + bar_h + 6, t("Character not filled in"), fontName=REGULAR, fontSize=8,
                     fillColor=MUTED, textAnchor="middle"))
    return d


def continuum_block(ctx: ReportContext) -> Flowable:
    """The overview's continuum: heading, drawing and caption, kept on one page."""
    t = ctx.t
    placement = place(ctx.session.character)
    return KeepTogether([
        ctx.p(para(t("Continuum")), "h2"),
        continuum_drawing(t, placement, ctx.scores.overall),
        ctx.p(para(continuum_caption(t, placement, ctx.scores.overall)), "summary"),
    ])


def criteria_rows(t: Texts, character: Character | None) -> list[list[str]]:
    recorded = character or Character()
    return [[t(CRITERION_TITLES[name]), criterion_text(t, name, getattr(recorded, name))] for name in CRITERIA]


def character_section(ctx: ReportContext) -> list[Flowable]:
    """What the group recorded about its collaboration, or that it recorded nothing."""
    t, character = ctx.t, ctx.session.character
    story: list[Flowable] = [
        ctx.p(para(t("The character of the collaboration")), "h2"),
        ctx.p(para(t("Time perspective, depth of relations, and the citizens' roles and influence decide whether a "
                     "collaboration is thin co-creation or thick co-production. The citizens' resources and the two "
                     "ratings of results are recorded beside them, but do not move the position.")), "summary"),
    ]
    if character is None:
        story.append(ctx.p(para(t("The group has not filled in the character of the collaboration.")), "summary"))
        return story
    story += [ctx.table(None, criteria_rows(t, character), [FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6],
                        bold_first_column=True), Spacer(1, 8)]
    return story


def comparison_section(ctx: ReportContext, heading: Flowable, earlier: Session, later: Session,
                       labels: tuple[str, str], overall: tuple[float | None, float | None]) -> list[Flowable]:
    """Both time points on the continuum by the same rule, and the criteria side by side."""
    t = ctx.t
    cc = compare_character(earlier.character, later.character)
    story: list[Flowable] = [heading]
    for label, placement, strength in zip(labels, (cc.earlier, cc.later), overall):
        story.append(KeepTogether([
            continuum_drawing(t, placement, strength, label=label),
            ctx.p(para(continuum_caption(t, placement, strength)), "summary"),
        ]))
    if not cc.recorded():
        story.append(ctx.p(para(t("The group has not filled in the character of the collaboration.")), "summary"))
        return story
    rows = [[t(CRITERION_TITLES[row.name]), criterion_text(t, row.name, row.earlier),
             criterion_text(t, row.name, row.later), t("changed") if row.changed else ""] for row in cc.criteria]
    rows.append([t("Continuum"), region_text(t, cc.earlier) or t("not filled in"),
                 region_text(t, cc.later) or t("not filled in"), _direction(t, cc.position_delta)])
    widths = [FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.29, FRAME_WIDTH * 0.29, FRAME_WIDTH * 0.12]
    story += [Spacer(1, 6), ctx.table([t("Criterion"), labels[0], labels[1], t("Change")], rows, widths,
                                      bold_first_column=True), Spacer(1, 8)]
    return story


def _direction(t: Texts, delta: float | None) -> str:
    if not delta:
        return ""
    return t("thicker") if delta > 0 else t("thinner")
