"""Reading and writing .samson files: round trips, unknown keys, messages with JSON paths."""

from __future__ import annotations

import json

import pytest

from factories import session_bytes, session_doc
from samson_desktop import __version__
from samson_desktop.core.model import Answer, Measure
from samson_desktop.fileformat import (
    SessionFileError,
    parse_session,
    read_session,
    session_to_bytes,
    write_session,
)
from samson_desktop.fileformat.atomic import backup_path
from samson_desktop.fileformat.question_sets import demo_session_paths, standard_question_set

FULL = dict(
    voices=[{"id": "v1", "name": "Kommunen", "kind": "municipality"},
            {"id": "v2", "name": "Sosial entreprenør", "kind": "social_enterprise"}],
    weights={"openness": 8, "democracy": 7, "creativity": 6, "leadership": 9},
    answers={
        "f1.q1": {"consensus": 7, "voices": {"v1": 6, "v2": 8}, "note": "Godt «samarbeid» <b>&</b>"},
        "f1.q2": {"not_applicable": True, "note": "Vet ikke"},
        "f2.q1": {"voices": {"v1": 3}},
    },
    measures=[
        {"id": "m1", "question_id": "f1.q1", "text": "Felles kaffe", "quadrant": "more-known",
         "owner": "Kari", "due": "2026-06-01", "status": "agreed"},
        {"id": "m2", "question_id": "f2.q1", "text": "Nytt møte", "quadrant": "more-new", "status": "proposed"},
    ],
)


def test_round_trip_keeps_every_value(tmp_path):
    original = parse_session(session_bytes(**FULL))
    path = tmp_path / "s.samson"
    write_session(original, path)
    again = read_session(path)
    assert again.answers == original.answers
    assert again.measures == original.measures
    assert again.voices == original.voices
    assert again.weights == original.weights
    assert again.time_point == original.time_point
    assert again.question_set == original.question_set
    assert again.app_version == __version__


def test_round_trip_bytes_are_stable():
    once = session_to_bytes(parse_session(session_bytes(**FULL)))
    twice = session_to_bytes(parse_session(once))
    assert once == twice


def test_unknown_keys_from_a_newer_minor_version_are_written_back():
    doc = session_doc(**FULL)
    doc["format_minor"] = 3
    doc["future_top"] = {"anything": [1, 2]}
    doc["collaboration"]["link_id"] = "abc"
    doc["answers"]["f1.q1"]["confidence"] = "high"
    doc["measures"][0]["cost"] = 1200
    doc["voices"][0]["colour"] = "blue"
    doc["question_set"]["fields"][0]["questions"][0]["source"] = "seed 002"
    written = json.loads(session_to_bytes(parse_session(json.dumps(doc).encode())))
    assert written["format_minor"] == 3
    assert written["future_top"] == {"anything": [1, 2]}
    assert written["collaboration"]["link_id"] == "abc"
    assert written["answers"]["f1.q1"]["confidence"] == "high"
    assert written["measures"][0]["cost"] == 1200
    assert written["voices"][0]["colour"] == "blue"
    assert written["question_set"]["fields"][0]["questions"][0]["source"] == "seed 002"


def test_half_finished_workshop_is_valid():
    doc = session_doc()
    for key in ("weights", "answers", "measures", "voices", "time_point", "facilitator"):
        del doc[key]
    session = parse_session(json.dumps(doc).encode())
    assert session.weights == {} and session.answers == {}


def test_save_keeps_the_previous_version_as_backup(tmp_path):
    path = tmp_path / "s.samson"
    session = parse_session(session_bytes())
    write_session(session, path)
    first = path.read_bytes()
    session.answers["f1.q1"] = Answer(consensus=4)
    write_session(session, path)
    assert backup_path(path).read_bytes() == first
    assert read_session(path).answers["f1.q1"].consensus == 4
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_empty_answers_are_not_written():
    session = parse_session(session_bytes())
    session.answers["f1.q1"] = Answer()
    session.measures.append(Measure("m1", "f1.q1", "x", "less-new"))
    doc = json.loads(session_to_bytes(session))
    assert doc["answers"] == {}
    assert doc["measures"][0] == {"id": "m1", "question_id": "f1.q1", "text": "x",
                                  "quadrant": "less-new", "status": "proposed"}


