"""Voices in the real window: one digit per voice, then the agreed score; hide, then reveal."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from factories import session_doc
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.main_window import OVERVIEW, QUESTIONS, MainWindow
from samson_desktop.ui.settings import Settings

VOICES = [
    {"id": "v1", "name": "Kommunen", "kind": "municipality"},
    {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"},
    {"id": "v3", "name": "Beboerforeningen", "kind": "voluntary"},
]
KEYS = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)} | {
    "N": Qt.Key.Key_N, "R": Qt.Key.Key_R, "Backspace": Qt.Key.Key_Backspace, "PgDown": Qt.Key.Key_PageDown}


def press(qtbot, *keys: str) -> None:
    """Keys where the keyboard focus is, as a real keyboard would deliver them."""
    for key in keys:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        qtbot.keyClick(target, KEYS[key])


@pytest.fixture
def window(qtbot, tmp_path):
    session = session_from_dict(session_doc(voices=VOICES, language="en"))
    win = MainWindow(session, settings=Settings(path=tmp_path / "settings.json"))
    # Nothing to ask about when the window closes at the end of the test, passed or failed.
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.set_language("en")
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.go_to_step(QUESTIONS, focus=True)
    return win


def answer(window, qid):
    return window.document.session.answer(qid)


def test_three_voices_then_the_agreed_score_in_four_keys(window, qtbot):
    page = window.question_page()
    strip = page.voices_strip
    assert page.current_question_id() == "f1.q1"
    assert strip.cursor_voice() == "v1"
    press(qtbot, "7", "3")
    assert answer(window, "f1.q1").voices == {"v1": 7, "v2": 3}
    assert strip.cursor_voice() == "v3"
    press(qtbot, "0")  # 0 is 10, as everywhere
    assert answer(window, "f1.q1").voices == {"v1": 7, "v2": 3, "v3": 10}
    assert answer(window, "f1.q1").consensus is None
    assert strip.cursor_voice() is None  # every voice is in: the next digit is the agreed score
    press(qtbot, "6")
    assert answer(window, "f1.q1").consensus == 6
    assert page.answer_panel.button(6).isChecked()
    # The revealed numbers: spread 7, mean 6.7, median 7, n = 3, and each voice on the scale.
    summary = strip.panel.summary.text()
    assert "spread 7.0" in summary and "mean 6.7" in summary and "median 7.0" in summary
    assert [v.score for v in strip.scale.voices()] == [7, 3, 10]
    assert [c.score.text() for c in strip.chips()] == ["7", "3", "10"]

    # The next question starts again at the first voice; Backspace steps back one voice.
    press(qtbot, "PgDown")
    assert page.current_question_id() == "f1.q2"
    assert strip.cursor_voice() == "v1"
    press(qtbot, "4", "Backspace", "5", "N", "8")
    assert answer(window, "f1.q2").voices == {"v1": 5, "v3": 8}  # N: Verkstedet gave no score
    assert answer(window, "f1.q2").consensus is None
    assert window.document.scores().question("f1.q2").score == pytest.approx(6.5)  # the mean, no consensus

    # Each voice score is its own undo step.
    window.actions["undo"].trigger()
    assert answer(window, "f1.q2").voices == {"v1": 5}


def test_hide_then_reveal(window, qtbot):
    page = window.question_page()
    strip = page.voices_strip
    strip.hide_scores.setChecked(True)
    press(qtbot, "2", "9")
    # Hidden: who is in shows, the scores do not, nor does the mean on the chart or the answer panel.
    assert [c.score.text() for c in strip.chips()] == ["✓", "✓", "–"]
    assert not strip.scale.isVisible() and strip.panel.reveal_button.isVisible()
    assert "2 of 3" in strip.panel.hidden_note.text()
    score_series = next(s for s in page.chart.series() if s.kind == "score")
    assert score_series.values[0] is None
    status_texts = [w.text() for w in page.answer_panel.findChildren(type(strip.panel.summary))]
    assert not any("5.5" in text or "5,5" in text for text in status_texts)
    # R in the note is a letter, not a reveal.
    page.focus_note()
    qtbot.keyClick(page.note_edit, Qt.Key.Key_R)
    assert strip.hides()
    page.setFocus()
    press(qtbot, "4")
    assert "All 3" in strip.panel.hidden_note.text()
    press(qtbot, "R")
    assert not strip.hides()
    assert strip.scale.isVisible() and not strip.panel.reveal_button.isVisible()
    assert [c.score.text() for c in strip.chips()] == ["2", "9", "4"]
    assert [v.score for v in strip.scale.voices()] == [2, 9, 4]
    assert next(s for s in page.chart.series() if s.kind == "score").values[0] == pytest.approx(5.0)
    # The group agrees, and the agreed score is what counts.
    press(qtbot, "5")
    assert answer(window, "f1.q1").consensus == 5
    # A new question is hidden again until revealed.
    press(qtbot, "PgDown")
    press(qtbot, "6")
    assert strip.hides() and [c.score.text() for c in strip.chips()] == ["✓", "–", "–"]


def test_voices_on_the_charts_and_the_divergence_panel(window, qtbot):
    page = window.question_page()
    press(qtbot, "2", "9", "4", "PgDown", "5", "6", "5")
    page.voices_strip.chart_voices.setChecked(True)
    kinds = [(s.kind, s.index) for s in page.chart.series()]
    assert kinds[-3:] == [("voice", 0), ("voice", 1), ("voice", 2)]
    assert page.chart.axis_labels()[0].endswith("↕")  # the widest question of the field
    window.go_to_step(OVERVIEW)
    overview = window.page(OVERVIEW)
    # The panel is filled when its tab opens, not on every answer while it is out of sight.
    overview.tabs.setCurrentIndex(1)
    assert overview.divergence_panel.list.question_ids() == ["f1.q1", "f1.q2"]
    assert "Kommunen" in overview.divergence_panel.pairs.text()
    overview.voice_lines.setChecked(True)
    assert [s.kind for s in overview.fields_chart.series()].count("voice") == 3


def test_the_divergence_tab_catches_up_with_answers_given_while_it_was_closed(window, qtbot):
    window.go_to_step(OVERVIEW)
    overview = window.page(OVERVIEW)
    overview.tabs.setCurrentIndex(1)
    assert overview.divergence_panel.list.question_ids() == []
    overview.tabs.setCurrentIndex(0)
    window.go_to_step(QUESTIONS)
    press(qtbot, "2", "9", "4")
    window.go_to_step(OVERVIEW)
    assert overview.divergence_panel.list.question_ids() == []  # closed tab: not filled yet
    overview.tabs.setCurrentIndex(1)
    assert overview.divergence_panel.list.question_ids() == ["f1.q1"]


def test_a_session_without_voices_answers_as_before(qtbot, tmp_path):
    win = MainWindow(session_from_dict(session_doc(language="en")), settings=Settings(path=tmp_path / "s.json"))
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    qtbot.waitExposed(win)
    win.go_to_step(QUESTIONS, focus=True)
    page = win.question_page()
    assert not page.voices_strip.isVisible() and not page.voices_strip.panel.isVisible()
    page.answer_key(7)
    assert win.document.session.answer("f1.q1").consensus == 7
    assert win.document.session.answer("f1.q1").voices == {}


def test_print_answer_sheets_from_the_voices_menu(window, tmp_path, monkeypatch):
    target = tmp_path / "sheets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.question_page().voices_strip.paperRequested.emit("print")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Kommunen" in text and "Beboerforeningen" in text
    assert opened == [str(target)]


def test_r_and_backspace_stay_text_in_text_fields(window, qtbot):
    page = window.question_page()
    strip = page.voices_strip
    press(qtbot, "4")
    assert strip.cursor_voice() == "v2"
    edit = page.quick_measure.text_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Rab")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "Ra"
    assert strip.cursor_voice() == "v2"  # Backspace edited the text, it did not move the voices back
    page.focus_note()
    qtbot.keyClicks(page.note_edit, "xy")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Backspace)
    assert page.note_edit.toPlainText().endswith("x")
    assert strip.cursor_voice() == "v2"
