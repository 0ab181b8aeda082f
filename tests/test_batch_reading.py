"""Reading many files fast: the batch reader judges every file exactly as read_session does."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import FIELD_IDS, question_set_doc, session_doc
from samson_desktop.core.portfolio import summarise
from samson_desktop.core.scoring import profile, score_session
from samson_desktop.fileformat import SessionFileError, read_session, session_to_bytes
from samson_desktop.fileformat.batch import BatchReader
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.fileformat.question_sets import demo_session_paths
from test_hostile_files import ALL_PATHS, HOSTILE, _valid_doc, json_values


def _indented(doc) -> bytes:
    # The way the app writes files: the embedded question set has the same bytes in every file.
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _outcome(read, path):
    try:
        return "ok", session_to_bytes(read(path))
    except SessionFileError as exc:
        return "refused", exc.lines()


def _primed_reader(tmp_path, doc=None) -> BatchReader:
    """A reader that has already found the question set of ``doc`` (default: the valid test doc) valid."""
    reader = BatchReader()
    path = tmp_path / "primer.samson"
    path.write_bytes(_indented(doc or _valid_doc()))
    reader.read(path)
    return reader


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_hostile_file_gets_the_same_verdict_and_message(tmp_path, name):
    path = tmp_path / f"{name}.samson"
    path.write_bytes(HOSTILE[name])
    expected = _outcome(read_session, path)
    assert expected[0] == "refused"
    assert _outcome(BatchReader().read, path) == expected
    assert _outcome(_primed_reader(tmp_path).read, path) == expected


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_numbers_json_does_not_allow_are_refused_like_read_session(tmp_path, text):
    path = tmp_path / "odd.samson"
    path.write_bytes(_indented(_valid_doc()).replace(b'"consensus": 5', b'"consensus": ' + text.encode()))
    expected = _outcome(read_session, path)
    assert expected[0] == "refused"
    assert _outcome(_primed_reader(tmp_path).read, path) == expected


def test_a_known_question_set_with_true_for_1_is_still_refused(tmp_path):
    """== takes true for 1; the schema does not, and neither may the shortcut for known sets."""
    reader = _primed_reader(tmp_path)
    doc = _valid_doc()
    doc["question_set"]["fields"][0]["number"] = True
    assert doc["question_set"] == _valid_doc()["question_set"]
    path = tmp_path / "bool.samson"
    path.write_bytes(_indented(doc))
    with pytest.raises(SessionFileError) as refused:
        reader.read(path)
    assert refused.value.lines() == _outcome(read_session, path)[1]


def test_a_set_known_in_one_language_is_checked_again_in_another(tmp_path):
    qset = question_set_doc()
    for field in qset["fields"]:
        field["title"] = {"nb": field["title"]["nb"]}
    reader = _primed_reader(tmp_path, session_doc(question_set=qset))
    path = tmp_path / "english.samson"
    path.write_bytes(_indented(session_doc(question_set=qset, language="en")))
    with pytest.raises(SessionFileError) as refused:
        reader.read(path)
    assert 'has no text in the session language "en"' in str(refused.value.problems[0])


def test_valid_files_give_the_same_session_and_share_one_question_set(tmp_path):
    reader = BatchReader()
    paths = []
    for n in range(3):
        path = tmp_path / f"s{n}.samson"
        path.write_bytes(_indented(session_doc(session_id=f"s{n}", answers={"f1.q1": {"consensus": n + 1}})))
        paths.append(path)
    sessions = [reader.read(p) for p in paths]
    assert [session_to_bytes(s) for s in sessions] == [session_to_bytes(read_session(p)) for p in paths]
    assert sessions[1].question_set is sessions[0].question_set is sessions[2].question_set
    for path in demo_session_paths():
        assert session_to_bytes(reader.read(path)) == session_to_bytes(read_session(path))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(ALL_PATHS), json_values, st.booleans())
def test_any_mutation_gets_the_same_verdict_from_a_reader_that_knows_the_set(tmp_path, key_path, value, delete):
    doc = copy.deepcopy(_valid_doc())
    target = doc
    for key in key_path[:-1]:
        target = target[key]
    if delete:
        del target[key_path[-1]]
    else:
        target[key_path[-1]] = value
    path = tmp_path / "fuzz.samson"
    path.write_bytes(_indented(doc))
    assert _outcome(_primed_reader(tmp_path).read, path) == _outcome(read_session, path)


scores = st.integers(min_value=1, max_value=10)
answer_maps = st.dictionaries(
    st.sampled_from([f"{fid}.q{n}" for fid in FIELD_IDS for n in (1, 2)]),
    st.fixed_dictionaries({}, optional={
        "consensus": scores, "voices": st.dictionaries(st.sampled_from(["v1", "v2"]), scores, max_size=2),
        "not_applicable": st.booleans()}),
)


@settings(max_examples=200, deadline=None)
@given(answer_maps)
def test_the_portfolio_profile_scores_exactly_as_score_session(answers):
    voices = [{"id": "v1", "name": "A", "kind": "citizen"}, {"id": "v2", "name": "B", "kind": "other"}]
    session = session_from_dict(session_doc(voices=voices, answers=answers))
    full = score_session(session)
    fields, overall = profile(session)
    assert overall == full.overall
    assert [(f.id, f.number, f.score, f.answered, f.not_applicable) for f in fields] == \
        [(f.id, f.number, f.score, f.answered, f.not_applicable) for f in full.fields]
    row = summarise(session, Path("x.samson"))
    assert row.answered == full.answered + full.not_applicable and row.total == full.question_count
    assert [f.score for f in row.fields] == [f.score for f in full.fields] and row.overall == full.overall
