"""Crash-safe file replacement: write a temporary file, fsync it, keep a backup, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


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
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
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
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
    if keep_backup and path.is_file():
        _snapshot(path, backup_path(path))
    _write_temp_and_replace(path, data, mode)
    _fsync_dir(path.parent)
