"""A lock file that the operating system releases when its process ends, however it ends (no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

if os.name == "nt":
    import msvcrt
else:
    import fcntl

#: Windows locks are mandatory: the lock sits on a byte far past the content, so that
#: anyone may still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30
_ATTEMPTS = 5


class ProcessLock:
    """An exclusive, non-blocking lock on ``path``.

    A PID in a file can be fooled by a zombie or a reused PID; an ``flock`` (``LockFileEx`` on
    Windows) cannot: the kernel drops it with the last descriptor, on a crash and on ``kill -9``.
    Locks are per open file, so two owners inside one process exclude each other too.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, info: bytes = b"") -> bool:
        """Take the lock and write ``info`` into the file; False if another owner holds it."""
        if self._fd is not None:
            return True
        for _attempt in range(_ATTEMPTS):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            if not _lock(fd):
                os.close(fd)
                return False
            # The previous owner removes the file while it still holds the lock; whoever opened
            # that file just before holds a lock on a name that no longer exists, and tries again.
            if _same_file(fd, self.path):
                break
            os.close(fd)
        else:
            return False
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info)
        except OSError:
            pass  # the information is a courtesy to others; the lock is what counts
        self._fd = fd
        return True

    def release(self, remove: bool = True) -> None:
        """Let go; with ``remove`` the file goes too (removed before the lock is dropped: see acquire)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if remove and os.name != "nt":
            _unlink(self.path)
        os.close(fd)
        if remove and os.name == "nt":
            _unlink(self.path)  # Windows removes no open file

    def __del__(self) -> None:
        # A lock object that is simply dropped must not keep its file locked for the process's life.
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def read_info(path: Path) -> bytes:
    """What the owner wrote into the lock file (empty when it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(64 * 1024)
    except OSError:
        return b""


def is_locked(path: Path) -> bool:
    """True while an owner, in this process or another, holds the lock on ``path``."""
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        locked = not _lock(fd)
    finally:
        os.close(fd)
    return locked


def _lock(fd: int) -> bool:
    try:
        if os.name == "nt":
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    if os.name == "nt":
        return True  # an open file cannot be removed there, so the race above cannot happen
    try:
        by_fd, by_name = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (by_fd.st_dev, by_fd.st_ino) == (by_name.st_dev, by_name.st_ino)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
