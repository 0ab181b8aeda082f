"""Comparing two time points: hand-computed deltas, edited question sets, antisymmetry and ``samson compare``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import FIELD_IDS, question_set_doc, session_bytes, session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.comparison import compare_scores
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat.codec import session_from_dict

ALL_QUESTIONS = [f"{fid}.q{n}" for fid in FIELD_IDS for n in (1, 2)]


def _answers(q1: int, q2: int | None, f3: tuple) -> dict:
    """Every field gets q1/q2; field f3 gets its own pair (None = not relevant)."""
    out = {}
    for fid in FIELD_IDS:
        a, b = f3 if fid == "f3" else (q1, q2)
        out[f"{fid}.q1"] = {"consensus": a} if a is not None else {"not_applicable": True}
        out[f"{fid}.q2"] = {"consensus": b} if b is not None else {"not_applicable": True}
    return out


EARLIER = session_doc(session_id="early", weights={"openness": 8, "democracy": 6},
                      answers=_answers(4, 6, (2, 2)))
LATER = session_doc(session_id="late", weights={"openness": 9},
                    time_point={"label": "T2", "date": "2026-09-01", "place": "", "phase": "implementation"},
                    answers=_answers(5, 6, (8, None)))


def _compare(earlier_doc: dict, later_doc: dict):
    return compare_scores(score_session(session_from_dict(earlier_doc)), score_session(session_from_dict(later_doc)))


def _by_id(items):
    return {d.id: d for d in items}


def test_overall_fields_values_and_weights_against_hand_computed_numbers():
    c = _compare(EARLIER, LATER)
    # Earlier: six fields at (4+6)/2 = 5, field 3 at 2 → 32/7. Later: six at 5.5, field 3 at 8 (q2 not relevant) → 41/7.
    assert c.overall.earlier == pytest.approx(32 / 7)
    assert c.overall.later == pytest.approx(41 / 7)
    assert c.overall.delta == pytest.approx(9 / 7)
    fields = _by_id(c.fields)
    assert (fields["f3"].earlier, fields["f3"].later, fields["f3"].delta) == (2.0, 8.0, 6.0)
    assert fields["f1"].delta == pytest.approx(0.5)
    values = _by_id(c.values)
    # Openness links every question with strength 1: 64/14 answered before, 74/13 after.
    assert values["openness"].delta == pytest.approx(74 / 13 - 64 / 14)
    # Democracy links only the q2 questions (strength 0.5 each): 38/7 before, 36/6 after.
    assert values["democracy"].delta == pytest.approx(6 - 38 / 7)
    assert values["creativity"].delta is None  # no question links creativity
    weights = _by_id(c.weights)
    assert (weights["openness"].earlier, weights["openness"].later, weights["openness"].delta) == (8, 9, 1)
    assert (weights["democracy"].earlier, weights["democracy"].later, weights["democracy"].delta) == (6, None, None)
    questions = _by_id(c.questions)
    assert questions["f3.q1"].delta == 6
    # Answered before, not relevant after: both sides exist, so it is not one-sided, but there is no delta.
    assert questions["f3.q2"].delta is None and questions["f3.q2"].only_in is None
    assert questions["f1.q1"].field == "f1"


def test_largest_changes_come_first():
    c = _compare(EARLIER, LATER)
    ranked = c.by_size(c.fields)
    assert ranked[0].id == "f3"
    assert [d.id for d in c.by_size(c.questions)][0] == "f3.q1"


def _edited_set() -> dict:
    """Version 2.0: field 1 loses q2, gains "f1.new" in front, and q1 moves to field 2's end."""
    qs = question_set_doc(version="2.0")
    f1, f2 = qs["fields"][0], qs["fields"][1]
    q1 = f1["questions"][0]
    new = dict(f1["questions"][1], id="f1.new")
    f1["questions"] = [new]
    f2["questions"].append(q1)
    return qs


