"""Voices in numbers: per-question statistics, divergence, group differences, profiles and anonymity."""

from __future__ import annotations

from itertools import combinations
from statistics import fmean, median
from typing import Iterable, Sequence

from msgspec import Struct
from msgspec.structs import replace

from .model import Answer, Session
from .participants import PARTICIPANT, participant_label, voice_word

#: The key of the one row that stands for all participants when names are left out.
MERGED_PARTICIPANTS = "participants"
#: A merged participants row needs at least this many people, so it never shows one person alone.
MIN_MERGED = 2


# --- anonymity ---------------------------------------------------------------------------

class ShownVoice(Struct, frozen=True):
    """One voice as a report or chart shows it: a real voice, or all participants merged into one."""

    key: str
    label: str
    kind: str
    #: The session voices behind this row (one, or every participant when merged).
    voice_ids: tuple[str, ...]
    #: Position among the shown voices: picks colour and line style on charts.
    index: int

    @property
    def merged(self) -> bool:
        return self.key == MERGED_PARTICIPANTS

    def score(self, answer: Answer | None) -> float | None:
        """This row's score on one answer: the voice's score, or the mean of the merged voices'."""
        if answer is None:
            return None
        present = [answer.voices[v] for v in self.voice_ids if v in answer.voices]
        return fmean(present) if present else None

    def not_relevant(self, answer: Answer | None) -> bool:
        """Whether this row answered "not relevant" on ``answer``: every voice behind it did."""
        if answer is None or not answer.not_applicable_voices:
            return False
        return all(v in answer.not_applicable_voices for v in self.voice_ids)


def voice_labels(session: Session, anonymous: bool, language: str | None = None) -> dict[str, str]:
    """voice id -> the label to print. With ``anonymous``, participants become "Participant 1…n".

    Stakeholder groups keep their names either way: they name an organisation, not a person.
    A voice with an empty name gets a numbered label so no row is ever blank.
    """
    language = language or session.language
    labels: dict[str, str] = {}
    participant_number = 0
    for position, voice in enumerate(session.voices, 1):
        if voice.kind == PARTICIPANT:
            participant_number += 1
            if anonymous or not voice.name.strip():
                labels[voice.id] = participant_label(participant_number, language)
                continue
        labels[voice.id] = voice.name.strip() or voice_word("voice", language, position)
    return labels


def display_voices(session: Session, anonymous: bool, language: str | None = None) -> list[ShownVoice]:
    """The voices to show one by one in per-voice views (profiles, charts, per-voice columns).

    Without anonymity: every voice under its name. With anonymity: stakeholder groups under
    their names; the single-person voices (kind "participant") are not shown separately but
    merged into one "Participants (n)" row, where the row's score on a question is the mean of
    the participants' scores. With fewer than ``MIN_MERGED`` participants the merged row would be
    one person again, so it is left out.
    """
    language = language or session.language
    labels = voice_labels(session, anonymous, language)
    participants = [v.id for v in session.voices if v.kind == PARTICIPANT]
    shown: list[ShownVoice] = []
    merged_done = False
    for voice in session.voices:
        if anonymous and voice.kind == PARTICIPANT:
            if merged_done or len(participants) < MIN_MERGED:
                continue
            merged_done = True
            shown.append(ShownVoice(MERGED_PARTICIPANTS, voice_word("participants", language, len(participants)),
                                    PARTICIPANT, tuple(participants), len(shown)))
            continue
        shown.append(ShownVoice(voice.id, labels[voice.id], voice.kind, (voice.id,), len(shown)))
    return shown


# --- one question ------------------------------------------------------------------------

