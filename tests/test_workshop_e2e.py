"""A whole workshop through the real window, by keyboard and clicks, checked against the saved file."""

from __future__ import annotations

from statistics import fmean

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QMessageBox

from samson_desktop.core.scoring import question_importance, score_session
from samson_desktop.fileformat import read_session
from samson_desktop.ui.main_window import OVERVIEW, QUESTIONS, SETUP, WEIGHTING, MainWindow
from samson_desktop.ui.settings import Settings

#: What the group answers in fields 1 and 2, in question order: digits, 0 for 10, N for not relevant.
FIELD_1_KEYS = ["7", "N", "3", "9", "0", "5", "6", "2", "4"]
FIELD_2_KEYS = ["4", "8", "8", "N", "1", "6", "7", "3"]
WEIGHT_KEYS = {"openness": "8", "democracy": "7", "creativity": "0", "leadership": "9"}
NOTE = "Vi møtes 2 ganger i måneden <b>ikke</b> oftere"
MEASURES = ["Felles kalender <img src=x> innen 1. mai", "Invitere 3 nye frivillige"]

KEYS = {str(d): getattr(Qt, f"Key_{d}") for d in range(10)} | {"N": Qt.Key_N}


def score_of(key: str) -> int | None:
    return None if key == "N" else (10 if key == "0" else int(key))


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    """A key press where the user's keyboard focus is, as a real keyboard would deliver it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifier)


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.document.undo_stack.setClean()  # nothing left to ask about
    win.close()
    win.deleteLater()


def test_a_whole_workshop_by_keyboard_and_clicks(window, qtbot, tmp_path, monkeypatch):
    saved_path = tmp_path / "workshop.samson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved_path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning {a[1:3]}"))

    # 1. Start: a click on "New session" opens the setup with the cursor in the name.
    start = window.page(0)
    qtbot.mouseClick(start.new_button, Qt.LeftButton)
    assert window.current_step() == SETUP
    setup = window.page(SETUP)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.name_edit)

    # 2. Setup, typed: digits in text fields are text, never answers.
    qtbot.keyClicks(QApplication.focusWidget(), "Ungdomsløftet 2026")
    setup.place_edit.setFocus()
    qtbot.keyClicks(setup.place_edit, "Frivilligsentralen")
    setup.facilitator_edit.setFocus()
    qtbot.keyClicks(setup.facilitator_edit, "Kari Nordmann")
    setup.phase_combo.setFocus()
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Down)
    session = window.document.session
    assert session.collaboration.name == "Ungdomsløftet 2026"
    assert session.time_point.place == "Frivilligsentralen"
    assert session.facilitator == "Kari Nordmann"
    assert session.time_point.phase == "planning"
    assert session.weights == {} and session.answers == {}

    # 3. Weighting, by keyboard only: Ctrl+3, then one digit per value.
    press(qtbot, Qt.Key_3, Qt.ControlModifier)
    assert window.current_step() == WEIGHTING
    for value_id in ("openness", "democracy", "creativity", "leadership"):
        press(qtbot, KEYS[WEIGHT_KEYS[value_id]])
    expected_weights = {v: score_of(k) for v, k in WEIGHT_KEYS.items()}
    assert window.document.session.weights == expected_weights

    # 4. The questions of two fields: a key per answer, Page Down to move on.
    press(qtbot, Qt.Key_PageDown)
    assert window.current_step() == QUESTIONS
    page = window.page(QUESTIONS)
    qset = window.document.session.question_set
    fields = qset.fields[:2]
    assert [len(f.questions) for f in fields] == [len(FIELD_1_KEYS), len(FIELD_2_KEYS)]
    typed = dict(zip([q.id for q in fields[0].questions], FIELD_1_KEYS))
    typed |= dict(zip([q.id for q in fields[1].questions], FIELD_2_KEYS))
    order = [q.id for f in fields for q in f.questions]
    assert page.current_question_id() == order[0]
    for index, question_id in enumerate(order):
        assert page.current_question_id() == question_id
        press(qtbot, KEYS[typed[question_id]])
        if index == 2:
            # A note, reached with F2; Esc leaves the note so that digits answer again.
            press(qtbot, Qt.Key_F2)
            qtbot.keyClicks(QApplication.focusWidget(), NOTE)
            press(qtbot, Qt.Key_Escape)
        press(qtbot, Qt.Key_PageDown)
    noted_question = order[2]
    assert window.document.session.answers[noted_question].note == NOTE

    # 5. Two measures, typed into the quick measure under the question, added with Enter.
    page.show_question(order[4])
    measure_text = page.findChildren(QLineEdit, options=Qt.FindChildrenRecursively)
    name = QCoreApplication.translate("QuickMeasure", "New measure text")
    measure_edit = next(w for w in measure_text if w.accessibleName() == name)
    quadrant = next(w for w in page.findChildren(QComboBox)
                    if w.accessibleName() == QCoreApplication.translate("QuickMeasure", "Kind of measure"))
    # The first is left "not placed yet" (the default); the second is placed as "start a new practice".
    for text, steps in zip(MEASURES, (0, 2)):
        quadrant.setFocus()
        for _ in range(steps):
            press(qtbot, Qt.Key_Down)
        qtbot.mouseClick(measure_edit, Qt.LeftButton)
        qtbot.keyClicks(measure_edit, text)
        press(qtbot, Qt.Key_Return)
    measures = window.document.session.measures
    assert [m.text for m in measures] == MEASURES
    assert [m.quadrant for m in measures] == [None, "more-new"]
    assert all(m.question_id == order[4] for m in measures)

    # 6. Undo and redo, by keyboard: the last measure goes and comes back; then an answer.
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert [m.text for m in window.document.session.measures] == MEASURES[:1]
    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert [m.text for m in window.document.session.measures] == MEASURES
    press(qtbot, Qt.Key_Escape)
    page.show_question(order[0])
    press(qtbot, Qt.Key_1)
    assert window.document.session.answers[order[0]].consensus == 1
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.session.answers[order[0]].consensus == score_of(typed[order[0]])
    press(qtbot, Qt.Key_Y, Qt.ControlModifier)
    assert window.document.session.answers[order[0]].consensus == 1
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.session.answers[order[0]].consensus == score_of(typed[order[0]])

    # 7. Save with Ctrl+S (no file yet, so the save dialog), then read the file back.
    press(qtbot, Qt.Key_S, Qt.ControlModifier)
    assert saved_path.is_file()
    assert not window.document.is_dirty()
    saved = read_session(saved_path)

    assert saved.collaboration.name == "Ungdomsløftet 2026"
    assert saved.time_point.place == "Frivilligsentralen"
    assert saved.facilitator == "Kari Nordmann"
    assert saved.weights == expected_weights
    for question_id, key in typed.items():
        answer = saved.answers[question_id]
        assert answer.consensus == score_of(key), question_id
        assert answer.not_applicable == (key == "N"), question_id
    assert set(saved.answers) == set(typed)
    assert saved.answers[noted_question].note == NOTE
    assert [(m.text, m.quadrant, m.question_id) for m in saved.measures] == [
        (MEASURES[0], None, order[4]), (MEASURES[1], "more-new", order[4])]

    # The numbers, by hand from the keys typed, against the core's scoring of the saved file.
    scores = score_session(saved)
    for fld, keys in zip(fields, (FIELD_1_KEYS, FIELD_2_KEYS)):
        digits = [score_of(k) for k in keys if k != "N"]
        field_score = scores.field(fld.id)
        assert field_score.score == pytest.approx(fmean(digits))
        assert field_score.answered == len(digits)
        assert field_score.not_applicable == keys.count("N")
    for fld in qset.fields[2:]:
        assert scores.field(fld.id).score is None
    assert scores.overall is None  # five fields have no answer yet

    for value_id, weight in expected_weights.items():
        linked = [(q.values.get(value_id, 0.0), score_of(typed[q.id])) for f in fields for q in f.questions]
        linked = [(s, a) for s, a in linked if s > 0 and a is not None]
        expected = sum(s * a for s, a in linked) / sum(s for s, _a in linked) if linked else None
        value_score = scores.value(value_id)
        assert value_score.weight == weight
        assert value_score.score == pytest.approx(expected)

    first = qset.question(order[0])
    by_hand = sum(s * expected_weights[v] for v, s in first.values.items()) / sum(first.values.values())
    assert scores.question(order[0]).importance == pytest.approx(by_hand)
    assert question_importance(first, saved.weights) == pytest.approx(by_hand)

    # 8. The overview is one key away, and the PDF report is written from the report action.
    press(qtbot, Qt.Key_5, Qt.ControlModifier)
    assert window.current_step() == OVERVIEW
    pytest.importorskip("samson_desktop.ui.export_actions")
    pytest.importorskip("samson_desktop.report")
    pdf = tmp_path / "workshop.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    press(qtbot, Qt.Key_P, Qt.ControlModifier)
    qtbot.waitUntil(lambda: pdf.is_file() and pdf.stat().st_size > 0, timeout=60_000)
    from samson_desktop.ui import export_actions

    qtbot.waitUntil(lambda: not export_actions.is_busy(), timeout=60_000)
    assert pdf.read_bytes().startswith(b"%PDF")
