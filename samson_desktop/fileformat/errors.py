"""Errors a facilitator can read: what is wrong with a session file, and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    #: JSON path such as ``$.answers["communication.dialogue"].consensus``; "$" for the whole file.
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class SessionFileError(Exception):
    """A session file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__(self.summary())

    def summary(self) -> str:
        first = self.problems[0] if self.problems else Problem("$", "unknown problem")
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        return f"{self.source}: {first}{suffix}"

    def lines(self) -> list[str]:
        """One line per problem, prefixed with the file name."""
        return [f"{self.source}: {p}" for p in self.problems]
