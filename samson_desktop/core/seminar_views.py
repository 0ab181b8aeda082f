"""What a peer-learning seminar shows: per-case shared views and the pooled picture, holding shared data only.

Every object here is built by ``core.seminar.build_seminar`` from the sessions and the sharing
choices, and holds nothing a case chose to keep to itself: no session, no file name, no place or
facilitator, no hidden name, note, owner or party name. The deck and the window read these
objects only, so what they cannot see they cannot show.
"""

from __future__ import annotations

from msgspec import Struct

#: How the room sees a case's name: "Sak A"/"Case A", a name the case chose, or its real name.
NAME_ALIAS, NAME_CHOSEN, NAME_REAL = "alias", "chosen", "real"
NAME_CHOICES: tuple[str, ...] = (NAME_ALIAS, NAME_CHOSEN, NAME_REAL)
#: What a case's barriers are ranked by: the gap (importance − score), or the score where no value was weighted.
BY_GAP, BY_SCORE = "gap", "score"


class SharedQuestion(Struct, frozen=True):
    """One question of a case, as the case's own question set words it."""

    #: The question id; ids name questions of the set, never the case.
    id: str
    #: "3-2": field 3, question 2 of the case's own set.
    number: str
    text: str
    score: float | None
    importance: float | None
    gap: float | None
    #: max − min of the parties' scores; None without two party scores.
    spread: float | None
    not_applicable: bool
    #: False when no other case's reference set has this question id (it cannot be compared question by question).
    matched: bool
    #: The note from the discussion; "" unless the case shares its notes.
    note: str = ""


class SharedField(Struct, frozen=True):
    """One action field of a case under the seminar's common field key."""

    #: The seminar's field key (the reference set's field id).
    key: str
    number: int
    #: The field's title in the seminar language, from the reference set.
    title: str
    score: float | None
    importance: float | None
    gap: float | None
    answered: int
    not_applicable: int
    #: How many questions the case's set has in this field (0 when the case has no such field).
    questions: int
    #: The score at the case's earlier time point, when the case shows change; else None.
    earlier: float | None = None
    #: score − earlier where both exist.
    delta: float | None = None
    #: The case's own questions of this field, in its set's order.
    question_scores: tuple[SharedQuestion, ...] = ()


class SharedMeasure(Struct, frozen=True):
    """A measure a case shares: what it does, where, and (only when shared) who owns it."""

    text: str
    #: The seminar field key of the measure's question.
    field_key: str
    question_number: str
    question_text: str
    quadrant: str | None
    status: str
    #: None unless the case shares measure owners ("" when shared but empty).
    owner: str | None = None
    #: The follow-up note; "" unless the case shares its notes.
    note: str = ""


class SharedParty(Struct, frozen=True):
    """One party (voice) of a case: its name only when the case shares party names, else its kind, numbered."""

    label: str
    kind: str
    #: Mean score per field, in the seminar's field order; None where the party scored nothing there.
    means: tuple[float | None, ...]
    #: How many questions of each field the party scored.
    counts: tuple[int, ...]


class FieldDivergence(Struct, frozen=True):
    """How far a case's parties differ in one field (seed 002: parties inside a case saw some themes differently)."""

    key: str
    #: max − min of the parties' field means; None with fewer than two parties scoring the field.
    spread: float | None
    #: The mean of the per-question spreads in the field (questions with two or more party scores).
    question_spread: float | None
    #: Labels of the parties with the highest and the lowest field mean.
    highest: tuple[str, ...]
    lowest: tuple[str, ...]
    #: Parties with a mean in this field.
    parties: int


class Barrier(Struct, frozen=True):
    """One of a case's largest gaps: where it scores low on what it weights high."""

    field_key: str
    question_number: str
    question_text: str
    score: float | None
    importance: float | None
    gap: float | None


class CaseMatching(Struct, frozen=True):
    """What of a case's question set could not be matched to the seminar's reference set."""

    #: (the case's field number, its title) of fields matched by number because their ids differ.
    fields_by_number: tuple[tuple[int, str], ...] = ()
    #: (number, title) of the case's fields that match no reference field by id or number.
    fields_unmatched: tuple[tuple[int, str], ...] = ()
    #: (number, text) of the case's questions whose id is not in the reference set.
    questions_only_here: tuple[tuple[str, str], ...] = ()
    #: How many reference questions this case's set does not have.
    questions_missing: int = 0

    @property
    def complete(self) -> bool:
        return not (self.fields_by_number or self.fields_unmatched or self.questions_only_here
                    or self.questions_missing)


