"""One window per session file on this machine: the claim each window holds on the file it shows.

A claim is a lock file in ``paths.open_files_dir()`` named after the session file's path. The lock
dies with its process, so a crashed window never keeps a file claimed. The lock file names the
owner's process and the local server that can bring its window forward (``window_link``).
"""

from __future__ import annotations

import json
import os
import weakref
import zlib
from pathlib import Path

from msgspec import Struct
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from .. import paths
from .document import SessionDocument
from .process_lock import ProcessLock, is_locked, read_info

#: The name under which this process answers "bring your window forward" (see window_link).
SERVER_NAME = f"samson-{os.getpid()}-{os.urandom(6).hex()}"


class Owner(Struct, frozen=True):
    """Another process's window that shows the file."""

    pid: int | None
    server: str | None


class _Claim(Struct):
    lock: ProcessLock
    window: "weakref.ref[QObject]"


_claims: dict[str, _Claim] = {}


def key(path: str | os.PathLike[str]) -> str:
    """The one spelling of a file's path that every window uses."""
    return os.path.normcase(os.path.realpath(path))


def _lock_file(file_key: str) -> Path:
    data = file_key.encode("utf-8", "surrogatepass")
    # 64 bits from zlib (loaded anyway; hashlib would cost every start a few ms). A clash of two
    # paths is recognised by the path in the lock file and then only costs that file its claim.
    return paths.open_files_dir() / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.lock"


def _live(file_key: str) -> _Claim | None:
    claim = _claims.get(file_key)
    if claim is not None and claim.window() is None:
        claim.lock.release()
        del _claims[file_key]
        return None
    return claim


def claim(path: str | os.PathLike[str], window: QObject) -> bool:
    """Claim ``path`` for ``window``; True if it now holds it (or held it already)."""
    file_key = key(path)
    held = _live(file_key)
    if held is not None:
        return held.window() is window
    lock = ProcessLock(_lock_file(file_key))
    info = {"pid": os.getpid(), "server": SERVER_NAME, "path": file_key}
    try:
        if not lock.acquire(json.dumps(info).encode("utf-8")):
            return False
    except OSError:
        return True  # no place for claims (a read-only data folder): the save checks still guard the file
    ref = weakref.ref(window)
    _claims[file_key] = _Claim(lock, ref)
    # A window deleted without closing (tests, a crash of its Python side) lets go of its file,
    # and only of its own claim: the file may belong to another window of this process by then.
    window.destroyed.connect(lambda *_, k=file_key: _drop(k, ref))
    return True


def _drop(file_key: str, owner: "weakref.ref[QObject] | None" = None) -> None:
    held = _claims.get(file_key)
    if held is not None and (owner is None or held.window is owner):
        del _claims[file_key]
        held.lock.release()


def release(window: QObject, keep: str | os.PathLike[str] | None = None) -> None:
    """Let go of every file ``window`` claims, except ``keep``."""
    kept = key(keep) if keep is not None else None
    for file_key, held in list(_claims.items()):
        if held.window() in (window, None) and file_key != kept:
            _drop(file_key)


def follow(window: QObject, path: str | os.PathLike[str] | None) -> bool:
    """Make ``window``'s claims exactly ``path`` (none for an unsaved session); False if another window has it."""
    release(window, keep=path)
    return path is None or claim(path, window)


def follow_document(window: QObject, document: SessionDocument) -> None:
    """Keep ``window``'s claim on the file its document shows, from now on and whenever that file changes."""
    follow(window, document.path)
    document.pathChanged.connect(lambda path: follow(window, path))


def window_for(path: str | os.PathLike[str]) -> QObject | None:
    """The window of this process that shows ``path``, if any."""
    held = _live(key(path))
    return held.window() if held is not None else None


def owner_elsewhere(path: str | os.PathLike[str]) -> Owner | None:
    """The other process whose window shows ``path``; None when no other process has it."""
    file_key = key(path)
    if _live(file_key) is not None:
        return None
    lock_file = _lock_file(file_key)
    try:
        if not is_locked(lock_file):
            return None
    except OSError:
        return None
    try:
        info = json.loads(read_info(lock_file).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        info = {}
    if not isinstance(info, dict):
        info = {}
    if info.get("path") not in (None, file_key):
        return None  # the lock of another file whose name clashes; see _lock_file
    pid, server = info.get("pid"), info.get("server")
    return Owner(pid if isinstance(pid, int) else None, server if isinstance(server, str) else None)


def bring_forward(window: QObject) -> None:
    """Show ``window`` in front of the others (as far as the window system allows)."""
    if not isinstance(window, QWidget):
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
