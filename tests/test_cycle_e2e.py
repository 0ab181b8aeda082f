"""The SAMSON cycle end to end through the real window: open time 1, create time 2, follow up the carried measures,
answer with time 1's values shown after answering, explain the largest fall in the comparison, export both reports,
and check the file and the PDFs."""

from __future__ import annotations

import re
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from samson_desktop.core.comparison import compare_scores
from samson_desktop.core.followup import largest_changes
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.report import plaintext
from samson_desktop.ui import export_actions
from samson_desktop.ui.actions import ActionId
from samson_desktop.ui.compare_view import open_compare
from samson_desktop.ui.main_window import FOLLOWUP, QUESTIONS, REPORT, SETUP, WEIGHTING, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme

KEYS = {str(d): getattr(Qt, f"Key_{d}") for d in range(10)}
#: What became of the first three carried measures (keys 1–4) and the line written for each.
FOLLOW = [("1", "Månedsmøtet er på plass <b>siden</b> januar"), ("4", "Droppet & erstattet"), ("2", "")]
#: The group's words on the largest fall, typed in the comparison's Changes tab.
EXPLANATION = "Lederen i kommunen sluttet i mars; 3 av 5 møter ble avlyst"


def _press(qtbot, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _has(typed: str, text: str) -> bool:
    return re.sub(r"\s+", "", plaintext.clean(typed)) in re.sub(r"\s+", "", text)


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)


