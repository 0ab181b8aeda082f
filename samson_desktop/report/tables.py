"""The export tables as typed rows (text, numbers, dates), shared by the CSV and the .xlsx export.

``spool`` reads the sessions one at a time: each session's rows go to temporary files on disk and the
session is dropped, so exporting 1,000 sessions takes the memory of one. The answers table needs
every voice name before its header is known, which is why its rows wait on disk for the end.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
import tempfile
from contextlib import contextmanager
from typing import IO, Iterable, Iterator

from ..core.model import Session, localized
from ..core.scoring import score_session
from ..core.voices import divergence_ranks, voice_labels
from .character_columns import CHARACTER_COLUMNS, character_cells

#: What a cell holds: text, a number, a date, or nothing.
Cell = str | int | float | dt.date | None

ANSWER_COLUMNS = (
    "session_id", "collaboration", "time_point", "date", "field_number", "field",
    "question_id", "question_number", "question", "score", "importance", "gap", "spread",
    "not_relevant", "divergence_rank",
)
VOICE_PREFIX = "voice: "
NOTE_COLUMN = "note"
MEASURE_COLUMNS = (
    "session_id", "collaboration", "time_point", "date", "question_id", "question_number", "question",
    "measure_id", "measure", "quadrant", "status", "owner", "due", "follow_up_note",
)
#: The quadrant column of a measure the facilitator has not placed in the matrix yet.
NOT_PLACED = "not_placed"

#: C0 controls other than tab, line feed and carriage return, DEL and the C1 controls: never wanted
#: in a cell (NUL ends strings in some readers, ESC drives terminals).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: NUL shows as ␀, ESC as ␛
    return "\u2421" if code == 0x7F else "\ufffd"


def visible_text(text: str) -> str:
    """``text`` with its control characters shown as symbols (␀, ␛, …) instead of written raw."""
    return _CONTROLS.sub(_picture, text)


def _date(iso: str | None) -> dt.date | str | None:
    """A stored date as a date; text that is not a date stays text."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return iso


def _voice_columns(session: Session) -> list[tuple[str, str]]:
    """(voice id, column name) for one session; a label used twice in a session gets " (2)"."""
    labels = voice_labels(session, session.anonymous_report)
    seen: dict[str, int] = {}
    out = []
    for voice in session.voices:
        label = labels[voice.id]
        seen[label] = seen.get(label, 0) + 1
        name = label if seen[label] == 1 else f"{label} ({seen[label]})"
        out.append((voice.id, VOICE_PREFIX + name))
    return out


def _typed_number(value: float | int | None) -> float | int | None:
    return value


def _typed_text(text: str | None) -> str | None:
    return text or None


def answer_records(session: Session) -> Iterator[tuple[list[Cell], dict[str, float], str, list[Cell]]]:
    """(the answer columns, voice column name → score, note, the character columns) for every question
    of one session."""
    # Typed cells: the CSV formats them, the workbook keeps numbers as numbers.
    character: list[Cell] = [cell if cell != "" else None
                             for cell in character_cells(session, _typed_number, _typed_text)]  # type: ignore[arg-type]
    lang = session.language
    scores = score_session(session)
    ranks = divergence_ranks(session)
    qset = session.question_set
    columns = _voice_columns(session)
    tp = session.time_point
    for q in scores.questions:
        fld = qset.field(q.field)
        answer = session.answer(q.id)
        voices = {name: float(answer.voices[vid]) for vid, name in columns if vid in answer.voices}
        yield ([
            session.session_id, session.collaboration.name, tp.label, _date(tp.date), fld.number,
            localized(fld.title, lang), q.id, q.number, localized(qset.question(q.id).text, lang),
            q.score, q.importance, q.gap, q.spread, 1 if q.not_applicable else 0, ranks.get(q.id),
        ], voices, answer.note, character)


def measure_rows(session: Session) -> Iterator[list[Cell]]:
    """One row per measure of one session, in the session's order."""
    lang = session.language
    qset = session.question_set
    tp = session.time_point
    for m in session.measures:
        known = qset.has_question(m.question_id)
        yield [
            session.session_id, session.collaboration.name, tp.label, _date(tp.date), m.question_id,
            qset.question_number(m.question_id) if known else None,
            localized(qset.question(m.question_id).text, lang) if known else None,
            m.id, m.text, m.quadrant or NOT_PLACED, m.status, m.owner or None, _date(m.due), m.note or None,
        ]


class Spool:
    """The tables of many sessions, held in temporary files until they are written out."""

    def __init__(self, answers: IO[bytes], measures: IO[bytes]):
        self._answers = answers
        self._measures = measures
        self.voice_columns: list[str] = []
        self.sessions = 0
        self.answer_count = 0
        self.measure_count = 0

    def add(self, session: Session) -> None:
        known = set(self.voice_columns)
        for _vid, name in _voice_columns(session):
            if name not in known:
                self.voice_columns.append(name)
                known.add(name)
        records = list(answer_records(session))
        pickle.dump(records, self._answers, protocol=pickle.HIGHEST_PROTOCOL)
        measures = list(measure_rows(session))
        pickle.dump(measures, self._measures, protocol=pickle.HIGHEST_PROTOCOL)
        self.sessions += 1
        self.answer_count += len(records)
        self.measure_count += len(measures)

    def answer_header(self) -> list[str]:
        return [*ANSWER_COLUMNS, *self.voice_columns, NOTE_COLUMN, *CHARACTER_COLUMNS]

    def answer_rows(self) -> Iterator[list[Cell]]:
        """Every answer row, with one cell per voice column of all sessions."""
        for base, voices, note, character in self._chunks(self._answers):
            yield [*base, *(voices.get(name) for name in self.voice_columns), note or None, *character]

    def measure_rows(self) -> Iterator[list[Cell]]:
        yield from self._chunks(self._measures)

    @staticmethod
    def _chunks(fh: IO[bytes]) -> Iterator:
        fh.seek(0)
        while True:
            try:
                chunk = pickle.load(fh)  # noqa: S301 - our own temporary file, written just above
            except EOFError:
                return
            yield from chunk


@contextmanager
def spool(sessions: Iterable[Session]) -> Iterator[Spool]:
    """Read ``sessions`` (a list or a generator that reads files) into a Spool, one at a time."""
    with tempfile.TemporaryFile() as answers, tempfile.TemporaryFile() as measures:
        tables = Spool(answers, measures)
        for session in sessions:
            tables.add(session)
        yield tables

