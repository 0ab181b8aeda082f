"""The character section of setup end to end: the form, undo, the file, the report, the comparison window and the CSV;
the continuum widget both ways; who is left out; the priority list's two orderings."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from factories import question_set_doc, session_bytes
from samson_desktop.core.character import Character
from samson_desktop.core.model import Answer
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.report.csv_export import csv_table
from samson_desktop.report.session_report import build_session_report
from samson_desktop.ui.compare_view import CompareWindow
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.pages.setup_page import SetupPage
from samson_desktop.ui.widgets.continuum import Continuum
from samson_desktop.ui.widgets.priority_list import ORDER_TOP_WEIGHTED, PriorityHeader, PriorityList

WEIGHTS = {"openness": 4, "democracy": 9, "creativity": 5, "leadership": 6}


def all_answered() -> dict:
    return {f"f{f}.q{q}": {"consensus": f + q} for f in range(1, 8) for q in (1, 2)}


def pdf_words(path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def doc():
    return SessionDocument(parse_session(session_bytes(weights=WEIGHTS, answers=all_answered(), language="en")))


def test_the_step_records_every_criterion_through_the_undo_stack(qtbot, doc):
    page = SetupPage(doc)
    qtbot.addWidget(page)
    page.finish()  # the character section, as the window's page stack builds it after the first paint
    form = page.character_form
    assert "Missing: time perspective" in form.placement_text()
    for name, key in (("time_perspective", "lasting"), ("relation_depth", "mutual"),
                      ("citizen_influence", "transformative"), ("citizen_resources", "addition")):
        qtbot.mouseClick(form.button(name, key), Qt.MouseButton.LeftButton)
    for key in ("co_initiator", "co_designer", "co_implementer"):
        qtbot.mouseClick(form.button("citizen_roles", key), Qt.MouseButton.LeftButton)
    form.rating("goal_attainment").setValue(7)
    form.rating("goal_attainment").setValue(8)  # one undo step for the spin box
    form.rating("expectations_met").setValue(6)
    assert doc.session.character == Character("lasting", "mutual", ("co_initiator", "co_designer", "co_implementer"),
                                              "transformative", "addition", 8, 6)
    assert "towards thick co-production" in form.placement_text()

    doc.undo_stack.undo()  # expectations
    doc.undo_stack.undo()  # goal attainment, both steps of the spin box
    assert doc.session.character.goal_attainment is None and doc.session.character.expectations_met is None
    assert form.rating("goal_attainment").value() == 0  # shown as "–"
    doc.undo_stack.undo()
    assert doc.session.character.citizen_roles == ("co_initiator", "co_designer")
    assert form.button("citizen_roles", "co_designer").isChecked()
    assert not form.button("citizen_roles", "co_implementer").isChecked()

    # "None of these roles" is an answer; unticking it leaves the criterion not filled in.
    qtbot.mouseClick(form.button("citizen_roles", "none"), Qt.MouseButton.LeftButton)
    assert doc.session.character.citizen_roles == ()
    assert not form.button("citizen_roles", "co_initiator").isChecked()
    qtbot.mouseClick(form.button("citizen_roles", "none"), Qt.MouseButton.LeftButton)
    assert doc.session.character.citizen_roles is None

    page.character_form._clear.click()
    assert doc.session.character is None
    assert not any(form.button("time_perspective", k).isChecked() for k in ("short", "project", "lasting"))
    doc.undo_stack.undo()
    assert doc.session.character.time_perspective == "lasting"


def test_a_short_collaboration_is_held_on_the_thin_half_in_the_form(qtbot, doc):
    doc.set_character(Character("short", "mutual", ("co_initiator", "co_designer", "co_implementer"), "transformative"))
    page = SetupPage(doc)
    qtbot.addWidget(page)
    page.finish()  # the character section, as the window's page stack builds it after the first paint
    assert "stays on the thin half" in page.character_form.placement_text()


def test_the_continuum_without_criteria_shows_only_the_profile_strength(qtbot):
    widget = Continuum()
    qtbot.addWidget(widget)
    widget.set_overall(6.25, [])
    widget.set_character(Character("lasting", None, ("co_designer",), "descriptive"))
    assert widget.position() is None
    caption = widget.caption()
    assert "not filled in (depth of relations)" in caption
    assert "not placed between thin and thick" in caption
    assert "Profile strength 6.3: the mean of the seven field scores (1–10)" in caption
    assert "not how thick the collaboration is" in caption
    assert "▼" not in caption


def test_the_continuum_with_criteria_places_the_collaboration_and_keeps_the_mean_apart(qtbot):
    widget = Continuum()
    qtbot.addWidget(widget)
    widget.set_overall(3.0, [])
    widget.set_character(Character("lasting", "mutual", ("co_initiator", "co_designer", "co_implementer"),
                                   "transformative"))
    assert widget.position() == 1.0 and widget.overall() == 3.0
    caption = widget.caption()
    assert caption.startswith("▼ Character: towards thick co-production")
    assert "▲ Profile strength 3.0" in caption
    widget.resize(900, widget.sizeHint().height())
    widget.grab()  # paints both marks without a Qt warning


def test_the_overview_follows_the_character(qtbot, doc):
    from samson_desktop.ui.pages.overview_page import OverviewPage
    page = OverviewPage(doc)
    qtbot.addWidget(page)
    page.show()
    assert page.continuum.position() is None
    doc.set_character(Character("project", "task", ("co_implementer",), "descriptive"))
    assert page.continuum.position() == pytest.approx((0.5 + 0 + 1 / 3 + 0) / 4)
    assert page.continuum.caption().startswith("▼ Character: towards thin co-creation")
    doc.undo_stack.undo()
    assert page.continuum.position() is None


def test_the_character_goes_through_file_report_comparison_and_csv(qtbot, doc, tmp_path):
    doc.set_character(Character("project", "mutual", ("co_designer", "co_implementer"), "acknowledging",
                                "substitution", 6, 7))
    later_path = tmp_path / "t2.samson"
    doc.save(later_path)
    saved = json.loads(later_path.read_text(encoding="utf-8"))
    assert saved["character"]["citizen_roles"] == ["co_designer", "co_implementer"]
    later = read_session(later_path)
    assert later.character == doc.session.character

    report = build_session_report(later, tmp_path / "r.pdf")
    words = pdf_words(report)
    for text in ("The character of the collaboration", "A time-limited project", "Lasting mutual dependence",
                 "Co-designers, Co-implementers", "Acknowledging", "Substitution: they replace public services",
                 "▼ Character: between thin and thick"):
        assert squash(text) in words

    earlier = parse_session(session_bytes(session_id="t1", answers=all_answered(), weights=WEIGHTS, language="en",
                                          character={"time_perspective": "project", "relation_depth": "task",
                                                     "goal_attainment": 4}))
    win = CompareWindow(SessionDocument(later, later_path))
    qtbot.addWidget(win)
    win.set_earlier(earlier)
    rows = {row[0]: row[1:] for row in win.character_tab.rows()}
    assert rows["Depth of relations"] == ["Built around a defined task", "Lasting mutual dependence", "changed"]
    assert rows["Goals reached (1–10)"] == ["4", "6", "+2"]
    assert rows["The citizens' roles"][0] == "not filled in"
    assert rows["Continuum"] == ["not filled in", "between thin and thick", ""]
    assert win.character_tab.earlier_continuum.position() is None
    assert win.character_tab.later_continuum.position() is not None
    assert "not placed between thin and thick" in win.character_tab.earlier_continuum.caption()

    header, body = csv_table([earlier, later])
    col = header.index
    assert body[0][col("relation_depth")] == "task" and body[0][col("continuum_position")] == ""
    assert body[-1][col("relation_depth")] == "mutual" and body[-1][col("citizen_resources")] == "substitution"


def test_who_is_left_out_is_asked_in_setup_stored_and_undone(qtbot, doc, tmp_path):
    page = SetupPage(doc)
    qtbot.addWidget(page)
    page.finish()  # the character section, as the window's page stack builds it after the first paint
    page.show()
    edit = page.left_out_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Ungdommene")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    # The blank line just started stays while the list in the document is already current.
    assert doc.session.left_out == ["Ungdommene"] and edit.toPlainText() == "Ungdommene\n"
    qtbot.keyClicks(edit, "Skolen")
    assert doc.session.left_out == ["Ungdommene", "Skolen"]
    doc.save(tmp_path / "s.samson")
    assert json.loads((tmp_path / "s.samson").read_text(encoding="utf-8"))["left_out"] == ["Ungdommene", "Skolen"]
    doc.undo_stack.undo()  # typing merges into one step
    assert doc.session.left_out == [] and edit.toPlainText() == ""
    doc.undo_stack.redo()
    assert edit.toPlainText() == "Ungdommene\nSkolen"


def test_the_priority_list_offers_a_second_ordering_and_says_how_each_is_computed(qtbot, doc):
    priority = PriorityList()
    header = PriorityHeader(priority)
    qtbot.addWidget(priority)
    qtbot.addWidget(header)
    doc.set_answer("f1.q2", Answer(consensus=1))
    priority.set_scores(doc.session, doc.scores())
    assert "Gap = importance − score" in header.caption.text()
    assert priority.question_ids() == list(doc.scores().priority)
    header.order_box.setCurrentIndex(header.order_box.findData(ORDER_TOP_WEIGHTED))
    header.order_box.activated.emit(header.order_box.currentIndex())
    # Democracy is weighted highest (9); only the even questions are linked to it.
    ids = priority.question_ids()
    assert ids and all(qid.endswith(".q2") for qid in ids)
    scores = [doc.scores().question(qid).score for qid in ids]
    assert scores == sorted(scores) and ids[0] == "f1.q2"
    caption = header.caption.text()
    assert "Democracy, weight 9" in caption and "not the gap order" in caption
    # An agreed score alone has no n: "n=1" would read as one respondent.
    assert priority.item(0).text().splitlines()[1].startswith("Score 1.0 · importance")
    doc.set_weight("openness", 10)
    priority.set_scores(doc.session, doc.scores())
    assert "Openness, weight 10" in header.caption.text()


def test_the_second_ordering_without_weights_says_so(qtbot):
    doc = SessionDocument(parse_session(session_bytes(question_set=question_set_doc(2), answers=all_answered(),
                                                      language="en")))
    priority = PriorityList()
    header = PriorityHeader(priority)
    qtbot.addWidget(priority)
    qtbot.addWidget(header)
    priority.set_order(ORDER_TOP_WEIGHTED)
    priority.set_scores(doc.session, doc.scores())
    assert priority.count() == 0
    assert "have not been weighted yet" in header.caption.text()
