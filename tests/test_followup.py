"""Follow-up of measures: earlier measures matched to the later session, with their status and score change."""

from __future__ import annotations

import pytest

from factories import question_set_doc, session_doc
from samson_desktop.core.followup import FOLLOWED_STATUSES, follow_up
from samson_desktop.fileformat.codec import session_from_dict


def _m(mid: str, qid: str, text: str, status: str) -> dict:
    return {"id": mid, "question_id": qid, "text": text, "quadrant": "more-new", "status": status}


def _pair(earlier_measures, later_measures, later_set=None, earlier_answers=None, later_answers=None):
    earlier = session_from_dict(session_doc(session_id="e", measures=earlier_measures,
                                            answers=earlier_answers or {}))
    extra = {"question_set": later_set} if later_set else {}
    later = session_from_dict(session_doc(session_id="l", measures=later_measures,
                                          answers=later_answers or {}, **extra))
    return earlier, later


def test_status_now_and_score_change_of_each_earlier_measure():
    earlier, later = _pair(
        [_m("m1", "f1.q1", "Møtes oftere", "agreed"), _m("m2", "f2.q1", "Skrive referat", "in_progress")],
        [_m("m1", "f1.q1", "Møtes oftere, hver måned", "done"), _m("m2", "f2.q1", "Skrive referat", "dropped")],
        earlier_answers={"f1.q1": {"consensus": 3}, "f2.q1": {"consensus": 6}},
        later_answers={"f1.q1": {"consensus": 7}, "f2.q1": {"consensus": 5}},
    )
    items = follow_up(earlier, later).items
    assert [(i.earlier.id, i.status_before, i.status_now, i.matched_by) for i in items] == [
        ("m1", "agreed", "done", "id"),
        ("m2", "in_progress", "dropped", "id"),
    ]
    assert (items[0].score.earlier, items[0].score.later, items[0].score.delta) == (3.0, 7.0, 4.0)
    assert items[1].score.delta == -1.0
    # The later text is kept beside the earlier one.
    assert items[0].later.text == "Møtes oftere, hver måned"


def test_measures_with_new_ids_are_matched_by_identical_text_on_the_same_question():
    earlier, later = _pair(
        [_m("a", "f1.q1", "  Felles lunsj ", "agreed")],
        [_m("x", "f1.q2", "Felles lunsj", "done"), _m("y", "f1.q1", "Felles lunsj", "in_progress")],
    )
    follow = follow_up(earlier, later)
    (item,) = follow.items
    assert item.later.id == "y" and item.matched_by == "text" and item.status_now == "in_progress"
    assert [m.id for m in follow.new_measures] == ["x"]


def test_a_reused_id_on_another_question_is_not_the_same_measure():
    earlier, later = _pair([_m("m1", "f1.q1", "Felles lunsj", "agreed")],
                           [_m("m1", "f4.q2", "Noe helt annet", "agreed")])
    follow = follow_up(earlier, later)
    assert follow.items[0].later is None and follow.items[0].status_now is None
    assert not follow.items[0].carried_over
    assert [m.id for m in follow.new_measures] == ["m1"]


def test_dropped_measures_are_left_out_and_proposed_ones_are_followed():
    earlier, later = _pair(
        [_m("m1", "f1.q1", "A", "dropped"), _m("m2", "f1.q2", "B", "proposed"), _m("m3", "f2.q1", "C", "done")],
        [_m("m1", "f1.q1", "A", "dropped")],
    )
    follow = follow_up(earlier, later)
    assert [i.earlier.id for i in follow.items] == ["m2", "m3"]
    assert follow.counts() == {"not_carried_over": 2}
    # The later m1 continues the dropped earlier measure, so it is not a new one.
    assert follow.new_measures == ()
    assert "dropped" not in FOLLOWED_STATUSES


def test_the_followed_statuses_can_be_narrowed():
    earlier, later = _pair([_m("m1", "f1.q1", "A", "proposed"), _m("m2", "f1.q2", "B", "agreed")], [])
    follow = follow_up(earlier, later, statuses=("agreed", "in_progress", "done"))
    assert [i.earlier.id for i in follow.items] == ["m2"]


def test_a_measure_whose_question_left_the_set_reports_it_as_one_sided():
    qs = question_set_doc(version="2.0")
    qs["fields"][0]["questions"][1]["id"] = "f1.renamed"
    earlier, later = _pair([_m("m1", "f1.q2", "A", "agreed")], [], later_set=qs,
                           earlier_answers={"f1.q2": {"consensus": 4}})
    (item,) = follow_up(earlier, later).items
    assert item.score.only_in == "earlier" and item.score.earlier == 4.0
    assert item.score.later is None and item.score.delta is None


def test_each_later_measure_is_used_once():
    earlier, later = _pair([_m("a", "f1.q1", "Same", "agreed"), _m("b", "f1.q1", "Same", "agreed")],
                           [_m("z", "f1.q1", "Same", "done")])
    items = follow_up(earlier, later).items
    assert [i.later.id if i.later else None for i in items] == ["z", None]


def test_the_demo_measures_are_followed_up():
    from samson_desktop.fileformat import read_session
    from samson_desktop.fileformat.question_sets import demo_session_paths

    paths = demo_session_paths()
    if not all(p.exists() for p in paths):
        pytest.skip("demo sessions not present")
    earlier, later = (read_session(p) for p in paths)
    follow = follow_up(earlier, later)
    followed = [m for m in earlier.measures if m.status != "dropped"]
    assert len(follow.items) == len(followed)
    assert all(i.carried_over for i in follow.items)
    for item in follow.items:
        assert item.score.delta == pytest.approx(item.score.later - item.score.earlier)
    earlier_ids = {m.id for m in earlier.measures}
    assert {m.id for m in follow.new_measures} == {m.id for m in later.measures if m.id not in earlier_ids}
