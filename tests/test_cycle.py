"""The next time point: a new session made from an earlier one, finding the earlier file again, and `samson next`."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from msgspec.structs import replace

from factories import session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.comparison import compare_scores
from samson_desktop.core.cycle import (
    DateBeforeEarlier,
    carried_ids,
    carried_measures,
    follow_up_progress,
    next_label,
    next_session,
)
from samson_desktop.core.followup import follow_up
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import parse_session, read_session, session_to_bytes, write_session
from samson_desktop.fileformat.earlier_lookup import FOLDER_LIMIT, find_earlier
from samson_desktop.fileformat.question_sets import demo_session_paths
from test_adversarial_corpus import CONTROL, MARKUP
from test_hostile_files import HOSTILE, non_regular_files

HOSTILE_TEXT = f"{MARKUP} {CONTROL} </para> &#x41; <!-- -->"
VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Frivilligsentralen", "kind": "voluntary"}]


def _m(mid: str, qid: str, status: str, text: str | None = None, **more) -> dict:
    return {"id": mid, "question_id": qid, "text": text or f"Tiltak {mid}", "quadrant": "more-new",
            "status": status, **more}


def _earlier_doc(**overrides) -> dict:
    doc = dict(
        session_id="t1-session",
        collaboration={"name": "Ungdomsløftet", "description": "Et samarbeid i bydelen", "link_id": "ung-2026"},
        voices=VOICES,
        anonymous_report=True,
        weights={"openness": 8, "democracy": 6},
        answers={"f1.q1": {"consensus": 4, "voices": {"v1": 3}, "note": "Notat"}},
        measures=[
            _m("m1", "f1.q1", "agreed", owner="Kari", due="2026-06-01"),
            _m("m2", "f2.q1", "done", note="Gjort i mai"),
            _m("m3", "f3.q1", "dropped"),
            _m("m4", "f3.q2", "proposed", text=HOSTILE_TEXT, owner=HOSTILE_TEXT),
            _m("m5", "f4.q1", "in_progress", note="Startet", quadrant=None),
        ],
        left_out=["Næringslivet"],
        character={"goal_attainment": 6},
    )
    doc.update(overrides)
    doc = session_doc(**doc)
    doc["measures"][4].pop("quadrant")  # one measure not placed in the matrix yet
    return doc


def _earlier(**overrides):
    return parse_session(json.dumps(_earlier_doc(**overrides), ensure_ascii=False).encode("utf-8"))


# --- core/cycle.py --------------------------------------------------------------------------------

@pytest.mark.parametrize("label, expected", [
    ("T1", "T2"), ("T2", "T3"), ("T9", "T10"), ("T09", "T10"), ("Tid 2", "Tid 3"), ("2026-1", "2026-2"),
    ("Baseline", "Baseline (2)"), ("Baseline (2)", "Baseline (3)"), ("", "T2"), ("  T1 ", "T2"),
    ("Vår (ny)", "Vår (ny) (2)"),
])
def test_the_next_label(label, expected):
    assert next_label(label) == expected


def test_the_next_label_stays_within_the_schema_bound():
    assert len(next_label("x" * 100)) == 100 and next_label("x" * 100).endswith(" (2)")
    assert len(next_label("T" + "9" * 99)) <= 100


def test_the_next_session_keeps_the_collaboration_and_carries_the_open_measures():
    earlier = _earlier()
    later = next_session(earlier, date="2026-09-01")
    assert later.session_id != earlier.session_id
    assert later.collaboration == earlier.collaboration  # name, description and link_id
    assert later.facilitator == earlier.facilitator and later.language == earlier.language
    assert [v.id for v in later.voices] == ["v1", "v2"]
    assert later.question_set is earlier.question_set
    assert later.anonymous_report is True
    assert (later.time_point.label, later.time_point.date, later.time_point.place) == ("T2", "2026-09-01", "Huset")
    assert later.time_point.phase is None
    assert later.answers == {} and later.weights == {}
    assert later.character is None and later.left_out == []
    # Every measure not done or dropped, with the same id, text, owner, due date, quadrant and status.
    assert [m.id for m in later.measures] == ["m1", "m4", "m5"]
    by_id = {m.id: m for m in earlier.measures}
    for m in later.measures:
        before = by_id[m.id]
        assert (m.question_id, m.text, m.owner, m.due, m.quadrant, m.status) == (
            before.question_id, before.text, before.owner, before.due, before.quadrant, before.status)
        assert m.note == ""  # the earlier follow-up note is not this time point's
    ref = later.earlier
    assert (ref.session_id, ref.label, ref.date) == ("t1-session", "T1", "2026-03-14")
    assert carried_ids(later) == {"m1": "agreed", "m4": "proposed", "m5": "in_progress"}
    assert [m.id for m in carried_measures(later)] == ["m1", "m4", "m5"]
    assert follow_up_progress(later) == (0, 3)


def test_the_next_session_survives_a_save_and_a_read(tmp_path):
    later = next_session(_earlier(), label="Høsten 2026", date="2026-09-01")
    path = tmp_path / "t2.samson"
    write_session(later, path)
    again = read_session(path)
    assert again.earlier == later.earlier and again.measures == later.measures
    assert again.time_point.label == "Høsten 2026"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["earlier"] == {"session_id": "t1-session", "label": "T1", "date": "2026-03-14",
                              "carried": [{"id": "m1", "status": "agreed"}, {"id": "m4", "status": "proposed"},
                                          {"id": "m5", "status": "in_progress"}]}
    assert "answers" in doc and doc["answers"] == {} and doc["weights"] == {}


def test_the_date_defaults_to_today_and_may_not_come_before_the_earlier_one():
    assert next_session(_earlier()).time_point.date == date.today().isoformat()
    assert next_session(_earlier(), date="2026-03-14").time_point.date == "2026-03-14"  # the same day is fine
    with pytest.raises(DateBeforeEarlier) as caught:
        next_session(_earlier(), date="2026-03-13")
    assert (caught.value.date, caught.value.earlier_date) == ("2026-03-13", "2026-03-14")
    undated = _earlier(time_point={"label": "T1"})
    assert next_session(undated, date="1999-01-01").earlier.date is None


def test_compare_pairs_the_carried_measures_by_id():
    earlier = _earlier()
    later = next_session(earlier, date="2026-09-01")
    later.measures[0] = replace(later.measures[0], text="Omskrevet", status="done")
    items = {i.earlier.id: i for i in follow_up(earlier, later).items}
    assert items["m1"].matched_by == "id" and items["m1"].status_now == "done"
    assert items["m4"].matched_by == "id" and items["m5"].matched_by == "id"
    assert items["m2"].status_now is None  # done at T1: followed, not carried


def test_a_new_measure_that_reuses_an_earlier_id_is_not_taken_for_it():
    earlier = _earlier()
    later = next_session(earlier, date="2026-09-01")
    # "m2" was done at T1 and not carried; a new measure on the same question with that id is new.
    later.measures.append(later.measures[0].__class__(id="m2", question_id="f2.q1", text="Noe helt annet"))
    result = follow_up(earlier, later)
    assert {i.earlier.id: i.status_now for i in result.items}["m2"] is None
    assert [m.text for m in result.new_measures] == ["Noe helt annet"]


def test_a_later_session_made_by_an_older_version_still_matches_by_text():
    """No reference and the measures retyped under new ids: matching by text stays the fallback."""
    earlier = _earlier()
    retyped = [dict(_m("x1", "f1.q1", "done", text="Tiltak m1")), dict(_m("m4", "f3.q2", "agreed", text="Annet"))]
    later = parse_session(json.dumps(session_doc(session_id="old-t2", measures=retyped)).encode())
    assert later.earlier is None
    items = {i.earlier.id: i for i in follow_up(earlier, later).items}
    assert (items["m1"].matched_by, items["m1"].status_now) == ("text", "done")
    assert items["m4"].matched_by == "id"  # same id, same question: as before
    comparison = compare_scores(score_session(earlier), score_session(later))
    assert comparison.earlier_id == "t1-session"


def test_a_chain_of_three_time_points():
    t1 = _earlier()
    t2 = next_session(t1, date="2026-09-01")
    t2.measures = [m if m.id != "m1" else replace(m, status="done") for m in t2.measures]
    t3 = next_session(t2)
    assert t3.time_point.label == "T3" and t3.earlier.session_id == t2.session_id
    assert [m.id for m in t3.measures] == ["m4", "m5"]


# --- fileformat/earlier_lookup.py ---------------------------------------------------------------------

def _pair_on_disk(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    t1 = folder / "a-t1.samson"
    t1.write_bytes(json.dumps(_earlier_doc(), ensure_ascii=False).encode("utf-8"))
    t2 = folder / "b-t2.samson"
    write_session(next_session(read_session(t1), date="2026-09-01"), t2)
    return t1, t2


def test_the_earlier_file_is_found_in_the_same_folder(tmp_path):
    t1, t2 = _pair_on_disk(tmp_path / "here")
    found = find_earlier(read_session(t2), t2)
    assert found is not None and found.path == t1 and found.session.session_id == "t1-session"


def test_the_earlier_file_is_found_among_the_candidates_after_the_folder(tmp_path):
    t1, t2 = _pair_on_disk(tmp_path / "a")
    moved = tmp_path / "b" / "t2.samson"
    moved.parent.mkdir()
    t2.rename(moved)
    session = read_session(moved)
    assert find_earlier(session, moved) is None
    found = find_earlier(session, moved, [tmp_path / "missing.samson", t1])
    assert found.path == t1
    # A copy in the session's own folder comes first.
    copy = moved.parent / "kopi.samson"
    copy.write_bytes(t1.read_bytes())
    assert find_earlier(session, moved, [t1]).path == copy


def test_files_that_are_not_the_earlier_session_are_passed_over(tmp_path):
    folder = tmp_path / "f"
    t1, t2 = _pair_on_disk(folder)
    session = read_session(t2)
    t1.unlink()
    # Invalid and hostile files, one that only mentions the id, and odd files are never the one.
    (folder / "broken.samson").write_bytes(b'{"session_id": "t1-session"')
    (folder / "mentions.samson").write_bytes(session_to_bytes(parse_session(json.dumps(session_doc(
        session_id="other", facilitator="t1-session")).encode())))
    for name, data in HOSTILE.items():
        (folder / f"hostile-{name}.samson").write_bytes(data)
    # A link to /dev/zero, a pipe and a folder named like sessions, in the folder and among the candidates.
    odd = [path for path, _words in non_regular_files(folder).values()]
    assert find_earlier(session, t2, odd) is None
    assert find_earlier(read_session(demo_session_paths()[0]), None, odd) is None  # no reference at all


def test_the_folder_search_has_a_limit(tmp_path):
    folder = tmp_path / "many"
    t1, t2 = _pair_on_disk(folder)
    os.rename(t1, folder / "zzz-t1.samson")  # sorted last
    filler = session_to_bytes(parse_session(json.dumps(session_doc(session_id="filler")).encode()))
    for n in range(FOLDER_LIMIT):
        (folder / f"a{n:04}.samson").write_bytes(filler)
    session = read_session(t2)
    assert find_earlier(session, t2) is None
    assert find_earlier(session, t2, [folder / "zzz-t1.samson"]).path.name == "zzz-t1.samson"


# --- samson next -------------------------------------------------------------------------------------

def test_next_writes_the_new_time_point(tmp_path, capsys):
    t1, _t2 = _pair_on_disk(tmp_path)
    out = tmp_path / "neste.samson"
    assert main(["next", str(t1), "-o", str(out), "--date", "2026-10-01"]) == 0
    assert "T2 (2026-10-01)" in capsys.readouterr().out
    later = read_session(out)
    assert later.earlier.session_id == "t1-session" and [m.id for m in later.measures] == ["m1", "m4", "m5"]
    assert main(["validate", str(out)]) == 0
    # The hostile text of a carried measure is kept exactly.
    assert later.measures[1].text == HOSTILE_TEXT and later.measures[1].owner == HOSTILE_TEXT
    capsys.readouterr()
    assert main(["compare", str(t1), str(out), "--json"]) == 0
    follow = json.loads(capsys.readouterr().out)["follow_up"]
    assert {item["id"]: item["matched_by"] for item in follow if item["matched_by"]} == {
        "m1": "id", "m4": "id", "m5": "id"}


def test_next_with_a_label_and_the_default_date(tmp_path):
    t1, _t2 = _pair_on_disk(tmp_path)
    out = tmp_path / "neste.samson"
    assert main(["next", str(t1), "-o", str(out), "--label", "Høst «2026»"]) == 0
    later = read_session(out)
    assert later.time_point.label == "Høst «2026»" and later.time_point.date == date.today().isoformat()


def _refused(capsys, args, code=1) -> str:
    if code == 2:  # wrong usage ends in argparse, as for every command
        with pytest.raises(SystemExit) as stopped:
            main(args)
        assert stopped.value.code == 2
    else:
        assert main(args) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert err and "Traceback" not in err
    return err


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_next_refuses_an_invalid_earlier_file(tmp_path, capsys, name):
    earlier = tmp_path / f"{name}.samson"
    earlier.write_bytes(HOSTILE[name])
    out = tmp_path / "out.samson"
    _refused(capsys, ["next", str(earlier), "-o", str(out)])
    assert not out.exists() and earlier.read_bytes() == HOSTILE[name]


def test_next_refuses_unreadable_and_odd_earlier_files(tmp_path, capsys):
    out = tmp_path / "out.samson"
    assert "does not exist" in _refused(capsys, ["next", str(tmp_path / "nope.samson"), "-o", str(out)])
    assert "folder" in _refused(capsys, ["next", str(tmp_path), "-o", str(out)])
    (tmp_path / "odd").mkdir()
    for path, _words in non_regular_files(tmp_path / "odd").values():
        _refused(capsys, ["next", str(path), "-o", str(out)])
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.samson"
        locked.write_bytes(demo_session_paths()[0].read_bytes())
        locked.chmod(0)
        assert "permission denied" in _refused(capsys, ["next", str(locked), "-o", str(out)])
    assert not out.exists()


def test_next_refuses_to_replace_a_file_without_force(tmp_path, capsys):
    t1, _t2 = _pair_on_disk(tmp_path)
    out = tmp_path / "finnes.samson"
    out.write_bytes(b"keep me")
    assert "--force" in _refused(capsys, ["next", str(t1), "-o", str(out)])
    assert out.read_bytes() == b"keep me"
    assert main(["next", str(t1), "-o", str(out), "--force"]) == 0
    assert read_session(out).earlier.session_id == "t1-session"
    assert (tmp_path / "finnes.samson.bak").read_bytes() == b"keep me"


def test_next_never_replaces_the_earlier_session_or_writes_into_a_folder(tmp_path, capsys):
    t1, _t2 = _pair_on_disk(tmp_path)
    before = t1.read_bytes()
    assert "earlier session itself" in _refused(capsys, ["next", str(t1), "-o", str(t1), "--force"])
    assert "folder" in _refused(capsys, ["next", str(t1), "-o", str(tmp_path)])
    assert "cannot write" in _refused(capsys, ["next", str(t1), "-o", str(tmp_path / "no" / "such.samson")])
    assert t1.read_bytes() == before


def test_next_refuses_a_date_before_the_earlier_one(tmp_path, capsys):
    t1, _t2 = _pair_on_disk(tmp_path)
    out = tmp_path / "out.samson"
    err = _refused(capsys, ["next", str(t1), "-o", str(out), "--date", "2026-03-13"])
    assert "2026-03-13" in err and "2026-03-14" in err and not out.exists()


@pytest.mark.parametrize("args", [
    ["--date", "2026-02-30"], ["--date", "14.03.2026"], ["--date", "20260314"], ["--label", "x" * 101], [],
])
def test_next_usage_errors(tmp_path, capsys, args):
    t1, _t2 = _pair_on_disk(tmp_path)
    out_args = ["-o", str(tmp_path / "out.samson")] if args else []
    _refused(capsys, ["next", str(t1), *out_args, *args], code=2)
    assert not (tmp_path / "out.samson").exists()


def test_the_next_session_keeps_the_choice_of_when_earlier_values_show():
    earlier = _earlier()
    assert next_session(earlier, date="2026-09-01").earlier_reveal == "after_answer"
    earlier.earlier_reveal = "on_key"
    assert next_session(earlier, date="2026-09-01").earlier_reveal == "on_key"
