"""Many sessions side by side: one summary row per session, unreadable files with their reason, timelines.

Reading the files is fileformat.portfolio_files' work; this module only describes and groups.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable

from msgspec import Struct, field

from .model import Session, localized
from .scoring import profile

#: Optional key in ``collaboration`` that ties sessions together even when the name changes.
LINK_KEY = "link_id"

#: Called after each file with (files done, files in total); returns False to stop loading.
Progress = Callable[[int, int], bool]


class FieldSummary(Struct, frozen=True):
    id: str
    number: int
    title: str
    score: float | None
    answered: int


class SessionSummary(Struct, frozen=True):
    path: Path
    session_id: str
    language: str
    collaboration: str
    #: The explicit ``collaboration.link_id`` when the file has one, else "".
    link_id: str
    time_label: str
    date: str | None
    phase: str | None
    overall: float | None
    #: In field-number order, normally seven.
    fields: tuple[FieldSummary, ...]
    #: Questions with a score or marked "not relevant": the ones the group has dealt with.
    answered: int
    total: int
    question_set: str

    @property
    def completion(self) -> float:
        return self.answered / self.total if self.total else 0.0

    @property
    def group_key(self) -> str:
        return timeline_key(self.collaboration, self.link_id)

    def field_score(self, number: int) -> float | None:
        for f in self.fields:
            if f.number == number:
                return f.score
        return None


class LoadError(Struct, frozen=True):
    path: Path
    #: Why the file cannot be used, in English.
    reason: str
    #: The file's problems (a SessionFileError) when they are known, to say them in another language.
    error: Any = None

    def reason_in(self, lang: str) -> str:
        return self.error.first(lang) if self.error is not None else self.reason


class Timeline(Struct, frozen=True):
    """The sessions of one collaboration, earliest first."""

    key: str
    name: str
    sessions: tuple[SessionSummary, ...]


class Portfolio(Struct):
    sessions: list[SessionSummary] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    #: True when loading was stopped before every file was read.
    cancelled: bool = False

    def timelines(self) -> list[Timeline]:
        return group_timelines(self.sessions)


def normalise_name(name: str) -> str:
    """Collaboration names match regardless of case and of runs of whitespace."""
    return re.sub(r"\s+", " ", name).strip().casefold()


def timeline_key(collaboration: str, link_id: str = "") -> str:
    """An explicit link wins over the name, so a renamed collaboration stays one timeline."""
    return f"link:{link_id.strip()}" if link_id.strip() else f"name:{normalise_name(collaboration)}"


def summarise(session: Session, path: Path) -> SessionSummary:
    field_scores, overall = profile(session)
    qset = session.question_set
    titles = {f.id: f.title for f in qset.fields}
    fields = tuple(
        FieldSummary(fs.id, fs.number, localized(titles[fs.id], session.language), fs.score, fs.answered)
        for fs in field_scores
    )
    link = session.collaboration.extra.get(LINK_KEY)
    return SessionSummary(
        path=path,
        session_id=session.session_id,
        language=session.language,
        collaboration=session.collaboration.name,
        link_id=link if isinstance(link, str) else "",
        time_label=session.time_point.label,
        date=session.time_point.date,
        phase=session.time_point.phase,
        overall=overall,
        fields=fields,
        answered=sum(fs.answered + fs.not_applicable for fs in field_scores),
        total=sum(len(f.questions) for f in qset.fields),
        question_set=f"{qset.id} {qset.version}",
    )


def _date_key(s: SessionSummary) -> tuple:
    # Sessions without a date go last, in label order.
    return (s.date is None, s.date or "", s.time_label.casefold(), str(s.path))


def group_timelines(sessions: Iterable[SessionSummary]) -> list[Timeline]:
    """Sessions of the same collaboration, earliest first; timelines in name order."""
    groups: dict[str, list[SessionSummary]] = {}
    for s in sessions:
        groups.setdefault(s.group_key, []).append(s)
    timelines = []
    for key, members in groups.items():
        members.sort(key=_date_key)
        # The latest session's spelling of the name is the one shown.
        timelines.append(Timeline(key, members[-1].collaboration, tuple(members)))
    timelines.sort(key=lambda t: (normalise_name(t.name), t.key))
    return timelines
