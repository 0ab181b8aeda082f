"""Anonymous ballots from phones, their tally per party, and what accepting them writes into a session."""

from __future__ import annotations

from typing import Any, Iterable

from msgspec import Struct
from msgspec.structs import replace

from ..core.model import Answer

#: The score a ballot carries for "not relevant / don't know".
NOT_APPLICABLE = "not_applicable"


class Ballot(Struct, frozen=True):
    """One phone's answer: the party it speaks for and a score 1–10, or NOT_APPLICABLE."""

    voice: str
    score: int | str

    def to_dict(self) -> dict[str, Any]:
        return {"voice": self.voice, "score": self.score}


def valid_score(score: Any) -> bool:
    """True for a whole number 1–10 (not a bool) or NOT_APPLICABLE."""
    if score == NOT_APPLICABLE:
        return True
    return isinstance(score, int) and not isinstance(score, bool) and 1 <= score <= 10


class PartyTally(Struct, frozen=True):
    """How one party's phones answered one item."""

    voice: str
    scores: tuple[int, ...]
    not_applicable: int

    @property
    def count(self) -> int:
        return len(self.scores) + self.not_applicable

    @property
    def mean(self) -> float | None:
        """The unrounded mean of the scores; "not relevant" ballots are counted but left out."""
        return sum(self.scores) / len(self.scores) if self.scores else None


def tally(ballots: Iterable[Ballot], voice_ids: Iterable[str]) -> list[PartyTally]:
    """One tally per party, in the session's voice order; parties nobody spoke for have count 0."""
    scores: dict[str, list[int]] = {vid: [] for vid in voice_ids}
    not_applicable: dict[str, int] = {vid: 0 for vid in scores}
    for ballot in ballots:
        if ballot.voice not in scores:
            continue
        if ballot.score == NOT_APPLICABLE:
            not_applicable[ballot.voice] += 1
        else:
            scores[ballot.voice].append(int(ballot.score))
    return [PartyTally(vid, tuple(sorted(s)), not_applicable[vid]) for vid, s in scores.items()]


def accept_into_answer(answer: Answer, ballots: list[Ballot], voice_ids: Iterable[str]) -> Answer:
    """The answer with each party's score set to the mean of its phones' ballots, and the ballots kept.

    A party whose phones all said "not relevant" is marked not relevant; parties without a ballot
    keep the score they had. The ballots of an earlier accept of
    the same question are replaced, so accepting twice never counts a phone twice.
    """
    voices = dict(answer.voices)
    not_applicable = list(answer.not_applicable_voices)
    for party in tally(ballots, voice_ids):
        if party.mean is not None:
            # Unrounded; a whole mean is stored as the whole number a typed score would be.
            voices[party.voice] = int(party.mean) if party.mean.is_integer() else party.mean
            if party.voice in not_applicable:
                not_applicable.remove(party.voice)
        elif party.not_applicable:
            # Every phone of the party said "not relevant": the party's answer is not relevant.
            voices.pop(party.voice, None)
            if party.voice not in not_applicable:
                not_applicable.append(party.voice)
    extra = dict(answer.extra)
    if ballots:
        extra["ballots"] = [b.to_dict() for b in ballots]
    else:
        extra.pop("ballots", None)
    return replace(answer, voices=voices, not_applicable_voices=tuple(not_applicable), extra=extra)


def proposed_weight(ballots: list[Ballot], voice_ids: Iterable[str]) -> int | None:
    """A value's weight from phone ballots: the mean of the parties' means, half rounded up to a whole number.

    Every party counts once however many phones it has, as in the workshop where each party has one say.
    """
    means = [p.mean for p in tally(ballots, voice_ids) if p.mean is not None]
    if not means:
        return None
    mean = sum(means) / len(means)
    return min(10, max(1, int(mean + 0.5 + 1e-9)))
