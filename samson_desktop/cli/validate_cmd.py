"""``samson validate FILE…``: one line per problem; exit 0 only when every file is valid."""

from __future__ import annotations

import argparse

from ..fileformat import SessionFileError, read_session
from .terminal import complain, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="session files to check")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")


def run(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            read_session(name)
        except SessionFileError as exc:
            failed += 1
            for problem in exc.problems:
                complain(f"{name}: {problem.text()}")
            continue
        if not args.quiet:
            say(f"{name}: valid")
    return 1 if failed else 0
