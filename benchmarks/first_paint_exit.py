"""Start the bare window (``bare``) or the workshop window with a session (``app FILE``) and end the
process at its first paint, so that an instruction count covers start-up to the first paint and nothing after."""

import os
import sys


def _bare() -> None:
    import bare_window  # the baseline, run as a script beside this one

    bare_window.FirstPaint.report = lambda self: os._exit(0)
    sys.argv = sys.argv[:1]
    bare_window.main()


def _app(session: str) -> None:
    sys.argv = ["samson", "--smoke-test", session]
    import samson_desktop.__main__  # noqa: F401 - the collector off, as `samson` starts
    import samson_desktop.ui.launch  # noqa: F401 - the modules in the order `samson` imports them
    from samson_desktop.cli.main import console_main
    from samson_desktop.ui.main_window import MainWindow

    MainWindow._on_first_paint = lambda self: os._exit(0)
    console_main()


if __name__ == "__main__":
    _bare() if sys.argv[1] == "bare" else _app(sys.argv[2])
