"""Voice statistics against hand-computed cases: scores, spread, mean, median, effective score,
divergence order, differences between groups, field profiles, participants and anonymity."""

from __future__ import annotations

import pytest

from factories import session_doc
from samson_desktop.core.model import Answer, Voice
from samson_desktop.core.scoring import score_session
from samson_desktop.core.participants import numbered_participants
from samson_desktop.core.voices import (
    MERGED_PARTICIPANTS,
    display_voices,
    divergence,
    divergence_ranks,
    field_spreads,
    pair_differences,
    question_voices,
    voice_field_profiles,
    voice_labels,
    voices_complete,
    widest,
)
from samson_desktop.fileformat.codec import session_from_dict

GROUPS = [
    {"id": "v1", "name": "Kommunen", "kind": "municipality"},
    {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"},
    {"id": "v3", "name": "Beboerforeningen", "kind": "voluntary"},
]


def _session(**overrides):
    overrides.setdefault("voices", GROUPS)
    return session_from_dict(session_doc(**overrides))


# --- one question ------------------------------------------------------------------------

def test_statistics_of_one_question_without_consensus():
    s = _session(answers={"f1.q1": {"voices": {"v1": 3, "v2": 8, "v3": 4}}})
    qv = question_voices(s, "f1.q1")
    assert qv.number == "1-1"
    assert qv.scores == (("v1", 3), ("v2", 8), ("v3", 4))
    assert qv.count == 3
    assert qv.mean == pytest.approx(5.0)  # (3 + 8 + 4) / 3
    assert qv.median == 4.0
    assert qv.spread == 5.0  # 8 − 3
    assert qv.effective == pytest.approx(5.0)  # no consensus: the mean
    assert qv.lowest == ("v1",) and qv.highest == ("v2",)
    # The core model and the scoring agree with these numbers.
    assert s.answer("f1.q1").effective_score == pytest.approx(5.0)
    assert score_session(s).question("f1.q1").score == pytest.approx(5.0)
    assert score_session(s).question("f1.q1").spread == 5.0


def test_consensus_wins_over_the_mean_but_not_over_the_spread():
    s = _session(answers={"f1.q1": {"consensus": 6, "voices": {"v1": 2, "v2": 9}}})
    qv = question_voices(s, "f1.q1")
    assert qv.mean == pytest.approx(5.5)
    assert qv.median == pytest.approx(5.5)  # even count: the middle two averaged
    assert qv.effective == 6.0
    assert qv.spread == 7.0
    assert score_session(s).question("f1.q1").score == 6.0


def test_not_relevant_answer_has_no_effective_score_and_no_voice_has_none():
    s = _session(answers={"f1.q1": {"not_applicable": True, "voices": {"v1": 4, "v2": 6}},
                          "f1.q2": {"note": "only a note"}})
    assert question_voices(s, "f1.q1").effective is None
    empty = question_voices(s, "f1.q2")
    assert (empty.count, empty.mean, empty.median, empty.spread, empty.effective) == (0, None, None, None, None)


def test_single_voice_has_spread_zero_and_ties_name_every_voice():
    s = _session(answers={"f1.q1": {"voices": {"v2": 7}}, "f1.q2": {"voices": {"v1": 5, "v2": 5, "v3": 9}}})
    assert question_voices(s, "f1.q1").spread == 0.0
    assert question_voices(s, "f1.q2").lowest == ("v1", "v2")
    assert question_voices(s, "f1.q2").score_of("v3") == 9
    assert question_voices(s, "f1.q2").score_of("v9") is None


def test_voices_complete_needs_every_voice():
    s = _session(answers={"f1.q1": {"voices": {"v1": 3, "v2": 8}},
                          "f1.q2": {"voices": {"v1": 3, "v2": 8, "v3": 1}}})
    assert not voices_complete(s, "f1.q1")
    assert voices_complete(s, "f1.q2")
    assert not voices_complete(_session(voices=[]), "f1.q1")


# --- divergence --------------------------------------------------------------------------

def test_divergence_orders_by_spread_then_number_of_voices_then_set_order():
    s = _session(answers={
        "f1.q1": {"voices": {"v1": 4, "v2": 6}},             # spread 2, 2 voices
        "f1.q2": {"voices": {"v1": 1, "v2": 9}},             # spread 8
        "f2.q1": {"voices": {"v1": 4, "v2": 6, "v3": 5}},    # spread 2, 3 voices: before f1.q1
        "f2.q2": {"voices": {"v1": 5, "v2": 5, "v3": 5}},    # spread 0: not listed
        "f3.q1": {"voices": {"v1": 2, "v3": 4}},             # spread 2, 2 voices, after f1.q1
        "f3.q2": {"voices": {"v1": 1}},                      # one voice: not listed
        "f4.q1": {"not_applicable": True, "voices": {"v1": 1, "v2": 10}},  # not relevant: not listed
    })
    ranked = divergence(s)
    assert [d.question.question_id for d in ranked] == ["f1.q2", "f2.q1", "f1.q1", "f3.q1"]
    assert [d.rank for d in ranked] == [1, 2, 3, 4]
    assert [d.question.question_id for d in divergence(s, limit=2)] == ["f1.q2", "f2.q1"]
    assert divergence_ranks(s) == {"f1.q2": 1, "f2.q1": 2, "f1.q1": 3, "f3.q1": 4}


def test_divergence_is_empty_without_voices():
    assert divergence(_session(voices=[], answers={"f1.q1": {"consensus": 5}})) == []


# --- pairs of groups ---------------------------------------------------------------------

def test_pair_differences_use_only_questions_both_scored():
    s = _session(answers={
        "f1.q1": {"voices": {"v1": 3, "v2": 8, "v3": 4}},
        "f1.q2": {"voices": {"v1": 5, "v2": 6}},
        "f2.q1": {"voices": {"v1": 7, "v3": 7}},
        "f2.q2": {"not_applicable": True, "voices": {"v1": 1, "v2": 10, "v3": 1}},
    })
    pairs = {(p.first.key, p.second.key): p for p in pair_differences(s)}
    # v1–v2: |3−8| and |5−6| over 2 questions -> 3.0; signed (−5 − 1) / 2 = −3.0
    assert pairs[("v1", "v2")].mean_abs == pytest.approx(3.0)
    assert pairs[("v1", "v2")].mean_signed == pytest.approx(-3.0)
    assert pairs[("v1", "v2")].n == 2
    # v2–v3: only f1.q1 -> |8−4| = 4
    assert pairs[("v2", "v3")].mean_abs == pytest.approx(4.0)
    assert pairs[("v2", "v3")].mean_signed == pytest.approx(4.0)
    assert pairs[("v2", "v3")].n == 1
    # v1–v3: |3−4| and |7−7| -> 0.5
    assert pairs[("v1", "v3")].mean_abs == pytest.approx(0.5)
    order = [(p.first.key, p.second.key) for p in pair_differences(s)]
    assert order == [("v2", "v3"), ("v1", "v2"), ("v1", "v3")]


def test_pair_ties_go_to_more_questions_in_common():
    s = _session(answers={
        "f1.q1": {"voices": {"v1": 2, "v2": 4, "v3": 4}},
        "f1.q2": {"voices": {"v1": 2, "v2": 4}},
    })
    # v1–v2: 2.0 over n=2; v1–v3: 2.0 over n=1; v2–v3: 0 over n=1.
    order = [(p.first.key, p.second.key, p.n) for p in pair_differences(s)]
    assert order == [("v1", "v2", 2), ("v1", "v3", 1), ("v2", "v3", 1)]


def test_pair_without_common_questions_is_left_out():
    s = _session(answers={"f1.q1": {"voices": {"v1": 2}}, "f1.q2": {"voices": {"v2": 4}}})
    assert pair_differences(s) == []


def test_groups_only_drops_single_participants():
    voices = GROUPS[:2] + [{"id": "p1", "name": "Kari", "kind": "participant"}]
    s = _session(voices=voices, answers={"f1.q1": {"voices": {"v1": 2, "v2": 4, "p1": 9}}})
    assert len(pair_differences(s)) == 3
    assert [(p.first.key, p.second.key) for p in pair_differences(s, groups_only=True)] == [("v1", "v2")]


# --- profiles and agreement --------------------------------------------------------------

def test_voice_field_profiles_mean_per_field_with_n():
    s = _session(answers={
        "f1.q1": {"voices": {"v1": 3, "v2": 8}},
        "f1.q2": {"voices": {"v1": 6}, "consensus": 2},
        "f2.q1": {"not_applicable": True, "voices": {"v1": 10}},
    })
    profiles = {p.voice.key: p for p in voice_field_profiles(s)}
    assert profiles["v1"].means()[:2] == [pytest.approx(4.5), None]  # (3 + 6) / 2; f2 not relevant
    assert profiles["v1"].counts()[:2] == [2, 0]
    assert profiles["v2"].means()[0] == 8.0 and profiles["v2"].counts()[0] == 1
    assert profiles["v3"].counts() == [0] * 7
    assert len(profiles["v1"].fields) == 7


def test_field_spreads_and_widest():
    s = _session(answers={
        "f1.q1": {"voices": {"v1": 3, "v2": 8}},   # 5
        "f1.q2": {"voices": {"v1": 6, "v2": 7}},   # 1
        "f2.q1": {"voices": {"v1": 2, "v2": 8}},   # 6
        "f3.q1": {"voices": {"v1": 2}},            # one voice: not counted
    })
    spreads = field_spreads(s)
    assert spreads[0].mean_spread == pytest.approx(3.0) and spreads[0].max_spread == 5.0 and spreads[0].n == 2
    assert spreads[1].mean_spread == pytest.approx(6.0) and spreads[1].n == 1
    assert spreads[2].mean_spread is None and spreads[2].n == 0
    assert widest([s.mean_spread for s in spreads]) == {1}
    assert widest([3.0, None, 6.0, 6.0, 0.0], top=1) == {2, 3}
    assert widest([3.0, None, 6.0, 1.0], top=2) == {0, 2}
    assert widest([0.0, None]) == set()


# --- participants and anonymity ----------------------------------------------------------

def test_numbered_participants_have_stable_ids_and_continue_numbering():
    first = numbered_participants(3, "nb")
    assert [(v.id, v.name, v.kind) for v in first] == [
        ("p1", "Deltaker 1", "participant"), ("p2", "Deltaker 2", "participant"), ("p3", "Deltaker 3", "participant")]
    more = numbered_participants(2, "en", existing=[Voice("v1", "Kommunen", "municipality"), *first])
    assert [(v.id, v.name) for v in more] == [("p4", "Participant 4"), ("p5", "Participant 5")]
    # An id already taken is skipped rather than reused.
    taken = numbered_participants(1, "en", existing=[Voice("p1", "Some group", "other")])
    assert taken[0].id == "p2" and taken[0].name == "Participant 1"
    assert numbered_participants(0, "en") == []


MIXED = GROUPS[:2] + [
    {"id": "p1", "name": "Kari Nordmann", "kind": "participant"},
    {"id": "p2", "name": "Ola Hansen", "kind": "participant"},
    {"id": "p3", "name": "", "kind": "participant"},
]


def test_voice_labels_hide_participant_names_when_anonymous():
    s = _session(voices=MIXED, language="nb")
    assert voice_labels(s, anonymous=False) == {
        "v1": "Kommunen", "v2": "Verkstedet", "p1": "Kari Nordmann", "p2": "Ola Hansen", "p3": "Deltaker 3"}
    assert voice_labels(s, anonymous=True, language="en") == {
        "v1": "Kommunen", "v2": "Verkstedet", "p1": "Participant 1", "p2": "Participant 2", "p3": "Participant 3"}


def test_display_voices_merge_participants_when_anonymous():
    s = _session(voices=MIXED, language="en", answers={
        "f1.q1": {"voices": {"v1": 4, "p1": 2, "p2": 7}},
        "f1.q2": {"voices": {"p3": 9}},
    })
    plain = display_voices(s, anonymous=False)
    assert [v.label for v in plain] == ["Kommunen", "Verkstedet", "Kari Nordmann", "Ola Hansen", "Participant 3"]
    assert [v.index for v in plain] == [0, 1, 2, 3, 4]
    hidden = display_voices(s, anonymous=True)
    assert [v.key for v in hidden] == ["v1", "v2", MERGED_PARTICIPANTS]
    merged = hidden[2]
    assert merged.label == "Participants (3)" and merged.merged and merged.index == 2
    assert merged.voice_ids == ("p1", "p2", "p3")
    assert merged.score(s.answer("f1.q1")) == pytest.approx(4.5)  # (2 + 7) / 2
    assert merged.score(s.answer("f1.q2")) == 9.0
    assert merged.score(s.answer("f2.q1")) is None
    # The merged row works in the per-voice views, and no participant's name is left in them.
    pairs = pair_differences(s, hidden)
    assert {(p.first.key, p.second.key) for p in pairs} == {("v1", MERGED_PARTICIPANTS)}
    assert pairs[0].mean_abs == pytest.approx(0.5)
    labels = {p.voice.label for p in voice_field_profiles(s, hidden)}
    assert labels == {"Kommunen", "Verkstedet", "Participants (3)"}


def test_one_participant_alone_is_left_out_when_anonymous():
    voices = GROUPS[:1] + [{"id": "p1", "name": "Kari Nordmann", "kind": "participant"}]
    s = _session(voices=voices)
    assert [v.key for v in display_voices(s, anonymous=True)] == ["v1"]
    assert [v.key for v in display_voices(s, anonymous=False)] == ["v1", "p1"]


def test_answer_effective_score_model_cases():
    # The rule of PRODUCT.md, "Voices", on the model itself.
    assert Answer(voices={"a": 2, "b": 5}).effective_score == pytest.approx(3.5)
    assert Answer(consensus=8, voices={"a": 2, "b": 5}).effective_score == 8.0
    assert Answer(consensus=8, voices={"a": 2, "b": 5}).spread == 3.0
    assert Answer(voices={"a": 2, "b": 5}, not_applicable=True).effective_score is None
    assert Answer().spread is None
