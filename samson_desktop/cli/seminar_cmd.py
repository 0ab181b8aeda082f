"""``samson seminar FILE… -o DECK.pdf [--lang nb|en] [--anonymise]``: the peer-learning seminar's deck.

FILE is session files (one case per collaboration, each with the anonymous defaults), or one
``.samson-seminar`` file with the organiser's cases and sharing choices. ``--anonymise`` applies the
anonymous defaults to every case whatever the seminar file says.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msgspec.structs import replace

from ..core.seminar import ANONYMISED, CaseInput, SeminarError, build_seminar, group_cases
from ..fileformat import SessionFileError
from ..fileformat.batch import BatchReader
from ..fileformat.seminar_file import FILE_SUFFIX, load_cases, read_seminar
from ..report.seminar_deck import build_seminar_deck
from .terminal import complain, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=f"session files (.samson), or one seminar file ({FILE_SUFFIX})")
    parser.add_argument("-o", "--output", metavar="DECK.pdf",
                        help="where to write the deck (default for a seminar file: next to it, as NAME.pdf)")
    parser.add_argument("--lang", choices=("nb", "en"),
                        help="language of the deck (default: the seminar file's, else the first session's)")
    parser.add_argument("--anonymise", "--anonymize", action="store_true", dest="anonymise",
                        help="every case under an alias, without notes, party names or measure owners")
    parser.add_argument("--latest-two", action="store_true",
                        help="with session files: keep each case's latest two time points, to show change")
    parser.add_argument("--title", metavar="TITLE", help="the seminar's title on the deck")


def _from_sessions(names: list[str], latest_two: bool) -> list[CaseInput] | None:
    reader = BatchReader()
    sessions = []
    failed = False
    for name in names:
        try:
            sessions.append(reader.read(name))
        except SessionFileError as exc:
            failed = True
            for line in exc.lines():
                complain(line)
    if failed:
        return None
    groups = group_cases(sessions, latest_two)
    used = {i for group in groups for i in group}
    for position, name in enumerate(names):
        if position not in used:
            complain(f"note: {name} is left out: another file is a later time point of the same collaboration")
    return [CaseInput(tuple(sessions[i] for i in group)) for group in groups]


def _output(args: argparse.Namespace, seminar_file: Path | None) -> Path | None:
    if args.output:
        return Path(args.output)
    if seminar_file is not None:
        return seminar_file.with_name(seminar_file.name.removesuffix(FILE_SUFFIX) + ".pdf")
    return None


def run(args: argparse.Namespace) -> int:
    seminar_files = [name for name in args.files if name.endswith(FILE_SUFFIX)]
    if seminar_files and len(args.files) > 1:
        complain(f"samson seminar: give one seminar file ({FILE_SUFFIX}) or session files, not both "
                 "(see 'samson seminar --help')")
        return 2
    seminar_file = Path(seminar_files[0]) if seminar_files else None
    out = _output(args, seminar_file)
    if out is None:
        complain("samson seminar: say where to write the deck: -o DECK.pdf (see 'samson seminar --help')")
        return 2
    title, language = args.title or "", args.lang
    if seminar_file is not None:
        try:
            organised = read_seminar(seminar_file)
            cases = load_cases(organised, seminar_file)
        except SessionFileError as exc:
            for line in exc.lines():
                complain(line)
            return 1
        title = title or organised.title
        language = language or organised.language
    else:
        found = _from_sessions(args.files, args.latest_two)
        if found is None:
            complain("No deck was written: fix or leave out the files above.")
            return 1
        cases = found
    if args.anonymise:
        cases = [replace(case, sharing=ANONYMISED) for case in cases]
    language = language or (cases[0].latest.language if cases else "nb")
    try:
        seminar = build_seminar(cases, language, title)
    except SeminarError as exc:
        complain(f"samson seminar: {exc.text('en')}")
        return 1
    if out.is_dir():
        out = out / "seminar.pdf"
    try:
        build_seminar_deck(seminar, out)
    except OSError as exc:
        complain(f"{out}: cannot write the deck ({exc.strerror or exc})")
        return 1
    say(f"Deck of {len(seminar.cases)} cases written to {out}")
    return 0
