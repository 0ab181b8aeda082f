"""A responsive window from the first paint: pages built when shown or one per idle turn; the window's parts."""

from __future__ import annotations

import ast
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from samson_desktop.fileformat import read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.ui import main_window
from samson_desktop.ui.charts import ChartPanel
from samson_desktop.ui.document import Change
from samson_desktop.ui.main_window import OVERVIEW, REPORT, SETUP, START, STEP_COUNT, MainWindow
from samson_desktop.ui.pages import registry
from samson_desktop.ui.pages.registry import PageStack
from samson_desktop.ui.settings import Settings
from tests.factories import session_bytes

UI = Path(main_window.__file__).parent


@pytest.fixture
def windows(qtbot, tmp_path):
    made: list[MainWindow] = []

    def make(*args, **kwargs) -> MainWindow:
        window = MainWindow(*args, settings=Settings(path=tmp_path / "settings.json"), **kwargs)
        made.append(window)
        return window

    yield make
    for window in made:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "workshop.samson"
    path.write_bytes(session_bytes())
    return path


def test_opening_a_session_builds_no_page_that_is_not_shown(windows, session_file):
    """What opening does before it returns, with no turn of the event loop in between: the pages whose
    construction has started (placed on the stack or not) are the ones shown, in this window's life,
    and no other. The pages built in idle turns after the first paint are not part of this."""
    window = windows(read_session(session_file), session_file)
    assert window.current_step() == SETUP
    assert window.pages.started_steps() == [SETUP]
    empty = windows()
    assert empty.pages.started_steps() == [START]
    other = session_file.with_name("other.samson")  # one window per file: the first window has that one
    other.write_bytes(session_file.read_bytes())
    assert empty.open_path(other)
    assert empty.current_step() == SETUP
    assert empty.pages.started_steps() == [START, SETUP]
    if demo_session_paths()[0].is_file():
        assert empty.open_demo(0)
        assert empty.current_step() == OVERVIEW
        assert empty.pages.started_steps() == [START, SETUP, OVERVIEW]


def test_building_every_page_builds_no_chart_bar_view(windows, session_file):
    """The bar views (pyqtgraph) wait until a panel first shows one."""
    window = windows(read_session(session_file), session_file)
    window.finish_setup()
    panels = [panel for page in window.built_pages() for panel in page.findChildren(ChartPanel)]
    assert panels and not any(panel.has_bar_view() for panel in panels)


def test_after_the_first_paint_the_other_pages_are_built_one_per_turn_of_the_event_loop(windows, session_file, qtbot):
    window = windows(read_session(session_file), session_file)
    at_paint: list[list[int]] = []
    window.painted.connect(lambda: at_paint.append(window.pages.built_steps()))
    with qtbot.waitSignal(window.painted, timeout=10_000):
        window.show()
    assert at_paint == [[SETUP]]  # the first paint needed the page it shows and nothing else
    counts = [len(window.pages.built_steps())]
    deadline = time.monotonic() + 60
    while not window.pages.all_built() and time.monotonic() < deadline:
        QApplication.processEvents()
        if len(window.pages.built_steps()) != counts[-1]:
            counts.append(len(window.pages.built_steps()))
        time.sleep(0.002)  # a page whose module is still being imported is looked at again a little later
    assert window.pages.all_built()
    # Every page but the one shown came in a turn of its own (one may have come while waitSignal returned).
    assert counts[0] <= 2 and all(b - a == 1 for a, b in zip(counts, counts[1:])), counts


def test_building_the_pages_leaves_the_windows_class_as_it_was(windows, session_file, qtbot):
    """A method of the window first connected as a slot once the window is on screen extends its
    meta-object, and Qt then styles and paints the whole window again: the pages connect only to slots
    the class declares."""
    for window in (windows(read_session(session_file), session_file), windows()):
        with qtbot.waitSignal(window.painted, timeout=10_000):
            window.show()
        methods = window.metaObject().methodCount()
        window.finish_setup()
        window.document.changed.emit(Change("info"))  # an empty window makes its document after its paint
        assert window.metaObject().methodCount() == methods


def test_pages_are_built_once_the_import_thread_gives_word_even_while_it_is_still_alive(
        windows, session_file, qtbot, monkeypatch):
    """The importing thread says when its modules are in; it may not have ended yet when the word
    arrives, and the idle turns must go on all the same (they waited for ever when they asked
    whether the thread was still alive)."""
    linger = threading.Event()
    give_word = PageStack._import_then_resume

    def word_then_linger(self, modules, done):
        give_word(self, modules, done)
        linger.wait(10)

    monkeypatch.setattr(PageStack, "_import_then_resume", word_then_linger)
    monkeypatch.setattr(registry, "_module_of", lambda step: "samson_desktop.not_imported_yet")
    monkeypatch.setattr(registry, "_import_quietly", lambda modules: None)
    window = windows(read_session(session_file), session_file)
    try:
        window.show()
        qtbot.waitUntil(window.pages.all_built, timeout=10_000)
        assert window.pages._importer.is_alive()  # the word came first, as in the race
    finally:
        linger.set()


def test_a_page_asked_for_before_it_exists_is_built_at_once(windows, session_file):
    window = windows(read_session(session_file), session_file)
    assert window.pages.built(REPORT) is None
    report = window.page(REPORT)
    assert window.pages.built(REPORT) is report
    window.go_to_step(REPORT)
    assert window.current_step() == REPORT and window.pages.currentWidget().isAncestorOf(report)


class _Page(QWidget):
    def __init__(self, log: list[str], name: str):
        super().__init__()
        self.log, self.name = log, name

    def enter(self) -> None:
        self.log.append(f"enter {self.name}")

    def leave(self) -> None:
        self.log.append(f"leave {self.name}")

    def set_presentation(self, on: bool) -> None:
        pass


