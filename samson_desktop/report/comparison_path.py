"""The path over three or more time points in the comparison PDF: a small line chart per field beside the radar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..core.chain import Chain
from ..core.explanations import explanations_since
from ..core.model import Session
from . import charts
from .charts import AxisLabel
from .fonts import BOLD, REGULAR
from .plaintext import one_line, para
from .styles import FRAME_WIDTH, INK, MUTED

if TYPE_CHECKING:
    from .comparison_report import _Compare

MUTED_HEX = "#5F5F5F"
#: Width of the radar column; the line charts take the rest of the frame.
RADAR_COLUMN = FRAME_WIDTH * 0.52
CHART_HEIGHT = 68.0

NB: dict[str, str] = {
    "The path over time": "Utviklingen over tid",
    "Comparison of {count} time points": "Sammenligning av {count} tidspunkter",
    "PATH_INTRO":
        "Samarbeidet er målt {count} ganger: {path}. Til venstre den første (stiplet) og den siste (fet) "
        "profilen; til høyre hvert felts score ved hvert tidspunkt. Resten av rapporten sammenligner det "
        "første og det siste tidspunktet.",
    "Overall": "Samlet",
    "Explanations along the way": "Forklaringer underveis",
    "No explanations written for this step.": "Ingen forklaringer skrevet for dette steget.",
}
EN: dict[str, str] = {
    "PATH_INTRO":
        "The collaboration was measured {count} times: {path}. On the left the first (dashed) and the last "
        "(bold) profile; on the right each field's score at each time point. The rest of the report compares "
        "the first and the last time point.",
}


def path_chart(title: str, values: Sequence[float | None], labels: Sequence[str], value_texts: Sequence[str],
               width: float, height: float = CHART_HEIGHT) -> Drawing:
    """One field's score at each time point: a line on a 0–10 scale, with its value over each point."""
    d = charts._drawing(width, height)
    title_room = 11.0
    label_room = 10.0
    left, right = 4.0, 10.0
    base, top = label_room + 2, height - title_room - 9
    lines = charts.wrap_words(title, width - 8, font=BOLD, size=7.5, max_lines=1)
    d.add(String(left, height - 8, lines[0] if lines else "", fontName=BOLD, fontSize=7.5, fillColor=INK))
    n = len(values)
    step = (width - left - right - 16) / max(n - 1, 1)

    def x(i: int) -> float:
        return left + 16 + i * step

    def y(v: float) -> float:
        return base + (top - base) * max(0.0, min(v, 10.0)) / 10.0

    for ring, w in ((0, 0.6), (5, 0.3), (10, 0.3)):
        d.add(Line(left + 10, y(ring), width - right + 4, y(ring), strokeColor=charts.GRID_COLOUR, strokeWidth=w))
    d.add(String(left, y(10) - 2, "10", fontName=REGULAR, fontSize=5, fillColor=MUTED, textAnchor="start"))
    style = charts.SCORE_STYLE
    run: list[float] = []
    for i, v in enumerate(values):
        if v is None:
            if len(run) >= 4:
                d.add(charts._line(run, style))
            run = []
            continue
        run += [x(i), y(v)]
    if len(run) >= 4:
        d.add(charts._line(run, style))
    for i, (v, label, text) in enumerate(zip(values, labels, value_texts)):
        d.add(String(x(i), 2, label[:10], fontName=REGULAR, fontSize=6, fillColor=MUTED, textAnchor="middle"))
        if v is not None:
            d.add(charts._marker(style.marker, x(i), y(v), style.marker_size * 0.8, style.colour))
            d.add(String(x(i), y(v) + 4.5, text, fontName=REGULAR, fontSize=6.5, fillColor=INK, textAnchor="middle"))
        else:
            d.add(String(x(i), base + 2, "–", fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    return d


def _labels(sessions: Sequence[Session]) -> list[str]:
    return [one_line(s.time_point.label) or one_line(s.time_point.date) or s.session_id[:8] for s in sessions]


def path_section(cmp: "_Compare", chain: Chain) -> list[Flowable]:
    """The radar of the first and the last time point beside each field's path as a small line chart."""
    t = cmp.t
    labels = _labels(chain.sessions)
    side = FRAME_WIDTH - RADAR_COLUMN
    rows = [path_chart(t("Overall"), chain.overall_path(), labels,
                       [t.num(v) for v in chain.overall_path()], side - 4)]
    radar_labels, first, last = [], [], []
    for fid in chain.field_ids():
        path = chain.field_path(fid)
        title = cmp.field_title(fid)
        rows.append(path_chart(title, path, labels, [t.num(v) for v in path], side - 4))
        number = title.split(" ", 1)[0]
        radar_labels.append(AxisLabel([number, f"{t.num(path[0])} → {t.num(path[-1])}"]))
        first.append(path[0])
        last.append(path[-1])
    radar = charts.radar(radar_labels, cmp.series(first, last), legend=cmp.legend(), width=RADAR_COLUMN - 6,
                         radius=RADAR_COLUMN * 0.3, label_width=60)
    grid = Table([[radar, [*rows]]], colWidths=[RADAR_COLUMN, side], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    path = " → ".join(labels)
    return [
        cmp.heading(t("The path over time"), "path"),
        cmp.ctx.p(para(t("PATH_INTRO", count=len(chain), path=path)), "summary"),
        grid,
        Spacer(1, 8),
        *_steps_explained(cmp, chain, labels),
    ]


def _steps_explained(cmp: "_Compare", chain: Chain, labels: list[str]) -> list[Flowable]:
    """Each step's explanations, from the later session of the step, beside that step's change."""
    t = cmp.t
    story: list[Flowable] = [cmp.heading(t("Explanations along the way"), "path-why", level=1, style="h2")]
    for i, step in enumerate(chain.steps):
        earlier, later = chain.sessions[i], chain.sessions[i + 1]
        words = explanations_since(later, earlier.session_id)
        story.append(cmp.ctx.p(para(f"{labels[i]} → {labels[i + 1]}"), "h3"))
        if not words:
            story.append(cmp.ctx.p(f"<font color='{MUTED_HEX}'>{para(t('No explanations written for this step.'))}"
                                   "</font>", "summary"))
            continue
        deltas = {("field", d.id): d for d in step.fields} | {("question", d.id): d for d in step.questions}
        for (kind, target), text in words.items():
            d = deltas.get((kind, target))
            if kind == "field":
                name = f"<b>{para(cmp.field_title(target))}</b>"
            else:
                number, qtext = cmp.question(target)
                name = f"<b>{para(number)}</b>\u2002{para(qtext)}"
            change = f" — {para(cmp.arrow(d))}" if d is not None else ""
            story.append(cmp.ctx.p(f"{name}{change}<br/><font color='{MUTED_HEX}'><b>{para(t('Why:'))}</b> "
                                   f"{para(text)}</font>", "summary"))
    return story

