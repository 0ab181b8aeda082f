"""Why it changed, in the comparison window: the Changes tab takes the group's explanations from the keyboard,
through the open session's undo stack, and the saved file holds them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from factories import FIELD_IDS, session_bytes
from samson_desktop.core.cycle import next_session
from samson_desktop.core.model import Answer, Collaboration
from samson_desktop.fileformat import read_session, write_session
from samson_desktop.ui.compare_tables import EXPLAIN_COLUMN
from samson_desktop.ui.compare_view import open_compare
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.settings import Settings

HOSTILE = "<b>ikke fet</b> & <img src=x> =SUM(A1) \u202eevil"


def _answers(base: int, f3: tuple[int, int]) -> dict:
    out = {}
    for fid in FIELD_IDS:
        a, b = f3 if fid == "f3" else (base, base + 1)
        out[f"{fid}.q1"] = {"consensus": a}
        out[f"{fid}.q2"] = {"consensus": b}
    return out


@pytest.fixture
def window(qtbot, tmp_path):
    t1 = tmp_path / "t1.samson"
    t1.write_bytes(session_bytes(session_id="t1", answers=_answers(5, (8, 8)),
                                 time_point={"label": "T1", "date": "2025-10-01"}))
    t2 = tmp_path / "t2.samson"
    # Field 3 falls by 4.5 (8 → 3.5), its questions by 5 and 4; every other field rises by 0.3 (0.5 → shown 0.5).
    answers = _answers(5, (3, 4))
    answers["f1.q1"] = {"consensus": 6}  # the largest rise of a question: +1.0
    t2.write_bytes(session_bytes(session_id="t2", answers=answers, time_point={"label": "T2", "date": "2026-03-01"}))
    document = SessionDocument(read_session(t2), t2)
    win = open_compare(None, document)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.document_for_test = document
    win.tabs.setCurrentWidget(win.tables.changes_page)
    win.activateWindow()
    return win


def _explained_rows(win) -> dict[tuple[str, str], str]:
    model = win.tables.delta_model
    return {target: model.cell(row, EXPLAIN_COLUMN).text
            for row, target in enumerate(win.tables._row_targets) if target is not None}


def test_the_changes_to_explain_are_the_moves_of_one_point_and_the_largest_rise_and_fall(window):
    rows = _explained_rows(window)
    assert ("field", "f3") in rows  # −4.5
    assert ("question", "f3.q1") in rows and ("question", "f3.q2") in rows
    assert ("question", "f1.q1") in rows  # +1.0, also the largest rise
    assert ("field", "f1") in rows  # +0.5: below 1.0, but the largest rise of the fields
    assert ("field", "f2") not in rows and ("question", "f2.q1") not in rows
    assert set(rows.values()) == {"Not explained yet"}
    # The filter shows exactly those rows.
    box = window.tables.level_filter
    box.setCurrentIndex(box.findData("explain"))
    assert window.tables.delta_proxy.rowCount() == len(rows)


def test_an_explanation_is_written_from_the_keyboard_undone_and_saved(window, qtbot, tmp_path):
    tables = window.tables
    document = window.document_for_test
    assert tables.select_change("field", "f3")
    view = tables.delta_view
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus())
    QTest.keyClick(view, Qt.Key.Key_Return)
    edit = tables.explain_panel.edit
    assert QApplication.focusWidget() is edit
    QTest.keyClicks(edit, "Ny leder")
    QTest.keyClicks(edit, " i kommunen")
    stored = document.session.explanations
    assert [(e.kind, e.target, e.since, e.text) for e in stored] == [("field", "f3", "t1", "Ny leder i kommunen")]
    assert _explained_rows(window)[("field", "f3")] == "Ny leder i kommunen"
    # Esc leaves the text for the table and keeps the window open.
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view and window.isVisible()
    # Typing was one undo step; Ctrl+Z in the comparison window undoes it, Ctrl+Shift+Z brings it back.
    assert document.undo_stack.count() == 1
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.session.explanations == []
    assert edit.toPlainText() == ""
    assert _explained_rows(window)[("field", "f3")] == "Not explained yet"
    document.undo_stack.redo()
    assert edit.toPlainText() == "Ny leder i kommunen"
    # Down to the next change to explain, Enter, a hostile text stored as typed.
    box = tables.level_filter
    box.setCurrentIndex(box.findData("explain"))
    assert tables.select_change("question", "f3.q1")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is edit and edit.toPlainText() == ""
    edit.insertPlainText(HOSTILE)
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view
    saved = tmp_path / "saved.samson"
    document.save(saved)
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["explanations"] == [
        {"kind": "field", "target": "f3", "since": "t1", "text": "Ny leder i kommunen"},
        {"kind": "question", "target": "f3.q1", "since": "t1", "text": HOSTILE},
    ]
    again = read_session(saved)
    assert [e.text for e in again.explanations] == ["Ny leder i kommunen", HOSTILE]


def test_a_change_without_a_place_takes_no_explanation(window, qtbot):
    tables = window.tables
    assert not tables.select_change("field", "f2")
    # A value row: select it, Enter does nothing and the box stays disabled.
    box = tables.level_filter
    box.setCurrentIndex(box.findData("value"))
    tables.delta_view.selectRow(0)
    tables.delta_view.setCurrentIndex(tables.delta_proxy.index(0, 0))
    assert tables.explain_panel.target() is None
    assert not tables.explain_panel.edit.isEnabled()
    tables.delta_view.setFocus()
    QTest.keyClick(tables.delta_view, Qt.Key.Key_Return)
    assert window.document_for_test.session.explanations == []


def test_answers_changing_in_the_workshop_window_keep_the_explanations(window, qtbot):
    tables = window.tables
    document = window.document_for_test
    tables.select_change("field", "f3")
    document.set_explanation("field", "f3", "t1", "Sommerferie")
    assert tables.explain_panel.edit.toPlainText() == "Sommerferie"
    document.set_answer("f3.q1", Answer(consensus=2))
    window.refresh()
    assert _explained_rows(window)[("field", "f3")] == "Sommerferie"



def test_any_earlier_time_point_of_the_chain_can_be_picked_and_explained_against(qtbot, tmp_path):
    for sid, label, date, base in (("t1", "T1", "2025-01-10", 4), ("t2", "T2", "2025-06-10", 5),
                                   ("t3", "T3", "2026-01-10", 7)):
        (tmp_path / f"{sid}.samson").write_bytes(session_bytes(
            session_id=sid, answers=_answers(base, (base, base)), time_point={"label": label, "date": date}))
    t3 = tmp_path / "t3.samson"
    document = SessionDocument(read_session(t3), t3)
    win = open_compare(None, document)
    qtbot.addWidget(win)
    names = [win.candidates.itemText(i) for i in range(win.candidates.count())]
    assert names[0].startswith("T2") and names[1].startswith("T1")
    assert win.compare_data().earlier.session_id == "t2"
    win.candidates.setCurrentIndex(1)
    win.candidates.activated.emit(1)
    data = win.compare_data()
    assert (data.earlier.session_id, data.later.session_id) == ("t1", "t3")
    f1 = next(d for d in data.comparison.fields if d.id == "f1")
    assert f1.delta == 3.0
    win.tabs.setCurrentWidget(win.tables.changes_page)
    assert win.tables.select_change("field", "f1")
    win.tables.explain_panel.edit.setPlainText("Over to år")
    assert [(e.target, e.since) for e in document.session.explanations] == [("f1", "t1")]
    # Against T2 the same field has its own, still empty, explanation.
    win.candidates.activated.emit(0)
    assert win.compare_data().earlier.session_id == "t2"
    assert win.tables.select_change("field", "f1")
    assert win.tables.explain_panel.edit.toPlainText() == ""


def test_the_time_points_referred_to_are_offered_even_when_the_collaboration_was_renamed(qtbot, tmp_path):
    # T1 and T2 sit in folders of their own, T1 under an older name; T3 refers to T2, T2 to T1.
    first, second, third = (tmp_path / name for name in ("a", "b", "c"))
    for folder in (first, second, third):
        folder.mkdir()
    (first / "t1.samson").write_bytes(session_bytes(
        session_id="t1", collaboration={"name": "Gammelt navn"}, answers=_answers(4, (4, 4)),
        time_point={"label": "T1", "date": "2025-01-10"}))
    t2 = next_session(read_session(first / "t1.samson"), date="2025-06-10")
    t2.collaboration = Collaboration("Nytt navn")
    write_session(t2, second / "t2.samson")
    t3 = next_session(t2, date="2026-01-10")
    write_session(t3, third / "t3.samson")
    settings = Settings.load()
    settings.add_recent(second / "t2.samson")
    settings.save()
    # T2 is recent; T1 is neither beside T2 nor recent, so it is found once chosen by hand for T2's reference.
    document = SessionDocument(read_session(third / "t3.samson"), third / "t3.samson")
    win = open_compare(None, document)
    qtbot.addWidget(win)
    names = [win.candidates.itemText(i) for i in range(win.candidates.count())]
    assert len(names) == 1 and names[0].startswith("T2")
    settings = Settings.load()
    settings.remember_earlier("t1", first / "t1.samson")
    settings.save()
    win.populate_candidates()
    names = [win.candidates.itemText(i) for i in range(win.candidates.count())]
    assert [n.split(" ")[0] for n in names] == ["T2", "T1"]
    win.set_earlier_path(first / "t1.samson")
    assert win.compare_data().earlier.session_id == "t1"
