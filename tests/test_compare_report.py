"""The comparison PDF: its text (fields, one-decimal deltas, follow-up, literal user text) and its standards."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from factories import FIELD_IDS, question_set_doc, session_doc
from samson_desktop.cli.main import main
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.report import plaintext, texts
from samson_desktop.report.comparison_report import write_comparison_report

HOSTILE = "<b>fet</b> &amp; <img src=x> ]]> «sitat» æøå \x00\x07 <!-- --> </para> &#x41;"


def _session(**overrides):
    return parse_session(json.dumps(session_doc(**overrides), ensure_ascii=False).encode("utf-8"))


def _answers(q1: int, q2: int, f3: tuple) -> dict:
    out = {}
    for fid in FIELD_IDS:
        a, b = f3 if fid == "f3" else (q1, q2)
        out[f"{fid}.q1"] = {"consensus": a}
        if b is not None:
            out[f"{fid}.q2"] = {"consensus": b}
    return out


def _edited_set() -> dict:
    """Version 2.0: question f7.q2 is gone and f7.new takes its place."""
    qs = question_set_doc(version="2.0")
    qs["fields"][6]["questions"][1] = dict(qs["fields"][6]["questions"][1], id="f7.new",
                                           text={"nb": "Nytt spørsmål", "en": "A new question"})
    return qs


def _later_answers() -> dict:
    answers = _answers(5, 6, (8, 9))
    del answers["f7.q2"]  # not in the edited set
    answers["f7.new"] = {"consensus": 3}
    return answers


@pytest.fixture
def pair():
    earlier = _session(
        session_id="early", collaboration={"name": HOSTILE}, facilitator="Kari",
        weights={"openness": 6, "democracy": 4}, answers=_answers(4, 6, (2, 2)),
        measures=[
            {"id": "m1", "question_id": "f3.q1", "text": HOSTILE, "quadrant": "more-new", "status": "agreed"},
            {"id": "m2", "question_id": "f1.q1", "text": "Skrive referat etter hvert møte", "quadrant": "more-new",
             "status": "proposed"},
            {"id": "m3", "question_id": "f1.q2", "text": "Allerede droppet tiltak", "quadrant": "less-new",
             "status": "dropped"},
            {"id": "m4", "question_id": "f7.q2", "text": "Tiltak på et fjernet spørsmål", "quadrant": "more-new",
             "status": "agreed"},
        ])
    later = _session(
        session_id="late", collaboration={"name": HOSTILE}, facilitator="Kari", question_set=_edited_set(),
        time_point={"label": "T2", "date": "2026-09-01", "place": "", "phase": "implementation"},
        weights={"openness": 9, "democracy": 4}, answers=_later_answers(),
        measures=[
            {"id": "m1", "question_id": "f3.q1", "text": HOSTILE, "quadrant": "more-new", "status": "done"},
            {"id": "m9", "question_id": "f2.q1", "text": "Et nytt tiltak", "quadrant": "more-new", "status": "agreed"},
        ])
    return earlier, later


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _has(typed: str, text: str) -> bool:
    return _squash(plaintext.clean(typed)) in _squash(text)


def test_the_text_has_fields_deltas_with_one_decimal_and_the_follow_up(pair, tmp_path):
    path = write_comparison_report(*pair, tmp_path / "c.pdf", language="en")
    text = _text(path)
    for number in range(1, 8):
        assert f"{number} Field {number}" in text
    # Field 3: 2.0 → 8.5. Overall: (6×5 + 2)/7 = 4.57 → (5×5.5 + 8.5 + 4)/7 = 5.71.
    assert "2.0 → 8.5 (+6.5)" in text
    assert "4.6 → 5.7 (+1.1)" in text
    assert "4.0 → 5.0 (+1.0)" in text  # question 1-1 of every other field
    assert not re.search(r"\d\.\d\d", text), "every number has one decimal"
    assert "largest improvement" in text
    # Follow-up: the agreed and the proposed measure, not the dropped one, each with its status now.
    assert "Follow-up of measures" in text
    assert _has("Skrive referat etter hvert møte", text) and not _has("Allerede droppet tiltak", text)
    assert "not carried over" in text
    assert _has("Agreed Done", text)
    assert "the question is no longer in the set" in text
    assert _has("Et nytt tiltak", text)  # a new measure at T2
    # Both weightings.
    assert "Both weightings" in text and _has("Weight T1", text) and _has("6.0 9.0 +3.0", text)


def test_questions_on_one_side_only_are_listed_as_such(pair, tmp_path):
    text = _text(write_comparison_report(*pair, tmp_path / "c.pdf", language="en"))
    section = text[text.index("Questions on one side only"):]
    assert _has("Statement 7-2", section) and "f7.q2" in section
    assert _has("A new question", section) and "f7.new" in section
    assert "only in T1" in text and "only in T2" in text


def test_user_text_is_printed_literally(pair, tmp_path):
    text = _text(write_comparison_report(*pair, tmp_path / "c.pdf", language="en"))
    assert _has(HOSTILE, text)
    assert "<b>fet</b>" in text and "&amp;" in text and "&#x41;" in text


def test_norwegian_has_decimal_commas_and_every_string_translated(pair, tmp_path):
    texts.MISSING.clear()
    text = _text(write_comparison_report(*pair, tmp_path / "c.pdf"))
    assert texts.MISSING == set()
    assert "2,0 → 8,5 (+6,5)" in text
    assert "Oppfølging av tiltak" in text and "ikke videreført" in text
    assert "Begge vektingene" in text


def test_metadata_outline_page_numbers_and_embedded_fonts(pair, tmp_path):
    reader = PdfReader(write_comparison_report(*pair, tmp_path / "c.pdf", language="en"))
    meta = reader.metadata
    assert meta["/Title"].startswith("SAMSON comparison – ") and meta["/Title"].endswith("T1 → T2")
    assert meta["/Author"] == "Kari"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    titles = [e.title for e in reader.outline if not isinstance(e, list)]
    for expected in ("How to read this comparison", "Overview", "Fields", "Values", "1 Field 1", "7 Field 7",
                     "Questions by size of change", "Questions on one side only", "Follow-up of measures",
                     "Both weightings"):
        assert expected in titles
    total = len(reader.pages)
    assert f"Page 2 of {total}" in reader.pages[1].extract_text()
    assert "Page 1 of" not in reader.pages[0].extract_text()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert str(font["/BaseFont"]).split("+")[-1].startswith("DejaVuSans")
            assert "/FontFile2" in font["/FontDescriptor"]
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_a_session_without_answers_or_measures(tmp_path):
    empty = _session(session_id="e")
    text = _text(write_comparison_report(empty, empty, tmp_path / "c.pdf", language="en"))
    assert "The earlier session has no measures to follow up." in text
    assert "Every question is in both sessions." in text
    assert "There is no overall change" in text


def test_the_command_writes_the_pdf(pair, tmp_path):
    earlier = tmp_path / "a.samson"
    later = tmp_path / "b.samson"
    from samson_desktop.fileformat import write_session

    write_session(pair[0], earlier)
    write_session(pair[1], later)
    out = tmp_path / "x.pdf"
    assert main(["compare", str(earlier), str(later), "-o", str(out), "--lang", "en"]) == 0
    assert "Follow-up of measures" in _text(out)


def test_the_demo_comparison(tmp_path):
    paths = demo_session_paths()
    if not all(p.exists() for p in paths):
        pytest.skip("demo sessions not present")
    earlier, later = (read_session(p) for p in paths)
    text = _text(write_comparison_report(earlier, later, tmp_path / "demo.pdf"))
    for m in earlier.measures:
        if m.status != "dropped":
            assert _has(m.text, text), m.text
    assert "Gjennomført" in text and "Pågår" in text
