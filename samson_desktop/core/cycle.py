"""The next time point of a collaboration: a new session made from an earlier one, its open measures carried over."""

from __future__ import annotations

import re
from datetime import date as Date

from msgspec.structs import replace

from .builders import new_session
from .model import CarriedMeasure, EarlierRef, Measure, Session, TimePoint

#: Statuses of an earlier measure that carry it over: everything not done and not dropped.
CARRIED_STATUSES: tuple[str, ...] = ("proposed", "agreed", "in_progress")
#: What the group can say became of a carried measure, in the order the follow-up offers it
#: (keys 1–4): done, in progress, still agreed, dropped.
FOLLOW_UP_CHOICES: tuple[str, ...] = ("done", "in_progress", "agreed", "dropped")
#: The schema's bound on a time point's label.
LABEL_MAX = 100

_ENDS_IN_NUMBER = re.compile(r"^(.*?)(\d+)$", re.DOTALL)
_ENDS_IN_COUNT = re.compile(r"^(.*) \((\d+)\)$", re.DOTALL)


class DateBeforeEarlier(ValueError):
    """The new time point would be dated before the earlier one."""

    def __init__(self, date: str, earlier_date: str):
        super().__init__(date, earlier_date)
        self.date, self.earlier_date = date, earlier_date

    def __str__(self) -> str:
        return f"the date {self.date} is before the earlier session's date {self.earlier_date}"


def next_label(label: str) -> str:
    """T1 → T2, "Tid 9" → "Tid 10", "T09" → "T10"; "Baseline" → "Baseline (2)" → "Baseline (3)"; "" → "T2"."""
    label = label.strip()
    if not label:
        return "T2"
    counted = _ENDS_IN_COUNT.match(label)
    numbered = _ENDS_IN_NUMBER.match(label)
    if counted:
        stem, opening, number, closing = counted.group(1), " (", counted.group(2), ")"
    elif numbered:
        stem, opening, number, closing = numbered.group(1), "", numbered.group(2), ""
    else:
        stem, opening, number, closing = label, " (", "1", ")"
    following = opening + str(int(number) + 1).zfill(len(number)) + closing
    return stem[:max(LABEL_MAX - len(following), 0)] + following


def check_date(earlier: Session, date: str) -> None:
    """Raise DateBeforeEarlier when ``date`` (YYYY-MM-DD) lies before the earlier session's date."""
    earlier_date = earlier.time_point.date
    if earlier_date and Date.fromisoformat(date) < Date.fromisoformat(earlier_date):
        raise DateBeforeEarlier(date, earlier_date)


def carry_over(measures: list[Measure]) -> list[Measure]:
    """The measures still open (not done, not dropped), with the same ids, ready for the follow-up.

    The follow-up note is cleared: the earlier note told what became of the measure back then.
    """
    return [replace(m, note="") for m in measures if m.status in CARRIED_STATUSES]


def next_session(earlier: Session, label: str | None = None, date: str | None = None) -> Session:
    """A new session for the next time point of ``earlier``'s collaboration.

    It keeps the collaboration, its description, the facilitator, the voices (same ids), the place,
    the question set, the language, the choice of an anonymous report and when earlier values show; it gets a new id, the
    reference to ``earlier``, the open measures, and no answers or weights. ``date`` defaults to
    today; a date before the earlier one raises DateBeforeEarlier.
    """
    session = new_session(earlier.question_set, language=earlier.language)
    date = date or session.created_at[:10]
    check_date(earlier, date)
    carried = carry_over(earlier.measures)
    tp = earlier.time_point
    session.collaboration = earlier.collaboration
    session.time_point = TimePoint(label=(label if label is not None else next_label(tp.label))[:LABEL_MAX],
                                   date=date, place=tp.place)
    session.facilitator = earlier.facilitator
    session.voices = list(earlier.voices)
    session.measures = carried
    session.anonymous_report = earlier.anonymous_report
    # The facilitator's choice of when time 1's values show holds for the whole cycle.
    session.earlier_reveal = earlier.earlier_reveal
    session.earlier = EarlierRef(
        session_id=earlier.session_id,
        label=tp.label,
        date=tp.date,
        carried=tuple(CarriedMeasure(m.id, m.status) for m in carried),
    )
    return session


def carried_ids(session: Session) -> dict[str, str]:
    """Measure id → its status at the earlier time point, for each measure carried over."""
    if session.earlier is None:
        return {}
    return {c.id: c.status for c in session.earlier.carried}


def carried_measures(session: Session) -> list[Measure]:
    """The session's measures that were carried over from the earlier time point, in the session's order."""
    ids = carried_ids(session)
    return [m for m in session.measures if m.id in ids] if ids else []


def is_followed_up(measure: Measure, status_before: str) -> bool:
    """Whether the group has said what became of a carried measure: a new status or a line written."""
    return measure.status != status_before or bool(measure.note.strip())


def follow_up_progress(session: Session) -> tuple[int, int]:
    """(followed up, carried) for the step bar's count."""
    before = carried_ids(session)
    measures = carried_measures(session)
    return sum(is_followed_up(m, before[m.id]) for m in measures), len(measures)
