"""What the earlier time point said at each question: its score, each voice's, and the measures proposed there."""

from __future__ import annotations

from typing import Mapping

from msgspec import Struct, field

from .followup import follow_up
from .model import Session

class EarlierMeasure(Struct, frozen=True):
    """A measure proposed at the question last time, and what became of it."""

    text: str
    status_then: str
    #: Its status in this session; None when it was not carried over.
    status_now: str | None
    #: The follow-up note written about it in this session, "" for none.
    note: str = ""


class EarlierAnswer(Struct, frozen=True):
    """The earlier time point's answer to one question."""

    question_id: str
    #: The effective score then (agreed, else the voices' mean); None when unanswered or not relevant.
    score: float | None
    agreed: int | None
    not_applicable: bool
    #: Voice id → that voice's score then, for the voices this session still has (matched by id).
    voices: Mapping[str, float] = field(default_factory=dict)
    measures: tuple[EarlierMeasure, ...] = ()

    def has_values(self) -> bool:
        return self.score is not None or bool(self.voices) or self.not_applicable


class EarlierView:
    """The earlier session seen from a later one: per question, what was said and proposed then."""

    def __init__(self, earlier: Session, later: Session):
        self.earlier = earlier
        tp = earlier.time_point
        #: How the earlier time point is named: its label, else its date.
        self.label = tp.label or tp.date or earlier.session_id[:8]
        self._voice_ids = {v.id for v in later.voices}
        self._measures: dict[str, list[EarlierMeasure]] = {}
        for item in follow_up(earlier, later).items:
            m = item.earlier
            self._measures.setdefault(m.question_id, []).append(EarlierMeasure(
                m.text, m.status, item.status_now, item.later.note if item.later is not None else ""))

    def answer(self, question_id: str) -> EarlierAnswer | None:
        """None when the earlier question set did not have the question."""
        if not self.earlier.question_set.has_question(question_id):
            return None
        a = self.earlier.answer(question_id)
        voices = {vid: float(score) for vid, score in a.voices.items() if vid in self._voice_ids}
        return EarlierAnswer(question_id, a.effective_score, a.consensus, a.not_applicable, voices,
                             tuple(self._measures.get(question_id, ())))

    def scores(self, question_ids: list[str]) -> list[float | None]:
        """The earlier effective score of each question; None where there is none."""
        out: list[float | None] = []
        for qid in question_ids:
            a = self.answer(qid)
            out.append(a.score if a is not None else None)
        return out
