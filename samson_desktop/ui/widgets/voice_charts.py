"""Chart series for the voices: one profile per voice, and the "agreement" mark on the widest axis."""

from __future__ import annotations

from collections.abc import Sequence

from ...core.model import Session
from ...core.voices import display_voices, field_spreads, question_voices, voice_field_profiles, widest
from ..charts import ChartSeries
from .labels import ui_language

#: Added to the label of the axis where the voices are furthest apart.
WIDEST_MARK = " ↕"


def question_voice_series(session: Session, question_ids: Sequence[str],
                          hidden: str | None = None) -> list[ChartSeries]:
    """One series per voice over ``question_ids``: its score on each, None where it gave none.

    ``hidden`` names a question whose voice scores are not to be shown yet.
    """
    out = []
    for voice in display_voices(session, anonymous=False, language=ui_language(session)):
        values: list[float | None] = []
        for qid in question_ids:
            answer = session.answers.get(qid)
            if qid == hidden or answer is None or answer.not_applicable:
                values.append(None)
            else:
                values.append(voice.score(answer))
        out.append(ChartSeries(voice.label, values, "voice", [int(v is not None) for v in values], voice.index))
    return out


def field_voice_series(session: Session) -> list[ChartSeries]:
    """One series per voice over the seven fields: the mean of its scores in each, with n."""
    shown = display_voices(session, anonymous=False, language=ui_language(session))
    return [ChartSeries(p.voice.label, p.means(), "voice", p.counts(), p.voice.index)
            for p in voice_field_profiles(session, shown)]


def question_spreads(session: Session, question_ids: Sequence[str], hidden: str | None = None) -> list[float | None]:
    out: list[float | None] = []
    for qid in question_ids:
        qv = question_voices(session, qid)
        out.append(None if qid == hidden or qv.not_applicable or qv.count < 2 else qv.spread)
    return out


def mark_widest(labels: Sequence[str], spreads: Sequence[float | None]) -> list[str]:
    """The labels, with ↕ added where the spread is largest (all of them on a tie)."""
    marked = widest(spreads)
    return [f"{label}{WIDEST_MARK}" if i in marked else label for i, label in enumerate(labels)]


def field_mean_spreads(session: Session) -> list[float | None]:
    return [f.mean_spread for f in field_spreads(session)]