def test_going_to_a_step_leaves_the_old_page_and_enters_the_new_one(qtbot, monkeypatch):
    from samson_desktop.ui.pages import registry

    log: list[str] = []
    steps = tuple(registry.Step(i, f"step {i}", lambda _context, parent, i=i: _Page(log, str(i)), False)
                  for i in range(3))
    monkeypatch.setattr(registry, "STEPS", steps)
    monkeypatch.setattr(registry, "STEP_COUNT", 3)
    stack = PageStack(context=None)
    qtbot.addWidget(stack)
    stack.go_to(0)
    stack.go_to(2)
    stack.go_to(2)
    stack.go_to(1)
    assert log == ["enter 0", "leave 0", "enter 2", "leave 2", "enter 1"]
    assert stack.built_steps() == [0, 1, 2]


class _StagedPage(_Page):
    def catch_up(self) -> None:
        self.log.append(f"catch up {self.name}")


class _FinishingPage(_StagedPage):
    def finish(self) -> None:
        self.log.append(f"finish {self.name}")


def _staged_stack(qtbot, monkeypatch, log: list[str], page_class: type = _StagedPage) -> PageStack:
    from samson_desktop.ui.pages import registry

    def factory(i: int):
        def build(_context, _parent):
            log.append(f"construct {i}")
            return page_class(log, str(i))
        return build

    steps = tuple(registry.Step(i, f"step {i}", factory(i), False) for i in range(3))
    monkeypatch.setattr(registry, "STEPS", steps)
    monkeypatch.setattr(registry, "STEP_COUNT", 3)
    stack = PageStack(context=None)
    qtbot.addWidget(stack)
    stack.pageBuilt.connect(lambda step, _page: log.append(f"place {step}"))
    return stack


def test_idle_turns_build_a_page_in_steps_construct_place_catch_up(qtbot, monkeypatch):
    log: list[str] = []
    stack = _staged_stack(qtbot, monkeypatch, log)
    stack.go_to(0)
    assert log == ["construct 0", "place 0", "catch up 0", "enter 0"]  # the page shown is finished at once
    del log[:]
    stack.build_in_idle_turns()
    steps_per_turn = []
    with qtbot.waitSignal(stack.allBuilt, timeout=5000):
        while not stack.all_built() or "catch up 2" not in log:
            before = len(log)
            QApplication.processEvents()
            steps_per_turn.append(len(log) - before)
    assert log == ["construct 1", "place 1", "catch up 1", "construct 2", "place 2", "catch up 2"]
    assert max(steps_per_turn) == 1  # one step per turn of the event loop


def test_a_page_asked_for_between_its_steps_is_finished_at_once(qtbot, monkeypatch):
    log: list[str] = []
    stack = _staged_stack(qtbot, monkeypatch, log)
    stack.go_to(0)
    stack.build_in_idle_turns()
    while "construct 1" not in log:
        QApplication.processEvents()
    assert stack.started_steps() == [0, 1] and stack.built(1) is None  # constructed, not yet placed
    page = stack.page(1)
    assert stack.built(1) is page and log[-2:] == ["place 1", "catch up 1"]
    qtbot.waitUntil(stack.all_built)
    assert log.count("construct 1") == 1 and log.count("place 1") == 1 and log.count("catch up 1") == 1


def test_the_page_shown_first_is_finished_below_the_fold_in_an_idle_turn(qtbot, monkeypatch):
    log: list[str] = []
    stack = _staged_stack(qtbot, monkeypatch, log, _FinishingPage)
    stack.go_to(0)
    assert log == ["construct 0", "place 0", "catch up 0", "enter 0"]  # seen at once, not yet finished
    stack.build_in_idle_turns()
    with qtbot.waitSignal(stack.allBuilt, timeout=5000):
        pass
    assert log[4] == "finish 0"  # the first idle turn
    assert [entry for entry in log if entry.startswith("finish")] == ["finish 0", "finish 1", "finish 2"]


def test_a_page_asked_for_is_whole_at_once(qtbot, monkeypatch):
    log: list[str] = []
    stack = _staged_stack(qtbot, monkeypatch, log, _FinishingPage)
    stack.go_to(0)
    assert stack.page(0) is stack.built(0) and log[-1] == "finish 0"
    stack.page(1)
    assert log[-3:] == ["place 1", "catch up 1", "finish 1"]
    stack.go_to(1)
    assert log.count("finish 0") == 1 and log.count("finish 1") == 1


def test_the_setup_page_paints_before_its_character_section_is_built(windows, session_file, qtbot):
    window = windows(read_session(session_file), session_file)
    setup = window.pages.built(SETUP)
    assert setup.character_form is None  # below the fold: built after the first paint
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert setup.character_form is not None and setup.character_form.isVisibleTo(setup)
    assert setup.character_heading.text() and setup.character_form.placement_text()  # in the window's language


def _imports_inside_functions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found += [f"{path.relative_to(UI)}:{inner.lineno}" for inner in ast.walk(node)
                      if isinstance(inner, (ast.Import, ast.ImportFrom))]
    return found


def test_the_window_modules_import_nothing_inside_a_function():
    """Lazy loading lives in two places, the page registry and tool_windows (with importlib); every other
    module of the window reads like any PySide6 code. Found at run time, so new modules are covered."""
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 40
    assert [hit for path in modules for hit in _imports_inside_functions(path)] == []
    source = (UI / "main_window.py").read_text(encoding="utf-8")
    assert "importlib" not in source and "QtCore.Qt" not in source
    assert len(source.splitlines()) <= 300
