"""One voice's "not relevant" and the rule for a done question: file, statistics, progress."""

from __future__ import annotations

import json

import pytest

from factories import session_bytes
from samson_desktop.core.model import Answer
from samson_desktop.core.progress import answer_done, question_done, session_progress
from samson_desktop.core.scoring import score_session
from samson_desktop.core.voices import question_voices, voices_complete, with_voice_answer
from samson_desktop.fileformat import SessionFileError, parse_session, session_to_bytes

VOICES = [
    {"id": "v1", "name": "Kommunen", "kind": "municipality"},
    {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"},
    {"id": "v3", "name": "Beboerforeningen", "kind": "voluntary"},
]


def _session(answers, voices=VOICES):
    return parse_session(session_bytes(voices=voices, answers=answers))


# --- the file ------------------------------------------------------------------------------

def test_a_voice_marked_not_relevant_is_read_and_written_back():
    session = _session({"f1.q1": {"voices": {"v1": 7, "v3": 3}, "not_applicable_voices": ["v2"]}})
    answer = session.answer("f1.q1")
    assert answer.not_applicable_voices == ("v2",)
    assert answer.extra == {}
    written = json.loads(session_to_bytes(session))
    assert written["answers"]["f1.q1"] == {"voices": {"v1": 7, "v3": 3}, "not_applicable_voices": ["v2"]}


def test_an_answer_with_only_a_voice_not_relevant_is_kept():
    session = _session({})
    session.answers["f1.q1"] = with_voice_answer(Answer(), "v2", None, not_relevant=True)
    assert not session.answers["f1.q1"].is_empty()
    written = json.loads(session_to_bytes(session))
    assert written["answers"] == {"f1.q1": {"not_applicable_voices": ["v2"]}}


@pytest.mark.parametrize("answer", [
    {"not_applicable_voices": ["ghost"]},                     # not a voice of the session
    {"voices": {"v2": 4}, "not_applicable_voices": ["v2"]},   # a score and "not relevant" at once
    {"not_applicable_voices": ["v1", "v1"]},                  # twice
    {"not_applicable_voices": "v1"},                          # not a list
])
def test_bad_voice_not_relevant_entries_are_refused(answer):
    with pytest.raises(SessionFileError):
        _session({"f1.q1": answer})


# --- one voice's answer --------------------------------------------------------------------

def test_a_voice_holds_a_score_or_not_relevant_or_nothing():
    answer = Answer(consensus=6, voices={"v1": 7}, note="kept")
    marked = with_voice_answer(answer, "v1", None, not_relevant=True)
    assert (marked.voices, marked.not_applicable_voices) == ({}, ("v1",))
    assert (marked.consensus, marked.note) == (6, "kept")
    scored = with_voice_answer(marked, "v1", 4)
    assert (scored.voices, scored.not_applicable_voices) == ({"v1": 4}, ())
    cleared = with_voice_answer(scored, "v1", None)
    assert (cleared.voices, cleared.not_applicable_voices) == ({}, ())


def test_not_relevant_voices_are_left_out_of_mean_and_spread_and_counted():
    session = _session({"f1.q1": {"voices": {"v1": 8, "v3": 2}, "not_applicable_voices": ["v2"]}})
    qv = question_voices(session, "f1.q1")
    assert qv.scores == (("v1", 8), ("v3", 2))
    assert qv.not_relevant == ("v2",)
    assert (qv.count, qv.answered) == (2, 3)
    assert qv.mean == pytest.approx(5.0)
    assert qv.spread == pytest.approx(6.0)
    assert score_session(session).question("f1.q1").score == pytest.approx(5.0)
    assert score_session(session).question("f1.q1").voice_count == 2
    assert voices_complete(session, "f1.q1")


# --- done ----------------------------------------------------------------------------------

def test_one_voice_of_two_is_not_done():
    two = VOICES[:2]
    session = _session({"f1.q1": {"voices": {"v1": 7}}}, voices=two)
    assert not question_done(session, "f1.q1")
    assert session_progress(session).done == 0


@pytest.mark.parametrize("answer, done", [
    ({"voices": {"v1": 7}}, False),
    ({"voices": {"v1": 7, "v2": 3}}, True),
    ({"voices": {"v1": 7}, "not_applicable_voices": ["v2"]}, True),
    ({"not_applicable_voices": ["v1", "v2"]}, True),
    ({"consensus": 4}, True),
    ({"voices": {"v1": 7}, "consensus": 4}, True),
    ({"not_applicable": True}, True),
    ({"note": "talked about it"}, False),
])
def test_done_means_agreed_not_relevant_or_every_voice(answer, done):
    session = _session({"f1.q1": answer}, voices=VOICES[:2])
    assert question_done(session, "f1.q1") is done
    assert session_progress(session).done == int(done)


def test_without_voices_only_an_agreed_score_or_not_relevant_is_done():
    assert not answer_done(Answer(note="x"), [])
    assert answer_done(Answer(consensus=3), [])
    assert not answer_done(None, ["v1"])


def test_progress_counts_done_total_and_not_relevant():
    session = parse_session(session_bytes(voices=VOICES[:2], answers={
        "f1.q1": {"consensus": 5},
        "f1.q2": {"not_applicable": True},
        "f2.q1": {"voices": {"v1": 2}},
        "f2.q2": {"voices": {"v1": 2, "v2": 9}},
    }))
    progress = session_progress(session)
    assert (progress.done, progress.total, progress.not_relevant) == (3, 14, 1)

