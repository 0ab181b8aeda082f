"""The workshop window's side of the phone room: the room window, made on first use, and what "this question" is."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from . import tool_windows
from .actions import ActionId
from .pages.registry import QUESTIONS, WEIGHTING


class PhoneRoomLink(QObject):
    """Opens the room window for the workshop window's session and passes the room keys (F5–F8) on to it."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.room_window: QWidget | None = None

    def open(self) -> QWidget:
        """Show the room window (ui/room/window.py), made on first use and kept."""
        if self.room_window is None:
            self.room_window = tool_windows.create("phone_room", self._window.document, self.current_item,
                                                   self._window)
            # The room actions are usable only while the room is open.
            self.room_window.controller.runningChanged.connect(self._window.actions.update)
        self.room_window.show()
        self.room_window.raise_()
        self.room_window.activateWindow()
        return self.room_window

    def handlers(self) -> dict[ActionId, Callable[[], None]]:
        """The window's room actions and what they do."""
        return {ActionId.PHONE_ROOM: self.open, ActionId.ROOM_OPEN_ITEM: self.open_item,
                ActionId.ROOM_REVEAL: self.reveal, ActionId.ROOM_ACCEPT: self.accept,
                ActionId.ROOM_PROJECTOR: self.show_projector}

    def is_open(self) -> bool:
        return self.room_window is not None and self.room_window.controller.is_running()

    def current_item(self) -> str | None:
        """What "this question" is: the marked value on the weighting page, the question on the
        questions page, else nothing."""
        step = self._window.current_step()
        if step == WEIGHTING:
            return "value:" + self._window.page(WEIGHTING).current_value_id()
        if step == QUESTIONS:
            return self._window.page(QUESTIONS).current_question_id()
        return None

    def open_item(self) -> None:
        if self.is_open():
            self.room_window.open_current()

    def reveal(self) -> None:
        if self.is_open():
            self.room_window.reveal()

    def accept(self) -> None:
        if self.is_open():
            self.room_window.accept()

    def show_projector(self) -> None:
        if self.is_open():
            self.room_window.show_projector()

    def shutdown(self) -> None:
        """Stop the room and close its windows: the workshop window is closing."""
        if self.room_window is not None:
            self.room_window.shutdown()
            self.room_window.close()
