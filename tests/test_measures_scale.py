"""The measures page with thousands of measures does work in proportion to what is on screen, not to the
number of measures; the due date's column holds its editor; the matrix fits 1280×720."""

from __future__ import annotations

import random

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QListWidget, QScrollArea

from factories import session_doc
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.main_window import MEASURES, MainWindow
from samson_desktop.ui.measures_model import DUE, MeasuresModel
from samson_desktop.ui.pages.measures_page import MeasuresPage
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme
from samson_desktop.ui.widgets.quadrant_matrix import QuadrantMatrix

MANY = 3000


def many_measures(count: int) -> list[dict]:
    quadrants = ["more-known", "more-new", "less-known", "less-new", None]
    out = []
    for n in range(count):
        measure = {"id": f"m{n + 1}", "question_id": f"f{n % 7 + 1}.q1", "status": "proposed",
                   "text": f"Tiltak {n}: " + "ord " * (5 + n % 40)}
        if quadrants[n % 5]:
            measure["quadrant"] = quadrants[n % 5]
        out.append(measure)
    return out


@pytest.fixture
def counted(monkeypatch):
    """Counts the model's data() calls, whichever view or delegate makes them."""
    calls = {"n": 0}
    original = MeasuresModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls["n"] += 1
        return original(self, index, role)

    monkeypatch.setattr(MeasuresModel, "data", data)
    return calls


def test_an_edit_reads_the_rows_on_screen_only(qtbot, counted):
    doc = SessionDocument(session_from_dict(session_doc(measures=many_measures(MANY))))
    page = MeasuresPage(doc)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    assert counted["n"] < 40 * 7 * 12, "building the page read rows that are not on screen"
    counted["n"] = 0
    measure = doc.session.measures[MANY // 2]
    doc.update_measure(replace(measure, text=measure.text + " endret"))
    page.table.viewport().repaint()
    QApplication.processEvents()
    # Before: every row was measured to its contents, twice, on every change (3,000 × 7 × 2 reads).
    assert counted["n"] < 40 * 7 * 12
    counted["n"] = 0
    doc.remove_measures([m.id for m in doc.session.measures[:MANY // 2]])
    page.show_matrix(True)
    QApplication.processEvents()
    assert page.model.rowCount() == MANY - MANY // 2
    assert counted["n"] < 40 * 7 * 12


def test_the_matrix_lists_a_bounded_number_and_says_how_many_more(qtbot):
    doc = SessionDocument(session_from_dict(session_doc(measures=many_measures(MANY))))
    page = MeasuresPage(doc)
    qtbot.addWidget(page)
    page.show_matrix(True)
    texts = page.matrix.texts("more-known")
    assert len(texts) == 101 and "500 more" in texts[-1]
    assert len(page.matrix.measure_ids(None)) == 100 and "500 more" in page.matrix.texts(None)[-1]


def test_the_due_column_holds_its_date_editor_whole(qtbot):
    doc = SessionDocument(session_from_dict(session_doc(measures=many_measures(3))))
    page = MeasuresPage(doc)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    index = page.model.index(0, DUE)
    page.table.edit(index)
    QApplication.processEvents()
    editor = page.table.findChild(QDateEdit)
    assert editor is not None and editor.isVisible()
    # Before: about 50 px, and the editor showed "ato" of "No date".
    assert editor.width() >= editor.sizeHint().width()
    assert page.table.columnWidth(DUE) >= editor.sizeHint().width()


@pytest.mark.parametrize("presentation", [False, True], ids=["normal", "presentation"])
@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_quadrant_and_the_strip_fit_1280x720(qtbot, tmp_path, language, presentation):
    window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.finish_setup()
    window.set_language(language)
    assert window.open_demo(0)
    # Two measures not placed yet, so the strip is shown too.
    for measure in window.document.session.measures[:2]:
        window.document.update_measure(replace(measure, quadrant=None))
    if presentation:
        window.set_presentation(True)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(1280, 720)
    window.go_to_step(MEASURES)
    page = window.page(MEASURES)
    page.show_matrix(True)
    for _ in range(5):
        QApplication.processEvents()
    try:
        area = page.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        visible = area.viewport().rect()
        matrix = page.matrix
        for widget in [matrix.cell(q) for q in ("more-known", "more-new", "less-known", "less-new")] + [matrix.strip]:
            assert widget.isVisible()
            rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
            assert visible.contains(rect), (widget, rect, visible)
        # The lists keep room for at least two lines each.
        for quadrant in ("more-known", "less-new"):
            assert matrix.cell(quadrant).findChild(QListWidget).height() >= 2 * matrix.fontMetrics().lineSpacing()
    finally:
        if window.is_presentation():
            window.set_presentation(False)
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        theme().set_zoom(1.0)


def test_the_matrix_after_many_placements_matches_one_built_afresh(qtbot):
    """The matrix changes only the lines that differ after an edit; whatever the edits, it must show
    what a matrix built from scratch shows."""
    doc = SessionDocument(session_from_dict(session_doc(measures=many_measures(260))))
    page = MeasuresPage(doc)
    qtbot.addWidget(page)
    page.show_matrix(True)
    rng = random.Random(7)
    places = ["more-known", "more-new", "less-known", "less-new", None]
    for step in range(60):
        measure = rng.choice(doc.session.measures)
        if step % 10 == 9:
            doc.remove_measures([measure.id])
        else:
            doc.update_measure(replace(measure, quadrant=rng.choice(places)))
        if step % 6 == 5:
            doc.undo_stack.undo()
        page.show_matrix(True)
        fresh = QuadrantMatrix()
        fresh.set_session(doc.session)
        for quadrant in places:
            assert page.matrix.texts(quadrant) == fresh.texts(quadrant), (step, quadrant)
            assert page.matrix.measure_ids(quadrant) == fresh.measure_ids(quadrant)
        fresh.deleteLater()
