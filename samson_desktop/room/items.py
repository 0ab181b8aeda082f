"""What the room can ask: a question of the session, or the weight of one of the four values."""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from ..core.model import Session

#: Prefix of the item id that asks for a value's weight, e.g. "value:openness".
VALUE_PREFIX = "value:"


class Item(Struct, frozen=True):
    """One thing the phones answer, with its texts in every language the session has."""

    id: str
    kind: str  # "question" or "weight"
    target: str  # the question id or the value id
    label: str  # "3-2" for a question, "" for a value
    text: dict[str, str]
    help: dict[str, str]


def item_for(session: Session, item_id: str) -> Item:
    """The item with this id; KeyError when the session has no such question or value."""
    qset = session.question_set
    if item_id.startswith(VALUE_PREFIX):
        value = qset.value(item_id[len(VALUE_PREFIX):])
        return Item(item_id, "weight", value.id, "", dict(value.title), dict(value.description))
    question = qset.question(item_id)
    return Item(item_id, "question", question.id, qset.question_number(question.id),
                dict(question.text), dict(question.help))


def item_order(session: Session) -> list[str]:
    """Every item in workshop order: the four values first, then the questions field by field."""
    qset = session.question_set
    return [VALUE_PREFIX + v.id for v in qset.values] + [q.id for q in qset.questions()]


def public_item(item: Item) -> dict[str, Any]:
    """What a phone is told about an item: its texts, never anything about the session's people."""
    return {"id": item.id, "kind": item.kind, "label": item.label, "text": item.text, "help": item.help}


def voice_list(session: Session) -> list[dict[str, str]]:
    """The parties a phone can speak for, by id and name."""
    return [{"id": v.id, "name": v.name, "kind": v.kind} for v in session.voices]