def test_question_set_versions_report_one_sided_questions_and_never_match_by_position():
    earlier = session_doc(answers={"f1.q1": {"consensus": 3}, "f1.q2": {"consensus": 5}})
    later = session_doc(question_set=_edited_set(), answers={"f1.new": {"consensus": 9}, "f1.q1": {"consensus": 4}})
    c = _compare(earlier, later)
    q = _by_id(c.questions)
    # f1.q1 moved to another field and position, yet is still the same question.
    assert (q["f1.q1"].earlier, q["f1.q1"].later, q["f1.q1"].delta, q["f1.q1"].only_in) == (3, 4, 1, None)
    assert q["f1.q2"].only_in == "earlier" and q["f1.q2"].later is None and q["f1.q2"].delta is None
    assert q["f1.new"].only_in == "later" and q["f1.new"].earlier is None and q["f1.new"].later == 9
    assert {d.id for d in c.one_sided()} == {"f1.q2", "f1.new"}
    assert len(c.questions) == 15  # 14 shared + one on each side, none dropped


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.sampled_from(ALL_QUESTIONS), st.one_of(st.none(), st.integers(1, 10)), max_size=14),
    st.dictionaries(st.sampled_from(ALL_QUESTIONS), st.one_of(st.none(), st.integers(1, 10)), max_size=14),
    st.dictionaries(st.sampled_from(["openness", "democracy", "creativity", "leadership"]), st.integers(1, 10)),
)
def test_swapping_the_sides_negates_every_delta(a, b, weights):
    def doc(answers, sid):
        return session_doc(session_id=sid, weights=weights, answers={
            qid: ({"consensus": s} if s is not None else {"not_applicable": True}) for qid, s in answers.items()
        })

    forward, backward = _compare(doc(a, "a"), doc(b, "b")), _compare(doc(b, "b"), doc(a, "a"))
    pairs = [(forward.overall, backward.overall)]
    for name in ("values", "weights", "fields", "questions"):
        back = _by_id(getattr(backward, name))
        pairs += [(d, back[d.id]) for d in getattr(forward, name)]
    for f, b_ in pairs:
        assert (f.earlier, f.later) == (b_.later, b_.earlier)
        if f.delta is None:
            assert b_.delta is None
        else:
            assert f.delta == pytest.approx(-b_.delta)


def test_swapping_the_sides_flips_the_one_sided_marker():
    earlier = session_doc(answers={"f1.q2": {"consensus": 5}})
    later = session_doc(question_set=_edited_set(), answers={"f1.new": {"consensus": 9}})
    forward, backward = _compare(earlier, later), _compare(later, earlier)
    assert _by_id(forward.questions)["f1.q2"].only_in == "earlier"
    assert _by_id(backward.questions)["f1.q2"].only_in == "later"
    assert _by_id(backward.questions)["f1.new"].only_in == "earlier"


# --- samson compare -------------------------------------------------------------------------

