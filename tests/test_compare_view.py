"""The comparison window: picking the earlier session, overlaid charts, change table, follow-up, export."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from factories import FIELD_IDS, question_set_doc, session_bytes
from samson_desktop.core.model import Answer
from samson_desktop.fileformat import read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.ui.compare_view import CompareWindow, open_compare, signed1
from samson_desktop.ui.document import SessionDocument

NOTE, CHANGE = 6, 5


def _answers(q1: int, q2: int, f3: tuple[int, int]) -> dict:
    out = {}
    for fid in FIELD_IDS:
        a, b = f3 if fid == "f3" else (q1, q2)
        out[f"{fid}.q1"] = {"consensus": a}
        out[f"{fid}.q2"] = {"consensus": b}
    return out


MEASURES_T1 = [
    {"id": "m1", "question_id": "f3.q1", "text": "<b>Møtes</b> oftere & bedre", "quadrant": "more-new", "status": "agreed"},
    {"id": "m2", "question_id": "f1.q1", "text": "Skrive referat", "quadrant": "more-new", "status": "proposed"},
    {"id": "m3", "question_id": "f1.q2", "text": "Droppet tiltak", "quadrant": "less-new", "status": "dropped"},
]
MEASURES_T2 = [
    {"id": "m1", "question_id": "f3.q1", "text": "<b>Møtes</b> oftere & bedre", "quadrant": "more-new", "status": "done"},
    {"id": "m7", "question_id": "f2.q1", "text": "Nytt", "quadrant": "more-new", "status": "agreed"},
]


def _write(path: Path, **overrides) -> Path:
    path.write_bytes(session_bytes(**overrides))
    return path


@pytest.fixture
def pair(tmp_path):
    """T1 and T2 of one collaboration in one folder, plus an unrelated session and a broken file."""
    t1 = _write(tmp_path / "t1.samson", session_id="t1", answers=_answers(4, 6, (2, 2)), measures=MEASURES_T1,
                weights={"openness": 6}, time_point={"label": "T1", "date": "2025-10-01"})
    t2 = _write(tmp_path / "t2.samson", session_id="t2", answers=_answers(5, 6, (8, 9)), measures=MEASURES_T2,
                weights={"openness": 8}, time_point={"label": "T2", "date": "2026-03-01"})
    _write(tmp_path / "other.samson", session_id="o", collaboration={"name": "Noe annet"})
    (tmp_path / "broken.samson").write_bytes(b"{not json")
    return t1, t2


@pytest.fixture
def window(qtbot, pair):
    t2 = pair[1]
    document = SessionDocument(read_session(t2), t2)
    win = open_compare(None, document)
    qtbot.addWidget(win)
    win.document_for_test = document  # keep the document alive as long as the window
    return win


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_latest_earlier_session_of_the_same_collaboration_is_preselected(window, pair):
    assert window.candidates.count() == 1  # the unrelated and the broken file are not offered
    assert Path(window.candidates.itemData(0)) == pair[0]
    data = window.compare_data()
    assert data is not None and data.earlier.session_id == "t1"
    assert window.tabs.isEnabled() and window.export_button.isEnabled()
    summary = window.summary.text()
    assert "T1" in summary and "T2" in summary and signed1(data.comparison.overall.delta) in summary


def test_charts_overlay_earlier_dashed_and_later_bold(window):
    fields = window.charts.fields_panel
    assert len(fields.axis_labels()) == 7
    kinds = [s.kind for s in fields.series()]
    assert kinds == ["earlier", "score"]
    earlier, later = fields.series()
    assert earlier.values[2] == 2.0 and later.values[2] == 8.5
    assert earlier.counts[2] == 2
    window.charts.profile_selector.setCurrentIndex(window.charts.profile_selector.findData("field:f3"))
    assert window.charts.detail_panel.axis_labels() == ["3-1", "3-2"]
    assert [s.values for s in window.charts.detail_panel.series()] == [[2.0, 2.0], [8.0, 9.0]]
    window.charts.profile_selector.setCurrentIndex(window.charts.profile_selector.findData("values"))
    assert len(window.charts.detail_panel.axis_labels()) == 4


def test_the_paired_bars_view_shows_the_same_two_series_as_bars(window):
    assert window.charts.bars_panel.view() == "bars"
    assert window.charts.bars_selector.currentData() == "fields"
    assert [s.kind for s in window.charts.bars_panel.series()] == ["earlier", "score"]
    window.charts.bars_selector.setCurrentIndex(window.charts.bars_selector.findData("field:f1"))
    assert window.charts.bars_panel.axis_labels() == ["1-1", "1-2"]


def test_the_change_table_is_sorted_by_size_and_says_which_are_largest(window):
    proxy = window.tables.delta_view.model()
    changes = [proxy.index(r, CHANGE).data() for r in range(proxy.rowCount())]
    # field 3 and its first question changed most (+6.5, +7.0); nothing outranks them.
    assert proxy.index(0, 2).data().startswith("Påstand 3-2") and changes[0] == signed1(7.0)
    sizes = []
    for r in range(proxy.rowCount()):
        text = proxy.index(r, CHANGE).data()
        sizes.append(None if text == "–" else abs(float(text.replace("−", "-").replace(",", "."))))
    present = [s for s in sizes if s is not None]
    assert present == sorted(present, reverse=True)
    notes = [proxy.index(r, NOTE).data() for r in range(proxy.rowCount())]
    assert any("Largest improvement" in n for n in notes)
    # Colour is never the only signal: the note says it in words.
    assert all(n for n in notes)
    window.tables.level_filter.setCurrentIndex(window.tables.level_filter.findData("field"))
    assert proxy.rowCount() == 7
    assert {proxy.index(r, 0).data() for r in range(7)} == {"Field"}
    assert "Largest improvement" in proxy.index(0, NOTE).data()


def test_the_follow_up_lists_each_earlier_measure_with_its_status_now(window):
    model = window.tables.followup_model
    assert model.rowCount() == 2  # the dropped one is left out
    assert _column(model, 1) == ["<b>Møtes</b> oftere & bedre", "Skrive referat"]
    assert _column(model, 2) == ["Agreed", "Proposed"]
    assert _column(model, 3) == ["Done", "Not carried over"]
    assert model.index(0, 6).data() == signed1(6.0)
    assert "16" not in window.tables.followup_intro.text()
    assert "Nytt" in window.tables.new_measures.text()


def test_both_weightings_are_shown(window):
    model = window.tables.weights_model
    assert _column(model, 0)[0] == "Openness"
    assert (model.index(0, 1).data(), model.index(0, 2).data(), model.index(0, 3).data()) == (
        "6.0", "8.0", signed1(2.0))
    earlier, later = window.tables.weights_panel.series()
    assert earlier.values[0] == 6 and later.values[0] == 8


def test_questions_of_an_edited_set_are_listed_on_their_side_never_matched_by_position(qtbot, tmp_path):
    qs = question_set_doc(version="2.0")
    qs["fields"][0]["questions"][0] = dict(qs["fields"][0]["questions"][0], id="f1.new")
    earlier = read_session(_write(tmp_path / "a.samson", answers={"f1.q1": {"consensus": 3}, "f1.q2": {"consensus": 5}}))
    later_path = _write(tmp_path / "b.samson", session_id="b", question_set=qs,
                        answers={"f1.new": {"consensus": 9}, "f1.q2": {"consensus": 6}})
    document = SessionDocument(read_session(later_path), later_path)
    win = CompareWindow(document)
    qtbot.addWidget(win)
    win.set_earlier(earlier)
    model = win.tables.one_sided_model
    rows = sorted((model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
                  for r in range(model.rowCount()))
    # Same number, same wording, yet two questions: the ids differ, so neither is matched to the other.
    assert rows == [("Påstand 1-1 æøå", "the earlier session (T1 · 2026-03-14)", "3.0"),
                    ("Påstand 1-1 æøå", "this session (T1 · 2026-03-14)", "9.0")]
    assert "1.0" in win.tables.one_sided_note.text() and "2.0" in win.tables.one_sided_note.text()
    win.charts.profile_selector.setCurrentIndex(win.charts.profile_selector.findData("field:f1"))
    labels = win.charts.detail_panel.axis_labels()
    assert len(labels) == 3  # f1.new, f1.q2 and the earlier-only f1.q1
    earlier_series, later_series = win.charts.detail_panel.series()
    by_label = dict(zip(labels, zip(earlier_series.values, later_series.values)))
    assert (None, 9.0) in by_label.values() and (3.0, None) in by_label.values() and (5.0, 6.0) in by_label.values()


def test_choosing_a_file_and_a_broken_file(qtbot, pair, tmp_path, monkeypatch):
    t1, t2 = pair
    document = SessionDocument(read_session(t2), None)  # unsaved: no folder to search
    win = CompareWindow(document)
    qtbot.addWidget(win)
    win.populate_candidates()
    assert not win.candidates.isEnabled()
    assert win.candidates.currentText() == "No earlier session of this collaboration found"
    assert win.is_empty() and not win.export_button.isEnabled()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "broken.samson"), ""))
    win.choose_earlier_file()
    assert warnings and "broken.samson" in warnings[0][2]
    assert win.compare_data() is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(t1), ""))
    win.choose_earlier_file()
    assert win.compare_data().earlier.session_id == "t1"
    # The "none found" message goes once a file is chosen by hand: the list names that file.
    assert win.candidates.isEnabled() and win.candidates.count() == 1
    assert "t1.samson" in win.candidates.currentText() and "T1" in win.candidates.currentText()
    assert not win.is_empty() and win.tabs.isVisibleTo(win)


def test_the_comparison_follows_edits_of_the_open_session(window, qtbot):
    document = window.document_for_test
    document.set_answer("f3.q1", Answer(consensus=3))
    qtbot.waitUntil(lambda: window.compare_data().later.answers["f3.q1"].consensus == 3 and
                    window.charts.fields_panel.series()[1].values[2] == 6.0, timeout=3000)


def test_export_runs_off_the_ui_thread_and_writes_a_pdf(window, qtbot, tmp_path, monkeypatch):
    pytest.importorskip("samson_desktop.report.comparison_report")
    target = tmp_path / "out" / "compare.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_pdf()
    assert window.export_running() and not window.export_button.isEnabled()
    qtbot.waitUntil(lambda: not window.export_running(), timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.export_button.isEnabled()
    assert str(target) in window.statusBar().currentMessage()


def test_a_failed_export_is_reported(window, qtbot, tmp_path, monkeypatch):
    pytest.importorskip("samson_desktop.report.comparison_report")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "missing-folder" / "x.pdf"), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a) or QMessageBox.StandardButton.Ok)
    window.export_pdf()
    qtbot.waitUntil(lambda: not window.export_running(), timeout=30000)
    assert warnings and "x.pdf" in warnings[0][2]


def test_the_demo_sessions_compare_in_the_window(qtbot):
    paths = demo_session_paths()
    if not all(p.exists() for p in paths):
        pytest.skip("demo sessions not present")
    document = SessionDocument(read_session(paths[1]), paths[1])
    win = open_compare(None, document)
    qtbot.addWidget(win)
    data = win.compare_data()
    assert data is not None and data.earlier.time_point.label == "T1"
    assert win.tables.followup_model.rowCount() == len([m for m in data.earlier.measures if m.status != "dropped"])
    assert "Not carried over" not in _column(win.tables.followup_model, 3)
    assert json.dumps(_column(win.tables.delta_model, NOTE), ensure_ascii=False).count("Largest decline") >= 1


def test_a_language_change_keeps_the_comparison(window):
    from PySide6.QtCore import QCoreApplication, QEvent

    rows = window.tables.followup_model.rowCount()
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.tabs.tabText(0) == "Profiles"
    assert window.tables.followup_model.rowCount() == rows and window.compare_data() is not None


def test_a_closed_window_no_longer_follows_the_document(qtbot, pair):
    document = SessionDocument(read_session(pair[1]), pair[1])
    win = open_compare(None, document)  # not handed to qtbot: it deletes itself on close
    assert win.compare_data() is not None
    win.close()
    qtbot.wait(50)  # WA_DeleteOnClose: the window is deleted on the next event-loop pass
    document.set_answer("f3.q1", Answer(consensus=1))
    qtbot.wait(400)  # past the refresh delay; a dangling connection would raise here


def _demo_copy(index: int) -> SessionDocument:
    """A demo as the window opens it: a copy with its own id and no file."""
    session = read_session(demo_session_paths()[index])
    session.session_id = str(uuid.uuid4())
    return SessionDocument(session, None)


def test_demo_t2_opened_from_the_menu_is_compared_with_demo_t1(qtbot):
    document = _demo_copy(1)
    win = open_compare(None, document)
    qtbot.addWidget(win)
    data = win.compare_data()
    assert data is not None and data.earlier.time_point.label == "T1"
    # The demo the copy was made from is the same time point, not an earlier session.
    assert [win.candidates.itemText(i).split(" ")[0] for i in range(win.candidates.count())] == ["T1"]
    assert not win.is_empty()


def test_without_an_earlier_session_the_window_says_what_to_do(qtbot, tmp_path):
    lone = _write(tmp_path / "lone.samson", session_id="lone", collaboration={"name": "Alene"})
    win = open_compare(None, SessionDocument(read_session(lone), lone))
    qtbot.addWidget(win)
    assert win.compare_data() is None and win.is_empty()
    # No bare axes: the charts are not on screen, a sentence and a button are.
    assert not win.charts.fields_panel.isVisible() and win.empty_text.isVisible()
    assert "Choose" in win.empty_text.text() and win.empty_choose.isVisible()


def test_escape_closes_the_compare_window(qtbot, pair):
    document = SessionDocument(read_session(pair[1]), pair[1])
    window = open_compare(None, document)  # not handed to qtbot: Esc deletes it
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    closed = []
    window.destroyed.connect(lambda *_: closed.append(True))
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(closed), timeout=3000)
