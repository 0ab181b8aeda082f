"""The .samson-seminar file: which session files make up a peer-learning seminar, and what each case shares.

The file names its sessions by paths relative to its own folder, so a folder with the seminar
file and its sessions can be moved or copied as a whole. Reading never writes; writing is atomic.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from jsonschema import Draft202012Validator

from .. import __version__
from ..core.seminar import CaseInput, Sharing
from ..resources import resource_path
from .atomic import atomic_write
from .errors import Problem, SessionFileError
from .messages import Place, Text, msg, quoted
from .sessionfile import MAX_FILE_BYTES, decode_json, read_limited, read_session
from .validation import _describe as describe_violation

FORMAT_NAME = "samson-seminar"
FORMAT_VERSION = 1
FILE_SUFFIX = ".samson-seminar"
SCHEMA_FILE = ("schema", "samson-seminar.schema.json")
_MAX_PROBLEMS = 50
_SHARE_KEYS = ("name", "chosen_name", "notes", "measures", "measure_owners", "party_names")
_TOP_KEYS = frozenset(("format", "format_version", "app_version", "title", "language", "cases"))
_CASE_KEYS = frozenset(("sessions", "share"))


class SeminarFileError(SessionFileError):
    """A seminar file that cannot be used (or a session it names), with every problem found."""


@dataclass
class SeminarCase:
    """One case of the file: its session paths as written (earliest first) and its sharing choices."""

    sessions: list[str]
    sharing: Sharing = field(default_factory=Sharing)
    #: Unknown keys of the case and of its ``share`` object, written back as read.
    extra: dict[str, Any] = field(default_factory=dict)
    share_extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class SeminarFile:
    """The organiser's seminar: a title, a language for the deck, and the cases in their order."""

    cases: list[SeminarCase] = field(default_factory=list)
    title: str = ""
    #: The deck's language; None means the interface's (window) or "nb" (command line).
    language: str | None = None
    #: Unknown top-level keys from a newer minor version, written back as read.
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def seminar_schema() -> dict[str, Any]:
    with resource_path(*SCHEMA_FILE).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(seminar_schema())


def _place(path: list[str | int]) -> tuple[Place, ...]:
    """"case 2, sessions, item 1" for ["cases", 1, "sessions", 0]."""
    out: list[Place] = []
    for i, part in enumerate(path):
        parent = path[i - 1] if i else None
        if isinstance(part, int):
            out.append(("case", part + 1) if parent == "cases" else ("item", part + 1))
        elif part == "cases" and i + 1 < len(path):
            continue  # "case 2" says enough
        else:
            out.append(("key", part))
    return tuple(out)


class _FirstProblem(Text):
    """A session file's first problem (with its place in that file), rendered in the reader's language."""

    def __init__(self, error: SessionFileError):
        super().__init__("{first}")
        object.__setattr__(self, "error", error)

    def render(self, lang: str = "en") -> str:
        first = self.error.first(lang)
        return first[:1].lower() + first[1:]  # it follows a colon


def _whole(template: str, **values: object) -> Problem:
    return Problem(msg(template, **values))


def _check_header(doc: Any, source: str) -> None:
    if not isinstance(doc, dict):
        raise SeminarFileError(source, [_whole("this is not a SAMSON seminar file (its format should be {expected})",
                                               expected=quoted(FORMAT_NAME))])
    if doc.get("format") != FORMAT_NAME:
        raise SeminarFileError(source, [_whole("this is not a SAMSON seminar file (its format should be {expected})",
                                               expected=quoted(FORMAT_NAME))])
    version = doc.get("format_version")
    where = (("key", "format_version"),)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise SeminarFileError(source, [Problem(msg(
            "is {version}, made by a newer SAMSON; this version reads format {supported}. Please update SAMSON desktop.",
            version=version, supported=FORMAT_VERSION), where)])


def seminar_problems(doc: Any) -> list[Problem]:
    """Every schema violation of a seminar document, in file order; empty for a valid one."""
    found = []
    for error in _validator().iter_errors(doc):
        found.append((list(error.absolute_path), describe_violation(error)))
        if len(found) >= _MAX_PROBLEMS:
            break
    found.sort(key=lambda item: [str(part) for part in item[0]])
    return [Problem(message if path else msg("the file {predicate}", predicate=message), _place(path))
            for path, message in found]


def _extra(obj: dict[str, Any], known: frozenset[str] | tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in known}


