"""The next time point in the window: the File menu and start page action, and the follow-up step from the keyboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from samson_desktop.fileformat import read_session, write_session
from samson_desktop.core.cycle import next_session
from samson_desktop.ui.actions import ActionId
from samson_desktop.ui.main_window import FOLLOWUP, QUESTIONS, SETUP, START, WEIGHTING, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme
from tests.factories import session_doc
from test_adversarial_corpus import CONTROL, MARKUP

HOSTILE_TEXT = f"{MARKUP} {CONTROL}"


def _m(mid, qid, status, text=None, **more):
    return {"id": mid, "question_id": qid, "text": text or f"Tiltak {mid}", "quadrant": "more-new",
            "status": status, **more}


@pytest.fixture
def t1_file(tmp_path):
    path = tmp_path / "t1.samson"
    doc = session_doc(session_id="t1-session", measures=[
        _m("m1", "f1.q1", "agreed", owner="Kari"),
        _m("m2", "f2.q1", "done"),
        _m("m3", "f3.q1", "proposed", text=HOSTILE_TEXT),
        _m("m4", "f4.q1", "in_progress", due="2026-06-01"),
    ])
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def make_window(qtbot, tmp_path):
    created = []

    def make(path=None):
        window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
        created.append(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if path is not None:
            assert window.open_path(path)
        return window

    yield make
    for window in created:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)
    theme().set_high_contrast(False)


def _key(qtbot, key, modifier=Qt.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def _text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_the_file_menu_action_makes_the_next_time_point(make_window, t1_file, tmp_path, monkeypatch):
    window = make_window(t1_file)
    action = window.actions[ActionId.NEXT_TIME_POINT]
    assert action in window.actions.menus["file"].actions()
    assert action.isEnabled()
    action.trigger()
    session = window.document.session
    assert window.document.path is None and window.current_step() == SETUP
    assert session.earlier.session_id == "t1-session" and session.time_point.label == "T2"
    assert [m.id for m in session.measures] == ["m1", "m3", "m4"]
    assert "T2" in window.statusBar().currentMessage() and "3" in window.statusBar().currentMessage()
    # Saving asks for a new name; the earlier file is untouched.
    before = t1_file.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "t2.samson"), ""))
    assert window.save()
    assert t1_file.read_bytes() == before
    assert read_session(tmp_path / "t2.samson").earlier.session_id == "t1-session"


def test_an_unsaved_session_is_saved_before_the_next_time_point(make_window, t1_file, monkeypatch):
    window = make_window(t1_file)
    window.document.set_weight("openness", 9)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Cancel)
    assert not window.files.next_time_point()
    assert asked and window.document.session.session_id == "t1-session"  # nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Save)
    assert window.files.next_time_point()
    assert read_session(t1_file).weights["openness"] == 9  # saved first
    assert window.document.session.earlier.session_id == "t1-session"


def test_the_start_page_offers_it_for_a_recent_session(make_window, t1_file, qtbot):
    window = make_window(t1_file)
    window.document.undo_stack.setClean()
    window.go_to_step(START)
    start = window.page(START)
    start.refresh_recent()
    assert start.next_button.isVisible()
    start.recent_list.setCurrentRow(0)
    qtbot.mouseClick(start.next_button, Qt.LeftButton)
    assert window.document.session.earlier.session_id == "t1-session"
    assert window.current_step() == SETUP


def test_a_refused_earlier_file_says_why(make_window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.samson"
    broken.write_bytes(b"{")
    window = make_window()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]) or QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or QMessageBox.Ok)
    assert not window.files.next_time_point(broken)
    assert shown


def test_the_follow_up_step_appears_only_with_carried_measures(make_window, t1_file):
    window = make_window(t1_file)
    bar = window.step_bar
    assert not bar.buttons[FOLLOWUP].isVisible()
    window.actions[ActionId.NEXT_TIME_POINT].trigger()
    assert bar.buttons[FOLLOWUP].isVisible()
    layout = bar.layout()
    positions = {step: layout.indexOf(button) for step, button in enumerate(bar.buttons)}
    assert positions[SETUP] < positions[FOLLOWUP] < positions[WEIGHTING]
    assert bar.buttons[FOLLOWUP].text().startswith("2b") and "0/3" in bar.buttons[FOLLOWUP].text()
    # Page Down from the setup goes to the follow-up, not past it.
    window.go_to_step(SETUP, focus=True)
    window._step_on(1)
    assert window.current_step() == FOLLOWUP


def test_the_follow_up_from_the_keyboard(make_window, t1_file, qtbot):
    window = make_window(t1_file)
    window.actions[ActionId.NEXT_TIME_POINT].trigger()
    _key(qtbot, Qt.Key_8, Qt.ControlModifier)
    assert window.current_step() == FOLLOWUP
    page = window.page(FOLLOWUP)
    assert page.current_measure_id() == "m1"
    # 1 done, then F2 and one line, Enter goes on to the next measure.
    _key(qtbot, Qt.Key_1)
    _key(qtbot, Qt.Key_F2)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    _text(qtbot, "Møtes nå hver måned")
    _key(qtbot, Qt.Key_Return)
    assert page.current_measure_id() == "m3"
    assert page._list.currentRow() == 1  # the list marks the measure on the card
    assert page._list.item(0).text().startswith("✓")  # followed up: a new status and a line
    # The digits act again after the line: 4 dropped, then Page Down.
    _key(qtbot, Qt.Key_4)
    _key(qtbot, Qt.Key_PageDown)
    assert page.current_measure_id() == "m4"
    _key(qtbot, Qt.Key_2)
    _key(qtbot, Qt.Key_F2)
    _text(qtbot, "<b>fet</b> & «sitat» æøå")
    _key(qtbot, Qt.Key_Escape)
    by_id = {m.id: m for m in window.document.session.measures}
    assert (by_id["m1"].status, by_id["m1"].note) == ("done", "Møtes nå hver måned")
    assert by_id["m3"].status == "dropped"
    assert by_id["m4"].status == "in_progress" and by_id["m4"].note.startswith("<b>fet</b>")
    assert "3/3" in window.step_bar.buttons[FOLLOWUP].text()
    # Page Down past the last measure goes on to the weighting.
    _key(qtbot, Qt.Key_PageDown)
    assert window.current_step() == WEIGHTING
    # Every edit is undoable: the note in one step, then the status.
    window.go_to_step(FOLLOWUP, focus=True)
    _key(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert {m.id: m for m in window.document.session.measures}["m4"].note == ""
    _key(qtbot, Qt.Key_Z, Qt.ControlModifier)  # "2" changed nothing on m4, which was in progress already
    assert {m.id: m for m in window.document.session.measures}["m3"].status == "proposed"


def test_the_follow_up_page_shows_text_as_typed(make_window, t1_file):
    window = make_window(t1_file)
    window.actions[ActionId.NEXT_TIME_POINT].trigger()
    window.go_to_step(FOLLOWUP)
    page = window.page(FOLLOWUP)
    page.show_measure("m3")
    assert page._text.text() == HOSTILE_TEXT
    assert page._text.textFormat() == Qt.PlainText


def test_a_session_without_carried_measures_has_an_empty_follow_up(make_window, tmp_path):
    window = make_window()
    window.go_to_step(FOLLOWUP)
    page = window.page(FOLLOWUP)
    assert page.measure_ids() == [] and page._empty.isVisible()
    page.answer_key(1)  # nothing to set, nothing breaks
    assert not window.document.is_dirty()


def test_a_later_session_opened_from_its_file_has_the_follow_up(make_window, t1_file, tmp_path):
    later = next_session(read_session(t1_file), date="2026-09-01")
    path = tmp_path / "t2.samson"
    write_session(later, path)
    window = make_window(path)
    assert window.step_bar.buttons[FOLLOWUP].isVisible()
    window.go_to_step(FOLLOWUP)
    assert window.page(FOLLOWUP).measure_ids() == ["m1", "m3", "m4"]


def test_the_new_time_point_finds_its_earlier_one_before_it_is_saved(qtbot, t1_file, samson_home):
    """Time 1's values are there for the first question at once, though the new session has no file
    and time 1 is not among the recent files: the file it was made from is remembered."""
    window = MainWindow(settings=Settings.load())  # the user's settings file, as the question page reads it
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    assert not Settings.load().existing_recent()
    assert window.files.next_time_point(t1_file)
    assert window.document.path is None
    context = window.page(QUESTIONS).earlier.context
    assert not context.is_missing() and context.path() == t1_file.resolve()
