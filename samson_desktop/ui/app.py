"""Start the workshop window: application, fonts, language, theme, error hook, files, recovery, smoke test."""

from __future__ import annotations

import os
import sys
import time

#: Fallback for the start-up time where /proc is missing: as early as this module is imported.
_IMPORTED_AT = time.perf_counter()

from pathlib import Path  # noqa: E402
from typing import Sequence  # noqa: E402

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QFontDatabase, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from .. import __version__  # noqa: E402
from ..resources import resource_path  # noqa: E402

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")


def seconds_since_process_start() -> float:
    """Time since the operating system started this process (Linux), else since this module loaded."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5); two fields precede the ')'-split
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


def load_fonts() -> list[str]:
    """Register the bundled DejaVu fonts so every machine shows the same type; returns their families."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("SAMSON")
    app.setApplicationDisplayName("SAMSON")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SAMSON")
    app.setDesktopFileName("no.samson.SamsonDesktop")  # the .desktop id (Wayland app id)
    app.setStyle("Fusion")  # the same look on every platform, and palettes apply fully
    load_fonts()
    return app


class _FirstPaintReporter(QObject):
    """Prints the time from process start to the first painted window, then quits (smoke test)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self.seconds: float | None = None
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Paint and self.seconds is None:
            self._app.removeEventFilter(self)
            self.seconds = -1.0
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        self.seconds = seconds_since_process_start()
        print(f"first paint after {self.seconds:.2f} s", flush=True)
        self._app.closeAllWindows()
        self._app.quit()


def run_app(files: Sequence[str] = (), smoke_test: bool = False) -> int:
    """Open the workshop window (one per session file given) and run until it closes."""
    app = create_application()

    from . import autosave, i18n
    from .error_dialog import ExceptionHook
    from .settings import Settings
    from .theme import theme

    settings = Settings.load()
    i18n.manager().set_language(settings.language)
    current = theme()
    current.zoom, current.high_contrast = settings.zoom, settings.theme == "high_contrast"
    current.apply(app)

    hook = ExceptionHook(autosave.flush_all)
    hook.install()

    windows, problems = _open_windows(files, settings)
    reporter = _FirstPaintReporter(app) if smoke_test else None
    for window in windows:
        window.show()

    if problems:
        if smoke_test:
            for problem in problems:
                print("\n".join(problem.lines()), file=sys.stderr)
        else:
            from .error_dialog import show_file_error

            def tell() -> None:
                for problem in problems:
                    show_file_error(windows[0], problem)

            QTimer.singleShot(0, tell)
    if not smoke_test:
        QTimer.singleShot(0, windows[0].offer_recovery)
    code = app.exec()
    hook.uninstall()
    if smoke_test:
        painted = reporter is not None and reporter.seconds is not None and reporter.seconds >= 0
        return 0 if painted and not problems else 1
    return code


def _open_windows(files: Sequence[str], settings) -> tuple[list, list]:
    from ..fileformat import SessionFileError, read_session
    from .main_window import MainWindow

    windows = []
    problems: list[SessionFileError] = []
    for file in files:
        path = Path(file)
        try:
            session = read_session(path)
        except SessionFileError as exc:
            problems.append(exc)
            continue
        window = MainWindow(session, path.resolve(), settings=settings)
        settings.add_recent(path)
        windows.append(window)
    if files and windows:
        settings.save()
    if not windows:
        windows.append(MainWindow(settings=settings))
    return windows, problems
