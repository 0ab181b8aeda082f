"""Names and orders of fields and questions across two question sets: the later one first, then the earlier."""

from __future__ import annotations

from typing import Sequence

from .model import QuestionSet, localized


def field_title(sets: Sequence[QuestionSet], field_id: str, language: str) -> str:
    """"3 Communication" from the first set that has the field; the id where none has it."""
    for qset in sets:
        try:
            fld = qset.field(field_id)
        except KeyError:
            continue
        return f"{fld.number} {localized(fld.title, language)}"
    return field_id


def value_title(sets: Sequence[QuestionSet], value_id: str, language: str) -> str:
    for qset in sets:
        try:
            return localized(qset.value(value_id).title, language) or value_id
        except KeyError:
            continue
    return value_id


def question_label(sets: Sequence[QuestionSet], question_id: str, language: str) -> tuple[str, str]:
    """(number such as "3-2", text) from the first set that has the question."""
    for qset in sets:
        if qset.has_question(question_id):
            return qset.question_number(question_id), localized(qset.question(question_id).text, language)
    return "?", question_id


def field_ids(sets: Sequence[QuestionSet]) -> list[str]:
    ids: list[str] = []
    for qset in sets:
        ids += [f.id for f in qset.fields if f.id not in ids]
    return ids


def field_questions(sets: Sequence[QuestionSet], field_id: str) -> list[str]:
    """The field's questions in the first set's order, then those only a later-listed set has."""
    ids: list[str] = []
    for qset in sets:
        try:
            fld = qset.field(field_id)
        except KeyError:
            continue
        ids += [q.id for q in fld.questions if q.id not in ids]
    return ids
