"""Printing for a person at a terminal: user text with its control characters shown, never obeyed."""

from __future__ import annotations

import json
import re
import sys
from typing import IO, Any

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␊ for a line feed: seen, never obeyed
    if code == 0x7F:
        return "\u2421"
    return f"\\u{code:04x}"


def visible(text: object, newlines: bool = False) -> str:
    """User text made safe for a terminal: every control character shown as a symbol, never obeyed.

    A name holding ``ESC ] 0 ; … BEL`` would otherwise retitle the terminal, and ``ESC [ 2 J`` clear it.
    """
    return (_CONTROLS_BUT_NEWLINE if newlines else _CONTROLS).sub(_picture, str(text))


def say(text: object = "", file: IO[str] | None = None) -> None:
    """Print a line (or lines) of output for a person, with any control character made visible."""
    print(visible(text, newlines=True), file=file or sys.stdout)


def complain(text: object) -> None:
    """Print a message to stderr, with any control character made visible."""
    say(text, sys.stderr)


def say_json(document: Any) -> None:
    """Print JSON for scripts; DEL and C1 controls, which JSON leaves raw, are escaped as \\u00XX."""
    text = json.dumps(document, ensure_ascii=False)
    sys.stdout.write(re.sub("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
                            lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
