"""The measures in the exports (NAME-measures.csv), the CSV's guard against formulas and control bytes,
and the export streaming its sessions one at a time."""

from __future__ import annotations

import csv
import gc
import io
import json

import pytest

from factories import session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.model import Session
from samson_desktop.fileformat import parse_session
from samson_desktop.report.csv_export import MEASURE_COLUMNS, measures_path, safe_text, write_csv
from samson_desktop.report.tables import NOT_PLACED

MEASURES = [
    {"id": "m1", "question_id": "f1.q2", "text": "Månedlig kaffemøte", "quadrant": "more-new",
     "status": "agreed", "owner": "Lars", "due": "2026-06-01", "note": "Holdt i mars; åtte kom."},
    {"id": "m2", "question_id": "f2.q1", "text": "=1+1", "status": "proposed"},
]


def session_from(**overrides):
    return parse_session(json.dumps(session_doc(**overrides), ensure_ascii=False).encode("utf-8"))


def read_rows(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_measures_go_to_name_measures_csv_one_row_each_with_their_follow_up(tmp_path):
    session = session_from(session_id="s1", measures=MEASURES, time_point={"label": "T1", "date": "2026-03-14"})
    out = write_csv([session], tmp_path / "verksted.csv")
    assert measures_path(out) == tmp_path / "verksted-measures.csv"
    header, *rows = read_rows(tmp_path / "verksted-measures.csv")
    assert header == list(MEASURE_COLUMNS)
    first, second = (dict(zip(header, row)) for row in rows)
    assert first == {
        "session_id": "s1", "collaboration": "Testsamarbeid", "time_point": "T1", "date": "2026-03-14",
        "question_id": "f1.q2", "question_number": "1-2", "question": "Påstand 1-2 æøå", "measure_id": "m1",
        "measure": "Månedlig kaffemøte", "quadrant": "more-new", "status": "agreed", "owner": "Lars",
        "due": "2026-06-01", "follow_up_note": "Holdt i mars; åtte kom.",
    }
    # A measure not placed yet says so; its formula-like text is neutralised like any other cell.
    assert second["quadrant"] == NOT_PLACED and second["measure"] == "'=1+1"
    assert second["owner"] == "" and second["due"] == "" and second["follow_up_note"] == ""


@pytest.mark.parametrize("start", ["\n", "\r", "\t", "\uff1d", "\uff0b", "\uff0d", "\uff20", "=", "+", "-", "@",
                                   " =", "|"])
def test_every_formula_start_is_neutralised_in_both_tables(tmp_path, start):
    hostile = f"{start}HYPERLINK(\"http://x\")"
    measure = {"id": "m1", "question_id": "f1.q1", "text": hostile, "status": "proposed", "owner": hostile,
               "note": hostile}
    session = session_from(collaboration={"name": hostile}, answers={"f1.q1": {"consensus": 4, "note": hostile}},
                           measures=[measure])
    out = write_csv([session], tmp_path / "out.csv")
    answers = dict(zip(*read_rows(out)[:2]))
    measures = dict(zip(*read_rows(measures_path(out))[:2]))
    for cell in (answers["collaboration"], answers["note"], measures["measure"], measures["owner"],
                 measures["follow_up_note"], measures["collaboration"]):
        assert cell.startswith("'"), repr(cell)


def test_raw_control_bytes_never_reach_the_csv(tmp_path):
    hostile = "a\x00b\x1b[2Jc\x1b]0;title\x07d\x7fe\x9bf"
    session = session_from(collaboration={"name": hostile}, answers={"f1.q1": {"note": hostile}},
                           measures=[{"id": "m1", "question_id": "f1.q1", "text": hostile, "status": "done"}])
    out = write_csv([session], tmp_path / "out.csv")
    for path in (out, measures_path(out)):
        text = path.read_bytes().decode("utf-8")
        for byte in ("\x00", "\x1b", "\x07", "\x7f", "\x9b"):
            assert byte not in text
        assert "a␀b␛[2Jc" in text  # made visible, not silently dropped
    # Line breaks inside a note stay line breaks (quoted), only a leading one is neutralised.
    assert safe_text("one\ntwo") == "one\ntwo"


def test_export_reads_a_generator_once_and_never_holds_every_session(tmp_path):
    """``samson export`` hands the writer a generator that reads one file at a time: a session must be
    let go before the next is read, so memory does not grow with the number of files."""
    live: list[int] = []

    def sessions():
        for n in range(6):
            gc.collect()
            live.append(sum(1 for o in gc.get_objects()
                            if isinstance(o, Session) and o.session_id.startswith("gen-")))
            yield session_from(session_id=f"gen-{n}", measures=MEASURES)

    out = write_csv(sessions(), tmp_path / "many.csv")
    assert len(read_rows(out)) == 1 + 6 * 14
    assert len(read_rows(measures_path(out))) == 1 + 6 * 2
    assert max(live) <= 1, live


def test_cli_export_writes_measures_and_xlsx(tmp_path, capsys):
    path = tmp_path / "a.samson"
    path.write_text(json.dumps(session_doc(measures=MEASURES), ensure_ascii=False), encoding="utf-8")
    assert main(["export", str(path), "--csv", str(tmp_path / "a.csv"), "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "14 answer rows and 2 measures from 1 session" in out
    assert len(read_rows(tmp_path / "a-measures.csv")) == 3
    assert (tmp_path / "a.xlsx").read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-measures.csv", "a.csv", "a.samson", "a.xlsx"]
