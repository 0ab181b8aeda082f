"""Match the question sets of a seminar's cases: fields by id and then by number, questions by id."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from msgspec import Struct

from .model import QuestionSet, localized
from .seminar_views import CaseMatching


def reference_set(sets: Sequence[QuestionSet]) -> QuestionSet:
    """The set most cases used (by id and version); on a tie, the one the earliest case used."""
    counts = Counter((s.id, s.version) for s in sets)
    best = max(counts.values())
    for qset in sets:
        if counts[(qset.id, qset.version)] == best:
            return qset
    raise ValueError("no question set")


class FieldMap(Struct, frozen=True):
    """How one case's question set maps onto the reference set."""

    #: The case's field id -> the seminar field key; fields that match nothing are absent.
    keys: dict[str, str]
    matching: CaseMatching


def map_fields(qset: QuestionSet, reference: QuestionSet, language: str) -> FieldMap:
    """Fields match by id; a field whose id the reference lacks matches the reference field with its
    number, unless that field is already matched by id. Questions match by id only."""
    ref_by_id = {f.id: f for f in reference.fields}
    ref_by_number = {f.number: f for f in reference.fields}
    keys: dict[str, str] = {f.id: f.id for f in qset.fields if f.id in ref_by_id}
    taken = set(keys.values())
    by_number: list[tuple[int, str]] = []
    unmatched: list[tuple[int, str]] = []
    for fld in qset.fields:
        if fld.id in keys:
            continue
        ref = ref_by_number.get(fld.number)
        title = localized(fld.title, language)
        if ref is not None and ref.id not in taken:
            keys[fld.id] = ref.id
            taken.add(ref.id)
            by_number.append((fld.number, title))
        else:
            unmatched.append((fld.number, title))
    if qset is reference:
        only_here: list[tuple[str, str]] = []
        missing = 0
    else:
        only_here = [(qset.question_number(q.id), localized(q.text, language))
                     for q in qset.questions() if not reference.has_question(q.id)]
        missing = sum(not qset.has_question(q.id) for q in reference.questions())
    return FieldMap(keys, CaseMatching(tuple(by_number), tuple(unmatched), tuple(only_here), missing))
