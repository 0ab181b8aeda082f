"""The earlier time point behind the open session: found through its reference, shown on the question pages.

The earlier session is looked for once per reference: in the session's own folder, among the files
chosen by hand before (remembered in the settings), and among the recent files. When it is missing
the session works as always and the window says so once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.earlier import EarlierAnswer, EarlierView
from ..core.reveal import ON_KEY, reveal_mode
from ..core.progress import question_done
from ..fileformat import SessionFileError, read_session
from ..fileformat.earlier_lookup import find_earlier
from .document import Change, SessionDocument
from .settings import Settings


class EarlierContext(QObject):
    """Finds the earlier session of the open one and decides, per question, whether its values show."""

    #: The earlier session was found, chosen or lost, or what is shown changed (a key, a setup choice).
    changed = Signal()
    #: The session refers to an earlier one that no file here holds: said once per reference.
    missing = Signal(str)

    def __init__(self, document: SessionDocument, settings: Settings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        #: The window's settings (recent files, earlier files chosen by hand); read once when not given.
        self._settings_object = settings
        self._view: EarlierView | None = None
        self._path: Path | None = None
        #: The reference (earlier session id) last looked for; None: not looked for yet.
        self._looked_for: str | None = None
        self._said_missing: set[str] = set()
        self._key_shown = False
        document.changed.connect(self._on_changed)

    # --- finding ---------------------------------------------------------------------------
    def reference_caption(self) -> str:
        """"T1 · 2025-10-30": how the earlier time point is named; "" without a reference."""
        ref = self._doc.session.earlier
        if ref is None:
            return ""
        return " · ".join(part for part in (ref.label, ref.date or "") if part) or ref.session_id[:8]

    def has_reference(self) -> bool:
        return self._doc.session.earlier is not None

    def view(self) -> EarlierView | None:
        """The earlier session seen from this one; looked for on first use, None when there is none."""
        ref = self._doc.session.earlier
        if ref is None:
            self._view, self._looked_for = None, None
            return None
        if self._looked_for != ref.session_id:
            self._looked_for = ref.session_id
            self._find()
        return self._view

    def path(self) -> Path | None:
        return self._path

    def is_missing(self) -> bool:
        return self.has_reference() and self.view() is None

    def _settings(self) -> Settings:
        if self._settings_object is None:
            self._settings_object = Settings.load()
        return self._settings_object

    def _find(self) -> None:
        session = self._doc.session
        ref = session.earlier
        assert ref is not None
        settings = self._settings()
        remembered = settings.earlier_files.get(ref.session_id)
        candidates = ([Path(remembered)] if remembered else []) + settings.existing_recent()
        found = find_earlier(session, self._doc.path, candidates)
        if found is None:
            self._view, self._path = None, None
            if ref.session_id not in self._said_missing:
                self._said_missing.add(ref.session_id)
                self.missing.emit(self.reference_caption())
            return
        self._path = found.path
        self._view = EarlierView(found.session, session)

    def choose(self, path: Path) -> str:
        """Use the session in ``path`` as the earlier one and remember it; "" when taken, else why not."""
        ref = self._doc.session.earlier
        if ref is None:
            return self.tr("This session does not refer to an earlier one.")
        try:
            earlier = read_session(path)
        except SessionFileError as exc:
            return "\n".join(exc.lines())
        if earlier.session_id != ref.session_id:
            return self.tr("%1 is another session, not the earlier time point %2.").replace(
                "%1", path.name).replace("%2", self.reference_caption())
        settings = self._settings()
        settings.remember_earlier(ref.session_id, path)
        settings.save()
        self._looked_for, self._path = ref.session_id, Path(path)
        self._view = EarlierView(earlier, self._doc.session)
        self.changed.emit()
        return ""

    # --- what shows ------------------------------------------------------------------------
    def mode(self) -> str:
        return reveal_mode(self._doc.session)

    def key_shown(self) -> bool:
        return self._key_shown

    def toggle_key(self) -> bool:
        """The one key: show (or hide again) the earlier values of the question on screen."""
        if self.view() is None:
            return False
        self._key_shown = not self._key_shown
        self.changed.emit()
        return True

    def question_changed(self) -> bool:
        """A new question starts hidden again: the old number must not anchor the next answer either.

        True when that hid what the key had shown."""
        shown, self._key_shown = self._key_shown, False
        return shown

    def revealed(self, question_id: str) -> bool:
        """Whether the earlier values of ``question_id`` show now."""
        if self._key_shown:
            return True
        return self.mode() != ON_KEY and question_done(self._doc.session, question_id)

    def answer(self, question_id: str) -> EarlierAnswer | None:
        view = self.view()
        return view.answer(question_id) if view is not None else None

    def shown_scores(self, question_ids: list[str]) -> list[float | None]:
        """The earlier score of each question where it shows now; None elsewhere (for the radar)."""
        view = self.view()
        if view is None:
            return [None] * len(question_ids)
        return [s if self.revealed(q) else None for q, s in zip(question_ids, view.scores(question_ids))]

    # --- following the document -------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind == "session":
            # No signal: the page shows the new session's question, and with it what is earlier.
            self._view, self._path, self._looked_for, self._key_shown = None, None, None, False
        elif change.kind in ("measures", "voices") and self._view is not None:
            # Follow-up statuses and the voices matched by id come from both sessions.
            self._view = EarlierView(self._view.earlier, self._doc.session)
            self.changed.emit()
        elif change.kind == "info" and ("earlier_reveal" in change.ids or "earlier" in change.ids):
            if "earlier" in change.ids:
                self._looked_for = None
            self.changed.emit()
