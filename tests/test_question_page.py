"""The question page with real widgets: answering, navigation, notes, quick measures, plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit,
                               QProgressBar)

from factories import question_set_doc, session_doc
from samson_desktop.ui.charts.tooltips import axis_tooltip_lines
from samson_desktop.core.model import Answer
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.pages.question_page import QuestionPage

WEIGHTS = {"openness": 8, "democracy": 4, "creativity": 6, "leadership": 7}
HOSTILE = "<b>x</b> <img src=x>"


@pytest.fixture(autouse=True)
def english_locale():
    """Question content follows the UI language; these tests read the English texts."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def doc():
    return SessionDocument(session_from_dict(session_doc(
        weights=WEIGHTS,
        answers={"f1.q1": {"consensus": 5, "note": "first"}},
    )))


@pytest.fixture
def page(qtbot, doc):
    page = QuestionPage(doc)
    page.catch_up()  # the first question, as the window's page stack shows it
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def score_series(page):
    return next(s for s in page.chart.series() if s.kind == "score")


def importance_series(page):
    return next(s for s in page.chart.series() if s.kind == "importance")


def test_starts_on_the_first_question_with_its_text_number_and_field(page):
    assert page.current_question_id() == "f1.q1"
    assert page.question_label().text() == "Statement 1-1"
    assert page.position_text() == "Question 1 of 2"
    assert page.chart.axis_labels() == ["1-1", "1-2"]
    assert page.answer_panel.button(5).isChecked()
    assert page.note_edit.toPlainText() == "first"


def test_answer_key_sets_the_consensus_and_updates_the_chart(page, doc):
    page.show_question("f1.q2")
    page.answer_key(7)
    assert doc.session.answers["f1.q2"].consensus == 7
    assert doc.session.answers["f1.q2"].not_applicable is False
    assert list(score_series(page).values) == [5.0, 7.0]
    # Agreed scores given without voices are the group's one answer: no n ("n=1" read as one person).
    assert list(score_series(page).counts) == [None, None]
    lines = axis_tooltip_lines("1-2", None, page.chart.series(), 1)
    assert not any("n=" in line for line in lines)
    assert page.answer_panel.button(7).isChecked()
    # The chart shows the same numbers as the core's scoring.
    assert score_series(page).values[1] == doc.scores().question("f1.q2").score


def test_clicking_score_buttons_answers_and_replaces_the_answer(qtbot, page, doc):
    qtbot.mouseClick(page.answer_panel.button(3), Qt.MouseButton.LeftButton)
    assert doc.session.answers["f1.q1"].consensus == 3
    qtbot.mouseClick(page.answer_panel.button(10), Qt.MouseButton.LeftButton)
    assert doc.session.answers["f1.q1"].consensus == 10
    assert doc.session.answers["f1.q1"].note == "first"
    assert score_series(page).values[0] == 10.0
    assert page.answer_panel.button(10).isChecked()
    assert not page.answer_panel.button(3).isChecked()


def test_not_relevant_by_key_and_by_button_leaves_the_question_out(qtbot, page, doc):
    page.answer_key(0)
    answer = doc.session.answers["f1.q1"]
    assert answer.not_applicable and answer.consensus is None
    assert score_series(page).values[0] is None
    assert page.answer_panel.button(0).isChecked()
    assert doc.scores().not_applicable == 1

    page.show_question("f1.q2")
    qtbot.mouseClick(page.answer_panel.button(0), Qt.MouseButton.LeftButton)
    assert doc.session.answers["f1.q2"].not_applicable
    page.answer_key(6)
    assert doc.session.answers["f1.q2"] == Answer(consensus=6)


def test_answer_is_undoable_and_the_page_follows_undo_and_redo(page, doc):
    page.show_question("f2.q1")
    page.answer_key(8)
    doc.undo_stack.undo()
    assert "f2.q1" not in doc.session.answers
    assert page.answer_panel.chosen() is None
    assert not any(page.answer_panel.button(n).isChecked() for n in range(0, 11))
    assert score_series(page).values[0] is None
    doc.undo_stack.redo()
    assert page.answer_panel.button(8).isChecked()
    assert score_series(page).values[0] == 8.0


