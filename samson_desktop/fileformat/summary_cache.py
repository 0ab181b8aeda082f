"""The portfolio's cache of session summaries in the user cache folder, keyed by path, size and modification time."""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

import msgspec

from .. import __version__, paths
from ..core.portfolio import FieldSummary, SessionSummary
from ..core.scoring import RULES_VERSION
from ..resources import resource_path
from .atomic import atomic_write
from .validation import SCHEMA_FILE

CACHE_FILE = "portfolio-summaries.json"
#: Bumped whenever the stored entry changes shape.
CACHE_FORMAT = 1
#: Entries kept across all folders; the least recently used go first.
MAX_ENTRIES = 20_000

#: (size in bytes, modification time in ns): a file whose stamp changed is read again.
Stamp = tuple[int, int]


def file_stamp(path: Path) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _signature() -> str:
    # A new app version, schema or scoring rule may judge or score a file differently: start afresh.
    schema_crc = zlib.crc32(resource_path(*SCHEMA_FILE).read_bytes())
    return f"{CACHE_FORMAT}/{__version__}/{schema_crc:08x}/{RULES_VERSION}"


def _entry(stamp: Stamp, s: SessionSummary) -> list[Any]:
    return [*stamp, s.session_id, s.language, s.collaboration, s.link_id, s.time_label, s.date, s.phase,
            s.overall, s.answered, s.total, s.question_set,
            [[f.id, f.number, f.title, f.score, f.answered] for f in s.fields]]


def _summary(path: Path, entry: list[Any]) -> SessionSummary:
    (_size, _mtime, session_id, language, collaboration, link_id, time_label, date, phase,
     overall, answered, total, question_set, fields) = entry
    summary = SessionSummary(
        path=path, session_id=session_id, language=language, collaboration=collaboration, link_id=link_id,
        time_label=time_label, date=date, phase=phase, overall=overall,
        fields=tuple(FieldSummary(*f) for f in fields),
        answered=answered, total=total, question_set=question_set,
    )
    # A hand-edited or half-written cache must never show wrong numbers: check what the table relies on.
    texts = (session_id, language, collaboration, link_id, time_label, question_set)
    numbers = (overall, *(f.score for f in summary.fields))
    if (not all(isinstance(t, str) for t in texts)
            or not all(n is None or isinstance(n, float) for n in numbers)
            or not all(isinstance(n, int) for n in (answered, total, *(f.number for f in summary.fields)))
            or not all(v is None or isinstance(v, str) for v in (date, phase))):
        raise ValueError("malformed cache entry")
    return summary


class SummaryCache:
    """Summaries of session files already read. Anything wrong with the cache file makes it start empty."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file if file is not None else paths.cache_dir() / CACHE_FILE
        self._signature = _signature()
        self._entries: dict[str, list[Any]] = {}
        self._dirty = False
        try:
            stored = msgspec.json.decode(self.file.read_bytes())
            if stored["signature"] == self._signature and isinstance(stored["entries"], dict):
                self._entries = stored["entries"]
            else:
                self._dirty = True
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError):
            self._dirty = True  # broken: rebuilt by the next save

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, path: Path, stamp: Stamp) -> SessionSummary | None:
        key = os.path.abspath(path)
        entry = self._entries.get(key)
        if entry is None:
            return None
        try:
            if entry[0] != stamp[0] or entry[1] != stamp[1]:
                return None
            summary = _summary(path, entry)
        except (TypeError, ValueError, IndexError):
            del self._entries[key]
            self._dirty = True
            return None
        # Most recently used last, so that trimming drops the folders not opened for the longest time.
        del self._entries[key]
        self._entries[key] = entry
        return summary

    def put(self, path: Path, stamp: Stamp, summary: SessionSummary) -> None:
        key = os.path.abspath(path)
        self._entries.pop(key, None)
        self._entries[key] = _entry(stamp, summary)
        self._dirty = True

    def save(self) -> None:
        """Write the cache if anything changed; a cache that cannot be written is no error."""
        if not self._dirty:
            return
        while len(self._entries) > MAX_ENTRIES:
            del self._entries[next(iter(self._entries))]
        data = msgspec.json.encode({"signature": self._signature, "entries": self._entries})
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.file, data, keep_backup=False)
        except OSError:
            return
        self._dirty = False