@pytest.mark.parametrize(
    "overrides, path, words",
    [
        (dict(language="de"), "Language", "not one of"),
        (dict(answers={"f1.q1": {"consensus": 11}}), "Field 1, question 1, score", "at most 10"),
        (dict(answers={"f1.q1": {"consensus": "7"}}), "Field 1, question 1, score", "whole number"),
        (dict(answers={"nope": {"consensus": 3}}), 'Answer to "nope"', "not in the question set"),
        (dict(answers={"f1.q1": {"voices": {"ghost": 3}}}), 'Field 1, question 1, voice "ghost"', "voice"),
        (dict(measures=[{"id": "m1", "question_id": "zz", "text": "t", "quadrant": "more-new", "status": "agreed"}]),
         "Measure 1, question", "not in the question set"),
        (dict(measures=[{"id": "m1", "question_id": "f1.q1", "text": "t", "quadrant": "sideways", "status": "agreed"}]),
         "Measure 1, quadrant", "not one of"),
        (dict(weights={"openness": 0}), "Weights, openness", "at least 1"),
        (dict(time_point={"label": "T1", "date": "2026-13-01"}), "Time point, date", "expected form"),
        (dict(voices=[{"id": "v1", "name": "a", "kind": "alien"}]), "Voice 1, kind", "not one of"),
        (dict(voices=[{"id": "v1", "name": "a", "kind": "other"}, {"id": "v1", "name": "b", "kind": "other"}]),
         "Voice 2, id", "repeats"),
        (dict(collaboration={}), "Collaboration", "missing the required key \"name\""),
    ],
)
def test_bad_content_is_reported_with_its_place(overrides, path, words):
    with pytest.raises(SessionFileError) as info:
        parse_session(session_bytes(**overrides))
    lines = "\n".join(info.value.lines())
    assert f"{path}: " in lines and words in lines


def test_question_set_rules_beyond_the_schema():
    doc = session_doc()
    doc["question_set"]["fields"][1]["questions"][0]["id"] = "f1.q1"
    doc["question_set"]["fields"][2]["id"] = "f2"
    doc["question_set"]["values"][1]["id"] = "openness"
    doc["question_set"]["fields"][3]["title"] = {"en": "Only English"}
    with pytest.raises(SessionFileError) as info:
        parse_session(json.dumps(doc).encode())
    text = "\n".join(info.value.lines())
    assert 'Question set, field 2, question 1, id: repeats the id "f1.q1"' in text
    assert 'Question set, field 3, id: repeats the id "f2"' in text
    assert 'Question set, value 2, id: repeats the id "openness"' in text
    assert 'Question set, field 4, title: has no text in the session language "nb"' in text


def test_newer_major_version_is_refused_clearly():
    with pytest.raises(SessionFileError) as info:
        parse_session(session_bytes(format_version=2))
    assert "newer SAMSON" in str(info.value)


def test_standard_question_set_is_complete_in_both_languages():
    qset = standard_question_set()
    assert len(qset.fields) == 7
    assert [f.number for f in qset.fields] == list(range(1, 8))
    assert {v.id for v in qset.values} == {"openness", "democracy", "creativity", "leadership"}
    for value in qset.values:
        assert value.title["nb"] and value.title["en"] and value.description["nb"] and value.description["en"]
    ids = [q.id for q in qset.questions()]
    assert len(ids) == len(set(ids))
    for fld in qset.fields:
        assert 6 <= len(fld.questions) <= 9
        for q in fld.questions:
            assert q.id.startswith(fld.id + ".")
            assert q.text["nb"] and q.text["en"] and q.help["nb"] and q.help["en"]
            assert q.values and all(0 < s <= 1 for s in q.values.values())


def test_demo_sessions_load_and_embed_the_standard_set():
    t1, t2 = (read_session(p) for p in demo_session_paths())
    assert t1.collaboration.name == t2.collaboration.name
    assert t1.question_set == standard_question_set() == t2.question_set
    assert len(t1.measures) >= 10 and any(a.voices for a in t1.answers.values())


def test_every_word_of_the_file_messages_has_a_norwegian_wording():
    from samson_desktop.fileformat import messages, sessionfile, validation

    words = {*messages.KEY_WORDS.values(), *sessionfile._JSON_REASONS.values(), *validation._TYPE_WORDS.values(),
             *sessionfile._KIND_WORDS.values()}
    assert words <= set(messages._NB), sorted(words - set(messages._NB))


def test_each_missing_key_is_named_once():
    with pytest.raises(SessionFileError) as info:
        parse_session(b'{"format": "samson-session", "format_version": 1, "language": "nb"}')
    lines = info.value.lines()
    assert [line for line in lines if "missing the required key" in line] == [
        f'session: The file is missing the required key "{key}"' for key in ("session_id", "collaboration", "question_set")]