def parse_seminar(data: bytes, source: str = "seminar") -> SeminarFile:
    """Validate and convert the bytes of a seminar file; SeminarFileError says what is wrong and where."""
    if len(data) > MAX_FILE_BYTES:
        raise SeminarFileError(source, [_whole("the file is too large ({size} MiB) to be a session file",
                                               size=len(data) // 1_048_576)])
    try:
        doc = decode_json(data, source)
    except SessionFileError as exc:
        raise SeminarFileError(source, exc.problems) from None
    _check_header(doc, source)
    problems = seminar_problems(doc)
    if problems:
        raise SeminarFileError(source, problems)
    cases = []
    for case in doc["cases"]:
        share = case.get("share", {})
        sharing = Sharing(**{k: share[k] for k in _SHARE_KEYS if k in share})
        cases.append(SeminarCase(list(case["sessions"]), sharing, _extra(case, _CASE_KEYS),
                                 _extra(share, _SHARE_KEYS)))
    return SeminarFile(cases, doc.get("title", ""), doc.get("language"), _extra(doc, _TOP_KEYS))


def read_seminar(path: str | os.PathLike[str]) -> SeminarFile:
    """Read and validate a seminar file. Never writes to it."""
    path = Path(path)
    try:
        data = read_limited(path, path.name)
    except SessionFileError as exc:
        raise SeminarFileError(path.name, exc.problems) from None
    return parse_seminar(data, path.name)


def seminar_to_dict(seminar: SeminarFile) -> dict[str, Any]:
    """The document, keys in a fixed order so that files diff well."""
    doc: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "app_version": __version__}
    if seminar.title:
        doc["title"] = seminar.title
    if seminar.language:
        doc["language"] = seminar.language
    cases = []
    for case in seminar.cases:
        s = case.sharing
        share = {"name": s.name, "chosen_name": s.chosen_name, "notes": s.notes, "measures": s.measures,
                 "measure_owners": s.measure_owners, "party_names": s.party_names, **case.share_extra}
        cases.append({"sessions": list(case.sessions), "share": share, **case.extra})
    doc["cases"] = cases
    doc.update(seminar.extra)
    return doc


def seminar_to_bytes(seminar: SeminarFile) -> bytes:
    text = json.dumps(seminar_to_dict(seminar), ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_seminar(seminar: SeminarFile, path: str | os.PathLike[str]) -> None:
    """Save atomically; the previous file stays as ``<name>.bak``."""
    atomic_write(path, seminar_to_bytes(seminar), keep_backup=True)


def relative_session_path(session_path: str | os.PathLike[str], seminar_path: str | os.PathLike[str]) -> str:
    """How the seminar file at ``seminar_path`` names ``session_path``: relative to its folder, with "/"
    between folders; an absolute path where no relative one exists (another drive on Windows)."""
    session_abs = os.path.abspath(session_path)
    folder = os.path.dirname(os.path.abspath(seminar_path))
    try:
        rel = os.path.relpath(session_abs, folder)
    except ValueError:
        return Path(session_abs).as_posix()
    return PurePosixPath(*Path(rel).parts).as_posix()


def resolve_session_path(name: str, seminar_path: str | os.PathLike[str]) -> Path:
    """The session file a seminar file names, relative to the seminar file's folder ("/" or "\\" between folders)."""
    parts = PureWindowsPath(name).parts if "\\" in name else PurePosixPath(name).parts
    candidate = Path(*parts) if parts else Path(name)
    if candidate.is_absolute():
        return candidate
    return Path(os.path.abspath(seminar_path)).parent / candidate


def load_cases(seminar: SeminarFile, seminar_path: str | os.PathLike[str]) -> list[CaseInput]:
    """Read every session the file names, as cases with their sharing choices.

    Raises SeminarFileError naming each session that cannot be read ("case 2, item 1: t1.samson: …").
    """
    cases: list[CaseInput] = []
    problems: list[Problem] = []
    for c_index, case in enumerate(seminar.cases):
        sessions = []
        for s_index, name in enumerate(case.sessions):
            try:
                sessions.append(read_session(resolve_session_path(name, seminar_path)))
            except SessionFileError as exc:
                place = (("case", c_index + 1), ("key", "sessions"), ("item", s_index + 1))
                problems.append(Problem(msg("{file}: {problem}", file=quoted(name), problem=_FirstProblem(exc)), place))
        if len(sessions) == len(case.sessions):
            sessions.sort(key=lambda s: (s.time_point.date is not None, s.time_point.date or ""))
            cases.append(CaseInput(tuple(sessions), case.sharing))
    if problems:
        raise SeminarFileError(Path(seminar_path).name, problems)
    return cases
