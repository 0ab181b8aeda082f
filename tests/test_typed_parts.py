"""The batch reader's typed path: what its msgspec types accept, the schema accepts, with the same session."""

from __future__ import annotations

import copy
import json
from functools import cache

import msgspec.inspect as mi
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import FIELD_IDS
from samson_desktop.fileformat import SessionFileError, session_to_bytes
from samson_desktop.fileformat.batch import BatchReader
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.fileformat.sessionfile import parse_session
from samson_desktop.fileformat.typed_parts import Answers, Measures
from samson_desktop.fileformat.validation import SCHEMA_FILE
from samson_desktop.resources import resource_path
from test_hostile_files import _valid_doc, json_values

#: Rules of the schema that msgspec cannot express, with the function that checks each instead.
CHECKED_IN_PYTHON = {("answer", "not_applicable_voices", "uniqueItems"): "answers_fit"}
_RULES = {"type", "minimum", "maximum", "maxLength", "pattern", "enum", "maxItems", "items", "uniqueItems",
          "maxProperties", "propertyNames", "additionalProperties", "properties", "required", "description", "$ref"}


@cache
def session_schema() -> dict:
    # Read afresh: a compiling validator may have rewritten the references of the cached copy in place.
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


def _resolve(rule: dict) -> tuple[dict, str | None]:
    if "$ref" in rule:
        name = rule["$ref"].rsplit("/", 1)[-1]
        return session_schema()["$defs"][name], name
    return rule, None


def _bounded(typed, rule: dict, where: str) -> None:
    if "minimum" in rule:
        assert typed.ge is not None and typed.ge >= rule["minimum"], where
    if "maximum" in rule:
        assert typed.le is not None and typed.le <= rule["maximum"], where


def _as_strict(typed, rule: dict, where: str, owner: str = "") -> None:
    """Fail unless the msgspec type accepts nothing that the schema rule refuses."""
    rule, name = _resolve(rule)
    owner = name or owner
    assert set(rule) <= _RULES, f"{where}: the schema has rules the typed path does not know: {set(rule) - _RULES}"
    if "enum" in rule:
        assert isinstance(typed, mi.LiteralType) and set(typed.values) <= set(rule["enum"]), where
        return
    kind = rule["type"]
    if kind == "integer":
        assert isinstance(typed, mi.IntType), where
        _bounded(typed, rule, where)
    elif kind == "number":
        for option in typed.types if isinstance(typed, mi.UnionType) else (typed,):
            assert isinstance(option, (mi.IntType, mi.FloatType)), where
            _bounded(option, rule, where)
    elif kind == "boolean":
        assert isinstance(typed, mi.BoolType), where
    elif kind == "string":
        assert isinstance(typed, mi.StrType), where
        if "maxLength" in rule:
            assert typed.max_length is not None and typed.max_length <= rule["maxLength"], where
        if "pattern" in rule:
            # JSON Schema's "$" is Python's "\Z", as fastjsonschema translates it.
            assert typed.pattern == rule["pattern"].removesuffix("$") + "\\Z", where
    elif kind == "array":
        assert isinstance(typed, mi.ListType), where
        assert typed.max_length is not None and typed.max_length <= rule["maxItems"], where
        if rule.get("uniqueItems"):
            assert (owner, where.rsplit(".", 1)[-1], "uniqueItems") in CHECKED_IN_PYTHON, where
        _as_strict(typed.item_type, rule["items"], f"{where}[]", owner)
    elif "properties" in rule:
        assert isinstance(typed, mi.StructType) and typed.forbid_unknown_fields, where
        required = {f.encode_name for f in typed.fields if f.required}
        assert set(rule.get("required", ())) <= required, where
        for f in typed.fields:
            assert f.encode_name in rule["properties"], f"{where}.{f.encode_name} is not in the schema"
            _as_strict(f.type, rule["properties"][f.encode_name], f"{where}.{f.encode_name}", owner)
    else:
        assert kind == "object" and isinstance(typed, mi.DictType), where
        assert typed.max_length is not None and typed.max_length <= rule["maxProperties"], where
        _as_strict(typed.key_type, {"type": "string", **rule["propertyNames"]}, f"{where} keys", owner)
        _as_strict(typed.value_type, rule["additionalProperties"], f"{where}{{}}", owner)


@pytest.mark.parametrize("key, typed", [("answers", Answers), ("measures", Measures)])
def test_every_rule_of_the_typed_parts_is_the_schemas_or_stricter(key, typed):
    _as_strict(mi.type_info(typed), session_schema()["properties"][key], key)


def test_the_rule_check_fails_for_a_looser_type():
    """The check above can fail: a consensus of 0..10 and a note with no length limit are looser than the schema."""
    loose_score = mi.IntType(ge=0, le=10)
    with pytest.raises(AssertionError):
        _as_strict(loose_score, {"type": "integer", "minimum": 1, "maximum": 10}, "consensus")
    with pytest.raises(AssertionError):
        _as_strict(mi.StrType(), {"type": "string", "maxLength": 20000}, "note")


