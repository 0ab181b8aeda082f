"""Read and write .samson session files: bytes → validated Session → bytes."""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core.model import QuestionSet, Session
from .atomic import atomic_write
from .codec import session_from_dict, session_to_dict
from .errors import Problem, SessionFileError
from .messages import msg, quoted
from .places import place_of
from .validation import reference_problems, schema_problems

if TYPE_CHECKING:  # the batch reader brings a C JSON decoder that start-up does not need
    from .batch import BatchReader

FORMAT_NAME = "samson-session"
FORMAT_VERSION = 1
FILE_SUFFIX = ".samson"
#: Far above any real session (a full workshop is ~100 KB) and low enough to refuse junk quickly.
MAX_FILE_BYTES = 32 * 1024 * 1024


_JSON_REASONS = {
    "Expecting value": "a value is missing",
    "Expecting ',' delimiter": "a comma is missing",
    "Expecting ':' delimiter": "a colon is missing",
    "Expecting property name enclosed in double quotes": "a key in double quotes is missing",
    "Unterminated string starting at": "a text that starts here has no end",
    "Invalid control character at": "a text holds a control character",
    "Extra data": "there is more after the end of the data",
    "Invalid \\escape": "a text holds an invalid backslash sequence",
    "Invalid \\uXXXX escape": "a text holds an invalid backslash sequence",
}


def _whole(template: str, **values: object) -> Problem:
    """A problem of the whole file."""
    return Problem(msg(template, **values))


class _NotFinite:
    """Stands in for NaN, Infinity or a number too large for a float until its place is known."""

    __slots__ = ("literal",)

    def __init__(self, literal: str):
        self.literal = literal


def _float(text: str) -> float | _NotFinite:
    value = float(text)
    return value if math.isfinite(value) else _NotFinite(text)


def _find(node: Any, unusable, path: list[str | int]) -> list[str | int] | None:
    """The path of the first value (or key) for which ``unusable`` is true."""
    if unusable(node):
        return path
    if isinstance(node, dict):
        for key, value in node.items():
            if unusable(key):
                return [*path, key]
            found = _find(value, unusable, [*path, key])
            if found is not None:
                return found
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found = _find(value, unusable, [*path, index])
            if found is not None:
                return found
    return None