def test_from_time_1_to_time_2_and_both_reports(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "Furulia"
    folder.mkdir()
    t1_path = folder / "Furulia T1.samson"
    shutil.copyfile(demo_session_paths()[0], t1_path)
    t2_path = folder / "Furulia T2.samson"
    save_as = {"path": t2_path}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save_as["path"]), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)  # "open the PDF?" no
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning {a[1:3]}"))

    # 1. Open time 1 and make time 2 from it (File › New time point from this session…).
    assert window.open_path(t1_path)
    t1 = read_session(t1_path)
    carried = [m for m in t1.measures if m.status not in ("done", "dropped")]
    window.actions[ActionId.NEXT_TIME_POINT].trigger()
    assert window.current_step() == SETUP and window.document.path is None
    _press(qtbot, Qt.Key_S, Qt.ControlModifier)
    assert t2_path.is_file() and not window.document.is_dirty()

    # 2. Follow-up first: Page Down from the setup reaches it; keys 1–4, F2 and a line, Enter goes on.
    window.go_to_step(SETUP, focus=True)
    _press(qtbot, Qt.Key_PageDown)
    assert window.current_step() == FOLLOWUP
    follow_page = window.page(FOLLOWUP)
    assert follow_page.measure_ids() == [m.id for m in carried]
    for key, line in FOLLOW:
        _press(qtbot, KEYS[key])
        if line:
            _press(qtbot, Qt.Key_F2)
            _type(qtbot, line)
            _press(qtbot, Qt.Key_Return)
        else:
            _press(qtbot, Qt.Key_PageDown)
    # Page Down through the rest (left as they were) to the weighting.
    while window.current_step() == FOLLOWUP:
        _press(qtbot, Qt.Key_PageDown)
    assert window.current_step() == WEIGHTING

    # 3. The new weighting and every question, from the keyboard: time 1's score moved by one step
    #    per field, down in the field of the first carried measure, up elsewhere.
    for digit in "8796":
        _press(qtbot, KEYS[digit])
    _press(qtbot, Qt.Key_PageDown)
    assert window.current_step() == QUESTIONS
    qset = window.document.session.question_set
    falling = qset.field_of(carried[0].question_id).id
    typed = {}
    parties = len(window.document.session.voices)
    earlier = window.page(QUESTIONS).earlier
    for index, question in enumerate(qset.questions()):
        before = t1.answer(question.id).effective_score
        base = round(before) if before is not None else 5
        score = max(1, base - 3) if qset.field_of(question.id).id == falling else min(10, base + 1)
        typed[question.id] = score
        assert window.page(QUESTIONS).current_question_id() == question.id
        if index == 0:
            # Time 1's values show only once the group has answered (the default: "after answering"),
            # so that the old number does not anchor the new one.
            assert not earlier.shown()
            for _party in range(parties - 1):
                _press(qtbot, KEYS[str(score % 10)])
                assert not earlier.shown()
        _press(qtbot, KEYS[str(score % 10)])
        if index == 0:
            assert earlier.shown()
        _press(qtbot, Qt.Key_PageDown)
    _press(qtbot, Qt.Key_S, Qt.ControlModifier)
    assert not window.document.is_dirty()

    # 4. The comparison: the largest fall is the field of the first carried measure.
    window.go_to_step(REPORT)
    compare = open_compare(window, window.document)
    qtbot.addWidget(compare)
    data = compare.compare_data()
    if data is None or data.earlier.session_id != t1.session_id:
        # Chosen by hand, as the facilitator would (the demo's own T2 is a later-dated candidate too).
        assert compare.set_earlier_path(t1_path)
        data = compare.compare_data()
    assert data is not None and data.earlier.session_id == t1.session_id
    _ups, downs = largest_changes(data.comparison.fields, 1)
    assert [d.id for d in downs] == [falling]
    # The group explains the largest fall in the Changes tab, from the keyboard: Enter on its row, the
    # words, Esc back to the table; Ctrl+S saves the session from the comparison window.
    tables = compare.tables
    compare.show()
    compare.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is compare)
    assert tables.select_change("field", falling)
    tables.delta_view.setFocus()
    qtbot.waitUntil(lambda: tables.delta_view.hasFocus())
    _press(qtbot, Qt.Key_Return)
    assert QApplication.focusWidget() is tables.explain_panel.edit
    _type(qtbot, EXPLANATION)
    _press(qtbot, Qt.Key_Escape)
    assert QApplication.focusWidget() is tables.delta_view and compare.isVisible()
    _press(qtbot, Qt.Key_S, Qt.ControlModifier)
    assert not window.document.is_dirty()

    # 5. Both reports: the session report of time 2 and the comparison PDF.
    session_pdf = folder / "Furulia T2.pdf"
    save_as["path"] = session_pdf
    window.activateWindow()
    window.page(REPORT).export_report("nb")
    qtbot.waitUntil(lambda: session_pdf.is_file() and not export_actions.is_busy(), timeout=60_000)
    compare_pdf = folder / "Furulia T1-T2.pdf"
    save_as["path"] = compare_pdf
    compare.export_pdf()
    qtbot.waitUntil(lambda: not compare.export_running() and compare_pdf.is_file(), timeout=60_000)
    compare.close()

    # 6. The file: the reference, the carried measures with the same ids and what became of them, the answers.
    t2 = read_session(t2_path)
    assert t2.earlier.session_id == t1.session_id and t2.earlier.label == "T1"
    assert t2.time_point.label == "T2"
    by_id = {m.id: m for m in t2.measures}
    assert list(by_id) == [m.id for m in carried]
    statuses = {"1": "done", "2": "in_progress", "3": "agreed", "4": "dropped"}
    for measure, (key, line) in zip(carried, FOLLOW):
        assert (by_id[measure.id].status, by_id[measure.id].note) == (statuses[key], line)
        assert by_id[measure.id].text == measure.text
    for measure in carried[len(FOLLOW):]:
        assert (by_id[measure.id].status, by_id[measure.id].note) == (measure.status, "")
    # The demo has three parties: each key is the score of the party whose turn it is, so the answer's
    # score is the one typed.
    assert {qid: a.effective_score for qid, a in t2.answers.items()} == typed
    assert sorted(t2.weights.values()) == [6, 7, 8, 9]
    comparison = compare_scores(score_session(t1), score_session(t2))
    assert {d.id: d.delta for d in comparison.fields}[falling] < 0
    assert [(e.kind, e.target, e.since, e.text) for e in t2.explanations] == [
        ("field", falling, t1.session_id, EXPLANATION)]

    # 7. The PDFs: "Siden sist" with both profiles and the follow-up; the comparison pairs the measures
    #    by id and prints what happened.
    text = _pdf_text(session_pdf)
    since = text[text.rindex("Siden sist"):]
    assert "T1 (stiplet)" in since and "T2 (fet)" in since
    for measure, (_key, line) in zip(carried, FOLLOW):
        assert _has(measure.text[:40], since)
        if line:
            assert _has(line, since)
    assert "Gruppens forklaringer" in since and _has(EXPLANATION, since)
    compared = _pdf_text(compare_pdf)
    assert "Hva som skjedde" in compared and _has(FOLLOW[0][1], compared)
    assert _has(EXPLANATION, compared[compared.rindex("Hvorfor det endret seg"):])
    assert "ikke videreført" not in compared.split("Nye tiltak")[0].split("Oppfølging av tiltak")[-1]

