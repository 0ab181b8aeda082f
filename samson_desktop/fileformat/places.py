"""Name a place inside a session document the way a facilitator knows it: "field 3, question 2, score"."""

from __future__ import annotations

from typing import Any, Iterable

from .messages import Place


def _question_numbers(doc: Any) -> dict[str, tuple[int, int]]:
    """Question id -> (field number, question number) for the question set in ``doc``, as far as it reads."""
    numbers: dict[str, tuple[int, int]] = {}
    try:
        fields = doc["question_set"]["fields"]
        for f_index, fld in enumerate(fields):
            number = _field_number(fld, f_index)
            for q_index, question in enumerate(fld.get("questions", [])):
                if isinstance(question, dict) and isinstance(question.get("id"), str):
                    numbers.setdefault(question["id"], (number, q_index + 1))
    except (KeyError, TypeError, AttributeError):
        pass
    return numbers


def _field_number(fld: Any, index: int) -> int:
    number = fld.get("number") if isinstance(fld, dict) else None
    return number if isinstance(number, int) and not isinstance(number, bool) else index + 1


def _child(node: Any, part: str | int) -> Any:
    try:
        return node[part]
    except (KeyError, IndexError, TypeError):
        return None


def place_of(doc: Any, parts: Iterable[str | int]) -> tuple[Place, ...]:
    """The steps of ``parts`` (keys and list indexes into ``doc``) in the user's terms."""
    parts = list(parts)
    out: list[Place] = []
    node = doc
    questions: dict[str, tuple[int, int]] | None = None
    for i, part in enumerate(parts):
        parent = parts[i - 1] if i else None
        grandparent = parts[i - 2] if i > 1 else None
        if isinstance(part, int):
            if parent == "fields" and grandparent == "question_set":
                out.append(("field", _field_number(_child(node, part), part)))
            elif parent == "questions" and grandparent not in (None, "answers"):
                out.append(("question", part + 1))
            elif parent == "voices" and i == 1:
                out.append(("voice", part + 1))
            elif parent == "values" and grandparent == "question_set":
                out.append(("value", part + 1))
            elif parent == "measures" and i == 1:
                out.append(("measure", part + 1))
            else:
                out.append(("item", part + 1))
        elif parent == "answers" and i == 1:
            if questions is None:
                questions = _question_numbers(doc)
            if part in questions:
                field_number, question_number = questions[part]
                out += [("field", field_number), ("question", question_number)]
            else:
                out.append(("answer_to", part))
        elif parent == "voices" and i == 3 and parts[0] == "answers":
            out.append(("voice_id", part))
        elif part in ("fields", "questions", "measures", "answers") and i + 1 < len(parts):
            continue  # "field 3" says enough; "fields, field 3" would say it twice
        elif part == "voices" and i + 1 < len(parts) and (i == 0 or parts[0] == "answers"):
            continue
        elif part == "values" and parent == "question_set" and i + 1 < len(parts):
            continue
        elif part == "values" and isinstance(parent, int) and grandparent == "questions":
            out.append(("word", "value links"))
        else:
            out.append(("key", part))
        node = _child(node, part)
    return tuple(out)
