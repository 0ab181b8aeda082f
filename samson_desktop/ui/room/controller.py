"""The phone room as seen from the window: starts and stops the server, and accepts ballots through the undo stack."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...room.accept import accept
from ...room.state import Room
from ...room.thread import RoomThread
from ..document import Change, SessionDocument

#: When no phone has joined this long after the room opened, the facilitator is told why that may be.
LONELY_AFTER_MS = 60_000


class RoomController(QObject):
    """One room for the open session; every view reads it through ``snapshot()``."""

    changed = Signal()
    runningChanged = Signal(bool)
    #: No phone has joined a minute after the room opened: a guest network or a firewall is likely.
    lonely = Signal()
    #: Emitted on the room's thread; Qt queues it to this object's thread.
    _roomChanged = Signal()

    def __init__(self, document: SessionDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._thread: RoomThread | None = None
        self._latest: dict[str, Any] | None = None
        self._pending = False
        self._lonely_timer = QTimer(self, singleShot=True, timeout=self._check_lonely)
        document.changed.connect(self._on_document_changed)
        self._roomChanged.connect(self._emit_changed, Qt.QueuedConnection)

    # --- life cycle ---------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, host: str, port: int = 0) -> None:
        """Open the room on ``host``; raises OSError when the address cannot be used."""
        self.stop()
        room = Room(self._doc.session)
        thread = RoomThread(room, host, port, on_change=lambda: self._from_room_thread(room))
        thread.start()
        self._thread = thread
        self._latest = thread.call(self._snapshot_of, room)
        self._lonely_timer.start(LONELY_AFTER_MS)
        self.runningChanged.emit(True)
        self.changed.emit()

    def stop(self) -> None:
        if self._thread is None:
            return
        thread, self._thread = self._thread, None
        self._latest = None
        self._lonely_timer.stop()
        thread.stop()
        self.runningChanged.emit(False)
        self.changed.emit()

    @property
    def join_url(self) -> str:
        return self._thread.join_url if self._thread else ""

    @property
    def base_url(self) -> str:
        return self._thread.server.base_url if self._thread else ""

    @property
    def code(self) -> str:
        return self._thread.server.code if self._thread else ""

    # --- the facilitator's moves ----------------------------------------------------------
    def open_item(self, item_id: str) -> None:
        self._call(lambda room: room.open_item(item_id))

    def close_item(self) -> None:
        self._call(lambda room: room.close_item())

    def reveal(self) -> None:
        self._call(lambda room: room.reveal())

    def accept(self) -> bool:
        """Write the open item's ballots into the session as one undoable step; False when there is nothing."""
        if self._thread is None:
            return False
        item_id, ballots = self._call(lambda room: (room.item.id if room.item else None,
                                                    room.ballots_for(room.item.id) if room.item else []))
        if item_id is None or not ballots:
            return False
        session = self._doc.session
        accepted = accept(session, item_id, ballots)
        if accepted.answer is not None:
            self._doc.set_answer(accepted.target, accepted.answer, text=self.tr("Answers from phones"))
            return True
        extra = copy.deepcopy(session.extra)
        extra["weight_ballots"] = accepted.weight_ballots
        self._doc.undo_stack.beginMacro(self.tr("Weight from phones"))
        if accepted.weight is not None:
            self._doc.set_weight(accepted.target, accepted.weight)
        self._doc.set_info(extra=extra)
        self._doc.undo_stack.endMacro()
        return True

    def snapshot(self) -> dict[str, Any]:
        """The room's state for the views: phase, open item, counts and (always) the distribution.

        Made on the room's thread after every change, so reading it never waits for the server.
        The views decide what to show; the projector shows the distribution only after the reveal.
        """
        if self._thread is None or self._latest is None:
            return {"running": False}
        return self._latest

    @staticmethod
    def _snapshot_of(room: Room) -> dict[str, Any]:
        return {"running": True, "phase": room.phase, "item": room.item, "counts": room.counts(),
                "distribution": room.distribution(), "revision": room.revision}

    # --- plumbing -----------------------------------------------------------------------
    def _call(self, function):
        if self._thread is None:
            return None
        return self._thread.call(function, self._thread.room)

    def _from_room_thread(self, room: Room) -> None:
        # Runs on the room's thread: a fresh snapshot (one reference, swapped whole), then a queued
        # signal to the Qt thread, once per burst of changes.
        self._latest = self._snapshot_of(room)
        if not self._pending:
            self._pending = True
            self._roomChanged.emit()

    def _emit_changed(self) -> None:
        self._pending = False
        self.changed.emit()

    def _check_lonely(self) -> None:
        if self._thread is not None and not self.snapshot()["counts"]["joined"]:
            self.lonely.emit()

    def _on_document_changed(self, change: Change) -> None:
        # Another session was opened or a new one started: this room belongs to the old one.
        if change.kind == "session":
            self.stop()
