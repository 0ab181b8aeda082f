"""When a later session shows the earlier time point's answers: after the group has answered, or behind a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Session

#: How the earlier values show on the question pages ("earlier_reveal" in the session file).
AFTER_ANSWER = "after_answer"
ON_KEY = "on_key"
REVEAL_MODES = (AFTER_ANSWER, ON_KEY)


def reveal_mode(session: Session) -> str:
    """How this session shows earlier values: after answering (the default) or only behind a key."""
    mode = session.earlier_reveal
    return mode if mode in REVEAL_MODES else AFTER_ANSWER
