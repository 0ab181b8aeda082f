"""Value types for question sets and sessions: what a workshop records, without any behaviour of I/O."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Mapping

from msgspec import Struct, field

from .character import Character

#: A text in several languages, keyed by language code ("nb", "en").
LocalText = Mapping[str, str]


def localized(text: LocalText | None, language: str) -> str:
    """The text in ``language``, else in the first language present, else ""."""
    if not text:
        return ""
    if language in text:
        return text[language]
    return next(iter(text.values()), "")


class Value(Struct, frozen=True):
    """One of the four values the group weights, such as openness or shared ownership."""

    id: str
    title: LocalText
    description: LocalText = field(default_factory=dict)


class Question(Struct, frozen=True):
    """One question of an action field, with how strongly it bears on each value."""

    id: str
    text: LocalText
    help: LocalText
    #: value id -> link strength in [0, 1]
    values: Mapping[str, float]


class Field(Struct, frozen=True):
    """One of the seven action fields and its questions, in order."""

    id: str
    number: int
    title: LocalText
    description: LocalText
    questions: tuple[Question, ...]


class QuestionSet(Struct, frozen=True, dict=True):
    """The values, action fields and questions a session is answered against.

    Two question sets are equal when their content is: the ``source`` they were read from is left
    out (``__eq__``). The instance ``dict`` holds the lookup from question id to field, made on first use.
    """

    id: str
    version: str
    title: LocalText
    values: tuple[Value, ...]
    fields: tuple[Field, ...]
    #: The question set exactly as read, written back unchanged so unknown keys survive.
    source: Mapping[str, Any] = field(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QuestionSet):
            return NotImplemented
        return (self.id, self.version, self.title, self.values, self.fields) == (
            other.id, other.version, other.title, other.values, other.fields)

    __hash__ = None  # type: ignore[assignment] - equal sets may differ in source; dicts inside anyway

    def __repr__(self) -> str:
        return f"QuestionSet(id={self.id!r}, version={self.version!r}, {len(self.questions())} questions)"

    @cached_property
    def _lookup(self) -> dict[str, tuple[Field, Question, int]]:
        return {q.id: (f, q, position) for f in self.fields for position, q in enumerate(f.questions, 1)}

    def questions(self) -> list[Question]:
        return [q for f in self.fields for q in f.questions]

    def question(self, question_id: str) -> Question:
        return self._lookup[question_id][1]

    def field_of(self, question_id: str) -> Field:
        return self._lookup[question_id][0]

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def value(self, value_id: str) -> Value:
        for v in self.values:
            if v.id == value_id:
                return v
        raise KeyError(value_id)

    def has_question(self, question_id: str) -> bool:
        return question_id in self._lookup

    def question_number(self, question_id: str) -> str:
        """The label used on charts and in reports, e.g. "3-2" for field 3, question 2."""
        fld, _question, position = self._lookup[question_id]
        return f"{fld.number}-{position}"


class Voice(Struct, frozen=True):
    """A party whose scores are recorded separately: the municipality, a social enterprise, a participant, …"""

    id: str
    name: str
    kind: str
    extra: Mapping[str, Any] = field(default_factory=dict)


class Answer(Struct, frozen=True):
    """The group's answer to one question: a consensus score, the voices' scores, or not relevant."""

    consensus: int | None = None
    #: voice id -> score
    voices: Mapping[str, int] = field(default_factory=dict)
    not_applicable: bool = False
    note: str = ""
    #: Voices that answered "not relevant / don't know": they have answered, but with no score.
    not_applicable_voices: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def effective_score(self) -> float | None:
        """Consensus where set, else the mean of the voice scores; None when not relevant or empty."""
        if self.not_applicable:
            return None
        if self.consensus is not None:
            return float(self.consensus)
        if self.voices:
            return sum(self.voices.values()) / len(self.voices)
        return None

    @property
    def spread(self) -> float | None:
        """max − min of the voice scores, None without voice scores."""
        if not self.voices:
            return None
        scores = self.voices.values()
        return float(max(scores) - min(scores))

    def is_empty(self) -> bool:
        return (
            self.consensus is None
            and not self.voices
            and not self.not_applicable
            and not self.not_applicable_voices
            and not self.note
            and not self.extra
        )


class Measure(Struct, frozen=True):
    """A proposed measure, noted at a question, with its quadrant, status, owner, due date and follow-up note.

    ``quadrant`` is None until the facilitator places the measure in the matrix ("not placed yet").
    """

    id: str
    question_id: str
    text: str
    quadrant: str | None = None
    status: str = "proposed"
    owner: str | None = None
    due: str | None = None
    note: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


class Explanation(Struct, frozen=True):
    """The group's words on why a field or question score changed since an earlier time point."""

    #: "field" or "question"
    kind: str
    #: The field or question id.
    target: str
    text: str
    #: The session_id of the earlier session the change is measured from; "" for the one referred to.
    since: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


class Collaboration(Struct, frozen=True):
    """The collaboration a session is about."""

    name: str
    description: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


class TimePoint(Struct, frozen=True):
    """When and where a session took place (T1, T2, …) and in which phase of the collaboration."""

    label: str = ""
    date: str | None = None
    place: str = ""
    phase: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


class CarriedMeasure(Struct, frozen=True):
    """A measure carried over from the earlier time point: its id and its status back then."""

    id: str
    status: str


class EarlierRef(Struct, frozen=True):
    """The earlier time point a session follows on from, and the measures carried over from it."""

    session_id: str
    label: str = ""
    date: str | None = None
    carried: tuple[CarriedMeasure, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


class Session(Struct):
    """One workshop: the collaboration at one time point, with its embedded question set."""

    session_id: str
    created_at: str
    modified_at: str
    language: str
    collaboration: Collaboration
    time_point: TimePoint
    question_set: QuestionSet
    facilitator: str = ""
    app_version: str = ""
    voices: list[Voice] = field(default_factory=list)
    #: value id -> weight 1..10; a value not yet weighted is absent
    weights: dict[str, int] = field(default_factory=dict)
    answers: dict[str, Answer] = field(default_factory=dict)
    measures: list[Measure] = field(default_factory=list)
    #: Leave participant names out of reports and exports (docs/voices.md, "Anonymity").
    anonymous_report: bool = False
    #: The character of the collaboration (seed 002); None until the group records it.
    character: Character | None = None
    #: Parties or groups the collaboration leaves out, as the group names them.
    left_out: list[str] = field(default_factory=list)
    #: Why scores changed since an earlier time point (stored in the later session).
    explanations: list[Explanation] = field(default_factory=list)
    #: When the earlier time point's answers show on the question pages: "after_answer" or "on_key".
    earlier_reveal: str = "after_answer"
    #: The earlier time point this session follows on from; None for a first time point.
    earlier: EarlierRef | None = None
    #: Unknown top-level keys from a newer minor format version, written back as read.
    extra: dict[str, Any] = field(default_factory=dict)

    def answer(self, question_id: str) -> Answer:
        return self.answers.get(question_id) or Answer()

    def voice(self, voice_id: str) -> Voice:
        for v in self.voices:
            if v.id == voice_id:
                return v
        raise KeyError(voice_id)