def test_an_answer_redraws_only_its_own_fields_chart_and_keeps_the_axes(page, doc, monkeypatch):
    calls = []
    monkeypatch.setattr(page.chart, "set_series", lambda series: calls.append(("series", series)))
    monkeypatch.setattr(page.chart, "set_axes", lambda *args: calls.append(("axes", args)))
    doc.set_answer("f5.q1", Answer(consensus=2))
    assert calls == []
    doc.set_answer("f1.q2", Answer(consensus=2))
    assert [kind for kind, _ in calls] == ["series"]


def test_weights_move_the_grey_importance_profile(page, doc):
    # f1.q1 links to openness only; f1.q2 to openness (1.0) and democracy (0.5).
    assert list(importance_series(page).values) == pytest.approx([8.0, (8 + 0.5 * 4) / 1.5])
    doc.set_weight("openness", 2)
    assert list(importance_series(page).values) == pytest.approx([2.0, (2 + 0.5 * 4) / 1.5])


def test_next_and_previous_cross_field_boundaries_and_stop_at_the_ends(qtbot, page):
    seen = []
    page.questionChanged.connect(seen.append)
    assert page.previous_question() is False
    assert page.next_question() is True
    assert page.current_question_id() == "f1.q2"
    assert page.next_question() is True
    assert page.current_question_id() == "f2.q1"
    assert page.chart.axis_labels() == ["2-1", "2-2"]
    assert page.position_text() == "Question 1 of 2"
    assert page.previous_question() is True
    assert page.current_question_id() == "f1.q2"
    assert seen == ["f1.q2", "f2.q1", "f1.q2"]

    page.show_question("f7.q2")
    assert page.next_question() is False
    assert page.current_question_id() == "f7.q2"


def test_show_question_jumps_anywhere_and_rejects_unknown_ids(page):
    page.show_question("f4.q2")
    assert page.current_question_id() == "f4.q2"
    assert page.question_label().text() == "Statement 4-2"
    assert page.navigator.field_combo.currentIndex() == 3
    assert page.navigator.question_button("f4.q2").isChecked()
    with pytest.raises(KeyError):
        page.show_question("nope")


def test_field_chooser_and_question_buttons_navigate(qtbot, page):
    with qtbot.waitSignal(page.questionChanged) as blocker:
        page.navigator.field_combo.activated.emit(5)
    assert blocker.args == ["f6.q1"]
    qtbot.mouseClick(page.navigator.question_button("f6.q2"), Qt.MouseButton.LeftButton)
    assert page.current_question_id() == "f6.q2"


def test_note_typing_is_one_undo_step_and_undo_restores_it(qtbot, page, doc):
    page.show_question("f1.q2")
    page.focus_note()
    depth = doc.undo_stack.count()
    qtbot.keyClicks(page.note_edit, "We disagree")
    assert doc.session.answers["f1.q2"].note == "We disagree"
    assert doc.undo_stack.count() == depth + 1
    assert page.note_edit.textCursor().position() == len("We disagree")

    doc.undo_stack.undo()
    assert "f1.q2" not in doc.session.answers
    assert page.note_edit.toPlainText() == ""
    doc.undo_stack.redo()
    assert page.note_edit.toPlainText() == "We disagree"


def test_typing_in_the_middle_of_a_note_keeps_the_cursor_in_place(qtbot, page, doc):
    page.focus_note()
    cursor = page.note_edit.textCursor()
    cursor.setPosition(2)
    page.note_edit.setTextCursor(cursor)
    qtbot.keyClicks(page.note_edit, "XY")
    assert doc.session.answers["f1.q1"].note == "fiXYrst"
    assert page.note_edit.textCursor().position() == 4


def test_undo_while_the_note_has_focus_goes_to_the_document(qtbot, page, doc):
    # The window's Ctrl+Z lives outside the note field, so the note must pass the key on.
    from PySide6.QtGui import QAction, QKeySequence
    undo = QAction(page)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    undo.triggered.connect(doc.undo_stack.undo)
    page.addAction(undo)
    page.focus_note()
    qtbot.keyClicks(page.note_edit, "!")
    assert doc.session.answers["f1.q1"].note == "first!"
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.session.answers["f1.q1"].note == "first"
    assert page.note_edit.toPlainText() == "first"


