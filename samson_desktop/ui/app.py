"""The Qt side of start-up: application, fonts, language, theme, error hook, windows, recovery, smoke test."""

from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from pathlib import Path

#: Fallback for the start-up time where /proc is missing: as early as this module is imported.
_IMPORTED_AT = time.perf_counter()

from typing import TYPE_CHECKING, Sequence  # noqa: E402

from PySide6.QtCore import QEvent, QObject, Signal  # noqa: E402
from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from . import pyside_import_check  # noqa: E402

pyside_import_check.install()  # before the window's modules below are imported

from .. import __version__  # noqa: E402
from ..resources import resource_path  # noqa: E402
from . import autosave, i18n, session_claims  # noqa: E402
from .error_dialog import ExceptionHook, show_file_error  # noqa: E402
from .file_guard import listen_for_other_processes, show_elsewhere  # noqa: E402
from .main_window import MainWindow  # noqa: E402
from .pages.registry import PlaceholderPage  # noqa: E402
from .theme import theme  # noqa: E402

if TYPE_CHECKING:
    from .launch import OpenedFiles
    from .settings import Settings

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


class SamsonApplication(QApplication):
    """The application object; passes on the files the system asks it to open while it runs.

    On macOS a session file opened from the Finder, or dropped on the Dock icon, arrives as a
    FileOpen event rather than on the command line.
    """

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                self.fileOpenRequested.emit(path)
                return True
        return super().event(event)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Qt 6 scales by the screen's exact factor already (PassThrough), which projectors need.
        # Fusion gives the same look on every platform, and palettes apply fully. It is chosen on
        # the command line: setStyle() returns the style object, and wrapping it for Python costs
        # ~5 ms of start-up.
        app = SamsonApplication([*(argv or sys.argv[:1]), "-style", "Fusion"])
    elif app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setApplicationName("SAMSON")
    app.setApplicationDisplayName("SAMSON")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SAMSON")
    app.setDesktopFileName("no.samson.SamsonDesktop")  # the .desktop id (Wayland app id)
    load_fonts()
    return app


class _FirstPaintReporter(QObject):
    """Prints the time from process start to the first painted window and to every page built, then
    quits (smoke test); a page that cannot be built fails the smoke test instead of a workshop."""

    def __init__(self, app: QApplication, windows: list, failures: list[str], session_open: bool):
        super().__init__(app)
        self._app = app
        self._windows = windows
        self._session_open = session_open
        self.failures = failures
        self.seconds: float | None = None
        # The window's own signals rather than an application-wide event filter: such a filter
        # hands Python every object that gets an event, Qt's private classes too, and wrapping
        # one of those makes PySide resolve every class it knows (~10 ms), which a real start
        # never pays.
        windows[0].painted.connect(self._report)
        windows[0].ready.connect(self.quit)

    def _report(self) -> None:
        self.seconds = seconds_since_process_start()
        print(f"first paint after {self.seconds:.2f} s", flush=True)
        if self._session_open:  # the paint showed it: the session was read before the window was built
            print(f"session ready after {seconds_since_process_start():.2f} s", flush=True)

    def quit(self) -> None:
        """Once the first window has built its pages in idle turns: the others' at once, then quit."""
        for failure in _pages_that_fail(self._windows):
            self.failures.append(failure)
            print(f"SAMSON smoke test: {failure}", file=sys.stderr)
        print(f"all pages built after {seconds_since_process_start():.2f} s", flush=True)
        self._app.closeAllWindows()
        self._app.quit()


class _SmokeTestHook(ExceptionHook):
    """sys.excepthook of the smoke test: print the error, note it, and end the run (no dialog)."""

    def __init__(self, failures: list[str]):
        super().__init__(save_all=lambda: None)
        self._failures = failures

    def __call__(self, exc_type, exc, tb) -> None:
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        self._failures.append(f"{exc_type.__name__}: {exc}")
        app = QApplication.instance()
        if app is not None:
            app.closeAllWindows()
            app.exit(1)


def _pages_that_fail(windows: list) -> list[str]:
    """Build every page of ``windows``; one line for each page that could not be built."""
    failures = []
    for number, window in enumerate(windows, start=1):
        try:
            window.finish_setup()
        except Exception as exc:  # noqa: BLE001 - reported, and the smoke test fails
            failures.append(f"window {number}: {type(exc).__name__}: {exc}")
            continue
        failures += [f"window {number}: page {page.objectName()} is missing from this installation"
                     for page in window.built_pages() if isinstance(page, PlaceholderPage)]
    return failures


