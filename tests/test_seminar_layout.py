"""The seminar window fits a 1280×720 projector in both languages, at normal size, in presentation mode and in high
contrast: every tab and the states inside them, walked widget by widget with the checks of test_layout_fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtWidgets import QApplication

from seminar_fixtures import write_cases
from samson_desktop.ui import i18n
from samson_desktop.ui.seminar.dot_lines import DotLines
from samson_desktop.ui.seminar.window import CASES_TAB, FIELD_TAB, SIDE_TAB, SeminarWindow
from samson_desktop.ui.theme import theme
from test_layout_fit import HEIGHT, WIDTH, fit_problems

pytestmark = pytest.mark.slow

MODES = ("normal", "presentation", "high-contrast")


@pytest.fixture(params=["nb", "en"])
def window(request, qtbot, tmp_path):
    i18n.manager().set_language(request.param)
    theme().apply()
    cases = write_cases(tmp_path / "cases")
    win = SeminarWindow()
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.show()
    qtbot.waitExposed(win)
    win.add_folder(cases["north"].parent)
    yield win
    if win.is_presentation():
        win.set_presentation(False)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_high_contrast(False)
    theme().set_zoom(1.0)


def set_mode(window: SeminarWindow, mode: str, on: bool) -> None:
    if mode == "presentation":
        window.set_presentation(on)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)  # the projector's size
    elif mode == "high-contrast":
        theme().set_high_contrast(on)
    window.resize(WIDTH, HEIGHT)


def settle(window: SeminarWindow, where: str = "") -> None:
    for _ in range(5):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (WIDTH, HEIGHT), f"{where}: the window does not fit 1280×720"


def dot_problems(lines: DotLines) -> list[str]:
    """Dot labels outside the widget or on top of each other."""
    problems = []
    boxes = [(row, key, box) for row, key, box in lines.placed_labels() if box is not None]
    area = QRectF(lines.rect())
    for row, key, box in boxes:
        if not area.contains(box.adjusted(1, 1, -1, -1)):
            problems.append(f"the label of dot {key} on row {row + 1} leaves the chart")
    for i, (_r, key, box) in enumerate(boxes):
        for _r2, other, box2 in boxes[i + 1:]:
            if box.adjusted(1, 1, -1, -1).intersects(box2):
                problems.append(f"the labels of dots {key} and {other} overlap")
    return problems


def view_problems(window: SeminarWindow) -> list[str]:
    problems = []
    states = [(tab, None) for tab in range(window.tabs.count())] + [(SIDE_TAB, "large"), (FIELD_TAB, "questions")]
    for tab, state in states:
        window.show_tab(tab)
        if state == "large":
            window.side_by_side.show_large(0)
        elif state == "questions":
            window.field_page.show_questions(2, 1)
        name = f"tab {tab + 1}{' ' + state if state else ''}"
        settle(window, name)
        page = window.tabs.currentWidget()
        if page.minimumSizeHint().height() > page.height() + 1 or page.minimumSizeHint().width() > page.width() + 1:
            problems.append(f"{name} needs {page.minimumSizeHint().width()}×{page.minimumSizeHint().height()}, "
                            f"has {page.width()}×{page.height()}")
        problems += [f"{name}: {p}" for p in fit_problems(page)]
        for lines in page.findChildren(DotLines):
            if lines.isVisible():
                problems += [f"{name}: {p}" for p in dot_problems(lines)]
        if state == "large":
            window.side_by_side.show_grid()
        elif state == "questions":
            window.field_page.close_questions()
    bar = window.tabs.tabBar()
    if bar.sizeHint().width() > bar.width() + 1:
        problems.append(f"the tab titles need {bar.sizeHint().width()} px, have {bar.width()}")
    window.show_tab(CASES_TAB)
    if window.deck.isVisible():  # hidden in presentation mode
        problems += [f"bar: {p}" for p in fit_problems(window.deck)]
    return problems


def test_every_view_fits_the_projector(window):
    problems = []
    for mode in MODES:
        set_mode(window, mode, True)
        problems += [f"{mode}, {p}" for p in view_problems(window)]
        set_mode(window, mode, False)
    assert not problems, "\n".join(problems)


def test_the_small_multiples_are_large_enough_to_read(window):
    set_mode(window, "presentation", True)
    window.show_tab(SIDE_TAB)
    settle(window)
    for tile in window.side_by_side.tiles:
        assert tile.isVisible() and min(tile.radar.width(), tile.radar.height()) >= 200
    set_mode(window, "presentation", False)
