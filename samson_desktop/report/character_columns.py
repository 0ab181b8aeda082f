"""The character of the collaboration and who is left out, as CSV columns repeated on every row of a session."""

from __future__ import annotations

from typing import Callable

from ..core.character import CRITERIA, place
from ..core.model import Session

CHARACTER_COLUMNS: tuple[str, ...] = (*CRITERIA, "continuum_position", "left_out")


def character_cells(session: Session, number: Callable[[float | int | None], str],
                    safe_text: Callable[[str | None], str]) -> list[str]:
    """Codes as in the file (roles joined by ";"), the position from 0 (thin) to 1 (thick); empty where not filled in."""
    character = session.character
    cells = []
    for name in CRITERIA:
        value = None if character is None else getattr(character, name)
        if value is None:
            cells.append("")
        elif name == "citizen_roles":
            cells.append(";".join(value))  # type: ignore[arg-type]
        elif isinstance(value, int):
            cells.append(number(value))
        else:
            cells.append(str(value))
    cells.append(number(place(character).position))
    cells.append(safe_text("; ".join(session.left_out)))
    return cells
