"""Reading the picked session files and the .samson-seminar file, with a progress dialog and plain messages."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from msgspec import Struct, field
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.model import Session
from ...fileformat import SessionFileError, read_session
from ...fileformat.seminar_file import (SeminarCase, SeminarFile, SeminarFileError, read_seminar,
                                        relative_session_path, resolve_session_path, write_seminar)
from ..i18n import message_language
from .setup import SeminarSetup


class Loaded(Struct):
    """Sessions read, and one plain line per file that could not be read."""

    sessions: list[tuple[Path, Session]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_sessions(paths: Sequence[Path], parent: QWidget | None) -> Loaded:
    """Read each file; a bad one is named with its first problem and never stops the rest."""
    loaded = Loaded()
    dialog = QProgressDialog(QCoreApplication.translate("Seminar", "Reading session files…"),
                             QCoreApplication.translate("Seminar", "Cancel"), 0, max(len(paths), 1), parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # a handful of files never flashes a dialog
    for done, path in enumerate(paths, 1):
        if dialog.wasCanceled():
            break
        try:
            loaded.sessions.append((Path(path), read_session(path)))
        except SessionFileError as exc:
            loaded.problems.append(f"{Path(path).name}: {exc.first(message_language())}")
        dialog.setValue(done)
    dialog.close()
    dialog.deleteLater()
    if parent is not None and parent.isVisible():
        parent.activateWindow()  # the keys go back to the seminar, not nowhere
    return loaded


def open_seminar_file(path: Path, setup: SeminarSetup, parent: QWidget | None) -> list[str]:
    """Replace ``setup`` with the seminar file's sessions and choices; the problems (empty when all went well).

    Raises SeminarFileError when the seminar file itself cannot be used.
    """
    document = read_seminar(path)
    paths = [resolve_session_path(name, path) for case in document.cases for name in case.sessions]
    loaded = read_sessions(paths, parent)
    setup.clear()
    setup.title = document.title
    setup.latest_two = any(len(case.sessions) > 1 for case in document.cases)
    setup.add(loaded.sessions)
    by_path = {p.resolve(): s for p, s in loaded.sessions}
    for case in document.cases:
        sessions = [by_path.get(resolve_session_path(name, path).resolve()) for name in case.sessions]
        if sessions and sessions[-1] is not None:
            key = setup.key_of(sessions[-1])
            sharing = case.sharing
            setup.set_sharing(key, name=sharing.name, chosen_name=sharing.chosen_name, notes=sharing.notes,
                              measures=sharing.measures, measure_owners=sharing.measure_owners,
                              party_names=sharing.party_names)
    return loaded.problems


def save_seminar_file(path: Path, setup: SeminarSetup, language: str | None) -> None:
    """Write the setup as a seminar file naming its sessions relative to ``path``; OSError when it cannot."""
    cases = [SeminarCase([relative_session_path(p, path) for p in case.paths], case.sharing)
             for case in setup.cases()]
    write_seminar(SeminarFile(cases, setup.title, language), path)


__all__ = ["Loaded", "SeminarFileError", "open_seminar_file", "read_sessions", "save_seminar_file"]