# ---- the two paths side by side -------------------------------------------------------------------

QUESTION_IDS = [f"{fid}.q{n}" for fid in FIELD_IDS for n in (1, 2)]
VOICES = [{"id": "v1", "name": "A", "kind": "citizen"}, {"id": "v2", "name": "B", "kind": "other"}]


def _bytes(doc, ascii_only: bool = False) -> bytes:
    return json.dumps(doc, ensure_ascii=ascii_only, indent=1).encode("utf-8")


def _doc(answers=None, measures=None) -> dict:
    doc = copy.deepcopy(_valid_doc())
    doc["voices"] = copy.deepcopy(VOICES)
    if answers is not None:
        doc["answers"] = answers
    if measures is not None:
        doc["measures"] = measures
    return doc


@cache
def _reader() -> BatchReader:
    """A reader that knows the test question set, written both ways the tests write it."""
    reader = BatchReader()
    for ascii_only in (False, True):
        parse_session(_bytes(_doc(), ascii_only), "primer", reader)
    return reader


def _outcome(data: bytes, reader: BatchReader | None):
    try:
        return "ok", session_to_bytes(parse_session(data, "f.samson", reader))
    except SessionFileError as exc:
        return "refused", exc.lines()


def _same_verdicts(data: bytes) -> None:
    """Whenever the typed path takes a file, the general path takes it too, with an equal session; and
    the reader's verdict and words are those of the general path for every file."""
    typed = _reader().session(data)
    if typed is not None:
        general = parse_session(data, "f.samson")  # raises, and so fails the test, when the file is refused
        assert typed == general
        assert session_to_bytes(typed) == session_to_bytes(general)
    assert _outcome(data, _reader()) == _outcome(data, None)


scoreish = (st.integers(-1, 12) | st.floats(0, 11, allow_nan=False)
            | st.sampled_from([7.0, 1.0, 10.0, 5.5, 0.9999, 10.0001, True, False, None, "5", 10**30, -0.0]))
voice_keys = st.sampled_from(["v1", "v2", "v3", "", "v" * 121])
texts = st.text(max_size=8) | st.sampled_from(["x" * 5000, "x" * 5001, "å" * 20000, "\U0001f600" * 20001, None, 3])
ballots = st.lists(st.fixed_dictionaries({"voice": voice_keys, "score": scoreish | st.just("not_applicable")}),
                   max_size=2)
answer_values = st.fixed_dictionaries({}, optional={
    "consensus": scoreish,
    "voices": st.dictionaries(voice_keys, scoreish, max_size=3) | json_values,
    "not_applicable": st.booleans() | st.sampled_from([0, 1, None, "true"]),
    "not_applicable_voices": st.lists(voice_keys, max_size=3) | json_values,
    "note": texts,
    "ballots": ballots,
    "extra": json_values,
}) | json_values
answer_maps = st.dictionaries(st.sampled_from([*QUESTION_IDS, "zz.unknown", "q" * 121]), answer_values, max_size=6)

idish = st.sampled_from(["m1", "m2", "m1\n", "-m", "", "m" * 120, "m" * 121, None, 1])
measure_values = st.fixed_dictionaries({}, optional={
    "id": idish,
    "question_id": st.sampled_from([*QUESTION_IDS, "zz.unknown", None]),
    "text": texts,
    "quadrant": st.sampled_from(["more-known", "more-new", "less-known", "less-new", "more", None, 1]),
    "status": st.sampled_from(["proposed", "agreed", "in_progress", "done", "dropped", "open", None]),
    "owner": texts,
    "due": st.sampled_from(["2026-05-01", "2026-13-01", "2026-05-01\n", "2026-5-1", "", None]),
    "note": texts,
    "extra": json_values,
}) | json_values
measure_lists = st.lists(measure_values, max_size=4) | json_values


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(answer_maps, measure_lists, st.booleans())
def test_what_the_typed_path_takes_the_general_path_takes_with_an_equal_session(answers, measures, ascii_only):
    _same_verdicts(_bytes(_doc(answers, measures), ascii_only))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(QUESTION_IDS), st.fixed_dictionaries({}, optional={
    "consensus": st.integers(1, 10), "voices": st.dictionaries(st.sampled_from(["v1", "v2"]), st.integers(1, 10)),
    "not_applicable": st.booleans(), "note": st.text(max_size=20),
    "not_applicable_voices": st.lists(st.just("v1"), max_size=1)})))
def test_valid_answers_take_the_typed_path(answers):
    """Files as the app writes them are read on the typed path (else it would only cost time)."""
    for scores in answers.values():
        if "v1" in scores.get("not_applicable_voices", ()):
            scores.get("voices", {}).pop("v1", None)
    data = _bytes(_doc(answers))
    assert _reader().session(data) is not None
    _same_verdicts(data)


