"""The CSV export: one row per session × question, BOM, columns, quoting, formula guard, CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from factories import question_set_doc, session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.report.character_columns import CHARACTER_COLUMNS
from samson_desktop.report.csv_export import BASE_COLUMNS, MEASURE_COLUMNS, csv_table, number, safe_text, write_csv

VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Frivilligsentralen", "kind": "voluntary"}]


def session_from(**overrides):
    return parse_session(json.dumps(session_doc(**overrides), ensure_ascii=False).encode("utf-8"))


def read_rows(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the file starts with a UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_one_row_per_session_and_question_with_the_documented_columns(tmp_path):
    first = session_from(session_id="a", voices=VOICES, weights={"openness": 8, "democracy": 4},
                         answers={"f1.q1": {"voices": {"v1": 3, "v2": 8}, "note": "Notat æøå"},
                                  "f1.q2": {"consensus": 6}, "f2.q1": {"not_applicable": True}})
    second = session_from(session_id="b", question_set=question_set_doc(3),
                          time_point={"label": "T2", "date": "2026-09-01"})
    out = write_csv([first, second], tmp_path / "out.csv")
    rows = read_rows(out)
    header, body = rows[0], rows[1:]
    assert header == [*BASE_COLUMNS, "voice: Kommunen", "voice: Frivilligsentralen", "note", *CHARACTER_COLUMNS]
    assert len(body) == 14 + 21
    row = dict(zip(header, body[0]))
    assert row["session_id"] == "a" and row["collaboration"] == "Testsamarbeid"
    assert row["time_point"] == "T1" and row["date"] == "2026-03-14"
    assert row["field_number"] == "1" and row["field"] == "Felt 1"
    assert row["question_id"] == "f1.q1" and row["question_number"] == "1-1"
    assert row["question"] == "Påstand 1-1 æøå"
    assert row["score"] == "5.5" and row["importance"] == "8" and row["gap"] == "2.5" and row["spread"] == "5"
    assert row["voice: Kommunen"] == "3" and row["voice: Frivilligsentralen"] == "8"
    assert row["note"] == "Notat æøå" and row["not_relevant"] == "0" and row["divergence_rank"] == "1"
    second_row = dict(zip(header, body[1]))
    assert second_row["score"] == "6" and second_row["voice: Kommunen"] == "" and second_row["spread"] == ""
    assert second_row["divergence_rank"] == ""
    assert second_row["importance"] == "6.6667" and second_row["gap"] == "0.6667"
    na = dict(zip(header, body[2]))
    assert na["question_id"] == "f2.q1" and na["not_relevant"] == "1" and na["score"] == ""
    later = dict(zip(header, body[14]))
    assert later["session_id"] == "b" and later["time_point"] == "T2" and later["voice: Kommunen"] == ""


def test_numbers_match_the_scores_at_four_decimals():
    session = read_session(demo_session_paths()[0])
    header, rows = csv_table([session])
    scores = score_session(session)
    col = header.index
    for row, q in zip(rows, scores.questions):
        for name in ("score", "importance", "gap", "spread"):
            value = getattr(q, name)
            assert (row[col(name)] == "") == (value is None)
            if value is not None:
                assert float(row[col(name)]) == pytest.approx(value, abs=5e-5)


def test_voice_columns_are_shared_by_name_across_sessions_and_kept_apart_within_one():
    t1 = session_from(session_id="t1", voices=VOICES, answers={"f1.q1": {"voices": {"v1": 2, "v2": 4}}})
    twins = [{"id": "x", "name": "Kommunen", "kind": "municipality"},
             {"id": "y", "name": "Kommunen", "kind": "municipality"},
             {"id": "z", "name": "Innbyggere", "kind": "citizen"}]
    t2 = session_from(session_id="t2", voices=twins, answers={"f1.q1": {"voices": {"x": 7, "y": 9, "z": 1}}})
    header, rows = csv_table([t1, t2])
    voices = [h for h in header if h.startswith("voice: ")]
    assert voices == ["voice: Kommunen", "voice: Frivilligsentralen", "voice: Kommunen (2)", "voice: Innbyggere"]
    t2_first = dict(zip(header, rows[14]))
    assert t2_first["voice: Kommunen"] == "7" and t2_first["voice: Kommunen (2)"] == "9"
    assert t2_first["voice: Innbyggere"] == "1" and t2_first["voice: Frivilligsentralen"] == ""


def test_quotes_commas_and_newlines_survive_a_spreadsheet_round_trip(tmp_path):
    note = 'Han sa "nei", og så:\nny linje\r\nog «sitat»; slutt'
    session = session_from(answers={"f1.q1": {"consensus": 5, "note": note}},
                           collaboration={"name": "A, B og \"C\""})
    out = write_csv([session], tmp_path / "q.csv")
    raw = out.read_bytes().decode("utf-8-sig")
    assert '"Han sa ""nei"", og så:\nny linje\r\nog «sitat»; slutt"' in raw
    rows = read_rows(out)
    assert rows[1][rows[0].index("note")] == note
    assert rows[1][1] == 'A, B og "C"'


def test_anonymous_sessions_head_participant_columns_with_numbered_labels():
    voices = [{"id": "p1", "name": "Kari Nordmann", "kind": "participant"},
              {"id": "p2", "name": "Ola Nordmann", "kind": "participant"},
              {"id": "k", "name": "Kommunen", "kind": "municipality"}]
    session = session_from(voices=voices, anonymous_report=True,
                           answers={"f1.q1": {"voices": {"p1": 2, "p2": 5, "k": 9}, "note": "x"}})
    header, rows = csv_table([session])
    assert [h for h in header if h.startswith("voice: ")] == [
        "voice: Deltaker 1", "voice: Deltaker 2", "voice: Kommunen"]
    assert not any("Nordmann" in cell for row in [header, *rows] for cell in row)
    assert dict(zip(header, rows[0]))["voice: Deltaker 2"] == "5"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_user_text_that_would_run_as_a_formula_gets_a_leading_apostrophe(start):
    hostile = f'{start}HYPERLINK("http://x","klikk")'
    session = session_from(collaboration={"name": hostile},
                           time_point={"label": hostile, "date": "2026-03-14"},
                           voices=[{"id": "v1", "name": hostile, "kind": "other"}],
                           weights={"openness": 1},
                           answers={"f1.q1": {"voices": {"v1": 9}, "note": hostile}})
    header, rows = csv_table([session])
    row = dict(zip(header, rows[0]))
    for column in ("collaboration", "time_point", "note"):
        assert row[column] == "'" + hostile
    assert f"voice: {hostile}" in header  # safe: the header cell starts with "voice: "
    assert row["gap"] == "-8"  # numbers are numbers, never prefixed


def test_safe_text_and_number_helpers():
    assert safe_text("vanlig tekst") == "vanlig tekst" and safe_text("") == "" and safe_text(None) == ""
    assert safe_text("\tTAB") == "'\tTAB" and safe_text("a=b") == "a=b"
    assert number(None) == "" and number(7.0) == "7" and number(6.333333) == "6.3333" and number(-0.00001) == "0"


# --- command line ----------------------------------------------------------------------------------

def _write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_export_writes_the_csv(tmp_path, capsys):
    a = _write(tmp_path, "a.samson", session_doc(session_id="a"))
    b = _write(tmp_path, "b.samson", session_doc(session_id="b"))
    out = tmp_path / "out.csv"
    assert main(["export", str(a), str(b), "--csv", str(out)]) == 0
    assert len(read_rows(out)) == 1 + 28
    assert "28 answer rows and 0 measures from 2 sessions" in capsys.readouterr().out
    assert read_rows(tmp_path / "out-measures.csv") == [list(MEASURE_COLUMNS)]


def test_cli_export_bad_input_exits_1_and_writes_nothing(tmp_path):
    good = _write(tmp_path, "good.samson", session_doc())
    bad = tmp_path / "bad.samson"
    bad.write_text('{"format": "samson-session", "format_version": 1, "language": 7}', encoding="utf-8")
    out = tmp_path / "out.csv"
    out.write_text("earlier export", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "samson_desktop", "export", str(good), str(bad),
                             str(tmp_path / "missing.samson"), "--csv", str(out)],
                            capture_output=True, text=True, env={**os.environ})
    assert result.returncode == 1
    assert "bad.samson" in result.stderr and "missing.samson: The file does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.samson", "good.samson", "out.csv"]


def test_cli_export_usage_errors_exit_2(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "samson_desktop", "export", *a],  # noqa: E731
                                    capture_output=True, text=True, env={**os.environ})
    assert run("x.samson").returncode == 2  # --csv is required
    assert run("--csv", str(tmp_path / "o.csv")).returncode == 2  # no files


def test_the_character_and_who_is_left_out_are_columns_on_every_row_of_their_session():
    character = {"time_perspective": "lasting", "relation_depth": "task",
                 "citizen_roles": ["co_designer", "co_initiator"], "citizen_influence": "acknowledging",
                 "citizen_resources": "addition", "goal_attainment": 7, "expectations_met": 4}
    with_it = session_from(character=character, left_out=["Ungdommene", "=Skolen"])
    without = session_from(session_id="s-2")
    header, rows = csv_table([with_it, without])
    col = header.index
    first = rows[0]
    assert first[col("time_perspective")] == "lasting" and first[col("relation_depth")] == "task"
    assert first[col("citizen_roles")] == "co_initiator;co_designer"
    assert first[col("citizen_influence")] == "acknowledging" and first[col("citizen_resources")] == "addition"
    assert first[col("goal_attainment")] == "7" and first[col("expectations_met")] == "4"
    # (1 + 0 + 2/3 + 1/2) / 4
    assert first[col("continuum_position")] == "0.5417"
    assert first[col("left_out")] == "Ungdommene; =Skolen"
    assert all(row[col("time_perspective")] == "lasting" for row in rows[:14])
    last = rows[-1]
    assert [last[col(name)] for name in CHARACTER_COLUMNS] == [""] * len(CHARACTER_COLUMNS)
