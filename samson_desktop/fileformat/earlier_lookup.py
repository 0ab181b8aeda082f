"""Find the file of a session's earlier time point: in the session's own folder first, then among given paths."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from msgspec import Struct

from ..core.model import Session
from .errors import SessionFileError
from .sessionfile import FILE_SUFFIX, parse_session, read_limited

#: How many files of the session's own folder are looked into at most: a folder of thousands of
#: sessions is searched no further than this rather than keeping the window waiting.
FOLDER_LIMIT = 500


class EarlierFile(Struct, frozen=True):
    """The earlier session, read, and where it was found."""

    path: Path
    session: Session


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def candidate_paths(session_path: Path | None, candidates: Iterable[Path | str] = ()) -> list[Path]:
    """The files to look into, in order and without repeats: the session's folder, then ``candidates``."""
    found: list[Path] = []
    seen = {_key(session_path)} if session_path is not None else set()
    local: list[Path] = []
    if session_path is not None:
        try:
            local = sorted(p for p in Path(session_path).parent.glob(f"*{FILE_SUFFIX}"))[:FOLDER_LIMIT]
        except OSError:
            local = []
    for path in [*local, *(Path(c) for c in candidates)]:
        key = _key(path)
        if key not in seen:
            seen.add(key)
            found.append(path)
    return found


def read_if_session(path: Path, session_id: str) -> Session | None:
    """The session in ``path`` when it is a valid session file with id ``session_id``; else None."""
    try:
        data = read_limited(path, path.name)
    except SessionFileError:
        return None
    # Ids are plain ASCII, written as they are: a file without the id's bytes cannot be the one.
    if session_id.encode("ascii", "replace") not in data:
        return None
    try:
        found = parse_session(data, path.name)
    except SessionFileError:
        return None
    return found if found.session_id == session_id else None


def find_earlier(session: Session, session_path: Path | None = None,
                 candidates: Iterable[Path | str] = ()) -> EarlierFile | None:
    """The earlier session ``session`` refers to, from the first file that holds it; None when the
    session has no reference or no file holds it (missing, moved, unreadable or invalid)."""
    ref = session.earlier
    if ref is None:
        return None
    for path in candidate_paths(session_path, candidates):
        found = read_if_session(path, ref.session_id)
        if found is not None:
            return EarlierFile(path, found)
    return None