class SharedCase(Struct, frozen=True):
    """Everything the room may see of one case, with its name or alias already applied."""

    #: Position in the seminar, from 0; the alias letter follows it.
    index: int
    #: The name the room sees: the alias, the chosen name or the real name.
    label: str
    #: "Sak A" / "Case A", whatever the label: a short tag for charts and keys.
    alias: str
    #: True when ``label`` is the alias (the case is anonymous).
    anonymous: bool
    #: One label per time point shown, earliest first: the session's own label only with the real name.
    time_labels: tuple[str, ...]
    overall: float | None
    #: The overall score at the earlier time point, when the case shows change.
    earlier_overall: float | None
    #: The seven fields in the seminar's order.
    fields: tuple[SharedField, ...]
    #: Whether the case shares its measures; ``measures`` is empty when it does not.
    measures_shared: bool
    measures: tuple[SharedMeasure, ...]
    notes_shared: bool
    parties: tuple[SharedParty, ...]
    #: Per field, in the seminar's order; empty without two parties.
    divergence: tuple[FieldDivergence, ...]
    barriers: tuple[Barrier, ...]
    #: BY_GAP, or BY_SCORE when the case weighted no value (so it has no gaps).
    barriers_by: str
    matching: CaseMatching

    @property
    def shows_change(self) -> bool:
        return len(self.time_labels) > 1

    @property
    def profile(self) -> tuple[float | None, ...]:
        """The field scores in the seminar's field order (for radars and bars)."""
        return tuple(f.score for f in self.fields)

    def field(self, key: str) -> SharedField:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def strongest(self, count: int = 2) -> list[SharedField]:
        """The fields with the highest scores, best first (ties in field order)."""
        scored = [f for f in self.fields if f.score is not None]
        return sorted(scored, key=lambda f: -f.score)[:count]  # type: ignore[operator]

    def weakest(self, count: int = 2) -> list[SharedField]:
        """The fields with the lowest scores, lowest first, never one already among the strongest."""
        strong = {f.key for f in self.strongest(count)}
        scored = [f for f in self.fields if f.score is not None and f.key not in strong]
        return sorted(scored, key=lambda f: f.score)[:count]  # type: ignore[arg-type, return-value]

    def notes(self) -> list[tuple[str, str, str]]:
        """(question number, question text, note) of every shared note, in set order."""
        return [(q.number, q.text, q.note) for f in self.fields for q in f.question_scores if q.note]


class CaseDot(Struct, frozen=True):
    """One case's score in one field: a dot on the pooled 1–10 line."""

    case: int
    label: str
    score: float | None
    answered: int


class FieldPicture(Struct, frozen=True):
    """The pooled picture of one field: every case's score, in case order."""

    key: str
    number: int
    title: str
    dots: tuple[CaseDot, ...]

    def ranked(self) -> list[CaseDot]:
        """Dots with a score, highest first (ties in case order)."""
        return sorted((d for d in self.dots if d.score is not None), key=lambda d: -d.score)  # type: ignore[operator]

    @property
    def mean(self) -> float | None:
        scores = [d.score for d in self.dots if d.score is not None]
        return sum(scores) / len(scores) if scores else None


class Tip(Struct, frozen=True):
    """A shared measure of a case that scores high in a field: "what they do"."""

    case: int
    label: str
    score: float | None
    measure: SharedMeasure


class FieldTips(Struct, frozen=True):
    """For one field: the strongest cases and what they do (their shared measures in that field)."""

    key: str
    number: int
    title: str
    #: (case index, label, score) of the highest-scoring cases, best first.
    strong: tuple[tuple[int, str, float], ...]
    tips: tuple[Tip, ...]
    #: Labels of strong cases that do not share their measures.
    withheld: tuple[str, ...]


class Seminar(Struct, frozen=True):
    """The whole seminar as the room sees it: shared case views, the pooled fields and the tips."""

    language: str
    title: str
    cases: tuple[SharedCase, ...]
    fields: tuple[FieldPicture, ...]
    tips: tuple[FieldTips, ...]
    #: True when the cases used more than one question set (see each case's ``matching``).
    mixed_sets: bool

    @property
    def shows_change(self) -> bool:
        return any(c.shows_change for c in self.cases)

    def field_titles(self) -> list[str]:
        return [f"{f.number} {f.title}" for f in self.fields]

    def case(self, index: int) -> SharedCase:
        return self.cases[index]

    def unmatched(self) -> list[SharedCase]:
        """The cases with something that could not be matched to the reference set."""
        return [c for c in self.cases if not c.matching.complete]
