"""The overview page: field and value radars, the continuum's honest caption, the priority list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from factories import session_doc
from samson_desktop.core.model import Answer
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.pages.overview_page import OverviewPage

WEIGHTS = {"openness": 8, "democracy": 4, "creativity": 6, "leadership": 7}
# One answer in every field but field 6 (so there is no overall score yet); varied gaps.
ANSWERS = {
    "f1.q1": {"consensus": 3}, "f1.q2": {"consensus": 9},
    "f2.q1": {"consensus": 6}, "f3.q2": {"consensus": 2},
    "f4.q1": {"voices": {"v1": 4, "v2": 6}}, "f5.q1": {"consensus": 8},
    "f6.q1": {"not_applicable": True}, "f7.q2": {"consensus": 5},
}
VOICES = [{"id": "v1", "name": "A", "kind": "municipality"}, {"id": "v2", "name": "B", "kind": "citizen"}]


@pytest.fixture(autouse=True)
def english_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def doc():
    return SessionDocument(session_from_dict(session_doc(weights=WEIGHTS, answers=ANSWERS, voices=VOICES)))


@pytest.fixture
def page(qtbot, doc):
    page = OverviewPage(doc)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def series(chart, kind):
    return next(s for s in chart.series() if s.kind == kind)


def test_field_radar_shows_scores_in_front_of_importance_with_n(page, doc):
    scores = doc.scores()
    chart = page.fields_chart
    # The axes carry the fields' names, not bare numbers.
    assert chart.axis_labels() == [f"{i} Field {i}" for i in range(1, 8)]
    assert list(series(chart, "score").values) == [f.score for f in scores.fields]
    assert list(series(chart, "score").counts) == [2, 1, 1, 1, 1, 0, 1]
    assert list(series(chart, "importance").values) == [f.importance for f in scores.fields]


def test_value_radar_shows_weight_against_value_score(page, doc):
    chart = page.values_chart
    assert chart.axis_labels() == ["Openness", "Democracy", "Creativity", "Leadership"]
    assert list(series(chart, "importance").values) == [8, 4, 6, 7]
    assert list(series(chart, "score").values) == [v.score for v in doc.scores().values]


def test_priority_list_follows_the_core_order_and_shows_one_decimal(page, doc):
    priority = doc.scores().priority
    assert page.priority_list.question_ids() == list(priority)
    first = doc.scores().question(priority[0])
    text = page.priority_list.item(0).text()
    assert text.startswith(f"{first.number}  Statement {first.number}")
    assert f"Gap {first.gap:.1f} = importance {first.importance:.1f} − score {first.score:.1f}" in text
    # An agreed score alone has no n: "n=1" would read as one respondent.
    assert "n=" not in text


def test_priority_entry_click_and_enter_request_the_question(qtbot, page):
    lst = page.priority_list
    target = lst.question_ids()[1]
    rect = lst.visualItemRect(lst.item(1))
    with qtbot.waitSignal(page.questionRequested) as blocker:
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [target]

    lst.setCurrentRow(2)
    with qtbot.waitSignal(page.questionRequested) as blocker:
        qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert blocker.args == [lst.question_ids()[2]]


def test_continuum_explains_why_there_is_no_position_yet(page, doc):
    assert doc.scores().overall is None
    assert page.continuum.overall() is None and page.continuum.position() is None
    caption = page.continuum.caption()
    assert "The character of the collaboration is not filled in" in caption
    assert "No profile strength yet" in caption
    assert "every field has at least one answer" in caption
    assert "Fields without an answer: 6." in caption


def test_continuum_shows_the_overall_with_one_decimal_once_every_field_is_answered(qtbot, page, doc):
    doc.set_answer("f6.q2", Answer(consensus=7))
    overall = doc.scores().overall
    assert overall is not None
    # Like the list, the continuum follows just after the charts are painted.
    qtbot.waitUntil(lambda: page.continuum.overall() is not None, timeout=2000)
    assert page.continuum.overall() == pytest.approx(overall)
    assert page.continuum.caption().endswith(
        f"▲ Profile strength {overall:.1f}: the mean of the seven field scores (1–10). It says how strong "
        "the profile is, not how thick the collaboration is.")
    assert page.continuum.position() is None  # the mean never places the collaboration


def test_a_hidden_overview_catches_up_when_shown(qtbot, page, doc):
    page.hide()
    doc.set_answer("f6.q2", Answer(consensus=7))
    assert page.continuum.overall() is None  # not redrawn while hidden
    page.show()
    qtbot.waitExposed(page)
    assert page.continuum.overall() == pytest.approx(doc.scores().overall)
    assert page.priority_list.question_ids() == list(doc.scores().priority)


def test_field_axis_click_requests_the_fields_first_question(qtbot, page):
    with qtbot.waitSignal(page.questionRequested) as blocker:
        page.fields_chart.axisClicked.emit(3)
    assert blocker.args == ["f4.q1"]


def test_question_text_in_the_priority_list_is_literal(qtbot):
    from factories import question_set_doc
    qset = question_set_doc()
    qset["fields"][0]["questions"][0]["text"]["en"] = "<b>x</b> <img src=x>"
    doc = SessionDocument(session_from_dict(session_doc(
        question_set=qset, weights=WEIGHTS, answers={"f1.q1": {"consensus": 2}})))
    page = OverviewPage(doc)
    qtbot.addWidget(page)
    page.show()
    assert page.priority_list.item(0).text().startswith("1-1  <b>x</b> <img src=x>\n")
    assert "&lt;b&gt;" in page.priority_list.item(0).toolTip()


def test_retranslate_follows_the_ui_language_for_question_content(page):
    QLocale.setDefault(QLocale("nb_NO"))
    page.retranslate()
    assert "Påstand" in page.priority_list.item(0).text()
    assert "," in page.continuum.caption() or page.continuum.overall() is None
    assert page.values_chart.axis_labels() == ["Openness", "Democracy", "Creativity", "Leadership"]


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
    controls = page.findChildren(QAbstractButton) + page.findChildren(QAbstractItemView)
    missing = [type(w).__name__ for w in controls if w.isVisibleTo(page) and not w.accessibleName()]
    assert missing == []
    assert page.continuum.accessibleName()


def test_a_replaced_session_is_drawn_afresh(qtbot, page, doc):
    other = session_from_dict(session_doc(weights=WEIGHTS, answers={"f2.q2": {"consensus": 1}}))
    doc.replace(other, None)
    # The charts at once; the list of the open tab once they have been painted.
    assert list(series(page.fields_chart, "score").counts) == [0, 1, 0, 0, 0, 0, 0]
    assert page.priority_list.question_ids() != ["f2.q2"]
    qtbot.waitUntil(lambda: page.priority_list.question_ids() == ["f2.q2"], timeout=2000)
    assert "Fields without an answer: 1, 3, 4, 5, 6, 7." in page.continuum.caption()


def test_the_field_radar_is_the_largest_element_and_names_its_axes_in_presentation_mode(page):
    page.set_presentation(True)
    page.resize(1280, 700)
    page.layout().activate()
    hero = page.fields_chart
    area = hero.width() * hero.height()
    for other in (page.values_chart, page.tabs, page.continuum):
        assert area > 1.5 * other.width() * other.height()
    radar = hero.radar
    texts = [item.toPlainText() for item in radar.axis_label_items()]
    assert all(f"Field {i}" in text for i, text in zip(range(1, 8), texts))
    # The rings get a fair share of the chart, not what is left beside large labels.
    assert radar.ring_radius() > 0.25 * min(radar.width(), radar.height())
