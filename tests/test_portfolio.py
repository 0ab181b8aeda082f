"""Portfolio: a folder of sessions with broken files mixed in, summary rows and timelines."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factories import FIELD_IDS, session_bytes, session_doc
from samson_desktop.core.portfolio import group_timelines, normalise_name, summarise
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop import paths
from samson_desktop.fileformat.batch import BatchReader
from samson_desktop.fileformat.portfolio_files import load, load_files, load_folder, session_files
from samson_desktop.fileformat.summary_cache import CACHE_FILE, SummaryCache


def _full_answers(score: int) -> dict:
    return {f"{fid}.q{n}": {"consensus": score} for fid in FIELD_IDS for n in (1, 2)}


def _write(folder: Path, name: str, **overrides) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(session_bytes(**overrides))
    return path


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "sessions"
    for i in range(12):
        _write(root, f"s{i:02d}.samson", session_id=f"s{i}", answers=_full_answers(1 + i % 10),
               collaboration={"name": f"Samarbeid {i % 3}"},
               time_point={"label": f"T{i // 3 + 1}", "date": f"2026-0{i // 3 + 1}-15"})
    _write(root, "sub/deeper.samson", session_id="deep")
    (root / "truncated.samson").write_bytes(session_bytes()[:300])
    (root / "wrong-format.samson").write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    newer = session_doc(format_version=2)
    (root / "newer.samson").write_text(json.dumps(newer), encoding="utf-8")
    (root / "empty.samson").write_bytes(b"")
    (root / "binary.samson").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    _write(root, "invalid-score.samson", answers={"f1.q1": {"consensus": 11}})
    # Not session files: a backup, a hidden temp file and another extension.
    (root / "s00.samson.bak").write_bytes(b"old")
    (root / ".s01.samson").write_bytes(b"temp")
    (root / "notes.txt").write_text("hello", encoding="utf-8")
    return root


def test_a_folder_loads_every_good_file_and_lists_every_bad_one(folder):
    portfolio = load_folder(folder)
    assert len(portfolio.sessions) == 13
    reasons = {e.path.name: e.reason for e in portfolio.errors}
    assert set(reasons) == {"truncated.samson", "wrong-format.samson", "newer.samson", "empty.samson",
                            "binary.samson", "invalid-score.samson"}
    assert "not valid JSON" in reasons["truncated.samson"] and "truncated" in reasons["truncated.samson"]
    assert "not a SAMSON session file" in reasons["wrong-format.samson"]
    assert "newer SAMSON" in reasons["newer.samson"]
    assert "is empty" in reasons["empty.samson"]
    assert "UTF-8" in reasons["binary.samson"]
    assert reasons["invalid-score.samson"].startswith("Field 1, question 1, score: should be at most 10")
    nb = {e.path.name: e.reason_in("nb") for e in portfolio.errors}
    assert nb["invalid-score.samson"].startswith("Felt 1, spørsmål 1, score: skulle vært høyst 10")
    assert nb["empty.samson"] == "Filen er tom"
    assert not portfolio.cancelled


def test_session_files_skips_backups_and_hidden_files(folder):
    names = [p.relative_to(folder).as_posix() for p in session_files(folder)]
    assert "s00.samson" in names and "sub/deeper.samson" in names
    assert not [n for n in names if n.endswith(".bak") or n.startswith(".") or n.endswith(".txt")]
    assert names == sorted(names)


def test_a_summary_row_has_what_the_table_shows(tmp_path):
    answers = _full_answers(6)
    answers["f1.q1"] = {"consensus": 2}
    answers["f2.q2"] = {"not_applicable": True}
    del answers["f7.q2"]
    path = _write(tmp_path, "one.samson", answers=answers,
                  time_point={"label": "T2", "date": "2026-05-01", "phase": "implementation"})
    (row,) = load_files([path]).sessions
    assert (row.collaboration, row.time_label, row.date, row.phase) == ("Testsamarbeid", "T2", "2026-05-01", "implementation")
    assert row.path == path
    assert [f.number for f in row.fields] == [1, 2, 3, 4, 5, 6, 7]
    assert row.field_score(1) == 4.0 and row.field_score(2) == 6.0 and row.field_score(7) == 6.0
    assert row.fields[0].title == "Felt 1"
    assert row.overall == pytest.approx((4 + 6 * 6) / 7)
    # 14 questions: 12 answered with a score, 1 not relevant (dealt with), 1 open.
    assert (row.answered, row.total) == (13, 14)
    assert row.completion == pytest.approx(13 / 14)
    assert row.question_set == "test-set 1.0"


def test_a_missing_file_in_a_list_is_reported_and_the_rest_load(tmp_path):
    good = _write(tmp_path, "good.samson")
    portfolio = load([tmp_path / "gone.samson", good, tmp_path])
    assert [e.path.name for e in portfolio.errors] == ["gone.samson"]
    assert "does not exist" in portfolio.errors[0].reason
    # The folder is searched too, so the good file appears twice: once as given, once found.
    assert [s.path.name for s in portfolio.sessions] == ["good.samson", "good.samson"]


def test_progress_is_reported_and_loading_can_be_cancelled(folder):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 5

    portfolio = load_folder(folder, progress)
    assert seen[0] == (1, 19) and seen[-1] == (5, 19)
    assert portfolio.cancelled
    assert len(portfolio.sessions) + len(portfolio.errors) == 5


def _summary(name: str, date: str | None, label: str = "T", link: str | None = None, sid: str = "x"):
    collab = {"name": name}
    if link is not None:
        collab["link_id"] = link
    tp = {"label": label}
    if date:
        tp["date"] = date
    return summarise(session_from_dict(session_doc(session_id=sid, collaboration=collab, time_point=tp)),
                     Path(f"{sid}.samson"))


def test_timelines_group_by_normalised_name_and_sort_by_date():
    rows = [
        _summary("Møteplass  Furulia", "2026-03-01", "T2", sid="b"),
        _summary("møteplass furulia ", "2025-10-01", "T1", sid="a"),
        _summary("Møteplass Furulia", None, "T3", sid="c"),
        _summary("Annet samarbeid", "2026-01-01", sid="d"),
    ]
    timelines = group_timelines(rows)
    assert [t.name for t in timelines] == ["Annet samarbeid", "Møteplass Furulia"]
    assert [s.session_id for s in timelines[1].sessions] == ["a", "b", "c"]  # undated last
    assert normalise_name("  Møteplass\tFURULIA ") == "møteplass furulia"


def test_an_explicit_link_id_joins_renamed_sessions_and_keeps_namesakes_apart():
    rows = [
        _summary("Ungdomsløftet", "2025-01-01", link="nordbyen-2025", sid="a"),
        _summary("Ungdomsløftet Nordbyen", "2026-01-01", link="nordbyen-2025", sid="b"),
        _summary("Ungdomsløftet", "2025-06-01", link="sørbyen", sid="c"),
    ]
    timelines = group_timelines(rows)
    assert sorted(tuple(s.session_id for s in t.sessions) for t in timelines) == [("a", "b"), ("c",)]
    linked = next(t for t in timelines if len(t.sessions) == 2)
    assert linked.name == "Ungdomsløftet Nordbyen"  # the latest spelling
    assert rows[0].link_id == "nordbyen-2025"


def test_the_link_id_survives_a_save(tmp_path):
    from samson_desktop.fileformat import read_session, write_session

    path = _write(tmp_path, "linked.samson", collaboration={"name": "A", "link_id": "abc"})
    write_session(read_session(path), path)
    assert json.loads(path.read_text(encoding="utf-8"))["collaboration"]["link_id"] == "abc"


# --------------------------------------------------------------------------- the summary cache

def _rows(portfolio):
    return sorted((s.path.name, s.session_id, s.overall, s.fields, s.answered) for s in portfolio.sessions)


def _count_reads(monkeypatch) -> list:
    reads = []
    original = BatchReader.read
    monkeypatch.setattr(BatchReader, "read", lambda self, path: reads.append(Path(path).name) or original(self, path))
    return reads


def test_the_cache_lives_in_the_user_cache_folder(folder):
    load_folder(folder, cache=SummaryCache())
    assert (paths.cache_dir() / CACHE_FILE).is_file()
    assert paths.cache_dir() != paths.data_dir() and paths.cache_dir() != paths.config_dir()


def test_an_unchanged_folder_is_shown_from_the_cache_without_reading_a_good_file(folder, monkeypatch):
    first = load_folder(folder, cache=SummaryCache())
    reads = _count_reads(monkeypatch)
    again = load_folder(folder, cache=SummaryCache())
    assert _rows(again) == _rows(first) and len(again.sessions) == 13
    # Unreadable files are read again (their reasons stay current); good ones come from the cache.
    assert sorted(reads) == sorted(e.path.name for e in first.errors)
    assert [e.reason for e in again.errors] == [e.reason for e in first.errors]


def test_a_changed_or_new_file_is_read_again(folder, monkeypatch):
    load_folder(folder, cache=SummaryCache())
    _write(folder, "s03.samson", session_id="s3", answers=_full_answers(9), collaboration={"name": "Endret"})
    _write(folder, "zz-new.samson", session_id="new")
    reads = _count_reads(monkeypatch)
    again = load_folder(folder, cache=SummaryCache())
    assert {"s03.samson", "zz-new.samson"} <= set(reads) and "s04.samson" not in reads
    changed = next(s for s in again.sessions if s.path.name == "s03.samson")
    assert changed.collaboration == "Endret" and changed.overall == 9.0
    assert any(s.session_id == "new" for s in again.sessions)


def test_a_file_changed_within_the_same_size_is_read_again_by_its_time(folder, monkeypatch):
    path = folder / "s05.samson"
    load_folder(folder, cache=SummaryCache())
    data = path.read_bytes().replace(b'"consensus": 6', b'"consensus": 7')
    assert len(data) == path.stat().st_size
    stat = path.stat()
    path.write_bytes(data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = load_folder(folder, cache=SummaryCache())
    assert next(s for s in again.sessions if s.path.name == "s05.samson").overall == 7.0


@pytest.mark.parametrize("broken", [
    b"",
    b"\x00\xff garbage",
    b'{"signature": "1/old", "entries": {}}',
    b'{"signature": 5, "entries": []}',
    b"[1, 2, 3]",
    "entry",
])
def test_a_broken_cache_is_rebuilt_silently(folder, broken):
    first = load_folder(folder, cache=SummaryCache())
    cache_file = paths.cache_dir() / CACHE_FILE
    if broken == "entry":
        stored = json.loads(cache_file.read_bytes())
        for key in stored["entries"]:
            stored["entries"][key][9] = "not a number"   # the overall score
            stored["entries"][key][13] = 7                # the fields
        broken = json.dumps(stored).encode()
    cache_file.write_bytes(broken)
    again = load_folder(folder, cache=SummaryCache())
    assert _rows(again) == _rows(first)
    stored = json.loads(cache_file.read_bytes())
    assert len(stored["entries"]) == 13 and stored["signature"] == SummaryCache()._signature


def test_a_cache_that_cannot_be_written_is_no_error(folder, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("samson_desktop.fileformat.summary_cache.atomic_write", refuse)
    assert len(load_folder(folder, cache=SummaryCache()).sessions) == 13