def run_app(opened: OpenedFiles, settings: Settings, smoke_test: bool = False) -> int:
    """Open a window for each session read (an empty one without) and run until they close; the
    problems of the files that could not be read follow once the first window is on screen."""
    app = create_application()
    i18n.manager().set_language(settings.language)
    current = theme()
    current.zoom, current.high_contrast = settings.zoom, settings.theme == "high_contrast"
    current.apply(app)

    problems = opened.problems
    copies = _hand_over(opened)
    if opened.disks and not opened.sessions and not problems:
        settings.save()  # the files read joined the recent files
        return 0  # every file named is shown by another SAMSON window, now in front

    smoke_failures: list[str] = []
    # A smoke test has nobody to read a dialog: an error is printed, and the test fails at once.
    hook = _SmokeTestHook(smoke_failures) if smoke_test else ExceptionHook(_flush_autosaves)
    hook.install()
    windows = [MainWindow(session, None if path in copies else path, settings=settings)
               for path, session in opened.sessions] or [MainWindow(settings=settings)]
    for window, (path, _session) in zip(windows, opened.sessions):
        if path not in copies:
            window.document.disk = opened.disks.get(path)
    if smoke_test:
        # Connected first, so that the time printed is that of the paint, not of what follows it.
        reporter = _FirstPaintReporter(app, windows, smoke_failures, session_open=bool(opened.sessions))
        for problem in problems:
            print("\n".join(problem.lines()), file=sys.stderr)
    if not smoke_test:
        windows[0].painted.connect(lambda: _after_first_paint(windows[0], problems))
    if opened.disks:
        # The files read joined the recent files. Saving waits for the disk (fsync), so it
        # follows the first paint.
        windows[0].painted.connect(lambda: settings.save())
    # Pages first: the window answers other SAMSON processes once it has built them.
    windows[0].ready.connect(_listen_for_other_processes)
    windows[0].ready.connect(_collect_garbage_from_now_on)
    if isinstance(app, SamsonApplication):
        app.fileOpenRequested.connect(lambda path: _open_in_front(windows, path))
    for window in windows:
        window.show()

    code = app.exec()
    hook.uninstall()
    if smoke_test:
        painted = reporter.seconds is not None
        return 0 if painted and not problems and not smoke_failures else 1
    return code


def _hand_over(opened: OpenedFiles) -> set[Path]:
    """Files that another SAMSON process shows are brought forward there rather than opened again.

    Returns the files whose window did not answer: they open here as copies, saved under a new name.
    """
    copies: set[Path] = set()
    seen: set[str] = set()
    for path, session in list(opened.sessions):
        if session_claims.key(path) in seen:  # named twice: one window
            opened.sessions.remove((path, session))
            continue
        seen.add(session_claims.key(path))
        owner = session_claims.owner_elsewhere(path)
        if owner is None:
            continue
        if show_elsewhere(owner, path):
            opened.sessions.remove((path, session))
            print(f"SAMSON: {path.name} is open in another SAMSON window; that window was brought to the front.",
                  flush=True)
        else:
            copies.add(path)
            print(f"SAMSON: {path.name} is open in another SAMSON window that does not answer; "
                  "opening a copy that is saved under a new name.", file=sys.stderr, flush=True)
    return copies


def _collect_garbage_from_now_on() -> None:
    """Once every page is built: the collector on again (``samson`` starts with it off).

    What exists now is set aside first (``gc.freeze``): almost all of it lives as long as the program,
    and the first collections would otherwise look through all of it, holding up the event loop for
    ~15 ms and a page module being imported for ~10 ms more. Cost: a cycle made while loading is never freed.
    """
    gc.freeze()
    gc.enable()


def _listen_for_other_processes() -> None:
    """From now on, bring a window forward when another SAMSON process opens its file."""
    listen_for_other_processes(QApplication.instance())


def _after_first_paint(window, problems: list) -> None:
    """Once the window is on screen: say why each unusable file was not opened, then offer recovery."""
    for problem in problems:
        show_file_error(window, problem)
    window.offer_recovery()


def _open_in_front(windows: list, path: str) -> None:
    """Open ``path`` in the window in front (it asks about unsaved changes first)."""
    showing = session_claims.window_for(path)
    if showing is not None:
        session_claims.bring_forward(showing)  # already open: no second window on one file
        return
    active = QApplication.activeWindow()
    window = active if isinstance(active, MainWindow) else next((w for w in windows if w.isVisible()), windows[0])
    window.show()
    window.raise_()
    window.activateWindow()
    window.open_path(path)


def _flush_autosaves() -> None:
    autosave.flush_all()
