"""One number format: the formatter itself, and one session whose field mean is exactly 5.25 shown by every view."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from pypdf import PdfReader

from factories import FIELD_IDS, session_bytes
from samson_desktop.cli.main import main
from samson_desktop.core.numbers import format_number, round_half_up
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import read_session
from samson_desktop.ui.compare_view import open_compare
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.pages.overview_page import OverviewPage
from samson_desktop.ui.portfolio_view import FIRST_FIELD, OVERALL, PortfolioWindow

HALVES = [(5.25, "5,3", "5.3"), (2.675, "2,7", "2.7"), (0.05, "0,1", "0.1"), (9.95, "10,0", "10.0"),
          (-0.05, "−0,1", "−0.1"), (0.25, "0,3", "0.3"), (1.45, "1,5", "1.5"), (-2.25, "−2,3", "−2.3")]


@pytest.mark.parametrize(("value", "nb", "en"), HALVES)
def test_a_half_is_rounded_up_in_both_languages(value, nb, en):
    assert format_number(value, "nb") == nb
    assert format_number(value, "en") == en


def test_a_mean_a_hair_below_its_half_still_rounds_up():
    # (0.1 + 0.2 + 5.2) / 1 comes out as 5.5000000000000004 and 21 / 4 * 1.0000000000000002 as 5.250000000000001:
    # what matters is that 5.249999999999999, the float arithmetic's 5.25, reads as 5.3.
    assert format_number(5.249999999999999, "nb") == "5,3"
    assert round_half_up(sum([0.7] * 3) / 0.4) == Decimal("5.3")  # 5.249999999999999


def test_changes_carry_a_sign_and_nothing_is_never_negative():
    assert format_number(0.05, "nb", signed=True) == "+0,1"
    assert format_number(-0.05, "nb", signed=True) == "−0,1"
    assert format_number(-0.04, "nb", signed=True) == "0,0"
    assert format_number(0.0, "en", signed=True) == "0.0"
    assert format_number(-0.0, "en") == "0.0"


@pytest.mark.parametrize("value", [None, float("nan"), float("inf"), True])
def test_no_number_is_a_dash(value):
    assert format_number(value, "nb") == "–"


# --- one session through every view ----------------------------------------------------------

def _answers(first_voice: int) -> dict:
    """Each field: q1 agreed at 5, q2 from two voices (first_voice and 6): the field's mean is (5 + 5.5) / 2."""
    out = {}
    for fid in FIELD_IDS:
        out[f"{fid}.q1"] = {"consensus": 5}
        out[f"{fid}.q2"] = {"voices": {"v1": first_voice, "v2": 6}}
    return out


VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Frivilligsentralen", "kind": "voluntary"}]


@pytest.fixture
def sessions(tmp_path):
    """T1 with every field at 5.0 and T2 (the session under test) with every field at exactly 5.25."""
    t1 = tmp_path / "t1.samson"
    t1.write_bytes(session_bytes(session_id="t1", voices=VOICES, answers=_answers(4),
                                 weights={"openness": 5}, time_point={"label": "T1", "date": "2025-10-01"}))
    t2 = tmp_path / "t2.samson"
    t2.write_bytes(session_bytes(session_id="t2", voices=VOICES, answers=_answers(5),
                                 weights={"openness": 5}, time_point={"label": "T2", "date": "2026-03-01"}))
    scores = score_session(read_session(t2))
    assert scores.fields[0].score == 5.25 and scores.overall == 5.25
    return t1, t2


@pytest.fixture
def norwegian():
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _cells(model) -> list[str]:
    return [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]


def _wrong(texts: list[str] | str, shown: str, wrong: str) -> None:
    text = " ".join(texts) if isinstance(texts, list) else texts
    assert shown in text
    assert not re.search(rf"(?<![\d,.]){re.escape(wrong)}(?![\d])", text), f"{wrong} shown somewhere"


def test_the_window_shows_5_25_as_5_3(qtbot, sessions, norwegian):
    document = SessionDocument(read_session(sessions[1]), sessions[1])
    page = OverviewPage(document)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)
    tooltip = page.fields_chart.current_chart().axis_tooltip(0)
    assert "5,3 (n=" in tooltip and "5,2" not in tooltip
    page.fields_chart.set_view("bars")
    assert "5,3 (n=" in page.fields_chart.current_chart().axis_tooltip(0)
    caption = page.continuum.caption()
    assert "5,3" in caption and "5,2" not in caption


def test_the_portfolio_shows_5_25_as_5_3(qtbot, sessions, norwegian):
    window = PortfolioWindow()
    qtbot.addWidget(window)
    window.load_paths([sessions[1]])
    row = 0
    assert window.proxy.index(row, OVERALL).data() == "5,3"
    assert window.proxy.index(row, FIRST_FIELD).data() == "5,3"


def test_the_compare_window_shows_5_25_as_5_3_and_the_change_as_plus_0_3(qtbot, sessions, norwegian):
    document = SessionDocument(read_session(sessions[1]), sessions[1])
    window = open_compare(None, document)
    qtbot.addWidget(window)
    window.document_for_test = document
    data = window.compare_data()
    assert data is not None and data.earlier.session_id == "t1"
    cells = _cells(window.tables.delta_model)
    _wrong(cells, "5,3", "5,2")
    # 5.25 − 5.0: the change is a quarter, rounded up to +0,3.
    assert "+0,3" in cells and "+0,2" not in cells


@pytest.mark.parametrize(("language", "shown", "wrong"), [("nb", "5,3", "5,2"), ("en", "5.3", "5.2")])
def test_the_report_shows_5_25_as_5_3(sessions, tmp_path, language, shown, wrong):
    out = tmp_path / f"report-{language}.pdf"
    assert main(["report", str(sessions[1]), "-o", str(out), "--lang", language]) == 0
    _wrong(_pdf_text(out), shown, wrong)


def test_the_comparison_report_shows_the_same_numbers(sessions, tmp_path):
    out = tmp_path / "compare.pdf"
    assert main(["compare", str(sessions[0]), str(sessions[1]), "-o", str(out), "--lang", "nb"]) == 0
    text = _pdf_text(out)
    _wrong(text, "5,3", "5,2")
    assert "+0,3" in text


def test_the_command_line_shows_5_25_as_5_3(sessions, capsys):
    assert main(["scores", str(sessions[1])]) == 0
    _wrong(capsys.readouterr().out, "5.3", "5.2")
    assert main(["compare", str(sessions[0]), str(sessions[1])]) == 0
    out = capsys.readouterr().out
    _wrong(out, "5.3", "5.2")
    assert "+0.3" in out


def test_the_csv_keeps_numbers_for_spreadsheets_unrounded(sessions, tmp_path):
    # The CSV is for calculation, not for reading: its numbers are written as numbers, unrounded.
    out = tmp_path / "all.csv"
    assert main(["export", str(sessions[1]), "--csv", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {row["score"] for row in rows} == {"5", "5.5"}
