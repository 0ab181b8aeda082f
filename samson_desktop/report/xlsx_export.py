"""The .xlsx export: the answers and the measures on two sheets, with typed cells (numbers as numbers,
dates as dates, text as text), so a spreadsheet in any locale reads 4.6 as a number, not as 4 June."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Iterable, Sequence

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from ..core.model import Session
from .tables import MEASURE_COLUMNS, Cell, Spool, spool, visible_text

ANSWERS_SHEET = "answers"
MEASURES_SHEET = "measures"
#: Column widths (in characters) of the text columns people read; the rest keep the default.
_WIDTHS = {"collaboration": 24, "field": 24, "question": 50, "measure": 50, "note": 40, "follow_up_note": 40}


def write_xlsx(sessions: Iterable[Session], out_path: str | os.PathLike[str]) -> Path:
    """Write the workbook of ``sessions`` (a list, or a generator that reads files one at a time)."""
    with spool(sessions) as tables:
        return write_xlsx_tables(tables, out_path)


def write_xlsx_tables(tables: Spool, out_path: str | os.PathLike[str]) -> Path:
    """Write the workbook through a temporary file renamed into place when complete; the rows stream
    to disk (XlsxWriter's constant-memory mode)."""
    path = Path(out_path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # Text is only ever text: no formulas, links or numbers guessed from strings.
        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "tmpdir": str(path.parent),
        })
        formats = _Formats(book)
        _write_sheet(book.add_worksheet(ANSWERS_SHEET), formats, tables.answer_header(), tables.answer_rows())
        _write_sheet(book.add_worksheet(MEASURES_SHEET), formats, MEASURE_COLUMNS, tables.measure_rows())
        book.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook):
        self.head = book.add_format({"bold": True, "bottom": 1})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})


def _write_sheet(sheet: Worksheet, formats: _Formats, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    for col, name in enumerate(header):
        if name in _WIDTHS:
            sheet.set_column(col, col, _WIDTHS[name])
    sheet.freeze_panes(1, 0)
    for col, name in enumerate(header):
        sheet.write_string(0, col, name, formats.head)
    last = 0
    for last, row in enumerate(rows, 1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                sheet.write_number(last, col, int(value))
            elif isinstance(value, (int, float)):
                sheet.write_number(last, col, value)
            elif isinstance(value, dt.date):
                sheet.write_datetime(last, col, dt.datetime(value.year, value.month, value.day), formats.date)
            else:
                sheet.write_string(last, col, visible_text(str(value)))
    sheet.autofilter(0, 0, max(last, 1), len(header) - 1)
