"""A case's sharing choices, and the shared view built from them: only what the case shares, alias applied."""

from __future__ import annotations

from typing import Sequence

from msgspec import Struct, field

from .model import Answer, QuestionSet, Session, localized
from .scoring import SessionScores, profile, score_session
from .seminar_match import FieldMap
from .seminar_views import (
    BY_GAP,
    BY_SCORE,
    NAME_ALIAS,
    NAME_CHOICES,
    NAME_CHOSEN,
    NAME_REAL,
    Barrier,
    FieldDivergence,
    SharedCase,
    SharedField,
    SharedMeasure,
    SharedParty,
    SharedQuestion,
)
from .participants import PARTICIPANT
from .voices import ShownVoice, display_voices, field_spreads, voice_field_profiles

#: How many of a case's largest gaps are its barriers.
BARRIER_COUNT = 3

_WORDS = {
    "nb": {"alias": "Sak {letter}", "time": "Tidspunkt {n}", "municipality": "Kommune",
           "social_enterprise": "Sosial entreprenør", "voluntary": "Frivillig organisasjon",
           "citizen": "Innbyggere/brukere", "business": "Næringsliv", "participant": "Deltaker",
           "other": "Annet"},
    "en": {"alias": "Case {letter}", "time": "Time point {n}", "municipality": "Municipality",
           "social_enterprise": "Social enterprise", "voluntary": "Voluntary organisation",
           "citizen": "Citizens/users", "business": "Business", "participant": "Participant",
           "other": "Other"},
}


def _word(key: str, language: str) -> str:
    return _WORDS.get(language, _WORDS["en"])[key]


class Sharing(Struct, frozen=True):
    """What one case shares with the room. The defaults are the anonymous ones (``--anonymise``):
    an alias, no notes, no party names, and measures without their owners."""

    #: NAME_ALIAS ("Sak A"), NAME_CHOSEN (``chosen_name``) or NAME_REAL (the collaboration's name).
    name: str = NAME_ALIAS
    chosen_name: str = ""
    notes: bool = False
    measures: bool = True
    measure_owners: bool = False
    party_names: bool = False

    def __post_init__(self) -> None:
        if self.name not in NAME_CHOICES:
            raise ValueError(f"name must be one of {NAME_CHOICES}, not {self.name!r}")

    @property
    def anonymous(self) -> bool:
        """True when the room sees the alias (a chosen name left empty counts as the alias)."""
        return self.name == NAME_ALIAS or (self.name == NAME_CHOSEN and not self.chosen_name.strip())


#: The anonymous defaults, applied to every case by ``samson seminar --anonymise``.
ANONYMISED = Sharing()


class CaseInput(Struct, frozen=True):
    """One case as the organiser picked it: one session, or the latest two (earliest first), and its choices."""

    sessions: tuple[Session, ...]
    sharing: Sharing = field(default_factory=Sharing)

    def __post_init__(self) -> None:
        if not 1 <= len(self.sessions) <= 2:
            raise ValueError("a case has one or two sessions")

    @property
    def latest(self) -> Session:
        return self.sessions[-1]


