"""Accepting the room's ballots for an item: the new answer or weight, computed without changing the session."""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from ..core.model import Answer, Session
from .ballots import Ballot, accept_into_answer, proposed_weight
from .items import item_for


class Accepted(Struct, frozen=True):
    """What accepting one item changes: an answer (questions) or a weight and its ballots (values)."""

    item_id: str
    kind: str
    target: str
    answer: Answer | None = None
    weight: int | None = None
    weight_ballots: dict[str, Any] | None = None


def accept(session: Session, item_id: str, ballots: list[Ballot]) -> Accepted:
    """The change that writes ``ballots`` for ``item_id`` into the session."""
    item = item_for(session, item_id)
    voice_ids = [v.id for v in session.voices]
    if item.kind == "question":
        answer = accept_into_answer(session.answer(item.target), ballots, voice_ids)
        return Accepted(item_id, item.kind, item.target, answer=answer)
    stored = dict(session.extra.get("weight_ballots") or {})
    stored[item.target] = [b.to_dict() for b in ballots]
    weight = proposed_weight(ballots, voice_ids)
    if weight is None:
        weight = session.weights.get(item.target)
    return Accepted(item_id, item.kind, item.target, weight=weight, weight_ballots=stored)


def apply_accepted(session: Session, accepted: Accepted) -> None:
    """Write an accepted item into the session in place (the headless room; the window uses its undo stack)."""
    if accepted.answer is not None:
        session.answers[accepted.target] = accepted.answer
        return
    if accepted.weight is not None:
        session.weights[accepted.target] = accepted.weight
    session.extra["weight_ballots"] = accepted.weight_ballots
