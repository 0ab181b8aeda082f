"""In-process Qt helpers for the window benchmarks: one offscreen application, the demo document, paint detection."""

from __future__ import annotations

import importlib.util
import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget  # noqa: E402

SCREEN = (1280, 720)


def app() -> QApplication:
    instance = QApplication.instance()
    return instance if instance is not None else QApplication(["samson-bench"])


def available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def demo_document(path: Path | None = None):
    """A SessionDocument with the demo session (time 1), as the facilitator would open it."""
    from samson_desktop.fileformat import read_session
    from samson_desktop.fileformat.question_sets import demo_session_paths
    from samson_desktop.ui.document import SessionDocument

    path = path or demo_session_paths()[0]
    return SessionDocument(read_session(path), Path(path))


def paint_surface(widget: QWidget) -> QWidget:
    """The widget that receives the Paint event: a scroll area's (graphics view's) viewport."""
    return widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget


class PaintWatch(QObject):
    """Records which watched widgets have been painted since the last reset()."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.widgets = [paint_surface(w) for w in widgets]
        self.painted: set[int] = set()
        for widget in self.widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(watched))
        return False

    def reset(self) -> None:
        self.painted.clear()

    def all_painted(self) -> bool:
        return all(id(w) in self.painted for w in self.widgets)

    def remove(self) -> None:
        for widget in self.widgets:
            widget.removeEventFilter(self)


def process_until(done, timeout: float = 2.0) -> bool:
    """Run the event loop until ``done()`` is true; False on timeout."""
    qapp = app()
    deadline = time.perf_counter() + timeout
    while not done():
        qapp.processEvents()
        if time.perf_counter() > deadline:
            return False
    return True


def settle(rounds: int = 5) -> None:
    """Let pending layout, timers at 0 ms and paints run."""
    qapp = app()
    for _ in range(rounds):
        qapp.processEvents()
        time.sleep(0.005)
    qapp.processEvents()


def show(widget: QWidget) -> QWidget:
    widget.resize(*SCREEN)
    widget.show()
    process_until(lambda: widget.isVisible() and not widget.visibleRegion().isEmpty(), timeout=2.0)
    settle()
    return widget
