"""The portfolio's cache of session summaries in the user cache folder, keyed by path, size and modification time."""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any, Optional

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


def _key(path: Path) -> str:
    text = os.fspath(path)
    return text if os.path.isabs(text) else os.path.abspath(text)


def _signature() -> str:
    # A new app version, schema or scoring rule may judge or score a file differently: start afresh.
    schema_crc = zlib.crc32(resource_path(*SCHEMA_FILE).read_bytes())
    return f"{CACHE_FORMAT}/{__version__}/{schema_crc:08x}/{RULES_VERSION}"


def _entry(stamp: Stamp, s: SessionSummary) -> list[Any]:
    return [*stamp, s.session_id, s.language, s.collaboration, s.link_id, s.time_label, s.date, s.phase,
            s.overall, s.answered, s.total, s.question_set,
            [[f.id, f.number, f.title, f.score, f.answered] for f in s.fields]]


def _summary(path: Path, entry: Any) -> SessionSummary:
    (_size, _mtime, session_id, language, collaboration, link_id, time_label, date, phase,
     overall, answered, total, question_set, fields) = entry
    return SessionSummary(
        path=path, session_id=session_id, language=language, collaboration=collaboration, link_id=link_id,
        time_label=time_label, date=date, phase=phase, overall=overall,
        fields=tuple(FieldSummary(*f) for f in fields),
        answered=answered, total=total, question_set=question_set,
    )


#: What an entry holds, checked by the decoder: a hand-edited or half-written cache never shows wrong numbers.
_Entry = tuple[int, int, str, str, str, str, str, Optional[str], Optional[str], Optional[float], int, int, str,
               list[tuple[str, int, str, Optional[float], int]]]


class _Stored(msgspec.Struct):
    signature: str
    entries: dict[str, _Entry]


class SummaryCache:
    """Summaries of session files already read. Anything wrong with the cache file makes it start empty."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file if file is not None else paths.cache_dir() / CACHE_FILE
        self._signature = _signature()
        self._entries: dict[str, list[Any]] = {}
        self._dirty = False
        try:
            stored = msgspec.json.decode(self.file.read_bytes(), type=_Stored)
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            self._dirty = True  # broken or of another shape: rebuilt by the next save
            return
        if stored.signature == self._signature:
            self._entries = stored.entries
        else:
            self._dirty = True

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, path: Path, stamp: Stamp) -> SessionSummary | None:
        key = _key(path)
        entry = self._entries.get(key)
        if entry is None or entry[0] != stamp[0] or entry[1] != stamp[1]:
            return None
        summary = _summary(path, entry)
        # Most recently used last, so that trimming drops the folders not opened for the longest time.
        del self._entries[key]
        self._entries[key] = entry
        return summary

    def put(self, path: Path, stamp: Stamp, summary: SessionSummary) -> None:
        key = _key(path)
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
