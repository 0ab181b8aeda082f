"""The follow-up step and the start page's "New time point" fit a 1280×720 screen in both languages and every look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.ui.main_window import FOLLOWUP, START, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme
from test_layout_fit import HEIGHT, MODES, WIDTH, fit_problems, settle, set_mode

#: both languages, every look: `make test-slow` and CI run it.
pytestmark = pytest.mark.slow


@pytest.fixture(params=["nb", "en"])
def later(request, qtbot, tmp_path):
    """A new time point made from the first demo (16 measures carried over), at 1280×720."""
    settings = Settings(path=tmp_path / "settings.json")
    settings.add_recent(demo_session_paths()[0])
    window = MainWindow(settings=settings)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.set_language(request.param)
    assert window.files.next_time_point(demo_session_paths()[0])
    yield window
    if window.is_presentation():
        window.set_presentation(False)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)
    theme().set_high_contrast(False)


def test_the_follow_up_and_the_start_page_fit_in_every_look(later):
    problems = []
    for mode in MODES:
        set_mode(later, mode, True)
        for step in (FOLLOWUP, START):
            page = settle(later, step)
            if step == FOLLOWUP:
                # The longest measure of the demo, with a line written.
                ids = page.measure_ids()
                longest = max((m for m in later.document.session.measures if m.id in ids), key=lambda m: len(m.text))
                page.show_measure(longest.id)
                page.focus_note()
                QCoreApplication.processEvents()
            holder = later.pages.currentWidget()
            if page.minimumSizeHint().width() > holder.width():
                problems.append(f"{mode}, step {step}: needs {page.minimumSizeHint().width()} px of width")
            problems += [f"{mode}, step {step}: {problem}" for problem in fit_problems(page)]
        set_mode(later, mode, False)
    assert not problems, "\n".join(problems)
