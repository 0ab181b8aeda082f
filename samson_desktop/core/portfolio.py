"""Many sessions side by side: one summary row per session file, unreadable files with their reason, timelines."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .model import Session, localized
from .scoring import score_session

SESSION_SUFFIX = ".samson"
#: Optional key in ``collaboration`` that ties sessions together even when the name changes.
LINK_KEY = "link_id"

#: Called after each file with (files done, files in total); returns False to stop loading.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class FieldSummary:
    id: str
    number: int
    title: str
    score: float | None
    answered: int


@dataclass(frozen=True, slots=True)
class SessionSummary:
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


@dataclass(frozen=True, slots=True)
class LoadError:
    path: Path
    #: Why the file cannot be used, in English.
    reason: str
    #: The file's problems (a SessionFileError) when they are known, to say them in another language.
    error: Any = None

    def reason_in(self, lang: str) -> str:
        return self.error.first(lang) if self.error is not None else self.reason


@dataclass(frozen=True, slots=True)
class Timeline:
    """The sessions of one collaboration, earliest first."""

    key: str
    name: str
    sessions: tuple[SessionSummary, ...]


@dataclass
class Portfolio:
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
    scores = score_session(session)
    qset = session.question_set
    fields = tuple(
        FieldSummary(fs.id, fs.number, localized(qset.field(fs.id).title, session.language), fs.score, fs.answered)
        for fs in scores.fields
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
        overall=scores.overall,
        fields=fields,
        answered=scores.answered + scores.not_applicable,
        total=scores.question_count,
        question_set=f"{qset.id} {qset.version}",
    )


def session_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.samson`` file below ``folder``, in name order; backups and hidden temp files are skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.endswith(SESSION_SUFFIX) and not name.startswith("."):
                found.append(Path(root, name))
    return sorted(found)


def load_files(paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None) -> Portfolio:
    """Read and summarise each file; a bad file is listed with its reason and never stops the rest."""
    # Imported here so the core package itself stays free of file access.
    from ..fileformat import SessionFileError, read_session

    result = Portfolio()
    total = len(paths)
    for done, raw in enumerate(paths, 1):
        path = Path(raw)
        try:
            session = read_session(path)
        except SessionFileError as exc:
            result.errors.append(LoadError(path, exc.first(), exc))
        else:
            try:
                result.sessions.append(summarise(session, path))
            except Exception as exc:  # noqa: BLE001 - one odd file must not stop a folder of a thousand
                result.errors.append(LoadError(path, f"could not be summarised ({type(exc).__name__}: {exc})"))
        if progress is not None and not progress(done, total):
            result.cancelled = done < total
            break
    return result


def load_folder(folder: str | os.PathLike[str], progress: Progress | None = None) -> Portfolio:
    return load_files(session_files(folder), progress)


def load(sources: Iterable[str | os.PathLike[str]], progress: Progress | None = None) -> Portfolio:
    """Folders are searched for session files; files are read as given."""
    paths: list[Path] = []
    for source in sources:
        p = Path(source)
        paths.extend(session_files(p) if p.is_dir() else [p])
    return load_files(paths, progress)


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
