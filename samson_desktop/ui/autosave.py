"""Autosave: every change reaches the user data folder within 2 s; leftovers after a crash can be recovered."""

from __future__ import annotations

import json
import os
import sys
import weakref
from datetime import datetime
from pathlib import Path

from msgspec import Struct
from PySide6.QtCore import QObject, QTimer, Signal

from .. import paths
from ..core.builders import now_iso
from ..core.model import Session
from ..fileformat import SessionFileError, read_session, session_to_bytes
from ..fileformat.atomic import atomic_write
from ..fileformat.disk_guard import Fingerprint
from .document import Change, SessionDocument
from .process_lock import ProcessLock

#: The first change starts the timer and later ones do not restart it, so no change waits
#: longer than this (plus the write itself): well within the 2 s the product promises.
DELAY_MS = 1000
SESSION_SUFFIX = ".samson"
META_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"
#: Autosaves hold participants' names: readable by their owner only, whatever the umask.
PRIVATE_MODE = 0o600

_autosavers: "weakref.WeakSet[Autosaver]" = weakref.WeakSet()


class Autosaver(QObject):
    """Writes the document's unsaved state to ``autosave_dir()`` shortly after each change.

    Each window writes files of its own, named by a random token and guarded by a lock that dies
    with its process: no window ever overwrites or removes another's, and a crashed window's
    autosave is a leftover from the moment the process is gone.
    """

    saved = Signal(object)  # Path
    failed = Signal(str)

    def __init__(self, document: SessionDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._token = os.urandom(16).hex()  # as unique as a uuid4, without uuid's import at start-up
        self._written: Path | None = None
        #: Made at the first write, so that a window without changes never touches the disk.
        self._held: list[ProcessLock] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        document.changed.connect(self._on_changed)
        document.dirtyChanged.connect(self._on_dirty_changed)
        document.pathChanged.connect(self._on_path_changed)
        _autosavers.add(self)
        # A window that vanishes without closing (the in-process picture of a crash) leaves its
        # files, and lets go of them as a dead process would.
        self.destroyed.connect(lambda *_, locks=self._held: [lock.release(remove=False) for lock in locks])

    # --- state -------------------------------------------------------------------------
    def pending(self) -> bool:
        return self._timer.isActive()

    def current_file(self) -> Path | None:
        return self._written

    def file(self) -> Path:
        """This window's autosave file (there is one only while there are unsaved changes)."""
        return paths.autosave_dir() / f"{self._token}{SESSION_SUFFIX}"

    # --- writing -----------------------------------------------------------------------
    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> Path | None:
        """Write now if there is anything unsaved; returns the autosave file or None."""
        self._timer.stop()
        if not self._document.is_dirty():
            return None
        session = self._document.session
        target = self.file()
        disk = self._document.disk
        meta = {
            "pid": os.getpid(),
            "token": self._token,
            "session_id": session.session_id,
            "saved_at": now_iso(),
            "path": str(self._document.path) if self._document.path else None,
            # What the session file looked like when this window read it: a recovery that saves
            # over a file another program changed since asks first.
            "disk": disk.to_json() if disk else None,
        }
        try:
            # The lock comes first and goes last: a file without its lock is never a live one.
            if not self._held:
                lock = ProcessLock(target.with_suffix(LOCK_SUFFIX))
                if lock.acquire(json.dumps({"pid": os.getpid()}).encode("utf-8")):
                    self._held.append(lock)
            atomic_write(target.with_suffix(META_SUFFIX), json.dumps(meta).encode("utf-8"),
                         keep_backup=False, mode=PRIVATE_MODE)
            atomic_write(target, session_to_bytes(session), keep_backup=False, mode=PRIVATE_MODE)
        except OSError as exc:
            message = f"autosave to {target} failed: {exc}"
            print("SAMSON: " + message, file=sys.stderr)
            self.failed.emit(message)
            self.schedule()  # try again: the disk may have room again in a moment
            return None
        self._written = target
        self.saved.emit(target)
        return target

    def discard(self) -> None:
        """Remove this window's autosave: the session was saved, discarded or replaced."""
        self._timer.stop()
        if self._written:
            _remove(self._written)
            self._written = None
        while self._held:
            self._held.pop().release(remove=True)

    def close(self) -> None:
        """A clean close: nothing to recover next time."""
        self.discard()

    # --- reacting to the document ------------------------------------------------------
    def _on_changed(self, _change: Change) -> None:
        if self._document.is_dirty():
            self.schedule()

    def _on_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self.schedule()
        else:
            self.discard()

    def _on_path_changed(self, _path: object) -> None:
        if self._document.is_dirty():
            self.schedule()


def _remove(session_file: Path) -> None:
    for path in (session_file, session_file.with_suffix(META_SUFFIX)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            print(f"SAMSON: could not remove autosave {path} ({exc})", file=sys.stderr)


def flush_all() -> None:
    """Write every window's pending changes now (before showing an error, before quitting)."""
    for autosaver in list(_autosavers):
        try:
            autosaver.flush()
        except RuntimeError:
            pass  # its Qt object is already gone


class Leftover(Struct, frozen=True):
    """An autosave whose window did not close cleanly; this process holds its lock until it is dealt with."""

    file: Path
    session: Session
    #: The session file it belongs to, None for a session that was never saved.
    original: Path | None
    saved_at: datetime
    #: The session file as the crashed window last read or wrote it, when it said so.
    disk: Fingerprint | None = None
    lock: ProcessLock | None = None

    def discard(self) -> None:
        """Throw it away."""
        _remove(self.file)
        if self.lock is not None:
            self.lock.release(remove=True)

    def release(self) -> None:
        """Keep it for the next start, and let other windows offer it meanwhile."""
        if self.lock is not None:
            self.lock.release(remove=False)


def _read_meta(file: Path) -> dict:
    try:
        meta = json.loads(file.with_suffix(META_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def find_leftovers() -> list[Leftover]:
    """Autosaves whose process has ended without a clean close, newest first.

    The lock, not a PID, decides: a zombie, a reused PID or a reboot cannot make a dead window look
    alive, and the very next start sees a killed window's autosave. The leftovers found keep their
    locks, so that two windows starting together never both offer the same one. Unreadable ones
    are skipped.
    """
    folder = paths.autosave_dir()
    found: list[Leftover] = []
    for file in folder.glob(f"*{SESSION_SUFFIX}"):
        lock = ProcessLock(file.with_suffix(LOCK_SUFFIX))
        if not lock.acquire():
            continue  # its window is alive, in this process or another
        meta = _read_meta(file)
        try:
            session = read_session(file)
        except SessionFileError as exc:
            lock.release(remove=False)
            print(f"SAMSON: skipping unreadable autosave ({exc.summary()})", file=sys.stderr)
            continue
        original = meta.get("path")
        try:
            saved_at = datetime.fromtimestamp(file.stat().st_mtime)
        except OSError:
            lock.release(remove=False)
            continue  # removed meanwhile
        found.append(Leftover(
            file=file,
            session=session,
            original=Path(original) if isinstance(original, str) and original else None,
            saved_at=saved_at,
            disk=Fingerprint.from_json(meta.get("disk")),
            lock=lock,
        ))
    _remove_orphan_locks(folder)
    found.sort(key=lambda leftover: leftover.saved_at, reverse=True)
    return found


def _remove_orphan_locks(folder: Path) -> None:
    """Lock files whose autosave is gone: a crash between removing the autosave and its lock."""
    for lock_file in folder.glob(f"*{LOCK_SUFFIX}"):
        if lock_file.with_suffix(SESSION_SUFFIX).exists():
            continue
        lock = ProcessLock(lock_file)
        if lock.acquire():
            _remove(lock_file.with_suffix(SESSION_SUFFIX))
            lock.release(remove=True)
