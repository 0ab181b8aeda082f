"""The phone room's HTTP server (aiohttp): the phone page, a JSON API and live updates by server-sent events."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Callable

from aiohttp import web

from ..resources import resource_path
from .security import RateLimiter, host_matches, make_room_code, make_token, normalise_code
from .state import Room, RoomError

LOOPBACK = "127.0.0.1"
#: Largest request body the room reads; a ballot is a few dozen bytes.
MAX_BODY = 4096
#: A comment line every so many seconds keeps proxies and phones from dropping a quiet stream,
#: and lets a phone notice a dead connection when the comments stop.
HEARTBEAT_SECONDS = 10.0

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_STATIC = {"phone.js": "text/javascript", "phone.css": "text/css", "door.js": "text/javascript"}
#: The front door borrows the phone page's style sheet.
_ALIASES = {"door.css": "phone.css"}

log = logging.getLogger(__name__)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=lambda d: json.dumps(d, ensure_ascii=False))


def _error(status: int, message: str) -> web.Response:
    return _json({"error": message}, status=status)


class RoomServer:
    """Serves one room on one address; every handler runs on the server's own event loop."""

    def __init__(self, room: Room, host: str, port: int = 0, token: str | None = None,
                 code: str | None = None, on_change: Callable[[], None] | None = None):
        self.room, self.host, self.port = room, host, port
        self.token = token or make_token()
        self.code = code or make_room_code()
        self.limiter = RateLimiter(rate=10.0, burst=30.0)
        self.address_limiter = RateLimiter(rate=150.0, burst=300.0)
        self._on_change = on_change
        self._runner: web.AppRunner | None = None
        self._wakeup: asyncio.Event | None = None
        self._stopping = False
        room.listeners.append(self._changed)

    # --- addresses ----------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def join_url(self) -> str:
        """The address in the QR code: the scheme and port spelled out, with the token."""
        return f"{self.base_url}{self.token}/"

    # --- life cycle ---------------------------------------------------------------------
    async def start(self) -> None:
        self._wakeup = asyncio.Event()
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/", self._door)
        app.router.add_get("/door.js", self._static)
        app.router.add_get("/door.css", self._static)
        app.router.add_post("/code", self._code)
        base = f"/{self.token}"
        app.router.add_get(base + "/", self._page)
        for name in _STATIC:
            app.router.add_get(f"{base}/{name}", self._static)
        app.router.add_post(base + "/api/join", self._join)
        app.router.add_post(base + "/api/party", self._party)
        app.router.add_post(base + "/api/answer", self._answer)
        app.router.add_get(base + "/api/state", self._state)
        app.router.add_get(base + "/api/events", self._events)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Tell every phone the room is gone, then close the listening socket and all streams."""
        self._stopping = True
        self._changed()
        await asyncio.sleep(0.05)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _changed(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()
            self._wakeup = asyncio.Event()
        if self._on_change is not None:
            self._on_change()

    # --- guard: host, rate, errors, headers -----------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        if not host_matches(request.headers.get("Host"), self.host, self.port):
            return _error(421, "wrong address")
        # Two buckets: one per phone (its key rides in the query string) and a wider one per address,
        # so that a client cannot escape the limit by making up keys. A room on the loopback address
        # has only this computer's programs as clients (a rehearsal, a test, a benchmark of 60 phones),
        # which all share one address: there the per-phone bucket alone applies.
        phone = f"{request.remote}|{request.query.get('key', '')[:64]}"
        if not request.path.endswith("/api/events") and not (
                self.limiter.allow(phone) and (self.host == LOOPBACK or self.address_limiter.allow(request.remote or ""))):
            return _error(429, "too many requests; wait a moment")
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = _error(exc.status, exc.reason.lower() if exc.status != 404 else "not found")
        except RoomError as exc:
            response = _error(exc.status, exc.message)
        except Exception:  # noqa: BLE001 - a phone gets a short answer, never a traceback
            log.exception("room request failed")
            response = _error(500, "internal error")
        if not response.prepared:
            response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers["Cache-Control"] = "no-store"
        return response

    async def _body(self, request: web.Request) -> dict[str, Any]:
        body = await request.read()  # a body over MAX_BODY raises 413 here
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise RoomError(400, "the request is not JSON") from None
        if not isinstance(data, dict):
            raise RoomError(400, "the request is not a JSON object")
        return data

    # --- pages --------------------------------------------------------------------------
    async def _door(self, _request: web.Request) -> web.Response:
        return web.FileResponse(resource_path("phone", "door.html"),
                                headers={"Content-Type": "text/html; charset=utf-8"})

    async def _page(self, _request: web.Request) -> web.Response:
        return web.FileResponse(resource_path("phone", "index.html"),
                                headers={"Content-Type": "text/html; charset=utf-8"})

    async def _static(self, request: web.Request) -> web.Response:
        name = request.path.rsplit("/", 1)[-1]
        name = _ALIASES.get(name, name)
        return web.FileResponse(resource_path("phone", name),
                                headers={"Content-Type": _STATIC[name] + "; charset=utf-8"})

    async def _code(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        if normalise_code(data.get("code")) != self.code:
            return _error(404, "no room with that code")
        return _json({"path": f"/{self.token}/"})

    # --- the API ------------------------------------------------------------------------
    async def _join(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        phone = self.room.join(data.get("key") if isinstance(data.get("key"), str) else None)
        return _json({"key": phone.key, "state": self.room.phone_state(phone.key)})

    async def _party(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        phone = self.room.choose_party(data.get("key"), data.get("voice"))
        return _json({"state": self.room.phone_state(phone.key)})

    async def _answer(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        ballot = self.room.cast(data.get("key"), data.get("item"), data.get("score"))
        return _json({"received": True, "item": data.get("item"), "score": ballot.score,
                      "state": self.room.phone_state(data.get("key"))})

    async def _state(self, request: web.Request) -> web.Response:
        key = request.query.get("key")
        return _json({"state": self.room.phone_state(key), "open": not self._stopping})

    async def _events(self, request: web.Request) -> web.StreamResponse:
        key = request.query.get("key")
        response = web.StreamResponse(headers={
            "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store",
            "Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff"})
        await response.prepare(request)
        sent = -1
        try:
            while True:
                if self._stopping:
                    await response.write(b"event: gone\ndata: {}\n\n")
                    break
                if self.room.revision != sent:
                    sent = self.room.revision
                    payload = json.dumps(self.room.phone_state(key), ensure_ascii=False)
                    await response.write(f"data: {payload}\n\n".encode())
                wakeup = self._wakeup
                try:
                    await asyncio.wait_for(wakeup.wait(), HEARTBEAT_SECONDS)
                except asyncio.TimeoutError:
                    await response.write(b"event: ping\ndata: {}\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        return response