def alias_letter(index: int) -> str:
    """A, B, … Z, AA, AB, …: spreadsheet column letters for the 0-based ``index``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def alias(index: int, language: str) -> str:
    """"Sak A" / "Case A"."""
    return _word("alias", language).format(letter=alias_letter(index))


def party_labels(shown: Sequence[ShownVoice], names: bool, language: str) -> list[str]:
    """The parties' labels: their names, or their kinds ("Kommune", "Deltaker 2"), numbered within a kind
    when a kind occurs more than once. A merged participants row is never a name and keeps its label."""
    if names:
        return [v.label for v in shown]
    kinds = [v.kind for v in shown if not v.merged]
    counters: dict[str, int] = {}
    out = []
    for voice in shown:
        if voice.merged:
            out.append(voice.label)
            continue
        word = _word(voice.kind if voice.kind in _WORDS["en"] else "other", language)
        counters[voice.kind] = counters.get(voice.kind, 0) + 1
        many = kinds.count(voice.kind) > 1 or voice.kind == PARTICIPANT
        out.append(f"{word} {counters[voice.kind]}" if many else word)
    return out


def _questions(session: Session, scores: SessionScores, fmap_keys: dict[str, str], reference: QuestionSet,
               own_field_id: str, share_notes: bool, language: str) -> tuple[SharedQuestion, ...]:
    out = []
    fld = session.question_set.field(own_field_id)
    for question in fld.questions:
        qs = scores.question(question.id)
        answer: Answer = session.answer(question.id)
        out.append(SharedQuestion(
            id=question.id, number=qs.number, text=localized(question.text, language), score=qs.score,
            importance=qs.importance, gap=qs.gap, spread=qs.spread, not_applicable=qs.not_applicable,
            matched=reference.has_question(question.id) and own_field_id in fmap_keys,
            note=answer.note if share_notes else "",
        ))
    return tuple(out)


def _fields(case: CaseInput, scores: SessionScores, fmap: FieldMap, earlier_map: FieldMap | None,
            reference: QuestionSet, language: str) -> tuple[SharedField, ...]:
    latest = case.latest
    own_by_key = {key: own for own, key in fmap.keys.items()}
    earlier_scores: dict[str, float | None] = {}
    if earlier_map is not None:
        earlier_profile, _overall = profile(case.sessions[0])
        earlier_scores = {earlier_map.keys[p.id]: p.score for p in earlier_profile if p.id in earlier_map.keys}
    out = []
    for ref_field in reference.fields:
        title = localized(ref_field.title, language)
        own = own_by_key.get(ref_field.id)
        earlier = earlier_scores.get(ref_field.id)
        if own is None:
            out.append(SharedField(ref_field.id, ref_field.number, title, None, None, None, 0, 0, 0, earlier))
            continue
        fs = scores.field(own)
        delta = fs.score - earlier if fs.score is not None and earlier is not None else None
        out.append(SharedField(
            key=ref_field.id, number=ref_field.number, title=title, score=fs.score,
            importance=fs.importance, gap=fs.gap, answered=fs.answered, not_applicable=fs.not_applicable,
            questions=fs.questions, earlier=earlier, delta=delta,
            question_scores=_questions(latest, scores, fmap.keys, reference, own, case.sharing.notes, language),
        ))
    return tuple(out)


def _measures(case: CaseInput, fmap: FieldMap, language: str) -> tuple[SharedMeasure, ...]:
    if not case.sharing.measures:
        return ()
    session = case.latest
    qset = session.question_set
    out = []
    for m in session.measures:
        if not qset.has_question(m.question_id):
            continue
        own_field = qset.field_of(m.question_id)
        out.append(SharedMeasure(
            text=m.text, field_key=fmap.keys.get(own_field.id, ""),
            question_number=qset.question_number(m.question_id),
            question_text=localized(qset.question(m.question_id).text, language),
            quadrant=m.quadrant, status=m.status,
            owner=(m.owner or "") if case.sharing.measure_owners else None,
            note=m.note if case.sharing.notes else "",
        ))
    return tuple(out)


def _parties(session: Session, fmap: FieldMap, reference: QuestionSet, sharing: Sharing,
             language: str) -> tuple[tuple[SharedParty, ...], tuple[FieldDivergence, ...]]:
    # The session's own anonymity choice still holds: its participants stay merged.
    shown = display_voices(session, anonymous=session.anonymous_report, language=language)
    if not shown:
        return (), ()
    labels = party_labels(shown, sharing.party_names, language)
    own_by_key = {key: own for own, key in fmap.keys.items()}
    order = [own_by_key.get(f.id) for f in reference.fields]
    parties = []
    for label, prof in zip(labels, voice_field_profiles(session, shown)):
        by_own = {fm.field_id: fm for fm in prof.fields}
        means = tuple(by_own[o].mean if o in by_own else None for o in order)
        counts = tuple(by_own[o].n if o in by_own else 0 for o in order)
        parties.append(SharedParty(label, prof.voice.kind, means, counts))
    if len(parties) < 2:
        return tuple(parties), ()
    spreads = {s.field_id: s.mean_spread for s in field_spreads(session)}
    divergence = []
    for position, ref_field in enumerate(reference.fields):
        present = [(p.label, p.means[position]) for p in parties if p.means[position] is not None]
        values = [m for _label, m in present]
        high = max(values) if values else None
        low = min(values) if values else None
        divergence.append(FieldDivergence(
            key=ref_field.id,
            spread=(high - low) if len(values) >= 2 else None,  # type: ignore[operator]
            question_spread=spreads.get(order[position]) if order[position] else None,
            highest=tuple(label for label, m in present if m == high) if len(values) >= 2 else (),
            lowest=tuple(label for label, m in present if m == low) if len(values) >= 2 else (),
            parties=len(values),
        ))
    return tuple(parties), tuple(divergence)


def _barriers(session: Session, scores: SessionScores, fmap: FieldMap, language: str) -> tuple[tuple[Barrier, ...], str]:
    qset = session.question_set
    by_gap = [scores.question(qid) for qid in scores.priority]
    if any(q.importance is not None for q in scores.questions):
        chosen, basis = [q for q in by_gap if q.gap is not None and q.gap > 0][:BARRIER_COUNT], BY_GAP
    else:
        scored = [q for q in scores.questions if q.score is not None]
        chosen, basis = sorted(scored, key=lambda q: q.score)[:BARRIER_COUNT], BY_SCORE  # type: ignore[arg-type, return-value]
    return tuple(
        Barrier(fmap.keys.get(q.field, ""), q.number, localized(qset.question(q.id).text, language),
                q.score, q.importance, q.gap)
        for q in chosen
    ), basis


def _time_labels(case: CaseInput, language: str) -> tuple[str, ...]:
    if not case.sharing.anonymous and case.sharing.name == NAME_REAL:
        own = tuple(s.time_point.label.strip() for s in case.sessions)
        if all(own):
            return own
    return tuple(_word("time", language).format(n=n) for n in range(1, len(case.sessions) + 1))


def case_label(case: CaseInput, index: int, language: str) -> str:
    """The name the room sees for ``case``."""
    sharing = case.sharing
    if sharing.anonymous:
        return alias(index, language)
    if sharing.name == NAME_CHOSEN:
        return sharing.chosen_name.strip()
    return case.latest.collaboration.name.strip() or alias(index, language)


def share_case(case: CaseInput, index: int, fmap: FieldMap, earlier_map: FieldMap | None,
               reference: QuestionSet, language: str) -> SharedCase:
    """The shared view of one case: built field by field from what the sharing choices allow, and nothing else."""
    latest = case.latest
    scores = score_session(latest)
    parties, divergence = _parties(latest, fmap, reference, case.sharing, language)
    barriers, basis = _barriers(latest, scores, fmap, language)
    earlier_overall = profile(case.sessions[0])[1] if len(case.sessions) > 1 else None
    return SharedCase(
        index=index,
        label=case_label(case, index, language),
        alias=alias(index, language),
        anonymous=case.sharing.anonymous,
        time_labels=_time_labels(case, language),
        overall=scores.overall,
        earlier_overall=earlier_overall,
        fields=_fields(case, scores, fmap, earlier_map, reference, language),
        measures_shared=case.sharing.measures,
        measures=_measures(case, fmap, language),
        notes_shared=case.sharing.notes,
        parties=parties,
        divergence=divergence,
        barriers=barriers,
        barriers_by=basis,
        matching=fmap.matching,
    )
