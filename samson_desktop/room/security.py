"""The room's guards: an unguessable join token, a short room code, a per-client rate limit."""

from __future__ import annotations

import secrets
import time

from msgspec import Struct, field

#: Letters and digits that cannot be mistaken for each other when read off a wall (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def make_token() -> str:
    """A join token of 128 random bits, safe in a URL path."""
    return secrets.token_urlsafe(16)


def make_room_code() -> str:
    """A 6-character code a participant can type when the QR code cannot be scanned."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def normalise_code(text: object) -> str:
    """What a participant typed, as a code: upper case, without spaces and dashes."""
    if not isinstance(text, str):
        return ""
    return "".join(ch for ch in text.upper() if ch not in " -")[:12]


class RateLimiter(Struct):
    """A token bucket per client: ``burst`` requests at once, refilled at ``rate`` per second."""

    rate: float = 10.0
    burst: float = 30.0
    clock: callable = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, client: str) -> bool:
        now = self.clock()
        tokens, last = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[client] = (tokens, now)
            return False
        self._buckets[client] = (tokens - 1.0, now)
        if len(self._buckets) > 10_000:
            # A flood of made-up client ids must not grow memory without end.
            self._buckets.clear()
        return True


def host_matches(header: str | None, host: str, port: int) -> bool:
    """True when the request's Host header names the address the room serves on."""
    if not header:
        return False
    header = header.strip().lower()
    wanted = {f"{host}:{port}".lower()}
    if port == 80:
        wanted.add(host.lower())
    return header in wanted
