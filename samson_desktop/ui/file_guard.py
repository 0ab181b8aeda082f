"""Nothing is replaced in silence: the questions a window asks before it opens or saves a session file."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..fileformat.disk_guard import DiskState, disk_state, is_read_only, same_path
from . import session_claims, tool_windows
from .document import SessionDocument
from .widgets.labels import plain_markup


class Decision(enum.Enum):
    """What a save should do after the checks."""

    PROCEED = "proceed"
    SAVE_AS = "save_as"
    RELOAD = "reload"
    CANCEL = "cancel"


class OpenChoice(enum.Enum):
    """What opening a file should do when another window already shows it."""

    OPEN = "open"      # nobody else has it: open it here
    SHOWN = "shown"    # the window that has it was brought forward
    COPY = "copy"      # open a copy that is saved under a new name
    CANCEL = "cancel"


class FileGuard(QObject):
    """Asks the facilitator before a file open in another window, changed on disk or read-only is touched."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    # --- opening ------------------------------------------------------------------------
    def before_open(self, path: Path) -> OpenChoice:
        """Check that no other window shows ``path``; ask what to do if one does."""
        here = session_claims.window_for(path)
        if here is self._window:
            return OpenChoice.OPEN
        elsewhere = session_claims.owner_elsewhere(path) if here is None else None
        if here is None and elsewhere is None:
            return OpenChoice.OPEN
        choice = self._choose(
            self.tr("Open a session"),
            self.tr("“%1” is open in another SAMSON window. Two windows on one file would overwrite "
                    "each other's work.\n\nShow that window, or open a copy here that is saved "
                    "under a new name.").replace("%1", path.name),
            [("show", self.tr("Show that window"), QMessageBox.AcceptRole),
             ("copy", self.tr("Open a copy"), QMessageBox.ActionRole),
             ("cancel", self.tr("Cancel"), QMessageBox.RejectRole)])
        if choice == "copy":
            return OpenChoice.COPY
        if choice != "show":
            return OpenChoice.CANCEL
        if here is not None:
            session_claims.bring_forward(here)
            return OpenChoice.SHOWN
        if show_elsewhere(elsewhere, path):
            return OpenChoice.SHOWN
        choice = self._choose(
            self.tr("Open a session"),
            self.tr("The other SAMSON window with “%1” does not answer. Bring it forward yourself, "
                    "or open a copy here that is saved under a new name.").replace("%1", path.name),
            [("copy", self.tr("Open a copy"), QMessageBox.AcceptRole),
             ("cancel", self.tr("Cancel"), QMessageBox.RejectRole)])
        return OpenChoice.COPY if choice == "copy" else OpenChoice.CANCEL

    @staticmethod
    def free_for(window: QObject, path: Path) -> bool:
        """True when no window but ``window`` shows ``path``, in this process or another."""
        here = session_claims.window_for(path)
        return here is window or (here is None and session_claims.owner_elsewhere(path) is None)

    def free_to_save_as(self, path: Path) -> bool:
        """False (and says so) when another window shows ``path``: saving there would overwrite its work."""
        if self.free_for(self._window, path):
            return True
        QMessageBox.information(
            self._window, self.tr("Save the session"), plain_markup(
                self.tr("“%1” is open in another SAMSON window. Please choose another file name, or "
                        "close it there first.").replace("%1", path.name)))
        return False

    # --- saving -------------------------------------------------------------------------
    def before_save(self, document: SessionDocument, path: Path) -> Decision:
        """Check the file about to be replaced: changed by another program since it was read? Read-only?"""
        if document.path is not None and same_path(document.path, path):
            if disk_state(path, document.disk) is DiskState.CHANGED:
                choice = self._choose(
                    self.tr("The file was changed"),
                    self.tr("“%1” was changed by another program since this window opened or saved "
                            "it. Saving now would replace those changes.\n\nOverwrite: replace it "
                            "with this window's session (the other version stays as a backup "
                            "copy, %2).\nSave as: keep both, under a new name.\nReload: throw away "
                            "this window's unsaved changes and show the file as it is now.")
                    .replace("%1", path.name).replace("%2", path.name + ".bak"),
                    [("overwrite", self.tr("Overwrite"), QMessageBox.DestructiveRole),
                     ("save_as", self.tr("Save as…"), QMessageBox.AcceptRole),
                     ("reload", self.tr("Reload"), QMessageBox.ActionRole),
                     ("cancel", self.tr("Cancel"), QMessageBox.RejectRole)],
                    default="save_as")
                if choice == "save_as":
                    return Decision.SAVE_AS
                if choice == "reload":
                    return Decision.RELOAD
                if choice != "overwrite":
                    return Decision.CANCEL
        if is_read_only(path):
            choice = self._choose(
                self.tr("The file is read-only"),
                self.tr("“%1” is marked read-only: someone may want it kept as it is.\n\nReplace it "
                        "anyway (it stays read-only), or save under a new name.").replace("%1", path.name),
                [("replace", self.tr("Replace"), QMessageBox.DestructiveRole),
                 ("save_as", self.tr("Save as…"), QMessageBox.AcceptRole),
                 ("cancel", self.tr("Cancel"), QMessageBox.RejectRole)],
                default="save_as")
            if choice == "save_as":
                return Decision.SAVE_AS
            if choice != "replace":
                return Decision.CANCEL
        return Decision.PROCEED

    # --- plumbing -----------------------------------------------------------------------
    def _choose(self, title: str, text: str, buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
                default: str | None = None) -> str:
        """Ask with named buttons; returns the name of the one chosen ("cancel" when closed)."""
        box = QMessageBox(QMessageBox.Warning, title, plain_markup(text), QMessageBox.NoButton, self._window)
        by_button = {}
        for name, label, role in buttons:
            button = box.addButton(label, role)
            button.setObjectName(name)
            by_button[button] = name
            if name == (default or buttons[0][0]):
                box.setDefaultButton(button)
            if name == "cancel":
                box.setEscapeButton(button)
        box.exec()
        return by_button.get(box.clickedButton(), "cancel")


def show_elsewhere(owner: session_claims.Owner | None, path: Path) -> bool:
    """Ask the other process to bring its window of ``path`` forward; True once it did."""
    if owner is None or not owner.server:
        return False
    return _link().ask_to_show(owner.server, str(path))


def listen_for_other_processes(parent: QObject) -> None:
    """Answer other SAMSON processes that ask for the window of a file this process shows."""
    _link().listen(parent)


def _link():
    """The link to other SAMSON processes. QtNetwork costs a start ~10 ms, so it is loaded only
    after the first paint, or when another process has to be reached."""
    return tool_windows.module("window_link")
