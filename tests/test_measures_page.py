"""The measures table model, its editors, the page's add/remove, and the quadrant matrix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyleOptionViewItem, QWidget

from factories import session_doc
from samson_desktop.core.model import Measure
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.measures_model import DUE, OWNER, QUADRANT, QUESTION, STATUS, TEXT, MeasuresModel
from samson_desktop.ui.pages.measures_page import MeasuresPage
from samson_desktop.ui.widgets.measure_delegate import MeasureDelegate

HOSTILE = "<b>x</b> <img src=x>"
MEASURES = [
    {"id": "m1", "question_id": "f3.q2", "text": "Monthly meeting", "quadrant": "more-new",
     "status": "agreed", "owner": "Lars", "due": "2026-06-01"},
    {"id": "m2", "question_id": "f1.q1", "text": "Stop meeting at the town hall", "quadrant": "less-known",
     "status": "proposed"},
    {"id": "m3", "question_id": "f2.q1", "text": HOSTILE, "quadrant": "more-known", "status": "done"},
]


@pytest.fixture(autouse=True)
def english_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def doc():
    return SessionDocument(session_from_dict(session_doc(
        measures=MEASURES, weights={"openness": 9, "democracy": 5},
        answers={"f4.q2": {"consensus": 2}, "f5.q1": {"consensus": 8}})))


@pytest.fixture
def model(doc):
    return MeasuresModel(doc)


@pytest.fixture
def page(qtbot, doc):
    page = MeasuresPage(doc)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_model_shows_every_measure_for_people(model):
    assert model.rowCount() == 3
    assert model.columnCount() == 7
    row = [model.index(0, c).data() for c in range(7)]
    assert row == ["Monthly meeting", "3-2  Statement 3-2", "Start a new practice", "Lars",
                   "01/06/2026", "Agreed", ""]
    assert model.index(1, DUE).data() == ""
    assert model.index(1, OWNER).data() == ""
    assert model.headerData(QUADRANT, Qt.Orientation.Horizontal) == "Quadrant"


def test_model_edit_role_carries_the_stored_form(model):
    assert model.index(0, QUADRANT).data(Qt.ItemDataRole.EditRole) == "more-new"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.EditRole) == "agreed"
    assert model.index(0, QUESTION).data(Qt.ItemDataRole.EditRole) == "f3.q2"
    assert model.index(0, DUE).data(Qt.ItemDataRole.EditRole) == QDate(2026, 6, 1)
    assert not model.index(1, DUE).data(Qt.ItemDataRole.EditRole).isValid()
    assert model.flags(model.index(0, TEXT)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_edits_through_the_document_and_undo_restores(qtbot, model, doc):
    index = model.index(1, STATUS)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(index, "agreed")
    assert blocker.args[0].row() == 1
    assert doc.session.measures[1].status == "agreed"
    assert index.data() == "Agreed"
    assert doc.undo_stack.count() == 1

    assert model.setData(model.index(1, DUE), QDate(2026, 9, 30))
    assert doc.session.measures[1].due == "2026-09-30"
    assert model.setData(model.index(1, OWNER), "  Amina ")
    assert doc.session.measures[1].owner == "Amina"
    assert model.setData(model.index(1, QUESTION), "f6.q2")
    assert doc.session.measures[1].question_id == "f6.q2"
    assert model.setData(model.index(1, TEXT), "Meet in the library")
    assert doc.session.measures[1].text == "Meet in the library"

    for _ in range(5):
        doc.undo_stack.undo()
    assert doc.session.measures[1] == Measure(id="m2", question_id="f1.q1",
                                              text="Stop meeting at the town hall",
                                              quadrant="less-known", status="proposed")
    assert model.index(1, STATUS).data() == "Proposed"


def test_set_data_refuses_nonsense(model, doc):
    assert not model.setData(model.index(0, QUADRANT), "sideways")
    assert not model.setData(model.index(0, STATUS), "maybe")
    assert not model.setData(model.index(0, QUESTION), "no.such.question")
    assert not model.setData(model.index(0, DUE), "31/02/2026")
    assert not model.setData(QModelIndex(), "x")
    assert doc.undo_stack.count() == 0
    # An empty date clears the due date.
    assert model.setData(model.index(0, DUE), QDate())
    assert doc.session.measures[0].due is None


def test_model_follows_adds_and_removes_made_elsewhere(qtbot, model, doc):
    with qtbot.waitSignal(model.rowsInserted):
        doc.add_measure(Measure(id="m9", question_id="f1.q2", text="New", quadrant="less-new"))
    assert model.rowCount() == 4
    assert model.index(3, TEXT).data() == "New"
    with qtbot.waitSignal(model.modelReset):
        doc.remove_measure("m1")
    assert model.rowCount() == 3
    assert model.index(0, TEXT).data() == "Stop meeting at the town hall"


def test_delegate_offers_choice_lists_and_a_date_editor(qtbot, model, doc):
    parent = QWidget()
    qtbot.addWidget(parent)
    delegate = MeasureDelegate(doc)
    option = QStyleOptionViewItem()

    combo = delegate.createEditor(parent, option, model.index(0, QUADRANT))
    assert isinstance(combo, QComboBox) and combo.count() == 5  # "not placed yet" and the four quadrants
    delegate.setEditorData(combo, model.index(0, QUADRANT))
    assert combo.currentData() == "more-new"
    combo.setCurrentIndex(combo.findData("less-new"))
    delegate.setModelData(combo, model, model.index(0, QUADRANT))
    assert doc.session.measures[0].quadrant == "less-new"

    status = delegate.createEditor(parent, option, model.index(0, STATUS))
    assert [status.itemData(i) for i in range(status.count())] == [
        "proposed", "agreed", "in_progress", "done", "dropped"]

    question = delegate.createEditor(parent, option, model.index(0, QUESTION))
    assert question.count() == 14
    assert question.itemText(0).startswith("1-1  ")

    date = delegate.createEditor(parent, option, model.index(1, DUE))
    assert isinstance(date, QDateEdit)
    delegate.setEditorData(date, model.index(1, DUE))
    assert date.text() == date.specialValueText()  # no due date yet
    date.setDate(QDate(2026, 12, 24))
    delegate.setModelData(date, model, model.index(1, DUE))
    assert doc.session.measures[1].due == "2026-12-24"


def test_add_measure_button_adds_an_undoable_row_ready_to_type(qtbot, page, doc):
    page.table.clearSelection()
    page.table.setCurrentIndex(QModelIndex())
    page.add_measure()
    assert len(doc.session.measures) == 4
    added = doc.session.measures[-1]
    assert added.status == "proposed"
    # Without a selected row the new measure belongs to the question with the largest gap.
    assert added.question_id == doc.scores().priority[0]
    assert page.model.rowCount() == 4
    assert page.title_text() == "Action plan · measures: 4"
    doc.undo_stack.undo()
    assert len(doc.session.measures) == 3
    assert page.model.rowCount() == 3


def test_remove_takes_the_selected_rows_without_asking_in_one_undo_step(qtbot, page, doc):
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)
    page.remove_selected()
    assert [m.id for m in doc.session.measures] == ["m2"]
    doc.undo_stack.undo()
    assert [m.id for m in doc.session.measures] == ["m1", "m2", "m3"]


def test_delete_key_removes_the_current_measure(qtbot, page, doc):
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [m.id for m in doc.session.measures] == ["m1", "m3"]


def test_matrix_lists_each_measure_in_its_quadrant(qtbot, page, doc):
    page.show_matrix(True)
    matrix = page.matrix
    assert matrix.measure_ids("more-new") == ["m1"]
    assert matrix.measure_ids("less-known") == ["m2"]
    assert matrix.measure_ids("more-known") == ["m3"]
    assert matrix.measure_ids("less-new") == []
    assert matrix.texts("more-new") == ["3-2  Monthly meeting  (Agreed, Lars, 01/06/2026)"]

    page.model.setData(page.model.index(1, QUADRANT), "less-new")
    assert matrix.measure_ids("less-known") == []
    assert matrix.measure_ids("less-new") == ["m2"]


def test_a_matrix_hidden_behind_the_table_catches_up(qtbot, page, doc):
    doc.update_measure(Measure(id="m1", question_id="f3.q2", text="Monthly meeting", quadrant="less-new",
                               status="agreed"))
    page.show_matrix(True)
    assert page.matrix.measure_ids("less-new") == ["m1"]


def test_measure_text_is_shown_literally(qtbot, page, model):
    assert model.index(2, TEXT).data() == HOSTILE
    tooltip = model.index(2, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tooltip and "<b>" not in tooltip
    page.show_matrix(True)
    assert page.matrix.texts("more-known")[0].startswith("2-1  " + HOSTILE)


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
    for on in (False, True):
        page.show_matrix(on)
        controls = page.findChildren(QAbstractButton) + page.findChildren(QAbstractItemView)
        missing = [type(w).__name__ for w in controls if w.isVisibleTo(page) and not w.accessibleName()]
        assert missing == []


def test_a_replaced_session_replaces_table_and_matrix(page, doc):
    page.show_matrix(True)
    other = session_from_dict(session_doc(measures=[
        {"id": "x1", "question_id": "f7.q1", "text": "Only one", "quadrant": "less-new", "status": "dropped"}]))
    doc.replace(other, None)
    assert page.model.rowCount() == 1
    assert page.model.index(0, STATUS).data() == "Dropped"
    assert page.matrix.measure_ids("less-new") == ["x1"]
    assert page.title_text() == "Action plan · measures: 1"
