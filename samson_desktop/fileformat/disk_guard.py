"""What a session file on disk looked like when it was read or written, to notice other programs' changes."""

from __future__ import annotations

import enum
import os
import stat
import zlib
from pathlib import Path
from typing import Any

from msgspec import Struct

from ..core.model import Session
from .sessionfile import MAX_FILE_BYTES, read_session

_CHUNK = 1 << 20


class Fingerprint(Struct, frozen=True):
    """Size, modification time and a checksum of a file's content."""

    size: int
    mtime_ns: int
    #: CRC-32 of the content: it catches a change that keeps the size and the time (a copy with
    #: ``cp -p``, a sync tool). It guards against accidents, not against someone forging a file,
    #: and zlib is loaded at start-up anyway while hashlib would cost every start a few ms.
    checksum: int

    def same_content(self, other: Fingerprint | None) -> bool:
        """The same bytes, whatever the time says (a program that rewrote identical content lost nothing)."""
        return other is not None and self.size == other.size and self.checksum == other.checksum

    def to_json(self) -> dict[str, int]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "checksum": self.checksum}

    @classmethod
    def from_json(cls, raw: Any) -> Fingerprint | None:
        if not isinstance(raw, dict):
            return None
        values = [raw.get(name) for name in ("size", "mtime_ns", "checksum")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return None
        return cls(*values)


class DiskState(enum.Enum):
    SAME = "same"          # still the file this window read or wrote
    CHANGED = "changed"    # another program wrote it (or this window never knew it)
    MISSING = "missing"    # gone: saving replaces nothing


def fingerprint(path: str | os.PathLike[str]) -> Fingerprint | None:
    """The fingerprint of a regular file; None when there is none (missing, a folder, a device, a FIFO)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        # Opened without blocking and checked through the open file: a FIFO put in its place
        # between a check by name and the open cannot hang the window.
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        checksum, remaining = 0, MAX_FILE_BYTES + 1
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            checksum = zlib.crc32(chunk, checksum)
            remaining -= len(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return Fingerprint(info.st_size, info.st_mtime_ns, checksum)


def disk_state(path: str | os.PathLike[str], known: Fingerprint | None) -> DiskState:
    """Compare the file on disk with what this window last read or wrote there."""
    current = fingerprint(path)
    if current is None:
        return DiskState.MISSING if not os.path.lexists(path) else DiskState.CHANGED
    return DiskState.SAME if current.same_content(known) else DiskState.CHANGED


def read_guarded(path: str | os.PathLike[str]) -> tuple[Session, Fingerprint | None]:
    """Read a session together with the fingerprint of what was read.

    The fingerprint is taken first: if another program writes in between, it describes an older
    file than the one read, and the next save asks rather than overwrites in silence.
    """
    known = fingerprint(path)
    return read_session(path), known


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True for an existing file that is marked read-only (no write bit), or that this user cannot write."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    # The mode first: the superuser may write anything, but a 0444 file still says "keep".
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def same_path(a: str | os.PathLike[str] | None, b: str | os.PathLike[str] | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
