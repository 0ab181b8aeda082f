"""Crash-safe file replacement: write a temporary file, fsync it, keep a backup, then rename."""

from __future__ import annotations

import os
import re
import tempfile
import time
import zlib
from pathlib import Path

BACKUP_SUFFIX = ".bak"
#: The longest file name most file systems allow, in bytes.
NAME_MAX = 255
#: Room a temporary name adds to its target's: "." before, ".<pid>.<8 random>.tmp" after.
_TEMP_ROOM = 1 + 1 + 10 + 1 + 8 + 4
#: A temporary file this old belongs to no save in progress, whichever process made it.
STALE_SECONDS = 600


def _fit(name: str, room: int) -> str:
    """``name`` when it takes at most ``room`` bytes; otherwise its start and a checksum of the whole."""
    raw = os.fsencode(name)
    if len(raw) <= room:
        return name
    keep = room - 9
    while keep > 0 and raw[keep] & 0xC0 == 0x80:
        keep -= 1  # never cut a UTF-8 character in two
    return os.fsdecode(raw[:keep]) + f"~{zlib.crc32(raw):08x}"


def backup_path(path: Path) -> Path:
    """``<name>.bak`` beside the file; shortened so that it stays a legal name for a long one."""
    return path.with_name(_fit(path.name, NAME_MAX - len(BACKUP_SUFFIX)) + BACKUP_SUFFIX)


def _temp_prefix(path: Path) -> str:
    """The start of every temporary name of ``path``: the same in every process, within NAME_MAX."""
    return f".{_fit(path.name, NAME_MAX - _TEMP_ROOM)}."


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill would end the process on Windows; age alone decides there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def remove_stale_temps(path: Path) -> None:
    """Delete temporary files of ``path`` left by saves that were killed: their process is gone,
    or they are older than any save takes."""
    prefix = _temp_prefix(path)
    pattern = re.compile(re.escape(prefix) + r"(\d+)\.(?:bak|[A-Za-z0-9_]{8})\.tmp")
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        match = pattern.fullmatch(entry.name) if entry.name.startswith(prefix) else None
        if match is None:
            continue
        try:
            pid = int(match.group(1))
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            if old or (pid != os.getpid() and not _running(pid)):
                os.unlink(entry.path)
        except (OSError, ValueError):
            continue  # gone already, or not ours to remove


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; MoveFileEx is durable enough there.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _snapshot(path: Path, target: Path) -> None:
    """Make ``target`` a complete copy of ``path`` without ever exposing a half-written copy."""
    tmp = target.with_name(f"{_temp_prefix(path)}{os.getpid()}.bak.tmp")
    try:
        os.link(path, tmp)  # cheap and atomic where hard links work
    except OSError:
        _write_temp_and_replace(target, path.read_bytes())
        return
    os.replace(tmp, target)


def _target_mode(path: Path) -> int:
    """Keep an existing file's permissions; give a new file the user's default ones."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_temp_and_replace(path: Path, data: bytes, mode: int | None = None) -> None:
    mode = _target_mode(path) if mode is None else mode
    # mkstemp creates the file readable by its owner only; the saved file must not change that way.
    fd, tmp_name = tempfile.mkstemp(prefix=f"{_temp_prefix(path)}{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def atomic_write(path: str | os.PathLike[str], data: bytes, keep_backup: bool = True,
                 mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` so that readers only ever see the old or the new content.

    With ``keep_backup``, the previous content stays available as ``<name>.bak``. ``mode`` gives
    the file these permissions whatever the umask (private files); without it an existing file
    keeps its own and a new one gets the user's default ones.
    """
    path = Path(path)
    remove_stale_temps(path)
    if keep_backup and path.is_file():
        _snapshot(path, backup_path(path))
    _write_temp_and_replace(path, data, mode)
    _fsync_dir(path.parent)
