"""``samson report FILE [-o OUT.pdf] [--lang nb|en]``: write the session's PDF report."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..fileformat import SessionFileError, read_session
from ..fileformat.earlier_lookup import find_earlier
from ..fileformat.question_sets import demo_session_paths
from .terminal import complain, say, visible


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .samson session file")
    parser.add_argument("-o", "--output", metavar="OUT.pdf",
                        help="where to write the PDF (default: next to FILE, as NAME.pdf)")
    parser.add_argument("--lang", choices=("nb", "en"),
                        help="language of the report (default: the session's language)")


def default_output(source: Path) -> Path:
    """NAME.pdf next to the session file; never the session file itself."""
    out = source.with_suffix(".pdf")
    return source.with_name(source.name + ".pdf") if out == source else out


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        session = read_session(source)
    except SessionFileError as exc:
        for line in exc.lines():
            complain(line)
        return 1
    out = Path(args.output) if args.output else default_output(source)
    if out.is_dir():
        out = out / default_output(source).name
    earlier = None
    if session.earlier is not None:
        found = find_earlier(session, source, demo_session_paths())
        if found is None:
            label = session.earlier.label or session.earlier.session_id
            complain(f"note: the earlier session {visible(label)!r} was not found beside {source.name}; "
                     f"the report shows the follow-up without the earlier profile")
        earlier = found.session if found is not None else None
    from ..report.session_report import build_session_report  # reportlab only when a report is made

    try:
        build_session_report(session, out, args.lang, earlier=earlier)
    except OSError as exc:
        complain(f"{out}: cannot write the report ({exc.strerror or exc})")
        return 1
    say(f"Report written to {out}")
    return 0
