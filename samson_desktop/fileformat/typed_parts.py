"""A session's answers and measures as msgspec types that carry the schema's rules: decoding them checks them, in C.

What these types accept, the schema accepts ($defs/answer and $defs/measure): each rule here is the
schema's own or stricter. What they refuse (an unknown key, 7.0 written for 7, a ballot, null) sends
the file down the general path, which checks it in full and words every problem as always.
tests/test_typed_parts.py compares the rules with the schema's, one by one and with generated values.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

import msgspec
from msgspec import Meta, Struct

from ..core.model import Answer, Measure
from .codec import voice_scores

# JSON Schema's "$" is Python's "\Z" (fastjsonschema translates it the same way): "$" would let a final newline in.
IDENT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}\Z"
DATE_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\Z"

Score = Annotated[int, Meta(ge=1, le=10)]
#: A voice's score may be the mean of its phone ballots.
MeanScore = Annotated[float, Meta(ge=1, le=10)]
Key = Annotated[str, Meta(max_length=120)]
Note = Annotated[str, Meta(max_length=20000)]


# A default of None stands for an absent key. None is not among the field types, so a null in the file
# is refused, as the schema refuses it. Mutable defaults would be copied for every object decoded.
class AnswerPart(Struct, forbid_unknown_fields=True, gc=False):
    """One answer as written in the file."""

    consensus: Score = None
    voices: Annotated[dict[Key, Union[Score, MeanScore]], Meta(max_length=200)] = None
    not_applicable: bool = False
    # uniqueItems is checked by answers_fit: msgspec has no rule for it.
    not_applicable_voices: Annotated[list[Key], Meta(max_length=200)] = None
    note: Note = ""


class MeasurePart(Struct, forbid_unknown_fields=True, gc=False):
    """One measure as written in the file."""

    id: Annotated[str, Meta(pattern=IDENT_PATTERN)]
    question_id: Key
    text: Annotated[str, Meta(max_length=5000)]
    status: Literal["proposed", "agreed", "in_progress", "done", "dropped"]
    quadrant: Literal["more-known", "more-new", "less-known", "less-new"] = None
    owner: Annotated[str, Meta(max_length=300)] = None
    due: Annotated[str, Meta(pattern=DATE_PATTERN)] = None
    note: Note = ""


Answers = Annotated[dict[Key, AnswerPart], Meta(max_length=2000)]
Measures = Annotated[list[MeasurePart], Meta(max_length=10000)]


class PartsDecoder:
    """Decodes the answers and the measures of a file; raises msgspec.DecodeError (a ValueError) for anything else."""

    def __init__(self) -> None:
        self._answers = msgspec.json.Decoder(Answers)
        self._measures = msgspec.json.Decoder(Measures)

    def answers(self, data: bytes | msgspec.Raw) -> dict[str, AnswerPart]:
        return self._answers.decode(data)

    def measures(self, data: bytes | msgspec.Raw) -> list[MeasurePart]:
        return self._measures.decode(data)


def answers_fit(answers: dict[str, AnswerPart], question_ids: set[str] | frozenset[str],
                voice_ids: set[str]) -> bool:
    """The rules beyond the types: each answer is for a question of the set, names only the session's
    voices, and marks each voice not relevant at most once and only when it gave no score."""
    for question_id, part in answers.items():
        if question_id not in question_ids:
            return False
        scored = part.voices
        if scored and not scored.keys() <= voice_ids:
            return False
        unscored = part.not_applicable_voices
        if unscored and (len(set(unscored)) != len(unscored) or not voice_ids.issuperset(unscored)
                         or (scored and not scored.keys().isdisjoint(unscored))):
            return False
    return True


def measures_fit(measures: list[MeasurePart], question_ids: set[str] | frozenset[str]) -> bool:
    """Each measure has an id of its own and belongs to a question of the set."""
    if len({m.id for m in measures}) != len(measures):
        return False
    return all(m.question_id in question_ids for m in measures)


def answer_models(answers: dict[str, AnswerPart]) -> dict[str, Answer]:
    """The model's answers, as codec.session_from_dict makes them from the same document."""
    return {question_id: Answer(
        consensus=part.consensus,
        voices=voice_scores(part.voices) if part.voices else {},
        not_applicable=part.not_applicable,
        note=part.note,
        not_applicable_voices=tuple(part.not_applicable_voices) if part.not_applicable_voices else (),
    ) for question_id, part in answers.items()}


def measure_models(measures: list[MeasurePart]) -> list[Measure]:
    """The model's measures, as codec.session_from_dict makes them from the same document."""
    return [Measure(id=m.id, question_id=m.question_id, text=m.text, quadrant=m.quadrant, status=m.status,
                    owner=m.owner, due=m.due, note=m.note) for m in measures]
