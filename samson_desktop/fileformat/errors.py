"""Errors a facilitator can read: what is wrong with a session file, and where, in nb or en."""

from __future__ import annotations

from msgspec import Struct

from .messages import Place, Text, msg, place_text


class Problem(Struct, frozen=True):
    """One thing wrong with a file: the message, and the place in the user's terms (none: the whole file)."""

    message: Text
    place: tuple[Place, ...] = ()

    def text(self, lang: str = "en") -> str:
        """"Field 3, question 2, score: should be at most 10, not 11" or "The file is empty"."""
        where = place_text(self.place, lang)
        body = self.message.render(lang)
        line = f"{where}: {body}" if where else body
        return line[:1].upper() + line[1:]

    def __str__(self) -> str:
        return self.text("en")


class SessionFileError(Exception):
    """A session file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems or [Problem(msg("an unknown problem"))]
        super().__init__(self.summary())

    def summary(self, lang: str = "en") -> str:
        """The file name, the first problem, and how many more there are."""
        return f"{self.source}: {self.first(lang)}"

    def first(self, lang: str = "en") -> str:
        """The first problem and how many more there are, without the file name."""
        first = self.problems[0].text(lang)
        more = len(self.problems) - 1
        if more <= 0:
            return first
        template = "{first} (and 1 more problem)" if more == 1 else "{first} (and {count} more problems)"
        return Text(template, {"first": first, "count": more}).render(lang)

    def lines(self, lang: str = "en") -> list[str]:
        """One line per problem, prefixed with the file name."""
        return [f"{self.source}: {p.text(lang)}" for p in self.problems]
