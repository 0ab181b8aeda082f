"""Small, hand-checkable question sets and sessions for tests."""

from __future__ import annotations

import copy
import json
from typing import Any

from samson_desktop.core.vocabulary import VALUE_IDS

FIELD_IDS = ["f1", "f2", "f3", "f4", "f5", "f6", "f7"]


def question_set_doc(questions_per_field: int = 2, version: str = "1.0") -> dict[str, Any]:
    """Seven fields with ``questions_per_field`` questions; question fK.qN links to values
    openness (1.0) and, for even N, democracy (0.5)."""
    fields = []
    for number, fid in enumerate(FIELD_IDS, 1):
        questions = []
        for n in range(1, questions_per_field + 1):
            links = {"openness": 1.0}
            if n % 2 == 0:
                links["democracy"] = 0.5
            questions.append({
                "id": f"{fid}.q{n}",
                "text": {"nb": f"Påstand {number}-{n} æøå", "en": f"Statement {number}-{n}"},
                "help": {"nb": "Snakk om det.", "en": "Talk about it."},
                "values": links,
            })
        fields.append({
            "id": fid, "number": number,
            "title": {"nb": f"Felt {number}", "en": f"Field {number}"},
            "description": {"nb": "", "en": ""},
            "questions": questions,
        })
    return {
        "id": "test-set", "version": version,
        "title": {"nb": "Testsett", "en": "Test set"},
        "values": [
            {"id": v, "title": {"nb": v.capitalize(), "en": v.capitalize()}, "description": {}}
            for v in VALUE_IDS
        ],
        "fields": fields,
    }


def session_doc(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "samson-session",
        "format_version": 1,
        "app_version": "0.1.0",
        "session_id": "s-1",
        "created_at": "2026-03-14T09:30:00+01:00",
        "modified_at": "2026-03-14T12:05:00+01:00",
        "language": "nb",
        "collaboration": {"name": "Testsamarbeid", "description": ""},
        "time_point": {"label": "T1", "date": "2026-03-14", "place": "Huset", "phase": "planning"},
        "facilitator": "Kari",
        "voices": [],
        "question_set": question_set_doc(),
        "weights": {},
        "answers": {},
        "measures": [],
    }
    doc.update(copy.deepcopy(overrides))
    return doc


def session_bytes(**overrides: Any) -> bytes:
    return json.dumps(session_doc(**overrides), ensure_ascii=False).encode("utf-8")