def _broken_text(node: Any) -> bool:
    if not isinstance(node, str):
        return False
    try:
        node.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def decode_json(data: bytes, source: str) -> Any:
    """The JSON document in ``data``, or a SessionFileError that says what is wrong and where."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM from a Windows editor is harmless
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError(source, [_whole("the file is not UTF-8 text (a bad byte at position {position})",
                                               position=exc.start)]) from None
    if not text.strip():
        raise SessionFileError(source, [_whole("the file is empty")])
    odd: list[_NotFinite] = []

    def not_finite(literal: str) -> _NotFinite:
        odd.append(_NotFinite(literal))
        return odd[-1]

    def checked_float(literal: str) -> float | _NotFinite:
        value = _float(literal)
        if isinstance(value, _NotFinite):
            odd.append(value)
        return value

    try:
        doc = json.loads(text, parse_constant=not_finite, parse_float=checked_float)
    except json.JSONDecodeError as exc:
        reason = _JSON_REASONS.get(exc.msg, "an unexpected character")
        problem = Problem(msg("the file is not valid JSON ({reason}); it may be truncated or damaged",
                              reason=msg(reason)), (("line", (exc.lineno, exc.colno)),))
        raise SessionFileError(source, [problem]) from None
    except RecursionError:
        raise SessionFileError(source, [_whole("the file is nested too deeply to be a session file")]) from None
    except ValueError:  # an integer of more digits than Python converts
        raise SessionFileError(source, [_whole("the file holds a number with too many digits")]) from None
    try:
        if odd:
            # NaN, Infinity or 1e400 (read as inf) pass the schema where any value is allowed, and
            # then no save could ever write the session again.
            where = _find(doc, lambda node: isinstance(node, _NotFinite), [])
            found = _child_at(doc, where)
            problem = Problem(msg("holds {literal}, which is not a number a session file can hold",
                                  literal=found.literal), place_of(doc, where))
            raise SessionFileError(source, [problem])
        # A JSON escape like \ud800 yields text that can be neither shown nor saved again.
        if "\\u" in text and _SURROGATE_ESCAPE.search(text):
            where = _find(doc, _broken_text, [])
            if where is not None:
                raise SessionFileError(source, [Problem(msg("holds a broken character (a lone UTF-16 surrogate)"),
                                                        place_of(doc, where))])
    except RecursionError:
        raise SessionFileError(source, [_whole("the file is nested too deeply to be a session file")]) from None
    return doc


def _child_at(doc: Any, path: list[str | int]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

_KIND_WORDS = {"list": "a list", "str": "a text", "int": "a number", "float": "a number",
               "bool": "true or false", "NoneType": "nothing (null)"}


def _check_header(doc: Any, source: str) -> None:
    if not isinstance(doc, dict):
        kind = _KIND_WORDS.get(type(doc).__name__, "a number")
        raise SessionFileError(source, [_whole("the file should hold a JSON object, not {kind}", kind=msg(kind))])
    if doc.get("format") != FORMAT_NAME:
        raise SessionFileError(source, [_whole("this is not a SAMSON session file (its format should be {expected})",
                                               expected=quoted(FORMAT_NAME))])
    version = doc.get("format_version")
    where = (("key", "format_version"),)
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionFileError(source, [Problem(msg("should be {expected}, not {value}", expected=msg("a whole number"),
                                                    value=quoted(version)), where)])
    if version > FORMAT_VERSION:
        raise SessionFileError(source, [Problem(msg(
            "is {version}, made by a newer SAMSON; this version reads format {supported}. Please update SAMSON desktop.",
            version=version, supported=FORMAT_VERSION), where)])
    if version < FORMAT_VERSION:
        raise SessionFileError(source, [Problem(msg("is {version}, which no SAMSON release has written",
                                                    version=version), where)])


def validate_document(doc: Any, source: str = "session", known_set: QuestionSet | None = None) -> None:
    """Raise SessionFileError listing every problem; return quietly for a valid document.

    ``known_set``: the document embeds exactly this question set, already found valid in its language.
    """
    _check_header(doc, source)
    problems = schema_problems(doc, question_set_known=known_set is not None)
    if problems:
        raise SessionFileError(source, problems)
    try:
        problems = reference_problems(doc, {q.id for q in known_set.questions()} if known_set is not None else None)
    except RecursionError:
        problems = [_whole("the file is nested too deeply to be a session file")]
    if problems:
        raise SessionFileError(source, problems)


def _too_large(size: int) -> Problem:
    return _whole("the file is too large ({size} MiB) to be a session file", size=size // 1_048_576)


def parse_session(data: bytes, source: str = "session", reader: BatchReader | None = None) -> Session:
    """Validate and convert the bytes of a session file; a ``reader`` makes reading many files faster."""
    if len(data) > MAX_FILE_BYTES:
        raise SessionFileError(source, [_too_large(len(data))])
    if reader is not None:
        session = reader.session(data)  # the typed path takes only files that pass every check
        if session is not None:
            return session
    # The reader refuses what it cannot decode strictly; the standard decoder then words the problem.
    fast = reader.decode(data) if reader is not None else None
    doc = fast.doc if fast is not None else decode_json(data, source)
    known_set = fast.known_set if fast is not None else None
    try:
        validate_document(doc, source, known_set)
    except RecursionError:
        raise SessionFileError(source, [_whole("the file is nested too deeply to be a session file")]) from None
    session = session_from_dict(doc, known_set)
    if fast is not None and known_set is None:
        reader.remember(fast, session.question_set)
    return session


def read_limited(path: Path, source: str) -> bytes:
    """The bytes of an ordinary file, never more than MAX_FILE_BYTES, whatever its size claims to be.

    The file is opened without blocking and checked after opening (fstat), so that a pipe, a device
    or a link to one is refused instead of hanging or filling the memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise SessionFileError(source, [_whole("the file does not exist")]) from None
    except IsADirectoryError:
        raise SessionFileError(source, [_whole("this is a folder, not a file")]) from None
    except PermissionError:
        problem = "this is a folder, not a file" if path.is_dir() else "the file cannot be read (permission denied)"
        raise SessionFileError(source, [_whole(problem)]) from None
    except OSError as exc:
        raise SessionFileError(source, [_whole("the file cannot be read ({reason})", reason=exc.strerror or exc)]) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SessionFileError(source, [_whole("this is a folder, not a file")])
        if not stat.S_ISREG(info.st_mode):
            raise SessionFileError(source, [_whole(
                "this is not an ordinary file (it is a device, a pipe or a socket), so it is not read")])
        if info.st_size > MAX_FILE_BYTES:
            raise SessionFileError(source, [_too_large(info.st_size)])
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(max(info.st_size + 1, 65536), MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise SessionFileError(source, [_too_large(total)])
        return b"".join(chunks)
    except OSError as exc:
        raise SessionFileError(source, [_whole("the file cannot be read ({reason})", reason=exc.strerror or exc)]) from None
    finally:
        os.close(fd)


def read_session(path: str | os.PathLike[str], reader: BatchReader | None = None) -> Session:
    """Read and validate a session file. Never writes to it."""
    path = Path(path)
    return parse_session(read_limited(path, path.name), path.name, reader)


def session_to_bytes(session: Session) -> bytes:
    doc = session_to_dict(session, FORMAT_VERSION)
    return (json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def write_session(session: Session, path: str | os.PathLike[str], keep_backup: bool = True) -> None:
    """Save atomically; the previous file stays as ``<name>.bak``. Stamps the app version."""
    session.app_version = __version__
    atomic_write(path, session_to_bytes(session), keep_backup=keep_backup)
