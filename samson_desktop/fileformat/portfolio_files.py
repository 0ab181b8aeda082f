"""Read folders and lists of session files into portfolio summaries: fast, and from a cache for files that have not changed."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Iterable, Sequence

from ..core.portfolio import LoadError, Portfolio, Progress, SessionSummary, summarise
from .batch import BatchReader
from .errors import SessionFileError
from .summary_cache import SummaryCache, file_stamp

SESSION_SUFFIX = ".samson"


def session_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.samson`` file below ``folder``, in name order; backups and hidden temp files are skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.endswith(SESSION_SUFFIX) and not name.startswith("."):
                found.append((*root.split(os.sep), name))
    # Sorted by path parts, as Paths sort, without the cost of comparing a thousand Path objects.
    return [Path(os.sep.join(parts)) for parts in sorted(found)]


def read_summary(path: Path, reader: BatchReader) -> SessionSummary | LoadError:
    try:
        session = reader.read(path)
    except SessionFileError as exc:
        return LoadError(path, exc.first(), exc)
    try:
        return summarise(session, path)
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop a folder of a thousand
        return LoadError(path, f"could not be summarised ({type(exc).__name__}: {exc})")


def load_files(paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None,
               cache: SummaryCache | None = None) -> Portfolio:
    """Read and summarise each file; a bad file is listed with its reason and never stops the rest.

    With a ``cache``, a file with the path, size and modification time of one summarised before is
    not read again, and what is read is added to the cache.
    """
    result = Portfolio()
    reader = BatchReader()
    total = len(paths)
    # Reading makes many short-lived objects and keeps few: cyclic collection would only cost time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for done, raw in enumerate(paths, 1):
            path = raw if isinstance(raw, Path) else Path(raw)
            stamp = file_stamp(path) if cache is not None else None
            found = cache.get(path, stamp) if stamp is not None else None
            if found is None:
                found = read_summary(path, reader)
                if stamp is not None and isinstance(found, SessionSummary):
                    cache.put(path, stamp, found)
            if isinstance(found, LoadError):
                result.errors.append(found)
            else:
                result.sessions.append(found)
            if progress is not None and not progress(done, total):
                result.cancelled = done < total
                break
    finally:
        if collecting:
            gc.enable()
        if cache is not None:
            cache.save()
    return result


def load_folder(folder: str | os.PathLike[str], progress: Progress | None = None,
                cache: SummaryCache | None = None) -> Portfolio:
    return load_files(session_files(folder), progress, cache)


def load(sources: Iterable[str | os.PathLike[str]], progress: Progress | None = None,
         cache: SummaryCache | None = None) -> Portfolio:
    """Folders are searched for session files; files are read as given."""
    paths: list[Path] = []
    for source in sources:
        p = Path(source)
        paths.extend(session_files(p) if p.is_dir() else [p])
    return load_files(paths, progress, cache)
