"""Kill a process in the middle of saving, again and again: the file is always a whole old or new version."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from samson_desktop.fileformat import read_session
from samson_desktop.fileformat.atomic import atomic_write, backup_path

WRITER = textwrap.dedent(
    """
    import sys
    from samson_desktop.core.model import Answer
    from samson_desktop.fileformat import read_session, write_session
    path = sys.argv[1]
    session = read_session(path)
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        # Long notes on every question make each save big enough that kills land mid-write.
        for question in session.question_set.questions():
            session.answers[question.id] = Answer(consensus=1 + n % 10, note=f"{n:08d}" + "x" * 5000)
        write_session(session, path)
    """
)


@pytest.mark.slow
def test_killed_writer_never_leaves_a_half_written_session(tmp_path):
    from samson_desktop.fileformat.question_sets import demo_session_paths

    path = tmp_path / "s.samson"
    original = demo_session_paths()[0].read_bytes()
    path.write_bytes(original)
    rng = random.Random(7)
    seen_versions = set()
    for _round in range(15):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.01, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        session = read_session(path)  # raises if the file is incomplete
        read_session(backup_path(path))
        notes = {a.note[:8] for a in session.answers.values()}
        assert path.read_bytes() == original or len(notes) == 1, "a save mixed two versions"
        seen_versions |= notes
    assert len(seen_versions) > 1, "the writer never completed a save; the test proves nothing"


def test_failed_write_leaves_the_old_file_and_no_temp_files(tmp_path, monkeypatch):
    path = tmp_path / "s.samson"
    path.write_bytes(b"old")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        atomic_write(path, b"new" * 1000)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.samson", "s.samson.bak"]


def test_saved_files_get_default_permissions_and_keep_existing_ones(tmp_path):
    new_file = tmp_path / "new.samson"
    old_umask = os.umask(0o022)
    try:
        atomic_write(new_file, b"x")
    finally:
        os.umask(old_umask)
    assert new_file.stat().st_mode & 0o777 == 0o644
    os.chmod(new_file, 0o640)
    atomic_write(new_file, b"y")
    assert new_file.stat().st_mode & 0o777 == 0o640


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_save_removes_the_temp_files_killed_saves_left_behind(tmp_path):
    """500 kills during saves left 66 hidden temp files (463 MB) that no later save removed."""
    from samson_desktop.fileformat import write_session
    from samson_desktop.fileformat.question_sets import demo_session_paths

    path = tmp_path / "workshop.samson"
    path.write_bytes(demo_session_paths()[0].read_bytes())
    dead = _dead_pid()
    left = [tmp_path / f".workshop.samson.{dead}.k2j4x9_q.tmp", tmp_path / f".workshop.samson.{dead}.bak.tmp"]
    old = tmp_path / f".workshop.samson.{os.getpid()}.aaaabbbb.tmp"  # a live pid, but hours old
    busy = tmp_path / ".workshop.samson.1.zzzzyyyy.tmp"  # a save in progress in a live process
    others = [tmp_path / f".other.samson.{dead}.k2j4x9_q.tmp", tmp_path / f".workshop.samson.x.{dead}.abcdefgh.tmp",
              tmp_path / "notes.tmp"]
    for file in [*left, old, busy, *others]:
        file.write_bytes(b"x" * 1000)
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    write_session(read_session(path), path)
    assert not any(f.exists() for f in [*left, old])
    assert busy.exists() and all(f.exists() for f in others)
    assert read_session(path) and read_session(backup_path(path))


@pytest.mark.parametrize("length", [242, 249, 250, 255])
@pytest.mark.parametrize("letter", ["a", "ø"])
def test_the_longest_names_a_file_system_allows_can_be_saved(tmp_path, length, letter):
    """A name of 242-255 bytes opened but could not be saved: the temp name was 18 bytes longer."""
    from samson_desktop.fileformat import write_session
    from samson_desktop.fileformat.question_sets import demo_session_paths

    suffix = ".samson"
    stem = letter * ((length - len(suffix)) // len(letter.encode()))
    name = stem + "x" * (length - len(suffix) - len(stem.encode())) + suffix
    assert len(name.encode()) == length
    path = tmp_path / name
    try:
        path.write_bytes(demo_session_paths()[0].read_bytes())
    except OSError:
        pytest.skip("this file system allows shorter names")
    session = read_session(path)
    session.facilitator = "first"
    write_session(session, path)
    session.facilitator = "second"
    write_session(session, path)  # the second save keeps the first as a backup
    assert read_session(path).facilitator == "second"
    assert read_session(backup_path(path)).facilitator == "first"
    assert len(backup_path(path).name.encode()) <= 255
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, backup_path(path).name])
