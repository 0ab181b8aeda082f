"""``samson next EARLIER -o LATER.samson [--label T2] [--date YYYY-MM-DD] [--force]``: the next time point."""

from __future__ import annotations

import argparse
import os
import re
from datetime import date as Date
from pathlib import Path

from ..core.cycle import LABEL_MAX, DateBeforeEarlier, next_session
from ..fileformat import SessionFileError, read_session, write_session
from .terminal import complain, say


def _date(text: str) -> str:
    """A real calendar date written YYYY-MM-DD (Python also reads other ISO forms; the file holds only this)."""
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return Date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD")


def _label(text: str) -> str:
    if len(text) > LABEL_MAX:
        raise argparse.ArgumentTypeError(f"a label has at most {LABEL_MAX} characters, not {len(text)}")
    return text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("earlier", metavar="EARLIER", help="the session of the earlier time point")
    parser.add_argument("-o", "--output", metavar="LATER.samson", required=True,
                        help="where to write the new session")
    parser.add_argument("--label", type=_label,
                        help="the new time point's label (default: the next number, T1 → T2)")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the new time point's date (default: today); not before the earlier one")
    parser.add_argument("--force", action="store_true", help="replace LATER.samson if it exists")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    source, out = Path(args.earlier), Path(args.output)
    try:
        earlier = read_session(source)
    except SessionFileError as exc:
        for line in exc.lines():
            complain(line)
        return 1
    if out.is_dir():
        complain(f"{out}: is a folder; give the name of the new session file")
        return 1
    if _same_file(source, out):
        complain(f"{out}: is the earlier session itself; give another name for the new session")
        return 1
    if (out.exists() or out.is_symlink()) and not args.force:
        complain(f"{out}: already exists; use --force to replace it")
        return 1
    try:
        later = next_session(earlier, label=args.label, date=args.date)
    except DateBeforeEarlier as exc:
        complain(f"{source.name}: {exc}; the new time point cannot come before it (see --date)")
        return 1
    try:
        write_session(later, out)
    except OSError as exc:
        complain(f"{out}: cannot write the new session ({exc.strerror or exc})")
        return 1
    carried = len(later.measures)
    tp = later.time_point
    say(f"New time point {tp.label} ({tp.date}) written to {out}; "
        f"{carried} measure{'' if carried == 1 else 's'} carried over for follow-up")
    return 0
