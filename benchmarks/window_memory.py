"""A workshop window as used: a session open, every page built, the questions and overview shown; prints "ready" and quits."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.qt_support import app, process_until, settle, show  # noqa: E402


def main(session_file: str) -> int:
    from samson_desktop.fileformat import read_session
    from samson_desktop.ui import main_window as mw

    app()
    window = mw.MainWindow(read_session(session_file), Path(session_file))
    show(window)
    process_until(window.pages.all_built, timeout=10.0)
    for step in (mw.QUESTIONS, mw.OVERVIEW, mw.MEASURES, mw.REPORT, mw.QUESTIONS):
        window.go_to_step(step)
        settle(3)
    for key in (3, 8, 5):
        window.answer_key(key)
        settle(2)
    print("ready", flush=True)
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
