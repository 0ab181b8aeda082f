"""The printable answer sheets: every question, numbered like the app, on one sheet per voice."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from factories import session_doc
from samson_desktop.cli.main import main
from samson_desktop.fileformat import write_session
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.report.answer_sheet import build_answer_sheets, sheets_for

VOICES = [
    {"id": "v1", "name": "Sørvik kommune", "kind": "municipality"},
    {"id": "v2", "name": "Verkstedet <b>&amp;</b>", "kind": "social_enterprise"},
]


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _session(**overrides):
    return session_from_dict(session_doc(**overrides))


def test_one_sheet_per_voice_with_every_question_and_box():
    session = _session(voices=VOICES)
    pages = _pages(build_answer_sheets(session, "en"))
    text = " ".join(pages)
    # Each sheet starts on its own page and names its voice there, literally.
    starts = [i for i, page in enumerate(pages) if "Answer sheet ·" in page]
    assert len(starts) == 2
    assert "Sørvik kommune" in pages[starts[0]]
    assert "Verkstedet <b>&amp;</b>" in pages[starts[1]]
    assert "Testsamarbeid" in text and "T1" in text
    for sheet_start, sheet_end in ((starts[0], starts[1]), (starts[1], len(pages))):
        sheet = " ".join(pages[sheet_start:sheet_end])
        for number in range(1, 8):
            for n in (1, 2):
                assert f"{number}-{n} Statement {number}-{n}" in sheet
        # Ten boxes per question, 1 to 10, and the "not relevant" box.
        boxes = re.findall(r"1 2 3 4 5 6 7 8 9 10 not relevant", sheet)
        assert len(boxes) == 14


def test_sheets_follow_the_session_language_and_the_requested_one():
    session = _session(voices=VOICES[:1])
    nb = " ".join(_pages(build_answer_sheets(session)))
    assert "Svarark" in nb and "Påstand 3-2 æøå" in nb and "ikke relevant" in nb
    en = " ".join(_pages(build_answer_sheets(session, "en")))
    assert "Answer sheet" in en and "Statement 3-2" in en and "Påstand" not in en


def test_a_blank_sheet_when_there_are_no_voices():
    session = _session(voices=[])
    assert [s.voice_label for s in sheets_for(session, "en")] == [None]
    pages = _pages(build_answer_sheets(session, "en"))
    assert "Voice / name:" in pages[0]
    assert "1-1 Statement 1-1" in " ".join(pages)


def test_blank_sheet_on_request_comes_after_the_voices():
    session = _session(voices=VOICES)
    assert [s.voice_label for s in sheets_for(session, "en", blank=True)] == [
        "Sørvik kommune", "Verkstedet <b>&amp;</b>", None]


def test_a_full_question_set_fits_on_a_few_pages_per_voice():
    doc = session_doc(voices=VOICES[:1])
    # 55 questions, each text about as long as the standard set's longest.
    long_text = "Vi har en felles visjon, et bilde av framtiden som vi alle ønsker oss og arbeider for sammen."
    for fld in doc["question_set"]["fields"]:
        fld["questions"] = [dict(fld["questions"][0], id=f"{fld['id']}.x{n}", text={"nb": long_text})
                            for n in range(8)]
    doc["question_set"]["fields"][0]["questions"] = doc["question_set"]["fields"][0]["questions"][:7]
    session = session_from_dict(doc)
    assert len(session.question_set.questions()) == 55
    assert len(PdfReader(io.BytesIO(build_answer_sheets(session))).pages) <= 3


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_cli_writes_sheets(tmp_path, capsys, lang):
    source = tmp_path / "økt.samson"
    write_session(_session(voices=VOICES), source)
    assert main(["sheets", str(source), "--lang", lang]) == 0
    target = tmp_path / "økt-answer-sheets.pdf"
    assert capsys.readouterr().out.strip() == str(target)
    assert "Sørvik kommune" in " ".join(_pages(target.read_bytes()))
    out = tmp_path / "ark.pdf"
    assert main(["sheets", str(source), "-o", str(out), "--blank"]) == 0
    assert len(_pages(out.read_bytes())) > len(_pages(target.read_bytes()))


def test_cli_refuses_a_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.samson"
    bad.write_text("{", encoding="utf-8")
    assert main(["sheets", str(bad)]) == 1
    assert capsys.readouterr().err
    assert not (tmp_path / "bad-answer-sheets.pdf").exists()
