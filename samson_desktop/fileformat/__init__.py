"""The .samson session file: schema validation, reading, writing and atomic saves (no Qt)."""

from .errors import Problem, SessionFileError
from .sessionfile import (
    FORMAT_NAME,
    FORMAT_VERSION,
    parse_session,
    read_session,
    session_to_bytes,
    write_session,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Problem",
    "SessionFileError",
    "parse_session",
    "read_session",
    "session_to_bytes",
    "write_session",
]
