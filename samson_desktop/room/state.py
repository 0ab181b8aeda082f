"""The room's state: who has joined for which party, the open item, and the ballots cast (no I/O)."""

from __future__ import annotations

import secrets
from typing import Any, Callable

from msgspec import Struct, field

from ..core.model import Session
from .ballots import NOT_APPLICABLE, Ballot, tally, valid_score
from .items import Item, item_for, public_item, voice_list

#: The phases of the open item. "idle": nothing open; "open": phones answer; "closed": no more
#: answers, not yet shown; "revealed": the distribution is shown to the room.
PHASES = ("idle", "open", "closed", "revealed")


class RoomError(Exception):
    """A request the room refuses; ``status`` is the HTTP status the server answers with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class Phone(Struct):
    """A phone that joined: its random key (memory only) and the party it speaks for."""

    key: str
    voice: str | None = None


class Room(Struct):
    """A room for one session. Every method runs on the server's event loop, one at a time."""

    session: Session
    phones: dict[str, Phone] = field(default_factory=dict)
    item: Item | None = None
    phase: str = "idle"
    #: item id -> phone key -> ballot; kept for every item opened, so reopening keeps the answers
    ballots: dict[str, dict[str, Ballot]] = field(default_factory=dict)
    revision: int = 0
    listeners: list[Callable[[], None]] = field(default_factory=list)

    # --- phones -------------------------------------------------------------------------
    def join(self, key: str | None = None) -> Phone:
        """A phone comes in, or back with its key, so its party and answers stay."""
        if key and key in self.phones:
            return self.phones[key]
        phone = Phone(secrets.token_urlsafe(16))
        self.phones[phone.key] = phone
        self._changed()
        return phone

    def phone(self, key: Any) -> Phone:
        if not isinstance(key, str) or key not in self.phones:
            raise RoomError(403, "unknown phone; join the room again")
        return self.phones[key]

    def choose_party(self, key: Any, voice: Any) -> Phone:
        phone = self.phone(key)
        if not isinstance(voice, str) or voice not in {v.id for v in self.session.voices}:
            raise RoomError(400, "no such party")
        if phone.voice != voice:
            phone.voice = voice
            # A ballot already cast follows the phone to its new party.
            for box in self.ballots.values():
                if key in box:
                    box[key] = Ballot(voice, box[key].score)
            self._changed()
        return phone

    def cast(self, key: Any, item_id: Any, score: Any) -> Ballot:
        """Record a phone's answer to the open item; the same answer twice changes nothing."""
        phone = self.phone(key)
        if self.item is None or item_id != self.item.id or self.phase != "open":
            raise RoomError(409, "this question is not open for answers")
        if phone.voice is None:
            raise RoomError(409, "choose a party first")
        if not valid_score(score):
            raise RoomError(400, "a score is a whole number from 1 to 10, or not_applicable")
        ballot = Ballot(phone.voice, score)
        box = self.ballots.setdefault(self.item.id, {})
        if box.get(key) != ballot:
            box[key] = ballot
            self._changed()
        return ballot

    # --- the facilitator ----------------------------------------------------------------
    def open_item(self, item_id: str) -> Item:
        self.item = item_for(self.session, item_id)
        self.phase = "open"
        self.ballots.setdefault(item_id, {})
        self._changed()
        return self.item

    def close_item(self) -> None:
        if self.phase == "open":
            self.phase = "closed"
            self._changed()

    def reveal(self) -> None:
        if self.item is not None:
            self.phase = "revealed"
            self._changed()

    def clear(self) -> None:
        self.item, self.phase = None, "idle"
        self._changed()

    def ballots_for(self, item_id: str) -> list[Ballot]:
        return list(self.ballots.get(item_id, {}).values())

    # --- views --------------------------------------------------------------------------
    def counts(self) -> dict[str, Any]:
        """Absolute numbers for the projector: joined phones, answered, per party."""
        box = self.ballots.get(self.item.id, {}) if self.item else {}
        joined = sum(1 for p in self.phones.values() if p.voice)
        per_party = {v.id: {"joined": 0, "answered": 0} for v in self.session.voices}
        for phone in self.phones.values():
            if phone.voice in per_party:
                per_party[phone.voice]["joined"] += 1
        for ballot in box.values():
            if ballot.voice in per_party:
                per_party[ballot.voice]["answered"] += 1
        return {"joined": joined, "answered": len(box), "parties": per_party}

    def distribution(self) -> list[dict[str, Any]]:
        """Per party: the sorted scores and the not-relevant count of the open item."""
        if self.item is None:
            return []
        voice_ids = [v.id for v in self.session.voices]
        return [{"voice": t.voice, "scores": list(t.scores), "not_applicable": t.not_applicable,
                 "mean": t.mean} for t in tally(self.ballots_for(self.item.id), voice_ids)]

    def phone_state(self, key: str | None) -> dict[str, Any]:
        """Everything one phone shows, as absolute values (never increments)."""
        phone = self.phones.get(key or "")
        mine = None
        if phone and self.item:
            ballot = self.ballots.get(self.item.id, {}).get(phone.key)
            mine = ballot.score if ballot else None
        return {
            "revision": self.revision,
            "phase": self.phase,
            "item": public_item(self.item) if self.item else None,
            "voices": voice_list(self.session),
            "party": phone.voice if phone else None,
            "mine": mine,
            "known": phone is not None,
            "not_applicable": NOT_APPLICABLE,
        }

    def _changed(self) -> None:
        self.revision += 1
        for listener in list(self.listeners):
            listener()
