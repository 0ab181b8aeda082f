"""The error the session schema check raises, defined here so that a check needs no fastjsonschema import.

The generated check (``_schema_check``) raises these under fastjsonschema's names; importing
fastjsonschema itself, for its exception classes alone, would cost every start ~4 ms.
"""

from __future__ import annotations

import re
from typing import Any

_PATH_SPLIT = re.compile(r"[.\[\]]+")


class SchemaViolation(ValueError):
    """The first place where a document breaks the schema: ``message``, ``path`` and the ``rule`` broken."""

    def __init__(self, message: str, value: Any = None, name: str | None = None, definition: Any = None,
                 rule: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.name = name
        self.definition = definition
        self.rule = rule

    @property
    def path(self) -> list[str]:
        """``data.answers[f1.q1]`` as ``["data", "answers", "f1", "q1"]``, the way fastjsonschema splits it."""
        return [part for part in _PATH_SPLIT.split(self.name or "") if part]


class SchemaViolations(SchemaViolation):
    """Several violations at once (raised only by checks compiled without fast failing)."""

    def __init__(self, errors: list[SchemaViolation]) -> None:
        super().__init__("; ".join(error.message for error in errors))
        self.errors = errors