def test_quick_measure_adds_a_proposed_measure_undoably(qtbot, page, doc):
    page.show_question("f3.q2")
    quick = page.quick_measure
    qtbot.keyClicks(quick.text_edit, "Meet at the library")
    quick.quadrant_combo.setCurrentIndex(quick.quadrant_combo.findData("less-known"))
    qtbot.keyClick(quick.text_edit, Qt.Key.Key_Return)

    assert len(doc.session.measures) == 1
    measure = doc.session.measures[0]
    assert (measure.question_id, measure.text, measure.quadrant, measure.status) == (
        "f3.q2", "Meet at the library", "less-known", "proposed")
    assert quick.text_edit.text() == ""
    assert quick.measure_list.count() == 1
    assert "Meet at the library" in quick.measure_list.item(0).text()

    page.show_question("f3.q1")
    assert quick.measure_list.count() == 0
    page.show_question("f3.q2")
    doc.undo_stack.undo()
    assert doc.session.measures == []
    assert quick.measure_list.count() == 0


def test_quick_measure_ignores_empty_text(qtbot, page, doc):
    qtbot.keyClicks(page.quick_measure.text_edit, "   ")
    qtbot.keyClick(page.quick_measure.text_edit, Qt.Key.Key_Return)
    assert doc.session.measures == []


def test_progress_counts_answered_and_not_relevant(page, doc):
    assert "1 of 14" in page.progress.text()
    page.show_question("f2.q2")
    page.answer_key(0)
    assert "2 of 14" in page.progress.text()
    assert page.navigator.question_button("f2.q2").text().endswith("–")


def test_user_text_and_question_text_are_shown_literally(qtbot):
    qset = question_set_doc()
    qset["fields"][0]["questions"][0]["text"]["en"] = HOSTILE
    qset["fields"][0]["questions"][0]["help"]["en"] = HOSTILE
    doc = SessionDocument(session_from_dict(session_doc(
        question_set=qset,
        answers={"f1.q1": {"consensus": 4, "note": HOSTILE}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": HOSTILE, "quadrant": "more-new",
                   "status": "proposed"}],
    )))
    page = QuestionPage(doc)
    page.catch_up()  # the first question, as the window's page stack shows it
    qtbot.addWidget(page)
    page.show()
    label = page.question_label()
    assert label.text() == HOSTILE
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert page.note_edit.toPlainText() == HOSTILE
    assert page.quick_measure.measure_list.item(0).text().startswith(HOSTILE)
    tooltip = page.navigator.question_button("f1.q1").toolTip()
    assert "&lt;img src=x&gt;" in tooltip and "<img" not in tooltip


def test_session_replacement_rebuilds_the_page(page, doc):
    page.show_question("f5.q2")
    other = session_from_dict(session_doc(question_set=question_set_doc(questions_per_field=3)))
    doc.replace(other, None)
    assert page.current_question_id() == "f5.q2"
    assert page.chart.axis_labels() == ["5-1", "5-2", "5-3"]
    assert page.answer_panel.chosen() is None
    assert page.note_edit.toPlainText() == ""


def test_presentation_shows_only_question_answers_and_chart(page):
    page.set_presentation(True)
    assert page.question_label().isVisible()
    assert page.answer_panel.isVisible()
    assert page.chart.isVisible()
    assert not page.note_edit.isVisible()
    assert not page.quick_measure.isVisible()
    assert not page.navigator.isVisible()
    assert not page.progress.isVisible()
    assert page.chart.title() == "Field 1: Field 1"
    page.set_presentation(False)
    assert page.note_edit.isVisible() and page.navigator.isVisible()


def test_every_control_has_an_accessible_name(page):
    page.retranslate()
    controls = page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + \
        page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit) + \
        page.findChildren(QAbstractItemView) + page.findChildren(QProgressBar)
    missing = []
    for widget in controls:
        if not widget.isVisibleTo(page):
            continue  # combo box pop-ups and the like
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    assert missing == []
