"""Properties of scoring and comparison that must hold for any session."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factories import FIELD_IDS, session_doc
from samson_desktop.core.comparison import compare_scores
from samson_desktop.core.scoring import score_session
from samson_desktop.core.vocabulary import VALUE_IDS
from samson_desktop.fileformat.codec import session_from_dict

QUESTION_IDS = [f"{fid}.q{n}" for fid in FIELD_IDS for n in (1, 2, 3)]
scores_1_10 = st.integers(min_value=1, max_value=10)

answers = st.dictionaries(
    st.sampled_from(QUESTION_IDS),
    st.fixed_dictionaries(
        {},
        optional={
            "consensus": scores_1_10,
            "voices": st.dictionaries(st.sampled_from(["v1", "v2", "v3"]), scores_1_10, max_size=3),
            "not_applicable": st.booleans(),
        },
    ),
)
weights = st.dictionaries(st.sampled_from(VALUE_IDS), st.integers(min_value=1, max_value=10))


def _question_set_with_random_links(links):
    from factories import question_set_doc

    doc = question_set_doc(questions_per_field=3)
    i = 0
    for fld in doc["fields"]:
        for q in fld["questions"]:
            q["values"] = links[i % len(links)]
            i += 1
    return doc


link_maps = st.lists(
    st.dictionaries(
        st.sampled_from(VALUE_IDS), st.floats(min_value=0.05, max_value=1.0, allow_nan=False), min_size=1
    ),
    min_size=1,
    max_size=6,
)

VOICES = [{"id": f"v{n}", "name": f"Voice {n}", "kind": "participant"} for n in (1, 2, 3)]


def _scored(answer_map, weight_map, links):
    doc = session_doc(
        question_set=_question_set_with_random_links(links),
        voices=VOICES,
        answers=answer_map,
        weights=weight_map,
    )
    return score_session(session_from_dict(doc))


def _within_scale(x):
    return x is None or 1 - 1e-9 <= x <= 10 + 1e-9


@settings(max_examples=150, deadline=None)
@given(answers, weights, link_maps)
def test_every_score_and_importance_lies_within_1_to_10(answer_map, weight_map, links):
    scores = _scored(answer_map, weight_map, links)
    for q in scores.questions:
        assert _within_scale(q.score) and _within_scale(q.importance)
    for f in scores.fields:
        assert _within_scale(f.score) and _within_scale(f.importance)
    for v in scores.values:
        assert _within_scale(v.score)
    assert _within_scale(scores.overall)


@settings(max_examples=150, deadline=None)
@given(answers, weights, link_maps)
def test_not_applicable_answers_are_never_counted(answer_map, weight_map, links):
    scores = _scored(answer_map, weight_map, links)
    na = {qid for qid, a in answer_map.items() if a.get("not_applicable")}
    for q in scores.questions:
        if q.id in na:
            assert q.score is None and q.not_applicable
            assert q.id not in scores.priority
    for f in scores.fields:
        in_field = [q for q in scores.questions if q.field == f.id]
        assert f.answered == sum(q.score is not None for q in in_field)
        assert f.not_applicable == sum(q.id in na for q in in_field)
        assert f.answered + f.not_applicable <= f.questions


@settings(max_examples=150, deadline=None)
@given(answers, answers, weights, weights, link_maps)
def test_comparison_is_antisymmetric(a1, a2, w1, w2, links):
    s1, s2 = _scored(a1, w1, links), _scored(a2, w2, links)
    forward, backward = compare_scores(s1, s2), compare_scores(s2, s1)
    for group in ("values", "fields", "questions", "weights"):
        back = {d.id: d for d in getattr(backward, group)}
        for d in getattr(forward, group):
            b = back[d.id]
            assert (d.delta is None) == (b.delta is None)
            if d.delta is not None:
                assert abs(d.delta + b.delta) < 1e-9
    assert (forward.overall.delta is None) == (backward.overall.delta is None)
