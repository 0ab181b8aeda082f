"""Read and write .samson session files: bytes → validated Session → bytes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core.model import QuestionSet, Session
from .atomic import atomic_write
from .codec import session_from_dict, session_to_dict
from .errors import Problem, SessionFileError
from .jsonpath import json_path
from .validation import reference_problems, schema_problems

if TYPE_CHECKING:  # the batch reader brings a C JSON decoder that start-up does not need
    from .batch import BatchReader

FORMAT_NAME = "samson-session"
FORMAT_VERSION = 1
FILE_SUFFIX = ".samson"
#: Far above any real session (a full workshop is ~100 KB) and low enough to refuse junk quickly.
MAX_FILE_BYTES = 32 * 1024 * 1024


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _decode(data: bytes, source: str) -> Any:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM from a Windows editor is harmless
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError(source, [Problem("$", f"is not UTF-8 text (bad byte at position {exc.start})")]) from None
    if not text.strip():
        raise SessionFileError(source, [Problem("$", "is empty")])
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise SessionFileError(source, [Problem("$", f"is not valid JSON ({exc.msg} at {where}); the file may be truncated or damaged")]) from None
    except ValueError as exc:
        raise SessionFileError(source, [Problem("$", f"is not valid JSON ({exc})")]) from None
    except RecursionError:
        raise SessionFileError(source, [Problem("$", "is nested too deeply to be a session file")]) from None
    # A JSON escape like \ud800 yields text that can be neither shown nor saved again.
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        where = _surrogate_path(doc, [])
        if where is not None:
            raise SessionFileError(source, [Problem(json_path(where), "contains a broken character (a lone UTF-16 surrogate)")])
    return doc


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _surrogate_path(node: Any, path: list[str | int]) -> list[str | int] | None:
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    if isinstance(node, dict):
        for key, value in node.items():
            found = _surrogate_path(key, path) or _surrogate_path(value, [*path, key])
            if found is not None:
                return found
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found = _surrogate_path(value, [*path, index])
            if found is not None:
                return found
    return None


def _check_header(doc: Any, source: str) -> None:
    if not isinstance(doc, dict):
        raise SessionFileError(source, [Problem("$", "should be a JSON object, not a " + type(doc).__name__)])
    if doc.get("format") != FORMAT_NAME:
        raise SessionFileError(source, [Problem("$.format", f'should be "{FORMAT_NAME}"; this is not a SAMSON session file')])
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionFileError(source, [Problem("$.format_version", "should be a whole number")])
    if version > FORMAT_VERSION:
        raise SessionFileError(source, [Problem("$.format_version", f"is {version}, made by a newer SAMSON; this version reads format {FORMAT_VERSION}. Please update SAMSON desktop.")])
    if version < FORMAT_VERSION:
        raise SessionFileError(source, [Problem("$.format_version", f"is {version}, which no SAMSON release has written")])


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
        problems = [Problem("$", "is nested too deeply to be a session file")]
    if problems:
        raise SessionFileError(source, problems)


def parse_session(data: bytes, source: str = "session", reader: BatchReader | None = None) -> Session:
    """Validate and convert the bytes of a session file; a ``reader`` makes reading many files faster."""
    if len(data) > MAX_FILE_BYTES:
        raise SessionFileError(source, [Problem("$", f"is too large ({len(data) // 1_048_576} MiB) to be a session file")])
    # The reader refuses what it cannot decode strictly; the standard decoder then words the problem.
    fast = reader.decode(data) if reader is not None else None
    doc = fast.doc if fast is not None else _decode(data, source)
    known_set = fast.known_set if fast is not None else None
    try:
        validate_document(doc, source, known_set)
    except RecursionError:
        raise SessionFileError(source, [Problem("$", "is nested too deeply to be a session file")]) from None
    session = session_from_dict(doc, known_set)
    if fast is not None and known_set is None:
        reader.remember(fast, session.question_set)
    return session


def read_session(path: str | os.PathLike[str], reader: BatchReader | None = None) -> Session:
    """Read and validate a session file. Never writes to it."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SessionFileError(source, [Problem("$", f"is too large ({size // 1_048_576} MiB) to be a session file")])
        data = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(source, [Problem("$", "does not exist")]) from None
    except IsADirectoryError:
        raise SessionFileError(source, [Problem("$", "is a folder, not a file")]) from None
    except PermissionError:
        raise SessionFileError(source, [Problem("$", "cannot be read (permission denied)")]) from None
    except OSError as exc:
        raise SessionFileError(source, [Problem("$", f"cannot be read ({exc.strerror or exc})")]) from None
    return parse_session(data, source, reader)


def session_to_bytes(session: Session) -> bytes:
    doc = session_to_dict(session, FORMAT_VERSION)
    return (json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def write_session(session: Session, path: str | os.PathLike[str], keep_backup: bool = True) -> None:
    """Save atomically; the previous file stays as ``<name>.bak``. Stamps the app version."""
    session.app_version = __version__
    atomic_write(path, session_to_bytes(session), keep_backup=keep_backup)
