"""The group's explanations in the comparison PDF: beside each change, and gathered in "Why it changed"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.comparison import Comparison, Delta
from ..core.to_explain import to_explain
from .plaintext import para

if TYPE_CHECKING:
    from .comparison_report import _Compare

MUTED_HEX = "#5F5F5F"

NB: dict[str, str] = {
    "Why it changed": "Hvorfor det endret seg",
    "Why:": "Hvorfor:",
    "No explanation written.": "Ingen forklaring skrevet.",
    "WHY_INTRO":
        "Hvert felt og spørsmål der scoren endret seg med minst 1,0, og den største forbedringen og "
        "tilbakegangen uansett, med gruppens forklaring slik den ble skrevet i sammenligningen.",
    "largest rise": "største forbedring",
    "largest fall": "største tilbakegang",
    "Field {title}": "Felt {title}",
}
EN: dict[str, str] = {
    "WHY_INTRO":
        "Every field and question whose score changed by at least 1.0, and the largest rise and fall in any "
        "case, with the group's explanation as written in the comparison.",
}


def explained_markup(cmp: "_Compare", kind: str, target: str, text_markup: str) -> str:
    """``text_markup`` followed, on a line of its own, by the explanation of that change where there is one."""
    words = cmp.explained.get((kind, target))
    if not words:
        return text_markup
    return (f"{text_markup}<br/><font color='{MUTED_HEX}'><b>{para(cmp.t('Why:'))}</b> "
            f"{para(words)}</font>")


def _indented(cmp: "_Compare") -> ParagraphStyle:
    return ParagraphStyle("why", parent=cmp.st.body, leftIndent=14, spaceAfter=8)


def explanation_note(cmp: "_Compare", kind: str, target: str) -> list[Flowable]:
    """The explanation as an indented paragraph under a line of the overview; nothing without one."""
    words = cmp.explained.get((kind, target))
    if not words:
        return []
    return [Paragraph(f"<font color='{MUTED_HEX}'><b>{para(cmp.t('Why:'))}</b> {para(words)}</font>",
                      _indented(cmp))]


def _describe(cmp: "_Compare", kind: str, d: Delta) -> str:
    if kind == "field":
        return f"<b>{para(cmp.field_title(d.id))}</b>"
    number, text = cmp.question(d.id)
    return f"<b>{para(number)}</b>\u2002{para(text)}"


def why_section(cmp: "_Compare", comparison: Comparison | None = None) -> list[Flowable]:
    """Every change with a place for an explanation, and what the group wrote; empty when nothing was written."""
    c = comparison or cmp.c
    if not cmp.explained:
        return []
    t = cmp.t
    story: list[Flowable] = [Spacer(1, 10), cmp.heading(t("Why it changed"), "why"),
                             cmp.ctx.p(para(t("WHY_INTRO")), "summary")]
    items = [(x.kind, x.delta, x.reason) for x in to_explain(c)]
    deltas = {("field", d.id): d for d in c.fields} | {("question", d.id): d for d in c.questions}
    # Explanations of smaller changes (the scores moved since they were written) are printed too.
    items += [(kind, deltas[(kind, target)], "moved") for kind, target in cmp.explained
              if (kind, target) in deltas and not any(k == kind and d.id == target for k, d, _r in items)]
    for kind, d, reason in items:
        tag = {"largest_rise": t("largest rise"), "largest_fall": t("largest fall")}.get(reason)
        head = f"{_describe(cmp, kind, d)} — {para(cmp.arrow(d))}"
        if tag:
            head += f" <font color='{MUTED_HEX}'>({para(tag)})</font>"
        story.append(cmp.ctx.p(head, "body"))
        words = cmp.explained.get((kind, d.id))
        if words:
            story.append(Paragraph(para(words), _indented(cmp)))
        else:
            story.append(Paragraph(f"<font color='{MUTED_HEX}'>{para(t('No explanation written.'))}</font>",
                                   _indented(cmp)))
    return story
