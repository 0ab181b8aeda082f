"""Entry point of ``samson``: dispatch to a subcommand, or start the window."""

from __future__ import annotations

import argparse
import difflib
import gc
import importlib
import os
import stat
import sys
from typing import NoReturn, Sequence

from .. import __version__
from .terminal import complain

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2

#: Subcommand name -> module with ``add_arguments(parser)`` and ``run(args) -> int``.
#: Modules are imported only when their command runs, so no command pays for another's imports.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("samson_desktop.cli.validate_cmd", "check session files and list every problem"),
    "scores": ("samson_desktop.cli.scores_cmd", "print a session's scores"),
    "report": ("samson_desktop.cli.report_cmd", "write a session's PDF report"),
    "export": ("samson_desktop.cli.export_cmd", "write answers and measures as CSV or .xlsx for spreadsheets"),
    "compare": ("samson_desktop.cli.compare_cmd", "compare two or more time points of a collaboration"),
    "next": ("samson_desktop.cli.next_cmd", "start the next time point from an earlier session"),
    "sheets": ("samson_desktop.cli.sheets_cmd", "print answer sheets, one per voice, for paper use"),
    "serve": ("samson_desktop.cli.serve_cmd", "run the phone room for a session without a window"),
    "seminar": ("samson_desktop.cli.seminar_cmd", "write the deck of a peer-learning seminar of several cases"),
}


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error: what is wrong, and where to read more."""

    def error(self, message: str) -> NoReturn:
        complain(f"{self.prog}: {message} (see '{self.prog} --help')")
        sys.exit(EXIT_USAGE)


def _subcommand_parser(name: str) -> argparse.ArgumentParser:
    module_name, help_text = SUBCOMMANDS[name]
    parser = _Parser(prog=f"samson {name}", description=help_text)
    module = importlib.import_module(module_name)
    module.add_arguments(parser)
    parser.set_defaults(_run=module.run)
    return parser


def _app_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  samson {name:<9} {text}" for name, (_m, text) in SUBCOMMANDS.items())
    parser = _Parser(
        prog="samson",
        description="SAMSON desktop: a scorecard and dialogue tool for co-creation workshops.",
        epilog="commands:\n" + commands + "\n\nRun 'samson COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"samson {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="session files to open")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, report the time to the first paint, and quit")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add SAMSON to the desktop menu and open .samson files with it (Linux)")
    parser.add_argument("--uninstall-desktop", action="store_true",
                        help="undo --install-desktop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        parser = _subcommand_parser(args_list[0])
        args = parser.parse_args(args_list[1:])
        gc.enable()  # off while the program loaded (see __main__.py); a command may make many cycles
        return args._run(args)
    args = _app_parser().parse_args(args_list)
    if args.install_desktop or args.uninstall_desktop:
        from ..desktop_integration import install_desktop, uninstall_desktop

        return install_desktop() if args.install_desktop else uninstall_desktop()
    problem = _unusable_argument(args.files)
    if problem is not None:
        message, code = problem
        complain(message)
        return code
    from ..ui.launch import launch  # Qt is imported only when a window is wanted

    return launch(args.files, smoke_test=args.smoke_test)


def _unusable_argument(files: Sequence[str]) -> tuple[str, int] | None:
    """A one-line message and exit code for the first argument that is neither a command nor a
    readable file; None when the window may start. Checked before Qt, so it works without a display."""
    for name in files:
        try:
            info = os.stat(name)
        except FileNotFoundError:
            close = difflib.get_close_matches(name, SUBCOMMANDS, n=1)
            if close:
                return f"samson: '{name}' is not a command; did you mean 'samson {close[0]}'?", EXIT_USAGE
            if os.sep in name or "." in name:
                return f"samson: {name}: no such file", EXIT_USAGE
            return f"samson: '{name}' is neither a command nor a file (see 'samson --help')", EXIT_USAGE
        except OSError as exc:
            return f"samson: {name}: cannot be read ({exc.strerror or exc})", EXIT_BAD_INPUT
        if stat.S_ISDIR(info.st_mode):
            return f"samson: {name}: is a folder, not a session file", EXIT_BAD_INPUT
        if not stat.S_ISREG(info.st_mode):
            return f"samson: {name}: is not an ordinary file", EXIT_BAD_INPUT
        if not os.access(name, os.R_OK):
            return f"samson: {name}: cannot be read (permission denied)", EXIT_BAD_INPUT
    return None


def console_main() -> None:
    """Console-script wrapper: make a closed pipe (``samson scores … | head``) quiet."""
    try:
        code = main()
    except BrokenPipeError:
        code = EXIT_OK
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)
