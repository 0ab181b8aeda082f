"""Run a room's server on an event loop of its own thread, beside the Qt event loop, and talk to it safely."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Callable

from .server import RoomServer
from .state import Room


class RoomThread:
    """Owns the thread, its event loop and the server; ``call`` runs a function on that loop and waits."""

    def __init__(self, room: Room, host: str, port: int = 0, on_change: Callable[[], None] | None = None):
        self.room = room
        self._loop = asyncio.new_event_loop()
        self.server = RoomServer(room, host, port, on_change=on_change)
        self._thread = threading.Thread(target=self._run, name="samson-room", daemon=True)
        self._started = threading.Event()
        self._error: BaseException | None = None

    def start(self, timeout: float = 10.0) -> None:
        """Start serving; raises OSError when the address cannot be bound."""
        self._thread.start()
        if not self._started.wait(timeout):
            raise TimeoutError("the room's server did not start")
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that called start()
            self._error = exc
            self._started.set()
            return
        self._started.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    def call(self, function: Callable[..., Any], *args: Any, timeout: float = 5.0) -> Any:
        """Run ``function(*args)`` on the room's loop (where the room lives) and return its result."""

        async def run() -> Any:
            return function(*args)

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Tell the phones the room is gone, close every connection and end the thread."""
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)

    @property
    def join_url(self) -> str:
        return self.server.join_url
