"""Autosave: every change reaches the user data folder within 2 s; leftovers after a crash can be recovered."""

from __future__ import annotations

import json
import os
import sys
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from .. import paths
from ..core.builders import now_iso
from ..core.model import Session
from ..fileformat import SessionFileError, read_session, session_to_bytes
from ..fileformat.atomic import atomic_write
from .document import Change, SessionDocument

#: The first change starts the timer and later ones do not restart it, so no change waits
#: longer than this (plus the write itself): well within the 2 s the product promises.
DELAY_MS = 1000
SESSION_SUFFIX = ".samson"
META_SUFFIX = ".json"

#: Tokens of autosavers alive in this process; their files are not leftovers.
_live_tokens: set[str] = set()
_autosavers: "weakref.WeakSet[Autosaver]" = weakref.WeakSet()


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x102
        handle = ctypes.windll.kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == wait_timeout
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


class Autosaver(QObject):
    """Writes the document's unsaved state to ``autosave_dir()`` shortly after each change."""

    saved = Signal(object)  # Path
    failed = Signal(str)

    def __init__(self, document: SessionDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._token = os.urandom(16).hex()  # as unique as a uuid4, without uuid's import at start-up
        self._written: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        document.changed.connect(self._on_changed)
        document.dirtyChanged.connect(self._on_dirty_changed)
        document.pathChanged.connect(self._on_path_changed)
        token = self._token
        _live_tokens.add(token)
        _autosavers.add(self)
        # A window that vanishes without closing (the in-process picture of a crash) leaves its file.
        self.destroyed.connect(lambda *_: _live_tokens.discard(token))

    # --- state -------------------------------------------------------------------------
    def pending(self) -> bool:
        return self._timer.isActive()

    def current_file(self) -> Path | None:
        return self._written

    def file_for(self, session: Session) -> Path:
        return paths.autosave_dir() / f"{session.session_id}{SESSION_SUFFIX}"

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
        target = self.file_for(session)
        meta = {
            "pid": os.getpid(),
            "token": self._token,
            "saved_at": now_iso(),
            "path": str(self._document.path) if self._document.path else None,
        }
        try:
            atomic_write(target.with_suffix(META_SUFFIX), json.dumps(meta).encode("utf-8"), keep_backup=False)
            atomic_write(target, session_to_bytes(session), keep_backup=False)
        except OSError as exc:
            message = f"autosave to {target} failed: {exc}"
            print("SAMSON: " + message, file=sys.stderr)
            self.failed.emit(message)
            self.schedule()  # try again: the disk may have room again in a moment
            return None
        if self._written and self._written != target:
            _remove(self._written)
        self._written = target
        self.saved.emit(target)
        return target

    def discard(self) -> None:
        """Remove this window's autosave: the session was saved, discarded or replaced."""
        self._timer.stop()
        if self._written:
            _remove(self._written)
            self._written = None

    def close(self) -> None:
        """A clean close: nothing to recover next time."""
        self.discard()
        _live_tokens.discard(self._token)

    # --- reacting to the document ------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind == "session" and self._written and self._written != self.file_for(self._document.session):
            # Another session took this window's place; the old one was saved or discarded first.
            _remove(self._written)
            self._written = None
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


@dataclass(frozen=True)
class Leftover:
    """An autosave whose window did not close cleanly."""

    file: Path
    session: Session
    #: The session file it belongs to, None for a session that was never saved.
    original: Path | None
    saved_at: datetime

    def discard(self) -> None:
        _remove(self.file)


def _read_meta(file: Path) -> dict:
    try:
        meta = json.loads(file.with_suffix(META_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _belongs_to_live_window(meta: dict) -> bool:
    if meta.get("token") in _live_tokens:
        return True
    pid = meta.get("pid")
    return isinstance(pid, int) and pid != os.getpid() and _process_alive(pid)


def find_leftovers() -> list[Leftover]:
    """Autosaves of windows that did not close cleanly, newest first. Unreadable ones are skipped."""
    found: list[Leftover] = []
    for file in paths.autosave_dir().glob(f"*{SESSION_SUFFIX}"):
        meta = _read_meta(file)
        if _belongs_to_live_window(meta):
            continue
        try:
            session = read_session(file)
        except SessionFileError as exc:
            print(f"SAMSON: skipping unreadable autosave ({exc.summary()})", file=sys.stderr)
            continue
        original = meta.get("path")
        found.append(Leftover(
            file=file,
            session=session,
            original=Path(original) if isinstance(original, str) and original else None,
            saved_at=datetime.fromtimestamp(file.stat().st_mtime),
        ))
    found.sort(key=lambda leftover: leftover.saved_at, reverse=True)
    return found
