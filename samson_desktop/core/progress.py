"""When a question counts as done, and how far a session has come: one rule for every view."""

from __future__ import annotations

from msgspec import Struct

from .model import Answer, Session


def answer_done(answer: Answer | None, voice_ids: tuple[str, ...] | list[str]) -> bool:
    """Done: an agreed score, "not relevant" for the group, or every voice answered (a score or
    "not relevant"). Voice scores alone from some of the voices are a question still open."""
    if answer is None:
        return False
    if answer.consensus is not None or answer.not_applicable:
        return True
    if not voice_ids:
        return False
    given = set(answer.voices) | set(answer.not_applicable_voices)
    return all(v in given for v in voice_ids)


def question_done(session: Session, question_id: str) -> bool:
    """Whether ``question_id`` is done in ``session`` (see ``answer_done``)."""
    return answer_done(session.answers.get(question_id), [v.id for v in session.voices])


class Progress(Struct, frozen=True):
    """Questions done out of all; ``not_relevant`` counts those the group marked not relevant."""

    done: int
    total: int
    not_relevant: int


def session_progress(session: Session) -> Progress:
    voice_ids = [v.id for v in session.voices]
    done = not_relevant = total = 0
    for question in session.question_set.questions():
        total += 1
        answer = session.answers.get(question.id)
        if answer_done(answer, voice_ids):
            done += 1
            not_relevant += bool(answer is not None and answer.not_applicable)
    return Progress(done, total, not_relevant)