class QuestionVoices(Struct, frozen=True):
    """The voices on one question: each voice's score and what they add up to."""

    question_id: str
    number: str
    #: (voice id, score) in the order of the session's voices.
    scores: tuple[tuple[str, int], ...]
    consensus: int | None
    not_applicable: bool
    #: Voices that answered "not relevant / don't know", in the order of the session's voices:
    #: answered, but left out of the mean, median and spread.
    not_relevant: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        """Voices with a score: the n behind the mean and spread."""
        return len(self.scores)

    @property
    def answered(self) -> int:
        """Voices that answered at all: with a score or "not relevant"."""
        return len(self.scores) + len(self.not_relevant)

    @property
    def mean(self) -> float | None:
        return fmean(s for _v, s in self.scores) if self.scores else None

    @property
    def median(self) -> float | None:
        return float(median(s for _v, s in self.scores)) if self.scores else None

    @property
    def spread(self) -> float | None:
        """max − min of the voice scores; None without voice scores."""
        if not self.scores:
            return None
        values = [s for _v, s in self.scores]
        return float(max(values) - min(values))

    @property
    def effective(self) -> float | None:
        """The score that counts: the consensus where set, else the mean (PRODUCT.md, "Voices")."""
        if self.not_applicable:
            return None
        if self.consensus is not None:
            return float(self.consensus)
        return self.mean

    @property
    def lowest(self) -> tuple[str, ...]:
        """The voices that gave the lowest score (several on a tie)."""
        if not self.scores:
            return ()
        low = min(s for _v, s in self.scores)
        return tuple(v for v, s in self.scores if s == low)

    @property
    def highest(self) -> tuple[str, ...]:
        if not self.scores:
            return ()
        high = max(s for _v, s in self.scores)
        return tuple(v for v, s in self.scores if s == high)

    def score_of(self, voice_id: str) -> int | None:
        for v, s in self.scores:
            if v == voice_id:
                return s
        return None


def question_voices(session: Session, question_id: str) -> QuestionVoices:
    answer = session.answer(question_id)
    order = [v.id for v in session.voices]
    known = [(vid, answer.voices[vid]) for vid in order if vid in answer.voices]
    # Scores of voices missing from the list cannot occur in a valid file; keep them last anyway.
    known += [(vid, s) for vid, s in answer.voices.items() if vid not in order]
    marked = set(answer.not_applicable_voices)
    not_relevant = [vid for vid in order if vid in marked]
    not_relevant += [vid for vid in answer.not_applicable_voices if vid not in order]
    return QuestionVoices(
        question_id=question_id,
        number=session.question_set.question_number(question_id),
        scores=tuple(known),
        consensus=answer.consensus,
        not_applicable=answer.not_applicable,
        not_relevant=tuple(not_relevant),
    )


def all_question_voices(session: Session) -> list[QuestionVoices]:
    """Every question of the set, in set order."""
    return [question_voices(session, q.id) for q in session.question_set.questions()]


# --- divergence --------------------------------------------------------------------------

class Divergence(Struct, frozen=True):
    rank: int
    question: QuestionVoices


def divergence(session: Session, limit: int | None = None) -> list[Divergence]:
    """The questions where the voices differ most: largest spread first.

    Ties go to the question more voices scored (a spread among four voices says more than
    among two), then to question-set order. Only questions with at least two voice scores and
    a spread above zero are listed; a question the group marked not relevant is left out, as
    it is left out of every mean.
    """
    ranked = []
    for position, qv in enumerate(all_question_voices(session)):
        if qv.not_applicable or qv.count < 2 or not qv.spread:
            continue
        ranked.append((-qv.spread, -qv.count, position, qv))
    ranked.sort(key=lambda item: item[:3])
    chosen = ranked if limit is None else ranked[:limit]
    return [Divergence(rank, item[3]) for rank, item in enumerate(chosen, 1)]


def divergence_ranks(session: Session) -> dict[str, int]:
    """question id -> its rank in the divergence list (questions not listed are absent)."""
    return {d.question.question_id: d.rank for d in divergence(session)}


# --- pairs of voices ---------------------------------------------------------------------

class PairDifference(Struct, frozen=True):
    first: ShownVoice
    second: ShownVoice
    #: Mean of |first − second| over the questions both scored.
    mean_abs: float
    #: Mean of first − second: positive when the first voice scores higher on average.
    mean_signed: float
    #: Questions both scored.
    n: int


def pair_differences(session: Session, shown: Sequence[ShownVoice] | None = None,
                     groups_only: bool = False) -> list[PairDifference]:
    """Pairs of voices that differ most on average, largest mean absolute difference first.

    The difference is taken question by question, over the questions both voices scored
    (not-relevant questions left out), so a voice that skipped half the questions is compared
    only where it spoke. Ties go to the pair with more questions in common, then voice order.
    ``groups_only`` keeps stakeholder groups and drops single participants.
    """
    if shown is None:
        shown = display_voices(session, anonymous=False)
    voices = [v for v in shown if not (groups_only and v.kind == PARTICIPANT)]
    answers = [a for a in (session.answers.get(q.id) for q in session.question_set.questions())
               if a is not None and not a.not_applicable and a.voices]
    out: list[PairDifference] = []
    for first, second in combinations(voices, 2):
        diffs = []
        for answer in answers:
            a, b = first.score(answer), second.score(answer)
            if a is not None and b is not None:
                diffs.append(a - b)
        if diffs:
            out.append(PairDifference(first, second, fmean(abs(d) for d in diffs), fmean(diffs), len(diffs)))
    out.sort(key=lambda p: (-p.mean_abs, -p.n, p.first.index, p.second.index))
    return out


