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
