"""CSV export for spreadsheets, R and pandas: one row per session × question in NAME.csv and one row per
measure in NAME-measures.csv (UTF-8 with BOM, formula-safe, control characters made visible).

Sessions stream through: each is turned into rows and dropped before the next is read, so memory
does not grow with the number of sessions (see ``tables.spool``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Sequence

from ..core.model import Session
from .tables import ANSWER_COLUMNS, MEASURE_COLUMNS, NOTE_COLUMN, VOICE_PREFIX, Cell, Spool, spool, visible_text

#: The answer columns before the voice columns (kept under its old name for callers).
BASE_COLUMNS = ANSWER_COLUMNS
__all__ = ["BASE_COLUMNS", "MEASURE_COLUMNS", "NOTE_COLUMN", "VOICE_PREFIX", "csv_table", "csv_text", "measures_path",
           "number", "safe_text", "write_csv", "write_csv_tables"]

#: A cell starting with one of these is read as a formula (or a command) by Excel, LibreOffice or Google
#: Sheets; the full-width forms count too, since spreadsheets fold them to their ASCII twins.
_FORMULA_STARTS = ("=", "+", "-", "@", "|", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\uff5c")


def safe_text(text: str | None) -> str:
    """User text for a spreadsheet cell: control characters made visible, and a leading ' so that it
    never runs as a formula.

    "=HYPERLINK(…)" would otherwise be live in the sheet; "'=HYPERLINK(…)" shows as typed.
    Only text cells get this; numbers are written as numbers.
    """
    if not text:
        return ""
    text = visible_text(text)
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_STARTS) else text


def number(value: float | int | None) -> str:
    """Full precision to four decimals, with a decimal point; empty where there is no number."""
    if value is None:
        return ""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@lru_cache(maxsize=8192)
def _safe_cached(text: str) -> str:
    # Rows repeat the same texts (session, collaboration, field and question): each is made safe once.
    return safe_text(text)


def _cell(value: Cell) -> str:
    kind = type(value)
    if kind is str:
        return _safe_cached(value) if len(value) < 400 else safe_text(value)
    if value is None:
        return ""
    if kind is float:
        return number(value)
    if kind is int:
        return str(value)
    if kind is bool:
        return "1" if value else "0"
    if isinstance(value, dt.date):
        return value.isoformat()
    return safe_text(str(value))


def _text_row(row: Sequence[Cell]) -> list[str]:
    return [_cell(value) for value in row]


def csv_table(sessions: Sequence[Session]) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of the answers table (NAME.csv), as text. Voice columns: one per voice
    name across all sessions, in the order they first appear, so "Kommunen" at T1 and at T2 share one."""
    with spool(sessions) as tables:
        return list(tables.answer_header()), [_text_row(row) for row in tables.answer_rows()]


def csv_text(sessions: Sequence[Session]) -> str:
    """The answers table as CSV text (without the byte-order mark)."""
    buffer = io.StringIO(newline="")
    with spool(sessions) as tables:
        _write_rows(buffer, tables.answer_header(), tables.answer_rows())
    return buffer.getvalue()


def measures_path(csv_path: str | os.PathLike[str]) -> Path:
    """NAME-measures.csv beside NAME.csv."""
    path = Path(csv_path)
    return path.with_name(f"{path.stem}-measures{path.suffix or '.csv'}")


def _write_rows(fh: IO[str], header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    # QUOTE_MINIMAL quotes every cell holding a comma, a quote or a line break, as RFC 4180 asks.
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(_text_row(row))


def write_csv(sessions: Iterable[Session], out_path: str | os.PathLike[str]) -> Path:
    """Write NAME.csv (answers) and NAME-measures.csv (measures), each atomically, UTF-8 with a
    byte-order mark so Excel reads æøå correctly. ``sessions`` may be a generator: it is read once."""
    with spool(sessions) as tables:
        return write_csv_tables(tables, out_path)


def write_csv_tables(tables: Spool, out_path: str | os.PathLike[str]) -> Path:
    """Write NAME.csv and NAME-measures.csv from tables already read."""
    path = Path(out_path)
    with _AtomicText(path) as fh:
        _write_rows(fh, tables.answer_header(), tables.answer_rows())
    with _AtomicText(measures_path(path)) as fh:
        _write_rows(fh, MEASURE_COLUMNS, tables.measure_rows())
    return path


class _AtomicText:
    """A text file written through a temporary file beside it and renamed into place when complete:
    readers see the old file or the whole new one, never half of it."""

    def __init__(self, path: Path):
        self._path = path
        self._tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        # UTF-8 with a byte-order mark ("utf-8-sig") so Excel reads æøå correctly.
        self._fh = open(self._tmp, "w", encoding="utf-8-sig", newline="")
        return self._fh

    def __exit__(self, kind, value, traceback) -> None:
        assert self._fh is not None
        try:
            if kind is None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
            self._fh.close()
            if kind is None:
                os.replace(self._tmp, self._path)
        finally:
            if self._tmp.exists():
                self._tmp.unlink()
