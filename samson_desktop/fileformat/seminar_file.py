"""The .samson-seminar file: which session files make up a peer-learning seminar, and what each case shares.

The file names its sessions by paths relative to its own folder, so a folder with the seminar
file and its sessions can be moved or copied as a whole. Reading never writes; writing is atomic.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from msgspec import Struct, field

from .. import __version__
from ..core.seminar import CaseInput, Sharing
from ..resources import resource_path
from .atomic import atomic_write
from .errors import Problem, SessionFileError
from .messages import Place, Text, msg, quoted
from .sessionfile import MAX_FILE_BYTES, decode_json, read_limited, read_session

FORMAT_NAME = "samson-seminar"
FORMAT_VERSION = 1
FILE_SUFFIX = ".samson-seminar"
SCHEMA_FILE = ("schema", "samson-seminar.schema.json")
_MAX_PROBLEMS = 50
_KINDS = {str: "a text", bool: "true or false", int: "a whole number", list: "a list", dict: "an object"}
_NAMES = ("alias", "chosen", "real")
_SHARE_KEYS = ("name", "chosen_name", "notes", "measures", "measure_owners", "party_names")
_TOP_KEYS = frozenset(("format", "format_version", "app_version", "title", "language", "cases"))
_CASE_KEYS = frozenset(("sessions", "share"))


class SeminarFileError(SessionFileError):
    """A seminar file that cannot be used (or a session it names), with every problem found."""


class SeminarCase(Struct):
    """One case of the file: its session paths as written (earliest first) and its sharing choices."""

    sessions: list[str]
    sharing: Sharing = field(default_factory=Sharing)
    #: Unknown keys of the case and of its ``share`` object, written back as read.
    extra: dict[str, Any] = field(default_factory=dict)
    share_extra: dict[str, Any] = field(default_factory=dict)


class SeminarFile(Struct):
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


class _FirstProblem(Text, frozen=True, kw_only=True):
    """A session file's first problem (with its place in that file), rendered in the reader's language."""

    error: SessionFileError

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


def _is(value: Any, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


class _Checker:
    """The rules of the seminar schema, checked in code: the file is small, and jsonschema would cost
    every ``samson seminar`` run a tenth of a second to import. A test holds the two to the same verdicts."""

    def __init__(self) -> None:
        self.found: list[tuple[list[str | int], Text]] = []

    def add(self, path: list[str | int], template: str, **values: Any) -> None:
        if len(self.found) < _MAX_PROBLEMS:
            self.found.append((path, msg(template, **values)))

    def kind(self, value: Any, kind: type, path: list[str | int]) -> bool:
        if _is(value, kind):
            return True
        self.add(path, "should be {expected}, not {value}", expected=msg(_KINDS[kind]), value=quoted(value))
        return False

    def text(self, value: Any, path: list[str | int], longest: int, shortest: int = 0) -> None:
        if not self.kind(value, str, path):
            return
        if len(value) > longest:
            self.add(path, "is too long ({length} characters; at most {bound})", length=len(value), bound=longest)
        elif len(value) < shortest:
            self.add(path, "should not be empty")
        elif "\x00" in value:
            self.add(path, "has {value}, which is not in the expected form", value=quoted(value))

    def required(self, obj: dict[str, Any], keys: tuple[str, ...], path: list[str | int]) -> None:
        for key in keys:
            if key not in obj:
                self.add(path, "is missing the required key {key}", key=quoted(key))

    def items(self, value: Any, path: list[str | int], most: int, least: int = 0) -> bool:
        if not self.kind(value, list, path):
            return False
        if len(value) > most:
            self.add(path, "should have at most {bound} items, not {count}", bound=most, count=len(value))
        elif len(value) < least:
            self.add(path, "should not be empty" if least == 1 else "should have at least {bound} items, not {count}",
                     bound=least, count=len(value))
        return True

    def document(self, doc: dict[str, Any]) -> None:
        self.required(doc, ("format", "format_version", "cases"), [])
        if "format_version" in doc and doc["format_version"] != FORMAT_VERSION:
            self.add(["format_version"], "should be {expected}, not {value}", expected=quoted(FORMAT_VERSION),
                     value=quoted(doc["format_version"]))
        if "format_minor" in doc and self.kind(doc["format_minor"], int, ["format_minor"]):
            minor = doc["format_minor"]
            if minor < 0:
                self.add(["format_minor"], "should be at least {bound}, not {value}", bound=0, value=quoted(minor))
            elif minor > 1_000_000:
                self.add(["format_minor"], "should be at most {bound}, not {value}", bound=1_000_000, value=quoted(minor))
        if "app_version" in doc:
            self.text(doc["app_version"], ["app_version"], 40)
        if "title" in doc:
            self.text(doc["title"], ["title"], 300)
        if "language" in doc and doc["language"] not in ("nb", "en"):
            self.add(["language"], "has {value}, which is not one of {allowed}", value=quoted(doc["language"]),
                     allowed="nb, en")
        if "cases" in doc and self.items(doc["cases"], ["cases"], 500):
            for index, case in enumerate(doc["cases"]):
                self.case(case, ["cases", index])

    def case(self, case: Any, path: list[str | int]) -> None:
        if not self.kind(case, dict, path):
            return
        self.required(case, ("sessions",), path)
        if "sessions" in case and self.items(case["sessions"], [*path, "sessions"], 2, 1):
            for index, name in enumerate(case["sessions"]):
                self.text(name, [*path, "sessions", index], 4096, 1)
        share = case.get("share")
        if share is None and "share" not in case:
            return
        where = [*path, "share"]
        if not self.kind(share, dict, where):
            return
        if "name" in share and share["name"] not in _NAMES:
            self.add([*where, "name"], "has {value}, which is not one of {allowed}", value=quoted(share["name"]),
                     allowed=", ".join(_NAMES))
        if "chosen_name" in share:
            self.text(share["chosen_name"], [*where, "chosen_name"], 200)
        for key in ("notes", "measures", "measure_owners", "party_names"):
            if key in share:
                self.kind(share[key], bool, [*where, key])


def seminar_problems(doc: dict[str, Any]) -> list[Problem]:
    """Every violation of the seminar schema in a document, in file order; empty for a valid one."""
    checker = _Checker()
    checker.document(doc)
    found = sorted(checker.found, key=lambda item: [str(part) for part in item[0]])
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
                problems.append(Problem(msg("{file}: {problem}", file=quoted(name), problem=_FirstProblem("{first}", error=exc)), place))
        if len(sessions) == len(case.sessions):
            sessions.sort(key=lambda s: (s.time_point.date is not None, s.time_point.date or ""))
            cases.append(CaseInput(tuple(sessions), case.sharing))
    if problems:
        raise SeminarFileError(Path(seminar_path).name, problems)
    return cases