def _write(tmp_path: Path, name: str, doc: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.fixture
def pair(tmp_path):
    earlier = dict(EARLIER, measures=[
        {"id": "m1", "question_id": "f3.q1", "text": "Møtes oftere <b>&amp;</b>", "quadrant": "more-new", "status": "agreed"},
        {"id": "m2", "question_id": "f1.q2", "text": "Slutte med X", "quadrant": "less-known", "status": "dropped"},
    ])
    later = dict(LATER, measures=[
        {"id": "m1", "question_id": "f3.q1", "text": "Møtes oftere <b>&amp;</b>", "quadrant": "more-new", "status": "done"},
        {"id": "m9", "question_id": "f2.q1", "text": "Nytt tiltak", "quadrant": "more-new", "status": "proposed"},
    ])
    return _write(tmp_path, "t1.samson", earlier), _write(tmp_path, "t2.samson", later)


def _items_have_the_shape(items, one_sided_marker: bool):
    for item in items:
        assert {"id", "earlier", "later", "delta"} <= set(item)
        if one_sided_marker:
            assert "only_in" in item and item["only_in"] in (None, "earlier", "later")
        if item["earlier"] is not None and item["later"] is not None:
            assert item["delta"] == pytest.approx(item["later"] - item["earlier"])
        else:
            assert item["delta"] is None


def test_json_contract(pair, capsys):
    assert main(["compare", *pair, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["earlier"]["session_id"] == "early" and out["later"]["session_id"] == "late"
    assert out["later"]["label"] == "T2" and out["later"]["date"] == "2026-09-01"
    # Numbers are unrounded.
    assert out["overall"] == {"earlier": pytest.approx(32 / 7), "later": pytest.approx(41 / 7), "delta": pytest.approx(9 / 7)}
    assert out["overall"]["delta"] != round(out["overall"]["delta"], 1)
    assert [v["id"] for v in out["weights"]] == ["openness", "democracy", "creativity", "leadership"]
    for key in ("weights", "values", "fields"):
        _items_have_the_shape(out[key], one_sided_marker=False)
    _items_have_the_shape(out["questions"], one_sided_marker=True)
    assert {q["id"] for q in out["questions"]} == set(ALL_QUESTIONS)
    assert all(q["field"] == q["id"].split(".")[0] for q in out["questions"])
    follow = out["follow_up"]
    _items_have_the_shape(follow, one_sided_marker=True)
    assert [m["id"] for m in follow] == ["m1"]  # m2 was dropped at time 1
    assert follow[0]["status"] == {"earlier": "agreed", "later": "done"}
    assert follow[0]["text"] == "Møtes oftere <b>&amp;</b>"
    assert (follow[0]["earlier"], follow[0]["later"], follow[0]["delta"]) == (2.0, 8.0, 6.0)
    assert [m["id"] for m in out["new_measures"]] == ["m9"]


def test_json_marks_questions_of_an_edited_set(tmp_path, capsys):
    earlier = _write(tmp_path, "a.samson", session_doc(answers={"f1.q2": {"consensus": 5}}))
    later = _write(tmp_path, "b.samson", session_doc(question_set=_edited_set(), answers={"f1.new": {"consensus": 9}}))
    assert main(["compare", earlier, later, "--json"]) == 0
    questions = {q["id"]: q for q in json.loads(capsys.readouterr().out)["questions"]}
    assert questions["f1.q2"]["only_in"] == "earlier" and questions["f1.q2"]["later"] is None
    assert questions["f1.new"]["only_in"] == "later" and questions["f1.new"]["earlier"] is None
    assert questions["f2.q1"]["only_in"] is None


def test_text_table_shows_one_decimal_and_signed_changes(pair, capsys):
    assert main(["compare", *pair]) == 0
    out = capsys.readouterr().out
    assert "Overall (profile strength): 4.6 → 5.9 (+1.3)" in out
    assert "Character of the collaboration: not filled in at either time point" in out
    assert "Largest improvements:" in out and "Largest declines:" in out
    assert "+6.0" in out
    assert "agreed → done" in out
    assert "Møtes oftere <b>&amp;</b>" in out


def test_a_bad_file_exits_1_with_a_message(tmp_path, pair, capsys):
    broken = tmp_path / "broken.samson"
    broken.write_bytes(session_bytes()[:200])
    assert main(["compare", pair[0], str(broken)]) == 1
    err = capsys.readouterr().err
    assert "broken.samson" in err and "not valid JSON" in err
    assert main(["compare", pair[0], str(tmp_path / "missing.samson")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_wrong_usage_exits_2(pair):
    with pytest.raises(SystemExit) as exc:
        main(["compare", pair[0]])
    assert exc.value.code == 2


def test_a_pdf_that_cannot_be_written_exits_1(pair, tmp_path, capsys):
    pytest.importorskip("samson_desktop.report.comparison_report")
    target = tmp_path / "no-such-folder" / "x.pdf"
    assert main(["compare", *pair, "-o", str(target)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_the_command_line_entry_point(pair):
    done = subprocess.run([sys.executable, "-m", "samson_desktop", "compare", *pair, "--json"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["fields"][2] == {"id": "f3", "earlier": 2.0, "later": 8.0, "delta": 6.0}
    done = subprocess.run([sys.executable, "-m", "samson_desktop", "compare", pair[0], "nope.samson"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_the_demo_sessions_compare(capsys):
    from samson_desktop.fileformat.question_sets import demo_session_paths

    paths = demo_session_paths()
    if not all(p.exists() for p in paths):
        pytest.skip("demo sessions not present")
    assert main(["compare", *map(str, paths), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["earlier"]["label"] == "T1" and out["later"]["label"] == "T2"
    assert out["follow_up"] and all(m["status"]["earlier"] != "dropped" for m in out["follow_up"])
    assert not [q for q in out["questions"] if q["only_in"]]
