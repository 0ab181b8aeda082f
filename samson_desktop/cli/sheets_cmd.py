"""``samson sheets FILE [-o OUT.pdf] [--lang nb|en] [--blank]``: printable answer sheets, one per voice."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..fileformat import SessionFileError, read_session
from .terminal import complain, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .samson session file")
    parser.add_argument("-o", "--output", metavar="OUT.pdf",
                        help="where to write the PDF (default: FILE's name with -answer-sheets.pdf)")
    parser.add_argument("--lang", choices=("nb", "en"),
                        help="language of the sheets (default: the session's language)")
    parser.add_argument("--blank", action="store_true",
                        help="add one unnamed sheet to those of the voices")


def default_output(file: str | Path) -> Path:
    source = Path(file)
    return source.with_name(f"{source.stem}-answer-sheets.pdf")


def run(args: argparse.Namespace) -> int:
    try:
        session = read_session(args.file)
    except SessionFileError as exc:
        for line in exc.lines():
            complain(line)
        return 1
    from ..report.answer_sheet import write_answer_sheets  # reportlab only when a PDF is made

    target = Path(args.output) if args.output else default_output(args.file)
    try:
        write_answer_sheets(session, target, args.lang, blank=args.blank)
    except OSError as exc:
        complain(f"Could not write {target}: {exc.strerror or exc}")
        return 1
    say(target)
    return 0
