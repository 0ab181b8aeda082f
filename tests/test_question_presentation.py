"""The question page on the projector: where we are and the discussion prompt stay; keyboard focus
never looks like a chosen answer, in the normal and the high-contrast theme."""

from __future__ import annotations

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollArea

from factories import session_doc
from samson_desktop.core.voices import with_voice_answer
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.main_window import QUESTIONS, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme


@pytest.fixture
def window(qtbot, tmp_path):
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    session = session_from_dict(session_doc(language="en", answers={"f1.q1": {"consensus": 4}}))
    win = MainWindow(session, settings=Settings(path=tmp_path / "settings.json"))
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.set_language("en")
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.go_to_step(QUESTIONS, focus=True)
    yield win
    win.set_presentation(False)
    theme().set_high_contrast(False)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QLocale.setDefault(before)


def test_presentation_keeps_the_position_and_the_discussion_prompt(window, qtbot):
    page = window.question_page()
    window.set_presentation(True)
    qtbot.waitUntil(lambda: page.question_label().isVisible())
    position = page.findChild(type(page.question_label()), "questionPosition")
    assert position is not None and position.isVisible()
    assert position.text() == "Question 1 of 2"
    prompt = page.findChild(type(page.question_label()), "questionPrompt")
    assert prompt is not None and prompt.isVisible() and prompt.text() == "Talk about it."
    # The facilitator's tools stay off the wall.
    assert not page.navigator.isVisible() and not page.note_edit.isVisible()
    assert not page.progress.isVisible()
    # And all of it inside the screen, below the question.
    bottom = prompt.mapTo(window, prompt.rect().bottomLeft()).y()
    assert page.question_label().mapTo(window, page.question_label().rect().bottomLeft()).y() < bottom <= 720


def _inside(image: QImage) -> QColor:
    return image.pixelColor(image.width() // 2, image.height() // 4)


def _edge_share(image: QImage, colour: QColor) -> float:
    """The share of the top edge (inside the corners) drawn in ``colour``: 1 for a solid ring."""
    y = 1
    xs = range(12, image.width() - 12)
    hits = sum(1 for x in xs if _close(image.pixelColor(x, y), colour))
    return hits / len(xs)


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("presentation", [False, True])
def test_focus_on_an_answer_button_does_not_look_chosen(window, qtbot, high_contrast, presentation):
    theme().set_high_contrast(high_contrast)
    window.set_presentation(presentation)
    page = window.question_page()
    panel = page.answer_panel
    focused, chosen, plain = panel.button(1), panel.button(4), panel.button(2)
    assert chosen.isChecked() and not focused.isChecked()
    focused.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(focused.hasFocus)
    QApplication.processEvents()
    focus_colour = QColor(theme().colors()["focus"])
    focused_image, chosen_image, plain_image = (b.grab().toImage() for b in (focused, chosen, plain))
    # Focus leaves the button as plain as an unchosen one inside; a chosen one is filled.
    assert _close(_inside(focused_image), _inside(plain_image))
    assert not _close(_inside(chosen_image), _inside(plain_image))
    # The focus ring is dashed: a good part of its edge is not drawn, unlike any solid frame.
    share = _edge_share(focused_image, focus_colour)
    assert 0.2 < share < 0.8
    assert _edge_share(chosen_image, focus_colour) == 0


def test_presentation_fits_the_projector_with_prompt_voices_and_no_agreed_score(qtbot, tmp_path):
    """The longest case of the demo: a three-line question, a two-line prompt, three voices, one
    of them not relevant and one still to answer, no agreed score yet."""
    win = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.set_language("nb")
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.finish_setup()
    win.open_demo(0)
    question = "equal-standing.every-voice-counts"
    win.show_question(question)
    answer = win.document.session.answer(question)
    answer = with_voice_answer(with_voice_answer(answer, "v2", None, not_relevant=True), "v3", None)
    win.document.set_answer(question, replace(answer, consensus=None), "test")
    try:
        win.set_presentation(True)
        win.resize(1280, 720)
        for _ in range(5):
            QApplication.processEvents()
        page = win.question_page()
        holder = win.pages.currentWidget()
        if isinstance(holder, QScrollArea):
            assert holder.verticalScrollBar().maximum() == 0, "the question page scrolls on the projector"
        prompt = page.findChild(type(page.question_label()), "questionPrompt")
        assert prompt.isVisible()
        assert page.answer_panel.button(10).mapTo(win, page.answer_panel.button(10).rect().bottomLeft()).y() <= 720
    finally:
        win.set_presentation(False)
