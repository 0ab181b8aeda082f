"""``samson export FILE… --csv OUT.csv``: one row per session × question, for spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..fileformat import SessionFileError, read_session
from .formatting import complain, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="session files to export")
    parser.add_argument("--csv", required=True, metavar="OUT.csv", help="the CSV file to write")


def run(args: argparse.Namespace) -> int:
    sessions = []
    failed = False
    for name in args.files:
        try:
            sessions.append(read_session(name))
        except SessionFileError as exc:
            failed = True
            for line in exc.lines():
                complain(line)
    if failed:
        complain("Nothing was written: fix or leave out the files above.")
        return 1
    from ..report.csv_export import write_csv

    out = Path(args.csv)
    try:
        write_csv(sessions, out)
    except OSError as exc:
        complain(f"{out}: cannot write the CSV file ({exc.strerror or exc})")
        return 1
    rows = sum(len(s.question_set.questions()) for s in sessions)
    say(f"{rows} rows from {len(sessions)} session{'s' if len(sessions) != 1 else ''} written to {out}")
    return 0
