"""``samson export FILE… --csv OUT.csv [--xlsx OUT.xlsx]``: the answers and the measures for spreadsheets.

``--csv`` writes OUT.csv (one row per session × question) and OUT-measures.csv (one row per measure);
``--xlsx`` writes both tables as two sheets of one workbook with typed cells. The sessions stream
through one at a time, so memory stays flat however many files are exported.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Iterator

from ..core.model import Session
from ..fileformat import SessionFileError, read_session
from ..report.csv_export import measures_path, write_csv_tables
from ..report.tables import spool
from ..report.xlsx_export import write_xlsx_tables
from .terminal import complain, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="session files to export")
    parser.add_argument("--csv", metavar="OUT.csv",
                        help="the CSV file of answers to write; the measures go to OUT-measures.csv beside it")
    parser.add_argument("--xlsx", metavar="OUT.xlsx", help="a workbook with a sheet of answers and one of measures")


class _Reader:
    """The sessions of ``names``, read one at a time as the export asks for them; failures are noted."""

    def __init__(self, names: list[str]):
        self._names = names
        self.failed = False

    def __iter__(self) -> Iterator[Session]:
        for name in self._names:
            try:
                yield read_session(name)
            except SessionFileError as exc:
                self.failed = True
                for line in exc.lines():
                    complain(line)


def run(args: argparse.Namespace) -> int:
    if not args.csv and not args.xlsx:
        complain("samson export: say where to write: --csv OUT.csv and/or --xlsx OUT.xlsx")
        return 2
    reader = _Reader(args.files)
    # One read of every file: the rows wait in temporary files until both outputs are written.
    with spool(reader) as tables:
        if reader.failed:
            complain("Nothing was written: fix or leave out the files above.")
            return 1
        sessions = f"{tables.sessions} session{'s' if tables.sessions != 1 else ''}"
        for option, write, what in ((args.csv, write_csv_tables, "the CSV file"),
                                    (args.xlsx, write_xlsx_tables, "the workbook")):
            if not option:
                continue
            out = Path(option)
            try:
                write(tables, out)
            except OSError as exc:
                complain(f"{out}: cannot write {what} ({exc.strerror or exc})")
                return 1
            also = f" and {measures_path(out)}" if write is write_csv_tables else ""
            say(f"{tables.answer_count} answer rows and {tables.measure_count} measures from {sessions} "
                  f"written to {out}{also}")
    return 0
