"""Lets another SAMSON process ask this one to bring forward the window that shows a session file.

One request per connection, one line of JSON each way. The socket is reachable by this user only,
and the only thing it can do is raise a window that already shows the file named.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from . import session_claims

#: A request is a path in a line of JSON; anything longer is not one.
MAX_REQUEST_BYTES = 64 * 1024
SHOWN, UNKNOWN = b"shown\n", b"unknown\n"
#: A live process answers in milliseconds; one busy building its pages on a loaded machine may
#: take seconds. Only a hung one makes the person wait this long, once.
ANSWER_WITHIN_MS = 8000


class LinkServer(QObject):
    """Answers "show the window of this file" from other SAMSON processes of this user."""

    #: A window was brought forward for this file (its key).
    shown = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.listening = self._server.listen(name)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST_BYTES:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_REQUEST_BYTES)).decode("utf-8", "replace")
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        path = request.get("show") if isinstance(request, dict) else None
        window = session_claims.window_for(path) if isinstance(path, str) and path else None
        if window is not None:
            session_claims.bring_forward(window)
            self.shown.emit(session_claims.key(path))
        socket.write(SHOWN if window is not None else UNKNOWN)
        socket.flush()
        socket.disconnectFromServer()


_server: LinkServer | None = None


def listen(parent: QObject | None = None) -> LinkServer:
    """Start answering (once per process) under ``session_claims.SERVER_NAME``."""
    global _server
    if _server is None:
        _server = LinkServer(session_claims.SERVER_NAME, parent)
    return _server


def ask_to_show(server: str, path: str, timeout_ms: int = ANSWER_WITHIN_MS) -> bool:
    """Ask the process behind ``server`` to bring forward its window of ``path``; True once it has."""
    socket = QLocalSocket()
    socket.connectToServer(server)
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(json.dumps({"show": session_claims.key(path)}).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.readLine(64)) == SHOWN
    finally:
        socket.abort()