def _answer(**values) -> dict:
    return {"f1.q1": values}


@pytest.mark.parametrize("answers, measures", [
    (_answer(consensus=7.0), None),  # the schema takes 7.0 as a whole number; the typed path leaves it to it
    (_answer(consensus=True), None),
    (_answer(consensus=0), None),
    (_answer(consensus=11), None),
    (_answer(consensus=None), None),
    (_answer(voices={"v1": 10.5}), None),
    (_answer(voices={"v3": 5}), None),
    (_answer(note="x" * 20001), None),
    (_answer(not_applicable_voices=["v1", "v1"]), None),
    (_answer(not_applicable_voices=["v1"], voices={"v1": 4}), None),
    (_answer(not_applicable_voices=["v9"]), None),
    (_answer(ballots=[{"voice": "v1", "score": 4}]), None),
    (_answer(consensus=5, later="kept"), None),
    ({"zz.unknown": {"consensus": 5}}, None),
    (None, [{"id": "m1\n", "question_id": "f1.q1", "text": "t", "status": "agreed"}]),
    (None, [{"id": "m1", "question_id": "f1.q1", "text": "t", "status": "agreed", "quadrant": None}]),
    (None, [{"id": "m1", "question_id": "f1.q1", "text": "t", "status": "agreed", "due": "2026-05-01\n"}]),
    (None, [{"id": "m1", "question_id": "f1.q1", "text": "t", "status": "agreed", "later": 1}]),
    (None, [{"id": "m1", "question_id": "f1.q1", "text": "t", "status": "agreed"}] * 2),
    (None, [{"id": "m1", "question_id": "zz.unknown", "text": "t", "status": "agreed"}]),
    (None, [{"id": "m1", "question_id": "f1.q1", "text": "t"}]),
])
def test_what_the_typed_path_refuses_goes_the_general_way(answers, measures):
    data = _bytes(_doc(answers, measures))
    assert _reader().session(data) is None
    _same_verdicts(data)


@pytest.mark.parametrize("scores, expected", [({"v1": 7.0}, {"v1": 7}), ({"v1": 7.5, "v2": 3}, {"v1": 7.5, "v2": 3})])
def test_voice_scores_are_whole_when_whole_and_keep_the_decimals_of_a_mean(scores, expected):
    session = _reader().session(_bytes(_doc(_answer(voices=scores))))
    assert session is not None and dict(session.answers["f1.q1"].voices) == expected
    assert [type(s) for s in session.answers["f1.q1"].voices.values()] == [type(s) for s in expected.values()]
    _same_verdicts(_bytes(_doc(_answer(voices=scores))))


def test_the_demo_sessions_take_the_typed_path_with_the_same_session():
    reader = BatchReader()
    for path in demo_session_paths():
        data = path.read_bytes()
        parse_session(data, path.name, reader)  # the first one makes its question set known
        session = reader.session(data)
        assert session is not None and session == parse_session(data, path.name)


# ---- the known question set cut out before the top level is scanned -------------------------------

STAND_IN = b"[" * 16 + b"0" + b"]" * 16


def _set_bytes() -> bytes:
    data = _bytes(_doc())
    start = data.index(b'"question_set": ') + len(b'"question_set": ')
    return data[start:data.index(b',\n "weights"', start)]


@pytest.mark.parametrize("edit", ["note holds the stand-in", "stand-in as the question set",
                                  "set also under another key", "set under another key, stand-in as the set",
                                  "set twice, another one last",
                                  "set twice, the known one last"])
def test_a_known_set_is_taken_only_where_the_file_holds_it(edit):
    data = _bytes(_doc())
    known = _set_bytes()
    assert data.count(known) == 1
    if edit == "note holds the stand-in":
        data = data.replace(b'"note": "n"', b'"note": "' + STAND_IN + b'"')
    elif edit == "stand-in as the question set":
        data = data.replace(known, STAND_IN)
    elif edit == "set also under another key":
        other = known.replace(b'"Testsett"', b'"Testsett 2"', 1)
        assert other != known
        data = data.replace(b'"question_set": ' + known, b'"copy": ' + known + b', "question_set": ' + other)
    elif edit == "set under another key, stand-in as the set":
        data = data.replace(b'"question_set": ' + known, b'"copy": ' + known + b', "question_set": ' + STAND_IN)
    elif edit == "set twice, another one last":
        data = data.replace(b'"question_set": ' + known, b'"question_set": ' + known + b', "question_set": 1')
    else:
        data = data.replace(b'"question_set": ' + known, b'"question_set": 1, "question_set": ' + known)
    _same_verdicts(data)
    expected = _outcome(data, None)[0]
    assert expected == ("ok" if edit in ("note holds the stand-in", "set also under another key",
                                         "set twice, the known one last") else "refused")
