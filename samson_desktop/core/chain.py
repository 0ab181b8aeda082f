"""An ordered chain of sessions of one collaboration (T1, T2, T3, …): the consecutive changes and each path."""

from __future__ import annotations

from typing import Sequence

from msgspec import Struct

from .comparison import Comparison, compare_scores
from .model import Session
from .scoring import SessionScores, score_session


class Chain(Struct, frozen=True):
    """Two or more sessions in time order, as given, with their scores and the change from each to the next."""

    sessions: tuple[Session, ...]
    scores: tuple[SessionScores, ...]
    #: steps[i] compares sessions[i] with sessions[i + 1].
    steps: tuple[Comparison, ...]

    def __len__(self) -> int:
        return len(self.sessions)

    def first_last(self) -> Comparison:
        """The change over the whole chain: the first time point against the last."""
        if len(self.sessions) == 2:
            return self.steps[0]
        return compare_scores(self.scores[0], self.scores[-1])

    def field_ids(self) -> list[str]:
        """Every field of the chain: the last session's order, then fields only earlier sets have."""
        ids: list[str] = []
        for s in reversed(self.sessions):
            ids += [f.id for f in s.question_set.fields if f.id not in ids]
        return ids

    def field_path(self, field_id: str) -> list[float | None]:
        """The field's score at each time point; None where it has no score or does not exist."""
        out: list[float | None] = []
        for sc in self.scores:
            out.append(next((f.score for f in sc.fields if f.id == field_id), None))
        return out

    def overall_path(self) -> list[float | None]:
        return [sc.overall for sc in self.scores]

    def value_path(self, value_id: str) -> list[float | None]:
        return [next((v.score for v in sc.values if v.id == value_id), None) for sc in self.scores]

    def out_of_order(self) -> list[int]:
        """Indexes i of sessions dated before session i − 1 (both dated): the order given is not time order."""
        return out_of_order(self.sessions)


def out_of_order(sessions: Sequence[Session]) -> list[int]:
    """Indexes i where session i is dated before the dated session just before it."""
    bad = []
    for i in range(1, len(sessions)):
        before, after = sessions[i - 1].time_point.date, sessions[i].time_point.date
        if before and after and after < before:
            bad.append(i)
    return bad


def build_chain(sessions: Sequence[Session]) -> Chain:
    """The chain of ``sessions`` in the order given (time order); at least two."""
    if len(sessions) < 2:
        raise ValueError("a chain needs at least two sessions")
    scores = tuple(score_session(s) for s in sessions)
    steps = tuple(compare_scores(a, b) for a, b in zip(scores, scores[1:]))
    return Chain(tuple(sessions), scores, steps)
