"""More than two time points and why scores changed: the chain and explanation cores, ``samson compare T1 T2 T3``,
and the explanations in the comparison PDF, printed literally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from factories import FIELD_IDS, session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.chain import build_chain, out_of_order
from samson_desktop.core.comparison import compare_scores
from samson_desktop.core.explanations import explanation, explanations_since, with_explanation
from samson_desktop.core.to_explain import to_explain
from samson_desktop.core.model import Explanation
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import read_session, write_session
from samson_desktop.fileformat.codec import session_from_dict

HOSTILE = "<b>fet</b> &amp; <img src=x> ]]> «sitat» æøå </para> &#x41; =1+1"


def _answers(base: int, f3: tuple[int, int]) -> dict:
    out = {}
    for fid in FIELD_IDS:
        a, b = f3 if fid == "f3" else (base, base)
        out[f"{fid}.q1"] = {"consensus": a}
        out[f"{fid}.q2"] = {"consensus": b}
    return out


def _doc(sid: str, label: str, date: str, base: int, f3: tuple[int, int], **more) -> dict:
    return session_doc(session_id=sid, time_point={"label": label, "date": date, "place": ""},
                       answers=_answers(base, f3), **more)


T1 = _doc("t1", "T1", "2025-01-10", 4, (8, 8))
T2 = _doc("t2", "T2", "2025-06-10", 5, (3, 4), explanations=[
    {"kind": "field", "target": "f3", "since": "t1", "text": "Koordinatoren sluttet"},
    {"kind": "question", "target": "f3.q1", "since": "t1", "text": HOSTILE},
])
T3 = _doc("t3", "T3", "2026-01-10", 6, (7, 7), explanations=[
    {"kind": "field", "target": "f3", "since": "t2", "text": "Ny koordinator fra høsten"},
])


def _session(doc: dict):
    return session_from_dict(doc)


# --- core ---------------------------------------------------------------------------------------

def test_a_chain_holds_each_consecutive_change_and_every_path():
    chain = build_chain([_session(T1), _session(T2), _session(T3)])
    assert len(chain) == 3 and len(chain.steps) == 2
    assert chain.field_path("f3") == [8.0, 3.5, 7.0]
    assert chain.field_path("f1") == [4.0, 5.0, 6.0]
    step1 = {d.id: d for d in chain.steps[0].fields}
    step2 = {d.id: d for d in chain.steps[1].fields}
    assert step1["f3"].delta == -4.5 and step2["f3"].delta == 3.5
    whole = {d.id: d for d in chain.first_last().fields}
    assert whole["f3"].delta == -1.0 and whole["f1"].delta == 2.0
    assert chain.overall_path()[0] == pytest.approx((6 * 4 + 8) / 7)
    assert chain.out_of_order() == []
    assert chain.field_ids() == FIELD_IDS


def test_two_sessions_make_a_chain_of_one_step_and_fewer_are_refused():
    chain = build_chain([_session(T1), _session(T2)])
    assert chain.first_last() is chain.steps[0]
    with pytest.raises(ValueError):
        build_chain([_session(T1)])


def test_dates_out_of_order_are_found_and_undated_sessions_are_not_blamed():
    sessions = [_session(T1), _session(T3), _session(T2)]
    assert out_of_order(sessions) == [2]
    undated = _session(session_doc(session_id="x", time_point={"label": "T?"}))
    assert out_of_order([_session(T3), undated, _session(T1)]) == []


def test_the_changes_to_explain_are_moves_of_one_point_and_the_largest_rise_and_fall_of_each_level():
    c = compare_scores(score_session(_session(T1)), score_session(_session(T2)))
    places = {(x.kind, x.target): x.reason for x in to_explain(c)}
    # Fields: f3 −4.5 (the largest fall), the others +1.0 (each tied for the largest rise).
    assert places[("field", "f3")] == "largest_fall"
    assert places[("field", "f1")] == "largest_rise"
    assert places[("question", "f3.q1")] == "largest_fall"  # −5
    assert places[("question", "f3.q2")] == "moved"  # −4
    # A change below 1.0 that is not the largest of its level has no place.
    small = compare_scores(score_session(_session(T1)), score_session(_session(
        _doc("s", "T2", "2025-02-01", 4, (8, 8)) | {"answers": _answers(4, (8, 8)) | {"f1.q1": {"consensus": 5},
                                                                                       "f2.q1": {"consensus": 3},
                                                                                       "f4.q1": {"consensus": 4}}})))
    kinds = {(x.kind, x.target): x.reason for x in to_explain(small)}
    assert ("question", "f1.q1") in kinds and ("question", "f2.q1") in kinds
    assert ("question", "f4.q1") not in kinds


def test_explanations_belong_to_the_comparison_with_the_session_named_in_since():
    t3 = _session(T3)
    assert explanation(t3, "field", "f3", "t2") == "Ny koordinator fra høsten"
    assert explanation(t3, "field", "f3", "t1") == ""
    general = with_explanation([], "field", "f1", "", "Gjelder alltid")
    own = with_explanation(general, "field", "f1", "t1", "Bare mot T1")
    t3.explanations = own
    assert explanation(t3, "field", "f1", "t1") == "Bare mot T1"
    assert explanation(t3, "field", "f1", "t2") == "Gjelder alltid"
    assert explanations_since(t3, "t1") == {("field", "f1"): "Bare mot T1"}
    # Blank text removes the explanation; other explanations and unknown keys stay.
    kept = [Explanation("question", "f2.q1", "x", "t1", {"future": 1})]
    assert with_explanation(kept + own, "field", "f1", "t1", "  ") == kept + general
    assert with_explanation(kept, "question", "f2.q1", "t1", "y")[0].extra == {"future": 1}


def test_explanations_are_read_and_written_back_unchanged(tmp_path):
    path = tmp_path / "t2.samson"
    doc = dict(T2, explanations=T2["explanations"] + [{"kind": "field", "target": "f1", "text": "Ukjent", "new": 2}])
    path.write_text(json.dumps(doc), encoding="utf-8")
    session = read_session(path)
    assert [(e.kind, e.target, e.since, e.text) for e in session.explanations][2] == ("field", "f1", "", "Ukjent")
    out = tmp_path / "out.samson"
    write_session(session, out)
    assert json.loads(out.read_text(encoding="utf-8"))["explanations"] == doc["explanations"]


@pytest.mark.parametrize("bad", [
    {"kind": "value", "target": "openness", "text": "x"},
    {"kind": "field", "target": "f1"},
    {"kind": "field", "target": "f1", "text": "x", "since": "not an id!"},
    {"kind": "field", "target": "f1", "text": "x" * 20001},
])
def test_a_bad_explanation_is_refused_with_its_place(tmp_path, bad):
    path = tmp_path / "bad.samson"
    path.write_text(json.dumps(dict(T1, explanations=[bad])), encoding="utf-8")
    assert main(["validate", str(path)]) == 1


# --- samson compare with three files ------------------------------------------------------------

@pytest.fixture
def files(tmp_path) -> list[str]:
    out = []
    for name, doc in (("t1", T1), ("t2", T2), ("t3", T3)):
        path = tmp_path / f"{name}.samson"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        out.append(str(path))
    return out


def test_json_with_two_files_is_one_comparison_and_with_three_a_list_of_the_consecutive_ones(files, capsys):
    assert main(["compare", files[0], files[1], "--json"]) == 0
    two = json.loads(capsys.readouterr().out)
    assert isinstance(two, dict)
    assert set(two) == {"earlier", "later", "overall", "weights", "values", "fields", "questions", "follow_up",
                        "character", "new_measures"}
    assert main(["compare", *files, "--json"]) == 0
    three = json.loads(capsys.readouterr().out)
    assert isinstance(three, list) and len(three) == 2
    assert three[0] == two
    assert (three[1]["earlier"]["session_id"], three[1]["later"]["session_id"]) == ("t2", "t3")
    assert set(three[1]) == set(two)
    f3 = next(f for f in three[1]["fields"] if f["id"] == "f3")
    assert (f3["earlier"], f3["later"], f3["delta"]) == (3.5, 7.0, 3.5)


def test_sessions_out_of_time_order_are_warned_about_and_compared_as_given(files, capsys):
    assert main(["compare", files[0], files[2], files[1], "--json"]) == 0
    captured = capsys.readouterr()
    assert "warning: the sessions are not in time order" in captured.err
    assert "t2.samson is dated 2025-06-10, before" in captured.err
    steps = json.loads(captured.out)
    assert [(s["earlier"]["session_id"], s["later"]["session_id"]) for s in steps] == [("t1", "t3"), ("t3", "t2")]
    assert main(["compare", *files, "--json"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_text_shows_each_path_and_every_step_with_its_explanations(files, capsys):
    assert main(["compare", *files]) == 0
    out = capsys.readouterr().out
    assert "3 Felt 3" in out and "8.0    3.5    7.0    −1.0" in out
    assert "Step 1: T1 → T2" in out and "Step 2: T2 → T3" in out
    assert "Ny koordinator fra høsten" in out and "<b>fet</b> &amp; <img src=x>" in out


def test_one_file_is_wrong_usage(files):
    with pytest.raises(SystemExit) as exc:
        main(["compare", files[0]])
    assert exc.value.code == 2


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_pdf_of_three_time_points_shows_the_path_and_every_explanation_literally(files, tmp_path):
    out = tmp_path / "chain.pdf"
    assert main(["compare", *files, "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "Sammenligning av 3 tidspunkter" in text
    assert "Utviklingen over tid" in text and "T1 → T2 → T3" in text
    assert "Forklaringer underveis" in text
    assert "Koordinatoren sluttet" in text and "Ny koordinator fra høsten" in text
    flat = " ".join(text.split())
    assert "<b>fet</b> &amp; <img src=x> ]]> «sitat» æøå </para> &#x41; =1+1" in flat


def test_the_pdf_of_two_time_points_prints_each_explanation_beside_its_change(files, tmp_path):
    out = tmp_path / "two.pdf"
    assert main(["compare", files[0], files[1], "-o", str(out)]) == 0
    text = _pdf_text(out)
    flat = " ".join(text.split())
    assert "Hvorfor det endret seg" in text
    assert "Hvorfor: Koordinatoren sluttet" in flat
    assert flat.count("<b>fet</b> &amp; <img src=x> ]]> «sitat» æøå </para> &#x41; =1+1") >= 3
    # Without explanations the report has no such section.
    plain = tmp_path / "plain.pdf"
    assert main(["compare", files[0], files[2], "-o", str(plain)]) == 0
    assert "Hvorfor" not in _pdf_text(plain)
