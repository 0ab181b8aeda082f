"""The .samson-seminar file: round trip, relative paths, plain messages for broken files, the schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from seminar_fixtures import write_cases
from samson_desktop.core.seminar import NAME_CHOSEN, NAME_REAL, Sharing
from samson_desktop.fileformat import messages
from samson_desktop.fileformat.seminar_file import (
    SeminarCase,
    SeminarFile,
    SeminarFileError,
    load_cases,
    parse_seminar,
    read_seminar,
    relative_session_path,
    resolve_session_path,
    seminar_problems,
    seminar_schema,
    seminar_to_dict,
    write_seminar,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "file-format.md"


def _seminar(folder: Path) -> tuple[SeminarFile, Path]:
    paths = write_cases(folder / "sessions")
    target = folder / "høst.samson-seminar"
    cases = [SeminarCase([relative_session_path(paths["north"], target)], Sharing(name=NAME_REAL, notes=True)),
             SeminarCase([relative_session_path(paths["south"], target)],
                         Sharing(name=NAME_CHOSEN, chosen_name="Kystlaget", party_names=True)),
             SeminarCase([relative_session_path(paths["east"], target)]),
             SeminarCase([relative_session_path(paths["west"], target)], Sharing(measures=False))]
    return SeminarFile(cases, "Høstsamling", "nb"), target


def test_round_trip_and_relative_paths(tmp_path):
    seminar, target = _seminar(tmp_path)
    write_seminar(seminar, target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "samson-seminar" and doc["format_version"] == 1
    assert doc["cases"][0]["sessions"] == ["sessions/nordby-2026-varen.samson"]
    assert doc["cases"][1]["share"] == {"name": "chosen", "chosen_name": "Kystlaget", "notes": False,
                                        "measures": True, "measure_owners": False, "party_names": True}
    again = read_seminar(target)
    assert again == seminar
    cases = load_cases(again, target)
    assert [c.latest.session_id for c in cases] == ["north-1", "south-1", "east-1", "west-1"]
    assert cases[0].sharing.notes and not cases[3].sharing.measures


def test_the_folder_can_move_as_a_whole(tmp_path):
    seminar, target = _seminar(tmp_path / "before")
    write_seminar(seminar, target)
    (tmp_path / "before").rename(tmp_path / "after")
    moved = tmp_path / "after" / target.name
    assert len(load_cases(read_seminar(moved), moved)) == 4


def test_paths_outside_the_folder_and_windows_separators(tmp_path):
    session = tmp_path / "a" / "x.samson"
    seminar = tmp_path / "b" / "c" / "s.samson-seminar"
    assert relative_session_path(session, seminar) == "../../a/x.samson"
    assert resolve_session_path("../../a/x.samson", seminar) == (tmp_path / "b" / "c" / "../../a/x.samson")
    assert resolve_session_path("sub\\x.samson", seminar) == tmp_path / "b" / "c" / "sub" / "x.samson"
    assert resolve_session_path(str(session), seminar) == session


def test_unknown_keys_are_kept(tmp_path):
    seminar, target = _seminar(tmp_path)
    doc = seminar_to_dict(seminar)
    doc["future"] = {"x": 1}
    doc["cases"][0]["colour"] = "blue"
    doc["cases"][0]["share"]["photos"] = False
    target.write_text(json.dumps(doc), encoding="utf-8")
    write_seminar(read_seminar(target), target)
    again = json.loads(target.read_text(encoding="utf-8"))
    assert again["future"] == {"x": 1} and again["cases"][0]["colour"] == "blue"
    assert again["cases"][0]["share"]["photos"] is False
    assert Path(str(target) + ".bak").exists()


def test_missing_share_means_the_anonymous_defaults():
    seminar = parse_seminar(b'{"format": "samson-seminar", "format_version": 1, "cases": [{"sessions": ["a.samson"]}]}')
    assert seminar.cases[0].sharing == Sharing()
    assert seminar.title == "" and seminar.language is None


BROKEN = {
    "not-json": (b'{"format": "samson-seminar", "cases": [', "Line 1, column 40: the file is not valid JSON"),
    "empty": (b"", "The file is empty"),
    "session-file": (b'{"format": "samson-session", "format_version": 1}', "not a SAMSON seminar file"),
    "list": (b"[1, 2]", "not a SAMSON seminar file"),
    "newer": (b'{"format": "samson-seminar", "format_version": 2, "cases": []}', "Please update SAMSON desktop"),
    "bad-name": (b'{"format": "samson-seminar", "format_version": 1, "cases": [{"sessions": ["a.samson"]}, '
                 b'{"sessions": ["b.samson"], "share": {"name": "nick"}}]}',
                 'Case 2, sharing, name: has "nick", which is not one of alias, chosen, real'),
    "three-sessions": (b'{"format": "samson-seminar", "format_version": 1, "cases": [{"sessions": '
                       b'["a.samson", "b.samson", "c.samson"]}]}', "Case 1, sessions: should have at most 2 items, not 3"),
    "no-sessions": (b'{"format": "samson-seminar", "format_version": 1, "cases": [{"share": {}}]}',
                    'Case 1: is missing the required key "sessions"'),
    "no-cases": (b'{"format": "samson-seminar", "format_version": 1}', 'The file is missing the required key "cases"'),
    "nan": (b'{"format": "samson-seminar", "format_version": 1, "cases": [], "x": NaN}', "NaN"),
    "notes-text": (b'{"format": "samson-seminar", "format_version": 1, "cases": [{"sessions": ["a"], '
                   b'"share": {"notes": "yes"}}]}', 'Case 1, sharing, notes: should be true or false, not "yes"'),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_seminar_files_get_a_plain_message_and_stay_untouched(tmp_path, name):
    data, expected = BROKEN[name]
    path = tmp_path / f"{name}.samson-seminar"
    path.write_bytes(data)
    with pytest.raises(SeminarFileError) as caught:
        read_seminar(path)
    lines = caught.value.lines("en")
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(path.name + ": ") for line in lines)
    assert "Traceback" not in "\n".join(lines)
    assert caught.value.lines("nb")[0] != lines[0] or name in ("nan",)
    assert path.read_bytes() == data


def test_norwegian_message_for_a_bad_share_choice(tmp_path):
    path = tmp_path / "x.samson-seminar"
    path.write_bytes(BROKEN["bad-name"][0])
    with pytest.raises(SeminarFileError) as caught:
        read_seminar(path)
    assert caught.value.first("nb") == 'Sak 2, deling, navn: har "nick", som ikke er en av alias, chosen, real'


def test_a_session_that_cannot_be_read_is_named(tmp_path):
    seminar, target = _seminar(tmp_path)
    (tmp_path / "sessions" / "sorstrand-t1.samson").unlink()
    (tmp_path / "sessions" / "ostmarka-kafe.samson").write_text("{", encoding="utf-8")
    with pytest.raises(SeminarFileError) as caught:
        load_cases(seminar, target)
    lines = caught.value.lines("en")
    assert lines[0] == f'{target.name}: Case 2, sessions, item 1: "sessions/sorstrand-t1.samson": the file does not exist'
    assert 'Case 3, sessions, item 1: "sessions/ostmarka-kafe.samson": line 1, column 2' in lines[1]
    assert "filen finnes ikke" in caught.value.lines("nb")[0]


def test_a_missing_folder_or_file(tmp_path):
    with pytest.raises(SeminarFileError) as caught:
        read_seminar(tmp_path / "nothing.samson-seminar")
    assert caught.value.first("en") == "The file does not exist"
    with pytest.raises(SeminarFileError) as caught:
        read_seminar(tmp_path)
    assert "folder" in caught.value.first("en")


def test_the_schema_is_valid_and_the_documented_example_follows_it():
    Draft202012Validator.check_schema(seminar_schema())
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("# The seminar file"):]
    example = re.search(r"```json\n(.*?)```", section, re.S).group(1)
    Draft202012Validator(seminar_schema()).validate(json.loads(example))
    parse_seminar(example.encode("utf-8"))


def test_every_message_has_norwegian_words(tmp_path):
    messages.MISSING.clear()
    for name, (data, _expected) in BROKEN.items():
        path = tmp_path / f"{name}.samson-seminar"
        path.write_bytes(data)
        with pytest.raises(SeminarFileError) as caught:
            read_seminar(path)
        caught.value.lines("nb")
    assert not messages.MISSING, sorted(messages.MISSING)


def _variants() -> list[dict]:
    base = {"format": "samson-seminar", "format_version": 1, "title": "T", "language": "nb",
            "cases": [{"sessions": ["a.samson", "b.samson"], "share": {"name": "real", "chosen_name": "",
                                                                     "notes": True, "measures": False,
                                                                     "measure_owners": False, "party_names": True}}]}
    changes = [
        {}, {"format_version": 2}, {"format_version": "1"}, {"format_minor": 3}, {"format_minor": -1},
        {"format_minor": True}, {"app_version": "x" * 41}, {"title": 5}, {"title": "x" * 301},
        {"language": "de"}, {"cases": {}}, {"cases": [1]}, {"cases": [{}]}, {"cases": [{"sessions": []}]},
        {"cases": [{"sessions": [""]}]}, {"cases": [{"sessions": ["a\x00b"]}]}, {"cases": [{"sessions": [7]}]},
        {"cases": [{"sessions": ["a"], "share": None}]}, {"cases": [{"sessions": ["a"], "share": {"name": "x"}}]},
        {"cases": [{"sessions": ["a"], "share": {"chosen_name": "x" * 201}}]},
        {"cases": [{"sessions": ["a"], "share": {"party_names": 1}}]},
        {"cases": [{"sessions": ["a"], "share": {}, "extra": 1}]}, {"cases": [{"sessions": ["a"] * 3}]},
        {"cases": [{"sessions": ["a"]}] * 501}, {"unknown": {"kept": True}},
    ]
    out = []
    for change in changes:
        doc = json.loads(json.dumps(base))
        doc.update(change)
        out.append(doc)
    out.append({k: v for k, v in base.items() if k != "cases"})
    return out


@pytest.mark.parametrize("doc", _variants())
def test_the_checks_in_code_agree_with_the_published_schema(doc):
    valid = Draft202012Validator(seminar_schema()).is_valid(doc)
    assert (not seminar_problems(doc)) == valid, seminar_problems(doc)
