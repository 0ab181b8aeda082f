"""What the cases learn from each other: the pooled field-by-field picture and "what the strong ones do"."""

from __future__ import annotations

import math
from typing import Sequence

from .seminar_views import CaseDot, FieldPicture, FieldTips, SharedCase, SharedMeasure, Tip

#: Statuses that say a case actually does (or will do) the measure; a dropped one is no tip.
_TIP_ORDER = {"done": 0, "in_progress": 1, "agreed": 2, "proposed": 3}


def pooled_fields(cases: Sequence[SharedCase]) -> tuple[FieldPicture, ...]:
    """Per field, every case's score as a dot, in case order (seed 002: the cases saw how they differed)."""
    if not cases:
        return ()
    pictures = []
    for position, fld in enumerate(cases[0].fields):
        dots = tuple(CaseDot(c.index, c.label, c.fields[position].score, c.fields[position].answered)
                     for c in cases)
        pictures.append(FieldPicture(fld.key, fld.number, fld.title, dots))
    return tuple(pictures)


def strong_cases(picture: FieldPicture) -> list[CaseDot]:
    """The highest-scoring cases of a field: the top third (at least one), with every case tied at the cut."""
    ranked = picture.ranked()
    if not ranked:
        return []
    keep = max(1, math.ceil(len(ranked) / 3))
    cut = ranked[keep - 1].score
    return [d for d in ranked if d.score >= cut]  # type: ignore[operator]


def _tip_key(measure: SharedMeasure) -> int:
    return _TIP_ORDER.get(measure.status, len(_TIP_ORDER))


def field_tips(cases: Sequence[SharedCase], pictures: Sequence[FieldPicture]) -> tuple[FieldTips, ...]:
    """For each field, the shared measures of its strongest cases ("tips" in seed 002, Tabell 2), best case
    first and, within a case, what is done before what is only proposed. Dropped measures are left out."""
    out = []
    for picture in pictures:
        strong = strong_cases(picture)
        tips: list[Tip] = []
        withheld: list[str] = []
        for dot in strong:
            case = cases[dot.case]
            if not case.measures_shared:
                withheld.append(case.label)
                continue
            mine = [m for m in case.measures if m.field_key == picture.key and m.status in _TIP_ORDER]
            mine.sort(key=_tip_key)
            tips += [Tip(case.index, case.label, dot.score, m) for m in mine]
        out.append(FieldTips(
            key=picture.key, number=picture.number, title=picture.title,
            strong=tuple((d.case, d.label, d.score) for d in strong),  # type: ignore[misc]
            tips=tuple(tips), withheld=tuple(withheld),
        ))
    return tuple(out)
