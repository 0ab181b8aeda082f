"""Earlier sessions of the open session's collaboration: the time points it refers to, one after the other, and
sessions of the same collaboration in its folder, among recent files, autosaves and the demos."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .. import paths
from ..core.model import Session
from ..core.portfolio import LINK_KEY, SessionSummary, timeline_key
from ..fileformat.earlier_lookup import find_earlier
from ..fileformat.portfolio_files import load_files, session_files
from ..fileformat.question_sets import demo_session_paths
from ..fileformat.summary_cache import SummaryCache
from .settings import Settings

#: Folders larger than this are not searched for earlier sessions (the window must open quickly).
MAX_SIBLINGS = 300
#: How many time points back the chain of earlier references is followed.
MAX_CHAIN = 20


def reference_chain(session: Session, path: Path | None) -> list[tuple[str, Path]]:
    """(session id, file) of each earlier time point in turn: the one ``session`` refers to, the one that
    refers to, and so on, each found by its id beside the file that refers to it or among the files
    chosen by hand and the recent files. Stops at the first one not found."""
    settings = Settings.load()
    elsewhere = [Path(p) for p in settings.earlier_files.values()] + settings.existing_recent()
    out: list[tuple[str, Path]] = []
    seen = {session.session_id}
    current, where = session, path
    while current.earlier is not None and current.earlier.session_id not in seen and len(out) < MAX_CHAIN:
        found = find_earlier(current, where, elsewhere)
        if found is None:
            break
        seen.add(found.session.session_id)
        out.append((found.session.session_id, found.path))
        current, where = found.session, found.path
    return out


def candidate_files(path: Path | None, extra_folders: Sequence[Path] = (), first: Sequence[Path] = ()) -> list[Path]:
    """Where earlier sessions may be, each file once: ``first``, the open file's folder, recent files, autosaves,
    demos."""
    files: list[Path] = list(first)
    folders = list(extra_folders)
    if path is not None:
        folders.append(Path(path).parent)
    for folder in folders:
        found = session_files(folder) if folder.is_dir() else []
        if len(found) <= MAX_SIBLINGS:
            files += found
    files += Settings.load().existing_recent()
    files += sorted(paths.autosave_dir().glob("*.samson"))[:MAX_SIBLINGS]
    # The demos ship with the app: a demo opened as a copy has no folder, yet its other time point is here.
    files += [p for p in demo_session_paths() if p.is_file()]
    own = Path(path).resolve() if path is not None else None
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        resolved = f.resolve()
        if resolved not in seen and resolved != own:
            seen.add(resolved)
            unique.append(f)
    return unique


def earlier_sessions(later: Session, path: Path | None, extra_folders: Sequence[Path] = ()) -> list[SessionSummary]:
    """Sessions of the same collaboration at another time point: the latest dated before this one first."""
    link = later.collaboration.extra.get(LINK_KEY)
    key = timeline_key(later.collaboration.name, link if isinstance(link, str) else "")
    here = (later.time_point.label, later.time_point.date)
    # The time points this one refers to belong to it even when the collaboration was renamed since.
    chain = reference_chain(later, path)
    chained = {sid for sid, _file in chain}
    files = candidate_files(path, extra_folders, first=[file for _sid, file in chain])
    rows = [s for s in load_files(files, cache=SummaryCache()).sessions
            if (s.group_key == key or s.session_id in chained) and s.session_id != later.session_id
            # The same time point saved elsewhere (the demo a copy was made from, a backup) is not earlier.
            and (s.time_label, s.date) != here]
    date = later.time_point.date or "9999"
    before = sorted((s for s in rows if s.date and s.date <= date), key=lambda s: s.date or "", reverse=True)
    rest = [s for s in rows if s not in before]
    # The same session may sit in several places (a copy, an autosave): keep the first.
    out, ids = [], set()
    for s in before + rest:
        if (s.session_id, s.date, s.time_label) not in ids:
            ids.add((s.session_id, s.date, s.time_label))
            out.append(s)
    return out
