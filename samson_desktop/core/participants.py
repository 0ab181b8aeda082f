"""Participants: the numbered single persons of a session, and the words that name voices without a name."""

from __future__ import annotations

from typing import Iterable

from .model import Voice

#: The voice kind of a single person; every other kind is a stakeholder group.
PARTICIPANT = "participant"

_WORDS = {
    "nb": {"participant": "Deltaker {n}", "participants": "Deltakere ({n})", "voice": "Part {n}"},
    "en": {"participant": "Participant {n}", "participants": "Participants ({n})", "voice": "Voice {n}"},
}


def voice_word(key: str, language: str, n: int) -> str:
    """"Deltaker 3", "Participants (4)" or "Voice 2" (``key`` participant, participants or voice) in ``language``."""
    return _WORDS.get(language, _WORDS["en"])[key].format(n=n)


def participant_label(number: int, language: str) -> str:
    """"Deltaker 3" / "Participant 3"."""
    return voice_word("participant", language, number)


def numbered_participants(count: int, language: str, existing: Iterable[Voice] = ()) -> list[Voice]:
    """``count`` new anonymous participants, numbered on from the participants already there.

    Ids are p1, p2, … and stay stable: a number is never reused for an id already taken, so
    scores typed in for "Participant 2" keep belonging to the same voice.
    """
    existing = list(existing)
    taken = {v.id for v in existing}
    number = sum(v.kind == PARTICIPANT for v in existing)
    out: list[Voice] = []
    id_number = 0
    for _ in range(max(0, count)):
        number += 1
        id_number = max(id_number, number)
        while f"p{id_number}" in taken:
            id_number += 1
        taken.add(f"p{id_number}")
        out.append(Voice(f"p{id_number}", participant_label(number, language), PARTICIPANT))
    return out
