"""Create new, empty sessions from a question set."""

from __future__ import annotations

import os
from datetime import datetime

from .model import Collaboration, QuestionSet, Session, TimePoint


def now_iso() -> str:
    """The local time with its UTC offset, to the second, as the file format writes it."""
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


def new_session_id() -> str:
    """A new random session id: 128 random bits in hexadecimal, as unique as a UUID."""
    return os.urandom(16).hex()


def new_session(
    question_set: QuestionSet,
    language: str = "nb",
    collaboration_name: str = "",
    time_label: str = "T1",
) -> Session:
    stamp = now_iso()
    return Session(
        session_id=new_session_id(),
        created_at=stamp,
        modified_at=stamp,
        language=language,
        collaboration=Collaboration(collaboration_name),
        time_point=TimePoint(label=time_label, date=stamp[:10]),
        question_set=question_set,
    )
