"""The peer-learning seminar (seed 002: the cases met to learn from each other's profiles): build it from cases.

Usage::

    groups = group_cases(sessions, latest_two=False)          # indexes into ``sessions``, one tuple per case
    cases = [CaseInput(tuple(sessions[i] for i in g), Sharing()) for g in groups]
    seminar = build_seminar(cases, language="nb")             # raises SeminarError with fewer than two cases
    seminar.cases[0].label                                    # "Sak A" unless the case shares its name

``build_seminar`` returns a ``Seminar`` (core/seminar_views.py) that holds only what each case
shares; the deck and the window read nothing else. The names below are the whole API.
"""

from __future__ import annotations

from typing import Sequence

from .model import Session
from .portfolio import LINK_KEY, timeline_key
from .seminar_learning import field_tips, pooled_fields, strong_cases
from .seminar_match import FieldMap, map_fields, reference_set
from .seminar_share import ANONYMISED, BARRIER_COUNT, CaseInput, Sharing, alias, alias_letter, case_label, share_case
from .seminar_views import (
    BY_GAP,
    BY_SCORE,
    NAME_ALIAS,
    NAME_CHOICES,
    NAME_CHOSEN,
    NAME_REAL,
    Barrier,
    CaseDot,
    CaseMatching,
    FieldDivergence,
    FieldPicture,
    FieldTips,
    Seminar,
    SharedCase,
    SharedField,
    SharedMeasure,
    SharedParty,
    SharedQuestion,
    Tip,
)

__all__ = [
    "ANONYMISED", "BARRIER_COUNT", "BY_GAP", "BY_SCORE", "MIN_CASES", "NAME_ALIAS", "NAME_CHOICES",
    "NAME_CHOSEN", "NAME_REAL", "Barrier", "CaseDot", "CaseInput", "CaseMatching", "FieldDivergence",
    "FieldPicture", "FieldTips", "Seminar", "SeminarError", "SharedCase", "SharedField", "SharedMeasure",
    "SharedParty", "SharedQuestion", "Sharing", "Tip", "alias", "alias_letter", "build_seminar",
    "case_label", "collaboration_key", "default_title", "group_cases", "strong_cases",
]

#: A seminar is for learning from each other: it needs two cases at least.
MIN_CASES = 2

_MESSAGES = {
    "too_few": {
        "nb": "Et likemannsseminar trenger minst to saker (samarbeid) å lære av hverandre; her er det {count}.",
        "en": "A peer-learning seminar needs at least two cases (collaborations) to learn from each other; "
              "there {verb} {count} here.",
    },
}

_TITLES = {"nb": "Likemannsseminar", "en": "Peer-learning seminar"}


def default_title(language: str) -> str:
    """"Likemannsseminar" / "Peer-learning seminar"."""
    return _TITLES.get(language, _TITLES["en"])


class SeminarError(ValueError):
    """A seminar that cannot be held, with a message in nb or en (``text(lang)``)."""

    def __init__(self, key: str, **values: object):
        self.key = key
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        words = _MESSAGES[self.key]
        values = dict(self.values)
        values.setdefault("verb", "is" if values.get("count") == 1 else "are")
        return words.get(lang, words["en"]).format(**values)


def collaboration_key(session: Session) -> str:
    """Sessions with the same key are one case: the explicit link id, else the name (case and spaces ignored)."""
    link = session.collaboration.extra.get(LINK_KEY)
    return timeline_key(session.collaboration.name, link if isinstance(link, str) else "")


def _time_order(session: Session) -> tuple:
    # Sessions without a date go first, so a dated session counts as the latest.
    return (session.time_point.date is not None, session.time_point.date or "", session.modified_at or "",
            session.time_point.label.casefold())


def group_cases(sessions: Sequence[Session], latest_two: bool = False) -> list[tuple[int, ...]]:
    """Group picked sessions into cases: one case per collaboration, in the order the collaborations first
    appear. Each case keeps its latest session, or with ``latest_two`` its latest two (earliest first), as
    indexes into ``sessions``. A session picked twice (same session id) counts once."""
    groups: dict[str, list[int]] = {}
    seen: set[str] = set()
    for position, session in enumerate(sessions):
        if session.session_id in seen:
            continue
        seen.add(session.session_id)
        groups.setdefault(collaboration_key(session), []).append(position)
    keep = 2 if latest_two else 1
    out = []
    for members in groups.values():
        members.sort(key=lambda i: _time_order(sessions[i]))
        out.append(tuple(members[-keep:]))
    return out


def build_seminar(cases: Sequence[CaseInput], language: str = "nb", title: str = "") -> Seminar:
    """The seminar as the room sees it. Raises SeminarError with fewer than MIN_CASES cases.

    Field scores are each case's own (the mean of its answered questions in that field); fields are
    matched to the reference set (the one most cases used) by id, else by number, and questions by id.
    What cannot be matched is listed in each case's ``matching``.
    """
    if len(cases) < MIN_CASES:
        raise SeminarError("too_few", count=len(cases))
    language = language if language in _TITLES else "en"
    reference = reference_set([c.latest.question_set for c in cases])
    shared = []
    for index, case in enumerate(cases):
        fmap = map_fields(case.latest.question_set, reference, language)
        earlier: FieldMap | None = None
        if len(case.sessions) > 1:
            earlier = map_fields(case.sessions[0].question_set, reference, language)
        shared.append(share_case(case, index, fmap, earlier, reference, language))
    cases_out = tuple(shared)
    pictures = pooled_fields(cases_out)
    sets = {(s.question_set.id, s.question_set.version) for c in cases for s in c.sessions}
    return Seminar(
        language=language,
        title=title.strip() or default_title(language),
        cases=cases_out,
        fields=pictures,
        tips=field_tips(cases_out, pictures),
        mixed_sets=len(sets) > 1,
    )
