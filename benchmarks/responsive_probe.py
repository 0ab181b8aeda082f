"""Start the workshop window as `samson FILE` does and watch its event loop for 3 s after the first paint.

Prints "first paint after S s", "all pages built after S s" (from process start) and, at the end,
"longest stall N ms": the longest time the event loop did not turn, seen as the largest gap
between the ticks of a 5 ms timer, less those 5 ms.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import samson_desktop.__main__  # noqa: E402, F401  (as the samson command starts: the garbage collector off)
from samson_desktop.ui.launch import read_session_files  # noqa: E402  (reads sessions before Qt, as launch does)
from samson_desktop.ui.settings import Settings  # noqa: E402

WATCH_S = 3.0
TICK_MS = 5


def main(session_file: str) -> int:
    settings = Settings.load()
    opened = read_session_files([session_file], settings)

    from PySide6.QtCore import Qt, QTimer

    from samson_desktop.ui import app as app_module
    from samson_desktop.ui.main_window import MainWindow
    from samson_desktop.ui.theme import theme

    app = app_module.create_application()
    current = theme()
    current.zoom, current.high_contrast = settings.zoom, settings.theme == "high_contrast"
    current.apply(app)
    path, session = opened.sessions[0]
    window = MainWindow(session, path, settings=settings)
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def painted() -> None:
        print(f"first paint after {app_module.seconds_since_process_start():.3f} s", flush=True)
        ticks.append(time.perf_counter())
        timer.start()
        QTimer.singleShot(int(WATCH_S * 1000), finish)

    def ready() -> None:
        print(f"all pages built after {app_module.seconds_since_process_start():.3f} s", flush=True)

    def finish() -> None:
        timer.stop()
        ticks.append(time.perf_counter())
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        stall = max(0.0, max(gaps) - TICK_MS / 1000)
        print(f"longest stall {stall * 1000:.1f} ms", flush=True)
        window.document.undo_stack.setClean()
        app.closeAllWindows()
        app.quit()

    window.painted.connect(painted)
    window.ready.connect(ready)
    # What the window does once its pages are built, as run_app connects it.
    window.ready.connect(app_module._listen_for_other_processes)
    window.ready.connect(app_module._collect_garbage_from_now_on)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