# --- profiles ----------------------------------------------------------------------------

class FieldMean(Struct, frozen=True):
    field_id: str
    mean: float | None
    #: Questions in the field this voice scored.
    n: int


class VoiceProfile(Struct, frozen=True):
    voice: ShownVoice
    fields: tuple[FieldMean, ...]

    def means(self) -> list[float | None]:
        return [f.mean for f in self.fields]

    def counts(self) -> list[int]:
        return [f.n for f in self.fields]


def voice_field_profiles(session: Session, shown: Sequence[ShownVoice] | None = None) -> list[VoiceProfile]:
    """Each voice's mean score per field (fixed field order), with n; not-relevant questions left out."""
    if shown is None:
        shown = display_voices(session, anonymous=False)
    profiles = []
    for voice in shown:
        fields = []
        for fld in session.question_set.fields:
            scores = _voice_scores(session, voice, (q.id for q in fld.questions))
            present = [s for s in scores if s is not None]
            fields.append(FieldMean(fld.id, fmean(present) if present else None, len(present)))
        profiles.append(VoiceProfile(voice, tuple(fields)))
    return profiles


def voice_question_scores(session: Session, question_ids: Sequence[str], voice: ShownVoice) -> list[float | None]:
    """One voice's score on each of ``question_ids``: None where it gave none or the group said not relevant."""
    return _voice_scores(session, voice, question_ids)


def _voice_scores(session: Session, voice: ShownVoice, question_ids: Iterable[str]) -> list[float | None]:
    out: list[float | None] = []
    for qid in question_ids:
        answer = session.answers.get(qid)
        out.append(None if answer is None or answer.not_applicable else voice.score(answer))
    return out


# --- agreement ---------------------------------------------------------------------------

class FieldSpread(Struct, frozen=True):
    field_id: str
    #: Mean spread over the field's questions with at least two voice scores.
    mean_spread: float | None
    #: The largest single spread in the field.
    max_spread: float | None
    n: int


def field_spreads(session: Session) -> list[FieldSpread]:
    """How much the voices differ in each field, for the "agreement" view of the charts."""
    out = []
    for fld in session.question_set.fields:
        spreads = []
        for q in fld.questions:
            qv = question_voices(session, q.id)
            if not qv.not_applicable and qv.count >= 2:
                spreads.append(qv.spread or 0.0)
        out.append(FieldSpread(fld.id, fmean(spreads) if spreads else None,
                               max(spreads) if spreads else None, len(spreads)))
    return out


def widest(values: Sequence[float | None], top: int = 1) -> set[int]:
    """Positions of the ``top`` largest values above zero (all positions on a tie at the cut)."""
    present = sorted({v for v in values if v is not None and v > 0}, reverse=True)
    if not present:
        return set()
    cut = present[min(top, len(present)) - 1]
    return {i for i, v in enumerate(values) if v is not None and v >= cut}


def voices_complete(session: Session, question_id: str) -> bool:
    """Whether every voice of the session has answered the question: a score or "not relevant"."""
    answer = session.answer(question_id)
    given = set(answer.voices) | set(answer.not_applicable_voices)
    return bool(session.voices) and all(v.id in given for v in session.voices)


# --- one voice's answer ------------------------------------------------------------------

def with_voice_answer(answer: Answer, voice_id: str, score: int | None,
                      not_relevant: bool = False) -> Answer:
    """``answer`` with one voice's answer replaced: a score 1..10, "not relevant" (``not_relevant``,
    ``score`` ignored), or nothing at all (``score`` None). A voice holds one of the three only."""
    voices = {v: s for v, s in answer.voices.items() if v != voice_id}
    marked = tuple(v for v in answer.not_applicable_voices if v != voice_id)
    if not_relevant:
        marked += (voice_id,)
    elif score is not None:
        voices[voice_id] = score
    return replace(answer, voices=voices, not_applicable_voices=marked)
