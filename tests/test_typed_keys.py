"""Typed text never changes an answer or a weight: letters and digits answer only in the answer area,
on the weighting cards, or where no control has the focus.

The walk finds the widgets at run time (every page, every child that can take the focus), so a
widget added later is covered without touching this test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from factories import session_doc
from samson_desktop.core.model import EarlierRef
from samson_desktop.fileformat import write_session
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.main_window import QUESTIONS, STEP_COUNT, WEIGHTING, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.shortcuts import in_answer_area

TYPED = "n1234567890N"
VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"}]


@pytest.fixture
def window(qtbot, tmp_path, request):
    """A first time point; a later one with its earlier session beside it (the earlier marks, the setup
    choice); and a later one whose earlier session is missing (the button that finds it)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    session = session_from_dict(session_doc(
        language="en", voices=VOICES,
        weights={"openness": 8, "democracy": 4},
        answers={"f1.q1": {"consensus": 7, "note": "kept"}, "f1.q2": {"voices": {"v1": 3}}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": "Coffee", "quadrant": "more-new",
                   "status": "proposed"}]))
    path = None
    kind = getattr(request, "param", "first")
    if kind != "first":
        earlier = session_from_dict(session_doc(
            session_id="t0", language="en", voices=VOICES, answers={"f1.q1": {"consensus": 4, "voices": {"v1": 2}}}))
        session.earlier = EarlierRef("t0", "T0", "2026-01-01")
        path = tmp_path / "later.samson"
        write_session(session, path)
        if kind == "later":
            write_session(earlier, tmp_path / "earlier.samson")
    win = MainWindow(session, path=path, settings=Settings(path=tmp_path / "settings.json"))
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.set_language("en")
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.finish_setup()
    yield win
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QLocale.setDefault(before)


def scores(window) -> tuple:
    """Everything a typed key must not change: each answer's scores and every weight."""
    session = window.document.session
    answers = {qid: (a.consensus, dict(a.voices), a.not_applicable, a.not_applicable_voices)
               for qid, a in session.answers.items()}
    return answers, dict(session.weights)


def focusable(page: QWidget) -> list[QWidget]:
    """The page and its children that take the keyboard focus and can have it now."""
    return [w for w in [page, *page.findChildren(QWidget)]
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.isEnabled()]


def type_into(widget: QWidget) -> QWidget | None:
    """Focus ``widget`` and type the keys one by one where the focus is; the widget that had it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    target = QApplication.focusWidget()
    if target is None:
        return None
    return target


@pytest.mark.parametrize("window", ["first", "later", "later-missing"], indirect=True)
def test_typed_text_never_changes_an_answer_or_a_weight_anywhere(window, qtbot):
    # The reported case: the measure list of the question page is open.
    window.go_to_step(QUESTIONS)
    window.question_page().quick_measure.list_toggle.setChecked(True)
    checked = 0
    for step in range(STEP_COUNT):
        window.go_to_step(step)
        QApplication.processEvents()
        for widget in focusable(window.page(step)):
            if window.current_step() != step:
                window.go_to_step(step)
            if not widget.isVisible() or in_answer_area(widget):
                continue  # the answer area is where the keys are meant to act: see below
            target = type_into(widget)
            assert target is not None, f"{widget!r} did not take the focus"
            before = scores(window)
            for key in TYPED:
                QTest.keyClicks(QApplication.focusWidget() or target, key)
                QApplication.processEvents()
                assert scores(window) == before, (
                    f"typing {key!r} into {type(target).__name__} '{target.accessibleName()}' "
                    f"on step {step + 1} changed an answer or a weight")
            checked += 1
            QTest.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_Escape)
    assert checked >= 40  # every page was walked, the question page's controls among them


def test_the_keys_still_answer_in_the_answer_area_and_on_the_weighting_cards(window, qtbot):
    window.go_to_step(WEIGHTING, focus=True)
    page = window.page(WEIGHTING)
    assert in_answer_area(QApplication.focusWidget())
    QTest.keyClicks(QApplication.focusWidget(), "3")
    assert window.document.session.weights["openness"] == 3

    window.go_to_step(QUESTIONS, focus=True)
    questions = window.question_page()
    questions.voices_strip.voices_first.setChecked(False)
    QTest.keyClicks(QApplication.focusWidget(), "5")  # the page itself: no control has the focus
    assert window.document.session.answer("f1.q1").consensus == 5
    button = questions.answer_panel.button(2)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert in_answer_area(button)
    QTest.keyClicks(button, "9")
    assert window.document.session.answer("f1.q1").consensus == 9
    QTest.keyClicks(button, "n")
    assert window.document.session.answer("f1.q1").not_applicable
    del page


def test_tab_goes_from_the_note_to_the_measure_text_and_typing_there_is_text(window, qtbot):
    """The reported case: an agreed score, the list shown, F2, a note, Tab, "Månedlig kaffemøte"."""
    window.go_to_step(QUESTIONS, focus=True)
    page = window.question_page()
    page.voices_strip.voices_first.setChecked(False)
    measures = page.quick_measure
    measures.list_toggle.setChecked(True)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert QApplication.focusWidget() is page.note_edit
    QTest.keyClicks(page.note_edit, " and more")
    QTest.keyClick(page.note_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is measures.text_edit
    QTest.keyClicks(measures.text_edit, "Månedlig kaffemøte")
    assert measures.text_edit.text() == "Månedlig kaffemøte"
    answer = window.document.session.answer("f1.q1")
    assert (answer.consensus, answer.not_applicable, answer.note) == (7, False, "kept and more")
    # Then where it belongs in the matrix, Add, and the list.
    order = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] in measures.focus_chain()[1:2] or measures.focus_chain()[1].isAncestorOf(order[0])
    assert order[1:] == measures.focus_chain()[2:4]
    assert order[2] is measures.measure_list
    # In the list, a letter is no answer either.
    QTest.keyClicks(measures.measure_list, "n")
    assert window.document.session.answer("f1.q1").consensus == 7


def test_a_click_on_a_view_switch_leaves_the_answer_keys_working(window, qtbot):
    """Clicking "Radar"/"Bars", "Show the list" or a question of the field with the mouse, then typing a
    digit, answers: the switches found on the page at run time are reached by Tab, but a click leaves
    the keyboard with the answers."""
    window.go_to_step(QUESTIONS, focus=True)
    page = window.question_page()
    page.voices_strip.voices_first.setChecked(False)
    switches = [b for b in page.findChildren(QAbstractButton)
                if b.isVisible() and b.isEnabled() and b.isCheckable() and not in_answer_area(b)]
    assert len(switches) >= 3  # the chart's two views and the measure list's toggle
    for number, switch in enumerate(switches, start=2):
        answer_button = page.answer_panel.button(1)
        answer_button.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.mouseClick(switch, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        assert focus is None or in_answer_area(focus) or focus is page, (
            f"a click on {switch.text()!r} took the keyboard")
        digit = number % 10
        QTest.keyClicks(focus or window, str(digit))
        question = page.current_question_id()  # the field's question buttons move to their question
        assert window.document.session.answer(question).consensus == (digit or 10), switch.text()
        assert switch.focusPolicy() & Qt.FocusPolicy.TabFocus, f"Tab cannot reach {switch.text()!r}"
