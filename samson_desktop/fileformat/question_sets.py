"""Load question sets shipped in resources/ (or chosen by the user), validated like a session's."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..core.model import QuestionSet
from ..resources import resource_path
from .codec import question_set_from_dict
from .sessionfile import FORMAT_NAME, FORMAT_VERSION, decode_json, read_limited, validate_document

STANDARD_ID = "samson-standard"


def question_set_from_file(path: Path, language: str = "nb") -> QuestionSet:
    """Read a question-set JSON file and check it with the session schema's rules."""
    doc = decode_json(read_limited(path, path.name), path.name)
    wrapper = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "session_id": "question-set-check",
        "language": language,
        "collaboration": {"name": ""},
        "question_set": doc,
    }
    validate_document(wrapper, path.name)
    return question_set_from_dict(doc)


@cache
def standard_question_set() -> QuestionSet:
    return question_set_from_file(resource_path("question_sets", f"{STANDARD_ID}.json"))


def demo_session_paths() -> list[Path]:
    """The two demo sessions: the same collaboration at time 1 and time 2."""
    return [resource_path("demo", "demo-t1.samson"), resource_path("demo", "demo-t2.samson")]
