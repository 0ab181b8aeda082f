"""The window's files: new, open, save, save as, recent files, demos and crash recovery, with their dialogs.

Reading and atomic writing stay Qt-free in ``fileformat``; this module asks the questions around them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..core.builders import new_session, new_session_id
from ..core.cycle import DateBeforeEarlier, next_session
from ..core.model import Session
from ..fileformat import SessionFileError, read_session
from ..fileformat.disk_guard import Fingerprint, read_guarded
from ..fileformat.question_sets import demo_session_paths, standard_question_set
from . import i18n, session_claims
from .autosave import find_leftovers
from .error_dialog import show_file_error
from .file_guard import Decision, FileGuard, OpenChoice
from .pages.registry import OVERVIEW, SETUP
from .widgets.labels import plain_markup

if TYPE_CHECKING:
    from .main_window import MainWindow

SESSION_FILTER = QT_TRANSLATE_NOOP("FileController", "SAMSON sessions (*.samson)")
#: Windows opened beside the first one (recovery of several sessions).
_extra_windows: list[MainWindow] = []


class FileController(QObject):
    """Opens and saves the session of one window."""

    #: The list of recent files changed.
    recentChanged = Signal()
    #: The session was written to this file.
    saved = Signal(Path)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self.settings = window.settings
        self.guard = FileGuard(window)
        self._autosave_warned = False

    def close(self) -> None:
        """A clean close of the window: no autosave to recover, and its file is free for other windows."""
        if self._window.autosaver is not None:
            self._window.autosaver.close()
        session_claims.release(self._window)

    # --- asking first ------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask before unsaved changes would be lost; False means: stop, the user cancelled."""
        document = self._window.current_document()
        if document is None or not document.is_dirty():
            return True
        name = document.session.collaboration.name or self.tr("this session")
        answer = QMessageBox.warning(
            self._window, self.tr("Unsaved changes"),
            plain_markup(self.tr("Save the changes to “%1” first?").replace("%1", name)),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    # --- opening -----------------------------------------------------------------------
    def new_session(self) -> bool:
        if not self.maybe_save():
            return False
        window = self._window
        window.document.replace(new_session(standard_question_set(), language=i18n.manager().language()), None)
        window.go_to_step(SETUP)
        window.page(SETUP).name_edit.setFocus(Qt.OtherFocusReason)
        return True

    def connect_start_page(self, page) -> None:
        """The start page's requests: new, open, a recent file, a demo, a new time point from a recent file."""
        page.newRequested.connect(self.new_session)
        page.openRequested.connect(self.open_dialog)
        page.openPathRequested.connect(self.open_path)
        page.demoRequested.connect(self.open_demo)
        page.nextTimePointRequested.connect(self.next_time_point)

    def next_time_point(self, source: str | Path | None = None) -> bool:
        """A new session for the next time point of the open session, or of the session file ``source``:
        the same collaboration, voices and question set, the open measures carried over for follow-up."""
        window = self._window
        if source is None:
            document = window.current_document()
            if document is None:
                return False
            if (document.path is None or document.is_dirty()) and not self._save_before_next():
                return False
            earlier, earlier_path = document.session, document.path
        else:
            if not self.maybe_save():
                return False
            try:
                earlier, _disk = read_guarded(Path(source))
                earlier_path = Path(source)
            except SessionFileError as exc:
                show_file_error(window, exc)
                return False
        try:
            later = next_session(earlier)
        except DateBeforeEarlier as exc:
            QMessageBox.warning(window, self.tr("New time point"), plain_markup(self.tr(
                "“%1” is dated %2, which is after today. A new time point cannot come before it; "
                "check the date of the earlier session.").replace("%1", earlier.time_point.label)
                .replace("%2", exc.earlier_date)))
            return False
        # The new session finds its earlier one at once, before it is saved beside it.
        self.settings.remember_earlier(earlier.session_id, earlier_path)
        self.settings.save()
        window.load_session(later, None)
        window.go_to_step(SETUP)
        window.statusBar().showMessage(self.tr(
            "New time point %1 after %2: %3 measures to follow up. Saving asks for a file name.")
            .replace("%1", later.time_point.label).replace("%2", earlier.time_point.label)
            .replace("%3", str(len(later.measures))), 15000)
        return True

    def _save_before_next(self) -> bool:
        """The new time point refers to the saved file of this one: save it first, or stop."""
        answer = QMessageBox.question(
            self._window, self.tr("New time point"),
            plain_markup(self.tr("The new time point refers to this session, so this session is saved first.")),
            QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Save)
        return answer == QMessageBox.Save and self.save()

    def open_dialog(self) -> bool:
        folder = self.settings.last_folder or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a session"), folder,
            self.tr(SESSION_FILTER) + ";;" + self.tr("All files (*)"))
        if not name:
            return False
        return self.open_path(name)

    def open_path(self, file: str | Path) -> bool:
        path = Path(file)
        document = self._window.current_document()
        if document is not None and document.path and _same_file(document.path, path):
            return True  # already open here
        choice = self.guard.before_open(path)
        if choice in (OpenChoice.SHOWN, OpenChoice.CANCEL):
            return choice is OpenChoice.SHOWN
        if not self.maybe_save():
            return False
        try:
            session, disk = read_guarded(path)
        except SessionFileError as exc:
            show_file_error(self._window, exc)
            if not path.exists():
                self.settings.remove_recent(path)
                self.settings.save()
                self.recentChanged.emit()
            return False
        if choice is OpenChoice.COPY:
            # Not this file's window: saving asks for a new name, and the file stays the other window's.
            self._window.load_session(session, None)
            self._window.statusBar().showMessage(
                self.tr("A copy of %1: saving asks for a new file name").replace("%1", path.name), 10000)
        else:
            self.load(session, path.resolve(), disk)
            self.remember(path)
        self._window.go_to_step(SETUP)
        return True

    def reload(self) -> bool:
        """Show the session file as it is on disk now, throwing away this window's unsaved changes."""
        path = self._window.document.path
        if path is None:
            return False
        try:
            session, disk = read_guarded(path)
        except SessionFileError as exc:
            show_file_error(self._window, exc)
            return False
        self.load(session, path, disk)
        self._window.statusBar().showMessage(self.tr("Reloaded from the file"), 4000)
        return True

    def load(self, session: Session, path: Path | None, disk: Fingerprint | None, dirty: bool = False) -> None:
        """Show a session read from ``path``; ``disk`` is that file as read, which a save checks first."""
        self._window.load_session(session, path, dirty=dirty)
        self._window.document.disk = disk

    def open_demo(self, index: int) -> bool:
        paths = demo_session_paths()
        if not 0 <= index < len(paths) or not self.maybe_save():
            return False
        try:
            session = read_session(paths[index])
        except SessionFileError as exc:
            show_file_error(self._window, exc)
            return False
        # A copy: its own id and no file, so saving never touches the demo.
        session.session_id = new_session_id()
        self._window.load_session(session, None)
        self._window.go_to_step(OVERVIEW)
        return True

    # --- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        document = self._window.document
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self._window.document
        suggestion = document.path or Path(self.settings.last_folder or Path.home()) / self._suggested_name()
        while True:
            name, _filter = QFileDialog.getSaveFileName(
                self._window, self.tr("Save the session"), str(suggestion), self.tr(SESSION_FILTER))
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() != ".samson":
                path = path.with_name(path.name + ".samson")
            if any(_same_file(path, demo) for demo in demo_session_paths()):
                QMessageBox.information(self._window, self.tr("Save the session"), self.tr(
                    "The demo sessions stay as they are. Please choose another file name."))
                suggestion = Path.home() / path.name
                continue
            if not self.guard.free_to_save_as(path):
                suggestion = path
                continue
            return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        decision = self.guard.before_save(self._window.document, path)
        if decision is Decision.SAVE_AS:
            return self.save_as()
        if decision is Decision.RELOAD:
            self.reload()
            return False  # nothing of this window's was saved
        if decision is Decision.CANCEL:
            return False
        try:
            saved = self._window.document.save(path)
        except (OSError, ValueError) as exc:  # ValueError: a value the file format cannot hold
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.critical(self._window, self.tr("The session was not saved"), plain_markup(
                self.tr("SAMSON could not write %1:\n%2").replace("%1", str(path)).replace("%2", reason)
                + "\n\n" + self._where_the_changes_are()))
            return False
        self.remember(saved)
        self.saved.emit(Path(saved))
        return True

    def _where_the_changes_are(self) -> str:
        """After a failed save: where the unsaved changes are now, as it is (an autosave is tried first)."""
        document, autosaver = self._window.document, self._window.autosaver
        if not document.is_dirty():
            return self.tr("Nothing is lost: the session has no unsaved changes. Try another folder.")
        try:
            kept = autosaver.flush() if autosaver is not None else None
        except ValueError:
            kept = None
        if kept is not None:
            return self.tr("Your changes are still here, and a copy of them is in the autosave folder. "
                           "Try another folder.")
        return self.tr("Your changes are still here in the window, but they could not be autosaved either. "
                       "Keep SAMSON open, and save the session to another folder or drive.")

    # --- autosave ------------------------------------------------------------------------
    def autosave_failed(self, message: str) -> None:
        """Say once, plainly, that autosave does not work and what to do; again only after it worked."""
        self._window.statusBar().show_autosave_failed(message)
        if self._autosave_warned:
            return
        self._autosave_warned = True
        QMessageBox.warning(self._window, self.tr("Autosave does not work"), plain_markup(self.tr(
            "SAMSON cannot autosave this session, so a crash or power cut now would lose the changes "
            "since the last save.\n\nWhat to do: save the session with File › Save as… to a folder or drive "
            "with free space, and free some space in the data folder. SAMSON keeps trying to autosave.\n\n"
            "Reason: %1").replace("%1", message)))

    def autosave_worked(self) -> None:
        self._autosave_warned = False
        self._window.statusBar().show_autosaved()

    def _suggested_name(self) -> str:
        session = self._window.document.session
        parts = [session.collaboration.name.strip(), session.time_point.label.strip()]
        stem = " ".join(p for p in parts if p) or self.tr("session")
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in stem).strip()
        return (safe or "session") + ".samson"

    # --- recent files and demos --------------------------------------------------------
    def remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_folder = str(Path(path).resolve().parent)
        self.settings.save()
        self.recentChanged.emit()

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.existing_recent()
        for index, path in enumerate(recent, 1):
            action = menu.addAction(f"&{index % 10}  {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(self.tr("(no recent sessions)")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear the list"), self.clear_recent)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.settings.save()
        self.recentChanged.emit()

    def fill_demo_menu(self, menu: QMenu) -> None:
        menu.clear()
        for index, _path in enumerate(demo_session_paths()):
            action = menu.addAction(self.tr("Demo, time point %1").replace("%1", str(index + 1)))
            action.triggered.connect(lambda _c=False, i=index: self.open_demo(i))

    # --- recovery ----------------------------------------------------------------------
    def _new_window(self) -> MainWindow:
        """Another window of the same kind, kept open until it is closed."""
        window = type(self._window)(settings=self.settings)
        _extra_windows.append(window)
        window.destroyed.connect(lambda *_: _extra_windows.remove(window) if window in _extra_windows else None)
        window.show()
        return window

    def offer_recovery(self) -> int:
        """Offer every autosave left by a crash; returns how many sessions were recovered."""
        recovered = 0
        for leftover in find_leftovers():
            session = leftover.session
            name = session.collaboration.name or self.tr("a session without a name")
            when = leftover.saved_at.strftime("%Y-%m-%d %H:%M")
            answer = QMessageBox.question(
                self._window, self.tr("Recover unsaved changes?"),
                plain_markup(self.tr(
                    "SAMSON was not closed properly. Unsaved changes to “%1” from %2 were kept.\n\n"
                    "Yes: recover them. No: throw them away. Cancel: decide at the next start.")
                    .replace("%1", name).replace("%2", when)),
                QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel, QMessageBox.Yes)
            if answer == QMessageBox.Yes:
                document = self._window.current_document()
                pristine = document is None or not document.is_dirty()  # replacing it loses nothing
                target = self._window if pristine else self._new_window()
                original = leftover.original
                if original is not None and not self.guard.free_for(target, original):
                    # Another window shows that file now: recovered as a copy, saved under a new name.
                    target.statusBar().showMessage(self.tr(
                        "%1 is open in another window: the recovered changes are a copy").replace(
                        "%1", original.name), 10000)
                    original = None
                target.files.load(session, original, leftover.disk, dirty=True)
                target.go_to_step(SETUP)
                target.autosaver.flush()  # under that window's name, before the old copy goes
                if target.autosaver.current_file() != leftover.file:
                    leftover.discard()
                recovered += 1
            elif answer == QMessageBox.No:
                leftover.discard()
            else:
                leftover.release()
        return recovered


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
