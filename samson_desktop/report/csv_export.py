"""CSV export for spreadsheets: one row per session × question (UTF-8 with BOM, formula-safe)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Iterable, Sequence

from ..core.model import Session, localized
from ..core.scoring import score_session
from ..core.voices import divergence_ranks, voice_labels
from ..fileformat.atomic import atomic_write
from .character_columns import CHARACTER_COLUMNS, character_cells

BASE_COLUMNS = (
    "session_id", "collaboration", "time_point", "date", "field_number", "field",
    "question_id", "question_number", "question", "score", "importance", "gap", "spread",
    "not_relevant", "divergence_rank",
)
VOICE_PREFIX = "voice: "
NOTE_COLUMN = "note"

#: A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str | None) -> str:
    """User text for a spreadsheet cell: a leading ' stops it from running as a formula.

    "=HYPERLINK(…)" would otherwise be live in the sheet; "'=HYPERLINK(…)" shows as typed.
    Only text cells get this; numbers are written as numbers.
    """
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def number(value: float | int | None) -> str:
    """Full precision to four decimals, with a decimal point; empty where there is no number."""
    if value is None:
        return ""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _session_voice_columns(session: Session) -> list[tuple[str, str]]:
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


def csv_table(sessions: Sequence[Session]) -> tuple[list[str], list[list[str]]]:
    """The header and the rows. Voice columns: one per voice name across all sessions, in the
    order they first appear, so "Kommunen" at T1 and at T2 share a column."""
    per_session = [_session_voice_columns(s) for s in sessions]
    voice_columns: list[str] = []
    for columns in per_session:
        for _vid, name in columns:
            if name not in voice_columns:
                voice_columns.append(name)
    position = {name: k for k, name in enumerate(voice_columns)}
    header = [*BASE_COLUMNS, *voice_columns, NOTE_COLUMN, *CHARACTER_COLUMNS]

    rows: list[list[str]] = []
    for session, columns in zip(sessions, per_session):
        lang = session.language
        scores = score_session(session)
        ranks = divergence_ranks(session)
        character = character_cells(session, number, safe_text)
        qset = session.question_set
        for q in scores.questions:
            fld = qset.field(q.field)
            answer = session.answer(q.id)
            voices = [""] * len(voice_columns)
            for vid, name in columns:
                if vid in answer.voices:
                    voices[position[name]] = number(answer.voices[vid])
            rows.append([
                safe_text(session.session_id),
                safe_text(session.collaboration.name),
                safe_text(session.time_point.label),
                safe_text(session.time_point.date or ""),
                str(fld.number),
                safe_text(localized(fld.title, lang)),
                safe_text(q.id),
                q.number,
                safe_text(localized(qset.question(q.id).text, lang)),
                number(q.score),
                number(q.importance),
                number(q.gap),
                number(q.spread),
                "1" if q.not_applicable else "0",
                str(ranks.get(q.id, "")),
                *voices,
                safe_text(answer.note),
                *character,
            ])
    return header, rows


def csv_text(sessions: Sequence[Session]) -> str:
    header, rows = csv_table(sessions)
    buffer = io.StringIO(newline="")
    # QUOTE_MINIMAL quotes every cell holding a comma, a quote or a line break, as RFC 4180 asks.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(sessions: Iterable[Session], out_path: str | os.PathLike[str]) -> Path:
    """Write the CSV atomically, UTF-8 with a byte-order mark so Excel reads æøå correctly."""
    path = Path(out_path)
    atomic_write(path, csv_text(list(sessions)).encode("utf-8-sig"), keep_backup=False)
    return path
