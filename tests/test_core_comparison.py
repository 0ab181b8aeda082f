"""Comparison deltas matched by stable ids, against hand-computed cases."""

from __future__ import annotations

import pytest

from factories import question_set_doc, session_doc
from samson_desktop.core.comparison import compare_scores
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat.codec import session_from_dict


def _scores(**overrides):
    return score_session(session_from_dict(session_doc(**overrides)))


def test_deltas_at_question_field_and_value_level():
    earlier = _scores(weights={"openness": 5}, answers={"f1.q1": {"consensus": 4}, "f1.q2": {"consensus": 6}})
    later = _scores(weights={"openness": 7}, answers={"f1.q1": {"consensus": 7}, "f1.q2": {"not_applicable": True}})
    c = compare_scores(earlier, later)
    q = {d.id: d for d in c.questions}
    assert q["f1.q1"].delta == 3
    assert q["f1.q2"].earlier == 6 and q["f1.q2"].later is None and q["f1.q2"].delta is None
    f1 = next(d for d in c.fields if d.id == "f1")
    assert (f1.earlier, f1.later, f1.delta) == (5.0, 7.0, 2.0)
    openness = next(d for d in c.values if d.id == "openness")
    assert openness.delta == pytest.approx(7 - 5)
    weight = next(d for d in c.weights if d.id == "openness")
    assert (weight.earlier, weight.later, weight.delta) == (5, 7, 2)


def test_questions_are_matched_by_id_not_position():
    qs_new = question_set_doc(version="2.0")
    # The later set drops f1.q1, adds f1.new at the front: position 1 must not be matched.
    qs_new["fields"][0]["questions"][0] = dict(qs_new["fields"][0]["questions"][0], id="f1.new")
    earlier = _scores(answers={"f1.q1": {"consensus": 3}, "f1.q2": {"consensus": 5}})
    later = _scores(question_set=qs_new, answers={"f1.new": {"consensus": 9}, "f1.q2": {"consensus": 6}})
    c = compare_scores(earlier, later)
    by_id = {d.id: d for d in c.questions}
    assert by_id["f1.q1"].only_in == "earlier" and by_id["f1.q1"].delta is None
    assert by_id["f1.new"].only_in == "later" and by_id["f1.new"].later == 9
    assert by_id["f1.q2"].only_in is None and by_id["f1.q2"].delta == 1
    assert [d.id for d in c.one_sided()] == ["f1.q1", "f1.new"]


def test_by_size_orders_by_absolute_change():
    earlier = _scores(answers={"f1.q1": {"consensus": 5}, "f2.q1": {"consensus": 5}, "f3.q1": {"consensus": 5}})
    later = _scores(answers={"f1.q1": {"consensus": 6}, "f2.q1": {"consensus": 1}, "f3.q1": {"consensus": 8}})
    c = compare_scores(earlier, later)
    assert [d.id for d in c.by_size(c.questions)] == ["f2.q1", "f3.q1", "f1.q1"]
