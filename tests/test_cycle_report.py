"""The session report of a later time point: "Since last time", with both profiles and the follow-up, in the PDF text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from msgspec.structs import replace
import pytest
from pypdf import PdfReader

from factories import FIELD_IDS, session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.cycle import next_session
from samson_desktop.core.model import Explanation
from samson_desktop.fileformat import parse_session, read_session, write_session
from samson_desktop.report import plaintext, texts
from samson_desktop.report.comparison_report import write_comparison_report
from samson_desktop.report.session_report import build_session_report
from test_adversarial_corpus import CONTROL, MARKUP
from test_compare_report import HOSTILE as COMPARE_HOSTILE

HOSTILE_TEXT = f"{MARKUP} {CONTROL} {COMPARE_HOSTILE}"


def _answers(score: int) -> dict:
    return {f"{fid}.q{n}": {"consensus": score} for fid in FIELD_IDS for n in (1, 2)}


def _t1():
    measures = [
        {"id": "m1", "question_id": "f1.q1", "text": "Møtes hver måned", "status": "agreed", "owner": "Kari"},
        {"id": "m2", "question_id": "f2.q1", "text": "Allerede gjort", "status": "done"},
        {"id": "m3", "question_id": "f3.q1", "text": HOSTILE_TEXT, "status": "proposed", "owner": HOSTILE_TEXT},
    ]
    answers = _answers(4)
    answers["f3.q1"] = {"consensus": 8}
    doc = session_doc(session_id="t1-session", answers=answers, weights={"openness": 7}, measures=measures)
    return parse_session(json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def _t2(t1):
    t2 = next_session(t1, date="2026-09-01")
    t2.answers = dict(parse_session(json.dumps(session_doc(answers=_answers(6))).encode()).answers)
    notes = {"m1": ("done", "Vi møtes nå den første tirsdagen i måneden"), "m3": ("dropped", HOSTILE_TEXT)}
    t2.measures = [replace(m, status=notes[m.id][0], note=notes[m.id][1]) for m in t2.measures]
    return t2


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _has(typed: str, text: str) -> bool:
    return _squash(plaintext.clean(typed)) in _squash(text)


def _section(text: str, heading: str) -> str:
    return text[text.rindex(heading):]  # the heading itself, after any mention in the contents


def test_since_last_time_with_both_profiles_and_the_follow_up(tmp_path):
    t1 = _t1()
    path = build_session_report(_t2(t1), tmp_path / "t2.pdf", "en", earlier=t1)
    text = _text(path)
    since = _section(text, "Since last time")
    assert "T1 (dashed)" in since and "T2 (bold)" in since
    # Field 3 moved from (8 + 4) / 2 = 6.0 to 6.0; the others from 4.0 to 6.0; overall 4.3 → 6.0.
    assert _has("1 Field 1 4.0 6.0 +2.0", since) and _has("3 Field 3 6.0 6.0 0.0", since)
    assert "Profile strength 4.3 → 6.0 (+1.7)." in since
    assert "Follow-up of the measures from T1" in since
    assert "2 measures were carried over from T1" in since
    assert _has("Møtes hver måned Agreed Done Vi møtes nå den første tirsdagen i måneden", since)
    assert not _has("Allerede gjort", since)  # done at T1: not carried


def test_hostile_text_in_carried_measures_and_their_follow_up_is_printed_literally(tmp_path):
    t1 = _t1()
    text = _text(build_session_report(_t2(t1), tmp_path / "t2.pdf", "en", earlier=t1))
    since = _section(text, "Since last time")
    # The measure and the line on what happened, both hostile, each as typed (controls made visible).
    assert _squash(since).count(_squash(plaintext.clean(HOSTILE_TEXT))) >= 2
    assert "<b>fet</b>" in since and "&amp;" in since and "&#x41;" in since and "</para>" in since


def test_norwegian_has_every_word_translated(tmp_path):
    t1 = _t1()
    texts.MISSING.clear()
    text = _text(build_session_report(_t2(t1), tmp_path / "t2.pdf", "nb", earlier=t1))
    assert texts.MISSING == set()
    since = _section(text, "Siden sist")
    assert "T1 (stiplet)" in since and "Profilens styrke 4,3 → 6,0 (+1,7)." in since
    assert "Oppfølging av tiltakene fra T1" in since and _has("Avtalt Gjennomført", since)


def test_without_the_earlier_file_the_follow_up_is_still_there(tmp_path):
    text = _text(build_session_report(_t2(_t1()), tmp_path / "t2.pdf", "en"))
    since = _section(text, "Since last time")
    assert "The file of T1 was not found" in since and "T1 (dashed)" not in since
    assert _has("Møtes hver måned Agreed Done", since)


def test_a_first_time_point_has_no_such_section(tmp_path):
    text = _text(build_session_report(_t1(), tmp_path / "t1.pdf", "en"))
    assert "Since last time" not in text


def test_the_command_finds_the_earlier_session_beside_the_later_one(tmp_path, capsys):
    folder = tmp_path / "furulia"
    folder.mkdir()
    t1 = _t1()
    write_session(t1, folder / "t1.samson")
    write_session(_t2(t1), folder / "t2.samson")
    assert main(["report", str(folder / "t2.samson"), "-o", str(tmp_path / "t2.pdf"), "--lang", "en"]) == 0
    assert "Profile strength 4.3 → 6.0 (+1.7)." in _text(tmp_path / "t2.pdf")
    (folder / "t1.samson").unlink()
    capsys.readouterr()
    assert main(["report", str(folder / "t2.samson"), "-o", str(tmp_path / "t2b.pdf"), "--lang", "en"]) == 0
    assert "not found" in capsys.readouterr().err
    assert "The file of T1 was not found" in _text(tmp_path / "t2b.pdf")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_next_then_report_prints_the_hostile_carried_measure_literally(tmp_path, language):
    """`samson next` with hostile texts in the carried measures: the later report prints them as typed."""
    t1_path = tmp_path / "t1.samson"
    write_session(_t1(), t1_path)
    t2_path = tmp_path / "t2.samson"
    assert main(["next", str(t1_path), "-o", str(t2_path), "--date", "2026-09-01"]) == 0
    assert read_session(t2_path).measures[1].text == HOSTILE_TEXT
    assert main(["report", str(t2_path), "-o", str(tmp_path / "t2.pdf"), "--lang", language]) == 0
    since = _section(_text(tmp_path / "t2.pdf"), "Siden sist" if language == "nb" else "Since last time")
    assert _has(HOSTILE_TEXT, since)
    assert "<img src=x>" in since and "&#x41;" in since


def test_the_comparison_report_prints_what_happened_beside_each_carried_measure(tmp_path):
    t1 = _t1()
    path = write_comparison_report(t1, _t2(t1), tmp_path / "c.pdf", language="en")
    text = _text(path)
    follow = text[text.rindex("Follow-up of measures"):]
    assert _has("Møtes hver måned What happened: Vi møtes nå den første tirsdagen i måneden Agreed Done", follow)
    assert _has("What happened: " + HOSTILE_TEXT, follow)


@pytest.mark.parametrize("language", ["en", "nb"])
def test_since_last_time_prints_the_groups_explanations_beside_their_change(tmp_path, language):
    t1 = _t1()
    t2 = _t2(t1)
    t2.explanations = [
        Explanation("field", "f1", "Nye møtetider fra høsten av"),
        Explanation("question", "f3.q1", HOSTILE_TEXT, since="t1-session"),
        Explanation("field", "f2", "Gjelder en annen sammenligning", since="some-other-session"),
    ]
    texts.MISSING.clear()
    text = _text(build_session_report(t2, tmp_path / "t2.pdf", language, earlier=t1))
    assert texts.MISSING == set()
    since = _section(text, "Since last time" if language == "en" else "Siden sist")
    heading = "The group's explanations" if language == "en" else "Gruppens forklaringer"
    explained = since[since.index(heading):]
    mark, field = (".", "Field") if language == "en" else (",", "Felt")
    assert _has(f"1 {field} 1 4{mark}0 → 6{mark}0 Nye møtetider fra høsten av", explained)
    assert _has(plaintext.clean(HOSTILE_TEXT), explained) and "<b>fet</b>" in explained
    assert not _has("Gjelder en annen sammenligning", text)  # measured from another session
