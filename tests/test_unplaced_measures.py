"""A measure is "not placed yet" until the facilitator places it: optional in the file, its own strip in
the matrix, placed by a key (1–4) or a click, never filed in a quadrant by Enter; reports say so."""

from __future__ import annotations

import json
import re
import io

import pytest
from PySide6.QtCore import QLocale, Qt
from pypdf import PdfReader

from factories import session_doc
from samson_desktop.core.model import Measure
from samson_desktop.fileformat import parse_session
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.fileformat.sessionfile import session_to_bytes
from samson_desktop.report.session_report import report_bytes
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.measures_model import QUADRANT
from samson_desktop.ui.pages.measures_page import MeasuresPage
from samson_desktop.ui.widgets.quick_measure import QuickMeasure

MEASURES = [
    {"id": "m1", "question_id": "f3.q2", "text": "Monthly meeting", "quadrant": "more-new", "status": "agreed"},
    {"id": "m2", "question_id": "f1.q1", "text": "Coffee with the neighbours", "status": "proposed",
     "note": "Tried twice."},
    {"id": "m3", "question_id": "f2.q1", "text": "A shared calendar", "status": "proposed"},
]


@pytest.fixture(autouse=True)
def english_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def doc():
    return SessionDocument(session_from_dict(session_doc(measures=MEASURES)))


@pytest.fixture
def page(qtbot, doc):
    page = MeasuresPage(doc)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.show_matrix(True)
    return page


def test_the_file_may_leave_the_quadrant_out_and_keeps_it_out():
    raw = json.dumps(session_doc(measures=MEASURES), ensure_ascii=False).encode("utf-8")
    session = parse_session(raw)
    assert [m.quadrant for m in session.measures] == ["more-new", None, None]
    assert session.measures[1].note == "Tried twice."
    saved = json.loads(session_to_bytes(session))
    assert "quadrant" not in saved["measures"][1] and saved["measures"][0]["quadrant"] == "more-new"
    assert saved["measures"][1]["note"] == "Tried twice." and "note" not in saved["measures"][0]
    assert parse_session(session_to_bytes(session)).measures == session.measures


def test_the_matrix_shows_unplaced_measures_in_a_strip_of_their_own(page):
    matrix = page.matrix
    assert matrix.measure_ids(None) == ["m2", "m3"]
    assert all("m2" not in matrix.measure_ids(q) for q in ("more-known", "more-new", "less-known", "less-new"))
    assert matrix.measure_ids("more-new") == ["m1"]
    assert matrix.strip.isVisible()


def test_a_key_places_the_selected_measure_and_undo_takes_it_back(qtbot, page, doc):
    strip = page.matrix.strip
    strip.setFocus()
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_3)
    assert doc.session.measures[1].quadrant == "less-known"
    assert page.matrix.measure_ids("less-known") == ["m2"]
    # The next unplaced measure is selected at once: the facilitator goes on with the keys.
    assert page.matrix.measure_ids(None) == ["m3"]
    qtbot.keyClick(strip, Qt.Key.Key_2)
    assert doc.session.measures[2].quadrant == "more-new"
    assert not page.matrix.strip.isVisible()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [m.quadrant for m in doc.session.measures] == ["more-new", None, None]


def test_a_click_places_it_too(qtbot, page, doc):
    page.matrix.strip.setCurrentRow(1)
    qtbot.mouseClick(page.matrix.place_button("more-known"), Qt.MouseButton.LeftButton)
    assert doc.session.measures[2].quadrant == "more-known"
    page.matrix.strip.setCurrentRow(0)
    qtbot.mouseClick(page.matrix.cell("less-new"), Qt.MouseButton.LeftButton)
    assert doc.session.measures[1].quadrant == "less-new"


def test_a_new_measure_from_the_page_is_not_placed(page, doc):
    page.add_measure()
    assert doc.session.measures[-1].quadrant is None
    assert page.model.index(3, QUADRANT).data() == "Not placed yet"


def test_enter_under_a_question_adds_the_measure_unplaced(qtbot, doc):
    quick = QuickMeasure(doc)
    qtbot.addWidget(quick)
    quick.set_question("f4.q1")
    assert quick.quadrant_combo.currentData() == ""  # "not placed yet" is the default
    qtbot.keyClicks(quick.text_edit, "Månedlig kaffemøte")
    qtbot.keyClick(quick.text_edit, Qt.Key.Key_Return)
    added = doc.session.measures[-1]
    assert (added.text, added.quadrant, added.question_id) == ("Månedlig kaffemøte", None, "f4.q1")
    # A quadrant chosen on purpose is kept, and the next measure starts unplaced again.
    quick.quadrant_combo.setCurrentIndex(quick.quadrant_combo.findData("less-new"))
    qtbot.keyClicks(quick.text_edit, "Slutte med portalen")
    qtbot.keyClick(quick.text_edit, Qt.Key.Key_Return)
    assert doc.session.measures[-1].quadrant == "less-new"
    assert quick.quadrant_combo.currentData() == ""
    assert quick.focus_chain()[:3] == [quick.text_edit, quick.quadrant_combo, quick.add_button]


@pytest.mark.parametrize("lang, words", [("nb", "Ikke plassert ennå"), ("en", "Not placed yet")])
def test_the_report_says_a_measure_is_not_placed_yet(lang, words):
    session = session_from_dict(session_doc(measures=MEASURES))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(report_bytes(session, lang))).pages)
    assert len(re.findall(words, " ".join(text.split()))) >= 2  # in the field's list and in the action plan


def test_placing_from_the_table_and_back():
    doc = SessionDocument(session_from_dict(session_doc(measures=MEASURES)))
    page = MeasuresPage(doc)
    model = page.model
    assert model.index(1, QUADRANT).data(Qt.ItemDataRole.EditRole) == ""
    assert model.setData(model.index(1, QUADRANT), "more-known")
    assert doc.session.measures[1] == Measure(id="m2", question_id="f1.q1", text="Coffee with the neighbours",
                                              quadrant="more-known", status="proposed", note="Tried twice.")
    assert model.setData(model.index(1, QUADRANT), "")
    assert doc.session.measures[1].quadrant is None
    page.deleteLater()
