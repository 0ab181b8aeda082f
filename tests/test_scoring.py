"""The scoring rules of PRODUCT.md against cases computed by hand."""

from __future__ import annotations

import pytest

from factories import session_doc
from samson_desktop.core.model import Answer
from samson_desktop.core.scoring import question_importance, score_session
from samson_desktop.fileformat.codec import session_from_dict


def _session(**overrides):
    return session_from_dict(session_doc(**overrides))


WEIGHTS = {"openness": 8, "democracy": 5, "creativity": 3, "leadership": 9}


def test_question_importance_is_strength_weighted_mean_of_value_weights():
    s = _session(weights=WEIGHTS)
    q1 = s.question_set.question("f1.q1")  # openness 1.0
    q2 = s.question_set.question("f1.q2")  # openness 1.0, democracy 0.5
    assert question_importance(q1, WEIGHTS) == 8
    assert question_importance(q2, WEIGHTS) == pytest.approx((1.0 * 8 + 0.5 * 5) / 1.5)


def test_importance_ignores_unweighted_values_and_is_none_without_weights():
    s = _session(weights={"democracy": 4})
    q2 = s.question_set.question("f1.q2")
    assert question_importance(q2, {"democracy": 4}) == 4
    assert question_importance(s.question_set.question("f1.q1"), {"democracy": 4}) is None


def test_field_score_importance_gap_and_counts():
    s = _session(
        weights=WEIGHTS,
        answers={"f1.q1": {"consensus": 4}, "f1.q2": {"consensus": 7}, "f2.q1": {"not_applicable": True}},
    )
    scores = score_session(s)
    f1 = scores.field("f1")
    assert f1.score == pytest.approx(5.5)
    importance = (8 + (8 + 2.5) / 1.5) / 2
    assert f1.importance == pytest.approx(importance)
    assert f1.gap == pytest.approx(importance - 5.5)
    assert (f1.answered, f1.not_applicable, f1.questions) == (2, 0, 2)
    f2 = scores.field("f2")
    assert f2.score is None and f2.gap is None
    assert (f2.answered, f2.not_applicable) == (0, 1)


def test_not_applicable_and_unanswered_are_left_out_of_every_mean():
    s = _session(
        weights=WEIGHTS,
        answers={
            "f1.q1": {"consensus": 2},
            "f1.q2": {"consensus": 9, "not_applicable": True},
        },
    )
    scores = score_session(s)
    assert scores.field("f1").score == 2
    assert scores.question("f1.q2").score is None
    assert scores.value("openness").score == 2
    assert scores.value("openness").answered == 1


def test_value_score_is_weighted_by_link_strength():
    # f1.q1 → openness 1.0; f1.q2 → openness 1.0 and democracy 0.5; f2.q2 likewise.
    s = _session(
        weights=WEIGHTS,
        answers={"f1.q1": {"consensus": 4}, "f1.q2": {"consensus": 8}, "f2.q2": {"consensus": 2}},
    )
    scores = score_session(s)
    assert scores.value("openness").score == pytest.approx((4 + 8 + 2) / 3)
    assert scores.value("democracy").score == pytest.approx((0.5 * 8 + 0.5 * 2) / 1.0)
    assert scores.value("democracy").gap == pytest.approx(5 - 5.0)
    assert scores.value("creativity").score is None
    assert scores.value("creativity").weight == 3


def test_effective_score_and_spread_with_voices():
    assert Answer(consensus=6, voices={"a": 2, "b": 9}).effective_score == 6
    assert Answer(voices={"a": 2, "b": 9, "c": 4}).effective_score == pytest.approx(5.0)
    assert Answer(voices={"a": 2, "b": 9, "c": 4}).spread == 7
    assert Answer(voices={"a": 5}).spread == 0
    assert Answer(consensus=6).spread is None
    assert Answer(voices={"a": 5}, not_applicable=True).effective_score is None
    assert Answer().effective_score is None


def test_voices_feed_the_field_score_through_the_effective_score():
    s = _session(
        voices=[{"id": "v1", "name": "Kommunen", "kind": "municipality"},
                {"id": "v2", "name": "Frivillige", "kind": "voluntary"}],
        answers={"f3.q1": {"voices": {"v1": 3, "v2": 8}}, "f3.q2": {"voices": {"v1": 3}, "consensus": 7}},
    )
    scores = score_session(s)
    assert scores.question("f3.q1").score == 5.5
    assert scores.question("f3.q1").spread == 5
    assert scores.field("f3").score == pytest.approx((5.5 + 7) / 2)


def test_priority_sorts_by_gap_then_importance():
    # With openness 8 and democracy 2: q1 importance 8, q2 importance (8 + 1) / 1.5 = 6.
    s = _session(
        weights={"openness": 8, "democracy": 2},
        answers={
            "f1.q1": {"consensus": 6},   # gap 2, importance 8
            "f1.q2": {"consensus": 4},   # gap 2, importance 6
            "f2.q1": {"consensus": 3},   # gap 5
            "f2.q2": {"consensus": 9},   # gap -3
            "f3.q1": {"not_applicable": True},
        },
    )
    assert score_session(s).priority == ("f2.q1", "f1.q1", "f1.q2", "f2.q2")


def test_overall_needs_every_field_and_is_the_mean_of_field_scores():
    answers = {f"f{n}.q1": {"consensus": n} for n in range(1, 7)}
    s = _session(answers=answers)
    assert score_session(s).overall is None
    answers["f7.q2"] = {"consensus": 10}
    s = _session(answers=answers)
    assert score_session(s).overall == pytest.approx((1 + 2 + 3 + 4 + 5 + 6 + 10) / 7)


def test_question_numbers_follow_field_number_and_position():
    scores = score_session(_session())
    assert [q.number for q in scores.questions[:3]] == ["1-1", "1-2", "2-1"]
    s = _session()
    assert s.question_set.question_number("f7.q2") == "7-2"


def test_empty_session_scores_are_all_missing():
    scores = score_session(_session())
    assert scores.overall is None
    assert all(f.score is None and f.importance is None for f in scores.fields)
    assert scores.priority == ()


def test_scoring_again_follows_weights_changed_in_place_and_a_new_question_set():
    """Importances are remembered between calls with the same set and weights; a change must not be missed."""
    s = _session(weights=dict(WEIGHTS), answers={"f1.q1": {"consensus": 4}})
    assert score_session(s).question("f1.q1").importance == 8
    s.weights["openness"] = 2  # the weighting page edits the session's dict
    assert score_session(s).question("f1.q1").importance == 2
    doc = session_doc(weights={"openness": 2, "democracy": 10}, answers={"f1.q1": {"consensus": 4}})
    doc["question_set"]["fields"][0]["questions"][0]["values"] = {"democracy": 1.0}
    other = session_from_dict(doc)
    assert score_session(other).question("f1.q1").importance == 10
    assert score_session(s).question("f1.q1").importance == 2
