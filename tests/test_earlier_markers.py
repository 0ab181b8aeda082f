"""Time 1 in view at time 2: on the question page the earlier answers show as quiet marks after the group has
answered (or only behind F4), the field radar gets the earlier profile dashed, the measures proposed there
are listed with what became of them, and a missing earlier session is said once and can be found by hand."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QScrollArea

from factories import session_doc
from test_layout_fit import fit_problems
from samson_desktop.core.cycle import next_session
from samson_desktop.core.earlier import EarlierView
from samson_desktop.fileformat import read_session, write_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.pages.question_page import QuestionPage
from samson_desktop.ui.pages.setup_page import SetupPage
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.widgets.earlier_panel import EARLIER_KEY

VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Frivilligsentralen", "kind": "voluntary"}]
HOSTILE = "<b>Møtes</b> & <img src=x>"


@pytest.fixture(autouse=True)
def english_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _t1_doc() -> dict:
    return session_doc(
        session_id="t1", voices=VOICES, time_point={"label": "T1", "date": "2025-10-01", "place": ""},
        answers={"f1.q1": {"consensus": 6, "voices": {"v1": 5, "v2": 8}},
                 "f1.q2": {"consensus": 3},
                 "f2.q1": {"not_applicable": True}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": HOSTILE, "quadrant": "more-new", "status": "agreed"},
                  {"id": "m2", "question_id": "f1.q1", "text": "Referat", "status": "done"}])


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    """T1 and the T2 made from it, side by side in one folder."""
    t1_path = tmp_path / "t1.samson"
    t1_path.write_text(json.dumps(_t1_doc(), ensure_ascii=False), encoding="utf-8")
    t2 = next_session(read_session(t1_path), date="2026-03-01")
    t2_path = tmp_path / "t2.samson"
    write_session(t2, t2_path)
    return t1_path, t2_path


def _page(qtbot, path: Path, mode: str | None = None) -> QuestionPage:
    session = read_session(path)
    if mode:
        session.earlier_reveal = mode
    document = SessionDocument(session, path)
    page = QuestionPage(document)
    page.catch_up()  # the first question, as the window's page stack shows it
    page.document_for_test = document
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def _earlier_series(page: QuestionPage):
    return [s for s in page.chart.series() if s.kind == "earlier"]


def test_the_earlier_answer_shows_only_after_the_group_has_answered(qtbot, pair):
    page = _page(qtbot, pair[1])
    marks, panel = page.answer_panel.earlier_marks, page.earlier.panel
    assert page.current_question_id() == "f1.q1"
    assert not marks.isVisible()
    assert "shows once the group has answered" in panel.text()
    assert "6" not in panel.text()
    assert _earlier_series(page) == []
    page.agree(7)
    assert page.earlier.shown()
    # The session has voices: the marks of then are on the scale over the buttons, no extra line.
    label, score, voices = page.voices_strip.scale.earlier()
    assert (label, score, [(v.label, v.score) for v in voices]) == ("T1", 6.0, [("Kommunen", 5.0),
                                                                            ("Frivilligsentralen", 8.0)])
    assert not marks.isVisible()
    assert panel.text().startswith("T1: agreed 6.0 · Kommunen 5.0 · Frivilligsentralen 8.0. Proposed here at T1: ")
    assert page.voices_strip.scale.accessibleDescription() == panel.text()
    (series,) = _earlier_series(page)
    assert list(series.values) == [6.0, None]  # 1-2 is not answered yet: its earlier score stays hidden
    # The next question starts hidden again.
    page.next_question()
    assert not page.earlier.shown()
    assert list(_earlier_series(page)[0].values) == [6.0, None]
    page.agree(10)
    assert page.earlier.panel.text() == "T1: agreed 3.0."
    assert list(_earlier_series(page)[0].values) == [6.0, 3.0]
    # Undo the answer: hidden again.
    page.document_for_test.undo_stack.undo()
    assert not page.earlier.shown()


def test_the_measures_proposed_there_are_listed_with_what_became_of_them(qtbot, pair):
    page = _page(qtbot, pair[1])
    text = page.earlier.panel.text()
    # m1 was carried over (agreed, still open); m2 was done at T1 and stays there. Shown before answering:
    # the measures are no number to anchor on.
    assert text.endswith(f"Proposed here at T1: {HOSTILE} (agreed → agreed); Referat (done → not carried over)")
    assert page.earlier.panel.line.textFormat() == Qt.TextFormat.PlainText
    assert page.earlier.panel.line.isVisible()


def test_behind_the_key_answering_does_not_show_it_and_f4_does_until_the_next_question(qtbot, pair):
    page = _page(qtbot, pair[1], mode="on_key")
    marks = page.answer_panel.earlier_marks
    page.agree(4)
    assert not page.earlier.shown()
    assert f"{EARLIER_KEY} shows it" in page.earlier.panel.text()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.setFocus()
    QTest.keyClick(page, Qt.Key.Key_F4)
    assert page.earlier.shown()
    assert [s.values[0] for s in _earlier_series(page)] == [6.0]
    QTest.keyClick(page, Qt.Key.Key_F4)
    assert not page.earlier.shown()
    QTest.keyClick(page, Qt.Key.Key_F4)
    page.next_question()
    assert not page.earlier.shown() and _earlier_series(page) == []


def test_a_question_not_relevant_then_and_one_the_earlier_set_lacked(qtbot, pair):
    page = _page(qtbot, pair[1])
    page.show_question("f2.q1")
    page.agree(5)
    assert page.earlier.panel.text() == "T1: not relevant."
    view = page.earlier.context.view()
    assert isinstance(view, EarlierView) and view.answer("nope") is None


def test_the_setup_choice_is_stored_in_the_session_and_undoable(qtbot, pair, tmp_path):
    session = read_session(pair[1])
    document = SessionDocument(session, pair[1])
    setup = SetupPage(document)
    qtbot.addWidget(setup)
    setup.show()
    choice = setup.earlier_choice
    assert choice.isVisible() and choice.combo.currentData() == "after_answer"
    choice.combo.setCurrentIndex(1)
    choice.combo.activated.emit(1)
    assert session.earlier_reveal == "on_key"
    out = tmp_path / "saved.samson"
    document.save(out)
    assert json.loads(out.read_text(encoding="utf-8"))["earlier_reveal"] == "on_key"
    document.undo_stack.undo()
    assert session.earlier_reveal == "after_answer" and choice.combo.currentData() == "after_answer"
    document.save(out)
    assert "earlier_reveal" not in json.loads(out.read_text(encoding="utf-8"))
    # A first time point has nothing to choose.
    first = SetupPage(SessionDocument(read_session(pair[0]), pair[0]))
    qtbot.addWidget(first)
    first.show()
    assert not first.earlier_choice.isVisible()


def test_a_missing_earlier_session_is_said_once_and_found_by_hand_and_remembered(qtbot, pair, tmp_path,
                                                                                monkeypatch):
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    t1 = pair[0].rename(moved / "gammel.samson")
    window = QMainWindow()
    qtbot.addWidget(window)
    said = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if "not found" in text else None)
    session = read_session(pair[1])
    document = SessionDocument(session, pair[1])
    page = QuestionPage(document)
    page.catch_up()  # the first question, as the window's page stack shows it
    window.setCentralWidget(page)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert said == ["The earlier time point T1 · 2025-10-01 was not found: the questions show no earlier answers. "
                    "Find it on the question page (F4)."]
    panel = page.earlier.panel
    assert panel.find_button.isVisible()
    page.agree(7)
    page.next_question()
    page.agree(8)
    assert len(said) == 1  # once, not on every question
    # The session works as always.
    assert document.session.answers["f1.q2"].consensus == 8
    # A wrong file is refused; the right one is taken and remembered.
    other = tmp_path / "other.samson"
    other.write_text(json.dumps(session_doc(session_id="zz")), encoding="utf-8")
    warnings = []
    monkeypatch.setattr("samson_desktop.ui.earlier_on_page.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    panel.find_button.click()
    assert warnings and "another session" in warnings[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(t1), ""))
    panel.find_button.click()
    assert not panel.find_button.isVisible()
    assert panel.text().startswith("T1: agreed 3.0")
    assert Settings.load().earlier_files == {"t1": str(t1.resolve())}
    # Next time the session is opened, the remembered file is used.
    again = _page(qtbot, pair[1])
    again.agree(2)
    assert again.earlier.shown()


def test_a_session_without_an_earlier_one_shows_nothing(qtbot, pair):
    page = _page(qtbot, pair[0])
    page.agree(5)
    assert not page.earlier.panel.isVisible()
    assert not page.earlier.shown()
    assert _earlier_series(page) == []


def test_without_voices_the_marks_of_then_are_under_the_answer_buttons(qtbot, tmp_path):
    t1 = tmp_path / "t1.samson"
    t1.write_text(json.dumps(session_doc(session_id="t1", answers={"f1.q1": {"consensus": 9}})), encoding="utf-8")
    t2 = tmp_path / "t2.samson"
    write_session(next_session(read_session(t1), date="2026-04-01"), t2)
    page = _page(qtbot, t2)
    marks = page.answer_panel.earlier_marks
    page.agree(3)
    assert marks.isVisible() and marks.has_marks()
    assert marks.accessibleName() == "T1: agreed 9.0."
    assert page.voices_strip.scale.earlier() is None
    # The caret of then sits under button 9.
    button = page.answer_panel.button(9)
    centre = button.mapTo(page.answer_panel, button.rect().center()).x() - marks.x()
    assert abs(marks.x_of(9.0) - centre) <= 1


def test_the_earlier_view_of_the_core(pair):
    t1, t2 = read_session(pair[0]), read_session(pair[1])
    view = EarlierView(t1, t2)
    a = view.answer("f1.q1")
    assert (a.score, a.agreed, a.not_applicable, dict(a.voices)) == (6.0, 6, False, {"v1": 5.0, "v2": 8.0})
    assert [(m.text, m.status_then, m.status_now) for m in a.measures] == [(HOSTILE, "agreed", "agreed"),
                                                                          ("Referat", "done", None)]
    assert view.scores(["f1.q1", "f1.q2", "f3.q1"]) == [6.0, 3.0, None]
    assert view.label == "T1"
    # A voice this session no longer has is left out.
    t2.voices = t2.voices[:1]
    assert dict(EarlierView(t1, t2).answer("f1.q1").voices) == {"v1": 5.0}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("presentation", [False, True])
def test_the_question_page_with_the_earlier_values_fits_the_projector(qtbot, tmp_path, language, presentation):
    """The demo's longest question at time 2, answered, its earlier values shown: no scrolling, nothing cut."""
    t1 = tmp_path / "t1.samson"
    shutil.copyfile(demo_session_paths()[0], t1)
    t2 = tmp_path / "t2.samson"
    write_session(next_session(read_session(t1), date="2026-03-01"), t2)
    win = MainWindow(read_session(t2), path=t2, settings=Settings(path=tmp_path / "settings.json"))
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.set_language(language)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.finish_setup()
    question = "equal-standing.every-voice-counts"
    win.show_question(question)
    page = win.question_page()
    page.agree(6)
    try:
        if presentation:
            win.set_presentation(True)
            win.setWindowState(win.windowState() & ~Qt.WindowState.WindowFullScreen)
        win.resize(1280, 720)
        for _ in range(5):
            QApplication.processEvents()
        assert page.earlier.shown()
        assert page.earlier.panel.isVisible() != presentation
        holder = win.pages.currentWidget()
        if isinstance(holder, QScrollArea):
            assert holder.verticalScrollBar().maximum() == 0, "the question page scrolls"
        assert fit_problems(page) == []
    finally:
        win.set_presentation(False)
