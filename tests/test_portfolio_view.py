"""The portfolio window: loading with broken files, filter and sort, CSV export, timelines, small radars."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from factories import FIELD_IDS, session_bytes
from samson_desktop.ui import i18n
from samson_desktop.ui.portfolio_view import (COLLABORATION, COMPLETION, FIRST_FIELD, OVERALL, PortfolioWindow,
                                              open_portfolio)


def _answers(score: int) -> dict:
    return {f"{fid}.q{n}": {"consensus": score} for fid in FIELD_IDS for n in (1, 2)}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "portfolio"
    root.mkdir()
    specs = [
        ("furulia-t2.samson", "Møteplass Furulia", "T2", "2026-03-01", 7),
        ("furulia-t1.samson", "møteplass  furulia", "T1", "2025-10-01", 4),
        ("nordbyen.samson", "Ungdomsløftet Nordbyen", "T1", "2025-05-01", 6),
        ("formula.samson", "=HYPERLINK(\"x\") <b>fet</b>", "T1", "2025-01-01", 9),
    ]
    for i, (name, collab, label, date, score) in enumerate(specs):
        (root / name).write_bytes(session_bytes(session_id=f"s{i}", collaboration={"name": collab},
                                                time_point={"label": label, "date": date, "phase": "planning"},
                                                answers=_answers(score)))
    (root / "partial.samson").write_bytes(session_bytes(session_id="p", collaboration={"name": "Halvferdig"},
                                                        answers={"f1.q1": {"consensus": 2}}))
    (root / "truncated.samson").write_bytes(session_bytes()[:150])
    (root / "wrong-format.samson").write_text('{"format": "regneark"}', encoding="utf-8")
    (root / "newer.samson").write_bytes(session_bytes(format_version=2))
    return root


@pytest.fixture
def window(qtbot, folder):
    win = PortfolioWindow()
    qtbot.addWidget(win)
    win.load_folder(folder)
    return win


def _column(win: PortfolioWindow, column: int) -> list[str]:
    return [win.proxy.index(r, column).data() for r in range(win.proxy.rowCount())]


def test_every_good_file_loads_and_every_bad_one_is_listed_with_its_reason(window):
    assert window.model.rowCount() == 5
    errors = window.error_model
    assert errors.rowCount() == 3
    reasons = {errors.index(r, 0).data(): errors.index(r, 1).data() for r in range(3)}
    assert "not valid JSON" in reasons["truncated.samson"]
    assert "not a SAMSON session file" in reasons["wrong-format.samson"]
    assert "newer SAMSON" in reasons["newer.samson"]
    assert window.tabs.tabText(2) == "Unreadable files (3)"
    assert "5 session" in window.counts.text() and "3 file" in window.counts.text()


def test_a_row_shows_the_session_summary(window):
    row = _column(window, COLLABORATION).index("Ungdomsløftet Nordbyen")
    values = [window.proxy.index(row, c).data() for c in range(window.proxy.columnCount())]
    assert values[1:5] == ["T1", "2025-05-01", "Planning and organisation", "6.0"]
    assert values[FIRST_FIELD:FIRST_FIELD + 7] == ["6.0"] * 7
    assert values[COMPLETION] == "14/14"
    partial = _column(window, COLLABORATION).index("Halvferdig")
    assert window.proxy.index(partial, OVERALL).data() == "–"  # no overall without every field answered
    assert window.proxy.index(partial, COMPLETION).data() == "1/14"
    header = window.model.headerData(FIRST_FIELD, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Felt 1" in header


def test_user_text_stays_literal(window):
    row = _column(window, COLLABORATION).index('=HYPERLINK("x") <b>fet</b>')
    tooltip = window.proxy.index(row, COLLABORATION).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tooltip


def test_sorting_by_a_score_column_puts_missing_scores_last_when_descending(window):
    window.table.sortByColumn(OVERALL, Qt.SortOrder.DescendingOrder)
    assert _column(window, OVERALL) == ["9.0", "7.0", "6.0", "4.0", "–"]
    window.table.sortByColumn(COLLABORATION, Qt.SortOrder.AscendingOrder)
    assert _column(window, COLLABORATION)[0] == '=HYPERLINK("x") <b>fet</b>'


def test_the_filter_matches_any_column_regardless_of_case(window):
    window.filter_edit.setText("FURULIA")
    assert sorted(_column(window, 1)) == ["T1", "T2"]
    assert "2 shown" in window.counts.text()
    window.filter_edit.setText("2025-05")
    assert _column(window, COLLABORATION) == ["Ungdomsløftet Nordbyen"]
    window.filter_edit.setText("(")  # a regular-expression character is taken literally
    assert _column(window, COLLABORATION) == ['=HYPERLINK("x") <b>fet</b>']


def test_csv_export_writes_the_visible_rows_utf8_with_bom_and_formula_safe(window, tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.filter_edit.setText("furulia")
    window.export_csv()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:7] == ["session_id", "collaboration", "link_id", "time_point", "date", "phase", "overall"]
    assert len(rows) == 3
    assert {r[1] for r in rows[1:]} == {"Møteplass Furulia", "møteplass  furulia"}
    window.filter_edit.setText("")
    window.export_csv()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 6
    formula_row = next(r for r in rows if "HYPERLINK" in r[1])
    assert formula_row[1].startswith("'=")
    assert formula_row[6] == "9"


def test_a_csv_that_cannot_be_written_is_reported(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "nope" / "x.csv"), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a) or QMessageBox.StandardButton.Ok)
    window.export_csv()
    assert warnings and "x.csv" in warnings[0][2]


def test_timelines_group_one_collaboration_and_order_it_by_date(window):
    tree = window.tree
    assert tree.topLevelItemCount() == 0  # built when first looked at: a thousand sessions make many items
    window.tabs.setCurrentWidget(tree)
    tops = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert len(tops) == 4  # the two spellings of Furulia are one collaboration
    furulia = next(item for name, item in tops.items() if "urulia" in name)
    children = [furulia.child(i) for i in range(furulia.childCount())]
    assert [c.text(0) for c in children] == ["T1", "T2"]
    assert [c.text(1) for c in children] == ["2025-10-01", "2026-03-01"]
    assert children[1].text(4) == "+3.0"
    assert "4.0 → 7.0" in furulia.text(4)


def test_small_radars_follow_the_selection(window):
    shown = window.shown_tiles()
    assert len(shown) == 5  # nothing selected: the first rows in table order
    model = window.table.selectionModel()
    for row in (1, 3):
        model.select(window.proxy.index(row, 0),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    names = [s.collaboration for s in window.shown_tiles()]
    assert names == [window.proxy.index(1, COLLABORATION).data(), window.proxy.index(3, COLLABORATION).data()]
    tile = window.tiles[0]
    assert tile.grab().size().width() > 0  # paints without error


def test_choosing_a_folder_and_adding_files(qtbot, folder, tmp_path, monkeypatch):
    win = open_portfolio(None)
    qtbot.addWidget(win)
    assert win.model.rowCount() == 0 and not win.csv_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    win.choose_folder()
    assert win.model.rowCount() == 5
    extra = tmp_path / "extra.samson"
    extra.write_bytes(session_bytes(session_id="x", collaboration={"name": "Ekstra"}))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(extra), str(folder / "nordbyen.samson")], ""))
    win.choose_files()
    # The new file is added; the one already loaded is not loaded twice.
    assert win.model.rowCount() == 6
    assert win.error_model.rowCount() == 3


def test_loading_can_be_cancelled(qtbot, folder, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    win = PortfolioWindow()
    qtbot.addWidget(win)
    loaded = win.load_folder(folder)
    assert loaded.cancelled
    assert win.model.rowCount() + win.error_model.rowCount() == 1
    assert "cancelled" in win.counts.text()


def test_a_linked_session_joins_its_timeline(qtbot, tmp_path):
    for i, (name, date) in enumerate((("Gammelt navn", "2025-01-01"), ("Nytt navn", "2026-01-01"))):
        (tmp_path / f"{i}.samson").write_bytes(session_bytes(
            session_id=f"l{i}", collaboration={"name": name, "link_id": "samarbeid-42"},
            time_point={"label": f"T{i + 1}", "date": date}))
    win = PortfolioWindow()
    qtbot.addWidget(win)
    win.load_folder(tmp_path)
    win.tabs.setCurrentWidget(win.tree)
    assert win.tree.topLevelItemCount() == 1
    assert win.tree.topLevelItem(0).text(0) == "Nytt navn"
    assert win.tree.topLevelItem(0).childCount() == 2


def test_a_language_change_keeps_the_loaded_sessions(window):
    from PySide6.QtCore import QCoreApplication, QEvent

    window.tabs.setCurrentWidget(window.tree)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.model.rowCount() == 5 and window.tabs.tabText(0) == "Sessions"
    assert window.tabs.tabText(2) == "Unreadable files (3)"
    assert window.tree.topLevelItemCount() == 4


# --------------------------------------------------------------------------- reads right, closes with Esc

@pytest.mark.parametrize("language, one, many", [
    ("en", "1 file could not be read", "2 files could not be read"),
    ("nb", "1 fil kunne ikke leses", "2 filer kunne ikke leses"),
])
def test_counts_read_right_in_both_languages(qtbot, tmp_path, language, one, many):
    i18n.manager().set_language(language)
    root = tmp_path / "counts"
    root.mkdir()
    (root / "good.samson").write_bytes(session_bytes(session_id="g", answers=_answers(5)))
    (root / "bad.samson").write_bytes(b"{")
    win = PortfolioWindow()
    qtbot.addWidget(win)
    win.load_folder(root)
    text = win.counts.text()
    assert one in text and "(s)" not in text and "%n" not in text
    assert ("1 samarbeid" if language == "nb" else "1 collaboration") in text
    (root / "worse.samson").write_bytes(b"[")
    win.load_folder(root)
    assert many in win.counts.text()


@pytest.mark.parametrize("language", ["en", "nb"])
def test_every_column_header_fits_its_title(qtbot, language):
    """At a projector's large font the first header read "ollaboratic": too narrow for its word."""
    i18n.manager().set_language(language)
    font = QApplication.font()
    font.setPointSizeF(16)
    QApplication.setFont(font)
    win = PortfolioWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    header = win.table.horizontalHeader()
    for column in range(win.model.columnCount() - 1):  # the last one stretches
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), \
            win.model.headerData(column, Qt.Orientation.Horizontal)


def test_the_empty_window_says_what_to_do(qtbot, folder):
    win = PortfolioWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.empty_state.isVisible() and not win.tabs.isVisible()
    assert "folder" in win.empty_text.text() and win.empty_folder_button.isVisible()
    win.load_folder(folder)
    assert win.tabs.isVisible() and not win.empty_state.isVisible()


def test_escape_closes_the_portfolio(qtbot):
    win = open_portfolio(None)  # not handed to qtbot: Esc deletes it
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    closed = []
    win.destroyed.connect(lambda *_: closed.append(True))
    qtbot.keyClick(win.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(closed), timeout=3000)
