"""Start the workshop window: settings and session files first, then Qt and the windows.

The modules that read sessions are imported before the Qt side of start-up: PySide6 looks at
every import made after it is loaded (for its ``__feature__`` imports), and the fewer those, the
sooner the window is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from msgspec import Struct, field

from ..core import builders, scoring  # noqa: F401 - the window's document needs them; see above
from ..core.model import Session
from ..fileformat import SessionFileError
from ..fileformat import _schema_check  # noqa: F401 - reading a session validates with it; see above
from ..fileformat.disk_guard import Fingerprint, read_guarded
from .settings import Settings
from .app import run_app  # noqa: E402, I001 - after the modules above; see the module's docstring


class OpenedFiles(Struct):
    """The session files named at start-up: those read, and the problems of those that cannot be used."""

    sessions: list[tuple[Path, Session]] = field(default_factory=list)
    problems: list[SessionFileError] = field(default_factory=list)
    #: What each file read looked like on disk, for the check before it is saved over.
    disks: dict[Path, Fingerprint | None] = field(default_factory=dict)


def read_session_files(files: Sequence[str | Path], settings: Settings) -> OpenedFiles:
    """Read and validate each file; those that can be used join the recent files (saved to disk
    once the window is on screen, see ``run_app``)."""
    opened = OpenedFiles()
    for name in files:
        path = Path(name)
        try:
            session, disk = read_guarded(path)
        except SessionFileError as exc:
            opened.problems.append(exc)
            continue
        opened.sessions.append((path.resolve(), session))
        opened.disks[path.resolve()] = disk
        settings.add_recent(path)
    return opened


def launch(files: Sequence[str] = (), smoke_test: bool = False) -> int:
    """Open a workshop window for each session file (an empty one without files) and run until they close."""
    settings = Settings.load()
    # Read before the windows are built, so that the first paint shows the session: even a 2 MB
    # session is read and validated in a few milliseconds.
    opened = read_session_files(files, settings)
    return run_app(opened, settings, smoke_test=smoke_test)
