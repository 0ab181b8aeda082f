"""Autosave: written shortly after a change, removed on a clean close, recovered after a crash."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from samson_desktop import paths
from samson_desktop.core.model import Answer
from samson_desktop.fileformat import parse_session, read_session, write_session
from samson_desktop.ui import autosave
from samson_desktop.ui.autosave import DELAY_MS, find_leftovers
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.settings import Settings
from tests.factories import session_bytes
from tests.processes import AppProcess


@pytest.fixture
def make_window(qtbot, tmp_path):
    created = []

    def make(path=None):
        window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
        if path is not None:
            assert window.open_path(path)
        created.append(window)
        return window

    yield make
    for window in created:
        try:
            window.document.undo_stack.setClean()  # nothing left to ask about
            window.close()
            window.deleteLater()
        except RuntimeError:
            pass  # deleted on purpose by the test


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "workshop.samson"
    path.write_bytes(session_bytes())
    return path


def autosave_files():
    return sorted(paths.autosave_dir().glob("*.samson"))


def delete_without_closing(window) -> None:
    """The in-process picture of a crash: the window is gone and never saw a close event."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QApplication.processEvents()


def test_the_promise_is_two_seconds():
    assert DELAY_MS <= 2000


def test_a_change_is_written_by_the_timer(make_window, session_file, qtbot):
    window = make_window(session_file)
    assert autosave_files() == []
    with qtbot.waitSignal(window.autosaver.saved, timeout=DELAY_MS + 3000):
        window.document.set_weight("openness", 7)
    files = autosave_files()
    assert len(files) == 1
    assert read_session(files[0]).weights == {"openness": 7}
    # The session file itself is untouched until the user saves.
    assert read_session(session_file).weights == {}


def test_later_changes_do_not_postpone_the_write(make_window, session_file, qtbot):
    window = make_window(session_file)
    window.document.set_weight("openness", 1)
    assert window.autosaver.pending()
    remaining = window.autosaver._timer.remainingTime()
    qtbot.wait(50)
    window.document.set_weight("openness", 2)
    # The timer is not restarted: steady typing cannot keep the autosave waiting.
    assert window.autosaver._timer.remainingTime() <= remaining


def test_a_clean_close_removes_the_autosave(make_window, session_file, monkeypatch):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    assert window.autosaver.flush() is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Discard)
    assert window.close()
    assert autosave_files() == []


def test_saving_and_undoing_to_the_saved_state_remove_the_autosave(make_window, session_file):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    window.autosaver.flush()
    assert autosave_files()
    window.document.undo_stack.undo()
    assert autosave_files() == []
    window.document.set_weight("openness", 8)
    window.autosaver.flush()
    assert window.save()
    assert autosave_files() == []


def test_recovery_after_a_crash_restores_the_session(make_window, session_file, monkeypatch):
    crashed = make_window(session_file)
    doc = crashed.document
    doc.set_weight("democracy", 9)
    doc.set_answer("f1.q1", Answer(consensus=4, note="<b>kept</b>"))
    crashed.autosaver.flush()
    delete_without_closing(crashed)

    asked = []

    def answer_yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    window = make_window()
    assert window.offer_recovery() == 1
    assert len(asked) == 1 and "Testsamarbeid" in asked[0]
    session = window.document.session
    assert session.weights == {"democracy": 9}
    assert session.answers["f1.q1"] == Answer(consensus=4, note="<b>kept</b>")
    # Recovered changes are unsaved changes of the original file.
    assert window.document.is_dirty()
    assert window.document.path == session_file.resolve()
    assert read_session(session_file).weights == {}
    assert window.save()
    assert read_session(session_file).weights == {"democracy": 9}
    assert autosave_files() == []


def test_recovery_declined_throws_the_autosave_away_and_cancel_keeps_it(make_window, session_file, monkeypatch):
    crashed = make_window(session_file)
    crashed.document.set_weight("democracy", 9)
    crashed.autosaver.flush()
    delete_without_closing(crashed)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    window = make_window()
    assert window.offer_recovery() == 0
    assert len(autosave_files()) == 1  # decide later
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    assert window.offer_recovery() == 0
    assert autosave_files() == []
    assert window.document.session.weights == {}


def test_a_running_window_is_not_offered_for_recovery(make_window, session_file, monkeypatch):
    running = make_window(session_file)
    running.document.set_weight("democracy", 9)
    running.autosaver.flush()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("offered a live session"))
    assert find_leftovers() == []
    assert make_window().offer_recovery() == 0


def test_an_unsaved_new_session_is_recovered_without_a_file(make_window, monkeypatch):
    crashed = make_window()
    crashed.new_session()
    crashed.document.set_weight("leadership", 3)
    crashed.autosaver.flush()
    delete_without_closing(crashed)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window = make_window()
    assert window.offer_recovery() == 1
    assert window.document.path is None
    assert window.document.session.weights == {"leadership": 3}


def test_flush_all_writes_every_window(make_window, session_file, tmp_path):
    other = tmp_path / "other.samson"
    other.write_bytes(session_bytes(session_id="s-2"))
    first, second = make_window(session_file), make_window(other)
    first.document.set_weight("openness", 2)
    second.document.set_weight("openness", 3)
    autosave.flush_all()
    weights = sorted(read_session(f).weights["openness"] for f in autosave_files())
    assert weights == [2, 3]


CRASHING_APP = textwrap.dedent("""
    import os, sys
    from PySide6.QtWidgets import QApplication
    from samson_desktop.ui.app import create_application
    from samson_desktop.ui.main_window import MainWindow
    from samson_desktop.core.model import Answer

    app = create_application()
    window = MainWindow()
    assert window.open_path(sys.argv[1])
    window.document.set_weight("creativity", 6)
    window.document.set_answer("f2.q1", Answer(consensus=8))
    window.autosaver.saved.connect(lambda path: print("autosaved", flush=True))
    app.exec()
""")


@pytest.mark.slow
def test_killing_the_process_loses_nothing_that_was_autosaved(make_window, session_file, samson_home, monkeypatch):
    """A real crash: the process is killed after its autosave; the next start offers recovery."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(samson_home))
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_APP, str(session_file)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout.readline().strip() == "autosaved"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window = make_window()
    assert window.offer_recovery() == 1
    assert window.document.session.weights == {"creativity": 6}
    assert window.document.session.answers["f2.q1"].consensus == 8
    assert window.document.path == session_file.resolve()


def test_a_damaged_autosave_is_skipped(capsys):
    (paths.autosave_dir() / "broken.samson").write_bytes(b"{half a file")
    assert find_leftovers() == []
    assert "skipping unreadable autosave" in capsys.readouterr().err


def test_autosave_content_is_a_valid_session(make_window, session_file):
    window = make_window(session_file)
    window.document.set_weight("openness", 5)
    file = window.autosaver.flush()
    parsed = parse_session(file.read_bytes())
    assert parsed.weights == {"openness": 5}
    write_session(parsed, file.with_name("copy.samson"))  # round trip as any other session


# --- each window's own autosave -----------------------------------------------------------
def test_two_windows_on_one_session_never_remove_each_others_autosave(make_window, session_file, tmp_path, monkeypatch):
    """Two copies of one session (same id): a clean close of one keeps the other's unsaved work."""
    copy = tmp_path / "copy.samson"
    copy.write_bytes(session_file.read_bytes())
    first, second = make_window(session_file), make_window(copy)
    first.document.set_weight("openness", 1)
    second.document.set_weight("openness", 2)
    first.autosaver.flush()
    second.autosaver.flush()
    assert len(autosave_files()) == 2
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Discard)
    assert first.close()
    delete_without_closing(second)
    leftovers = find_leftovers()
    assert [leftover.session.weights for leftover in leftovers] == [{"openness": 2}]
    assert leftovers[0].original == copy.resolve()


def test_a_leftover_whose_pid_is_alive_again_is_still_offered(session_file):
    """A PID reused by another program (or a zombie) does not make a dead window look alive."""
    folder = paths.autosave_dir()
    (folder / "old.samson").write_bytes(session_bytes(weights={"creativity": 4}))
    (folder / "old.json").write_text(json.dumps({"pid": os.getppid(), "path": str(session_file)}))
    leftovers = find_leftovers()
    assert [leftover.session.weights for leftover in leftovers] == [{"creativity": 4}]


def test_a_leftover_is_offered_by_one_window_at_a_time(make_window, session_file):
    crashed = make_window(session_file)
    crashed.document.set_weight("democracy", 9)
    crashed.autosaver.flush()
    delete_without_closing(crashed)
    first_look = find_leftovers()
    assert len(first_look) == 1
    assert find_leftovers() == []  # held by the first look until it is dealt with
    first_look[0].release()
    assert len(find_leftovers()) == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o000])
def test_autosaves_are_private_whatever_the_umask(make_window, session_file, umask):
    old = os.umask(umask)
    try:
        paths.data_dir()
        (paths.data_dir() / "autosave").mkdir(mode=0o755)  # as an older version left it
        window = make_window(session_file)
        window.document.set_weight("openness", 5)
        file = window.autosaver.flush()
        folder = paths.autosave_dir()
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in (file, file.with_suffix(".json"), file.with_suffix(".lock")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_saved_sessions_follow_the_umask(make_window, tmp_path, monkeypatch, umask, mode):
    window = make_window()
    window.new_session()
    target = tmp_path / "new.samson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    old = os.umask(umask)
    try:
        assert window.files.save_as()
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode


def wait_until_dead(pid: int) -> None:
    """Until the killed process is a zombie: dead, its PID still taken (nobody has reaped it)."""
    stat_file = f"/proc/{pid}/stat"
    for _ in range(3000):
        try:
            with open(stat_file, encoding="ascii") as fh:
                if fh.read().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                    return
        except FileNotFoundError:
            return
        time.sleep(0.01)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the killed process's state in /proc")
def test_the_very_next_start_after_kill_9_offers_recovery_with_the_last_edit(session_file, samson_home):
    """Killed with SIGKILL and not yet reaped, its PID still alive as a zombie: the next start recovers."""
    crashed = AppProcess(samson_home, str(session_file))
    try:
        crashed.expect("ready")
        crashed.send("weight openness 3")
        crashed.expect("autosaved")
        crashed.send("weight openness 8")
        crashed.expect("autosaved")
        crashed.proc.send_signal(signal.SIGKILL)
        wait_until_dead(crashed.proc.pid)
        restarted = AppProcess(samson_home, recover="yes")
        try:
            assert "Testsamarbeid" in restarted.expect("question")
            count, state = restarted.expect("recovered").split(" ", 1)
            assert count == "1"
            state = json.loads(state)
            assert state["weights"] == {"openness": 8}
            assert state["path"] == str(session_file.resolve()) and state["dirty"]
        finally:
            restarted.stop()
    finally:
        crashed.stop()


@pytest.mark.slow
def test_two_processes_on_one_session_keep_their_own_autosaves(session_file, tmp_path, samson_home):
    """A and B edit copies of one session; A closes cleanly, B is killed: B's edits are recovered."""
    copy = tmp_path / "copy.samson"
    copy.write_bytes(session_file.read_bytes())
    first = AppProcess(samson_home, str(session_file))
    second = AppProcess(samson_home, str(copy))
    try:
        first.expect("ready")
        second.expect("ready")
        first.send("weight openness 1")
        first.expect("autosaved")
        second.send("weight openness 2")
        second.expect("autosaved")
        first.send("close")
        assert first.wait() == 0
        second.proc.send_signal(signal.SIGKILL)
        second.wait()
        restarted = AppProcess(samson_home, recover="yes")
        try:
            count, state = restarted.expect("recovered").split(" ", 1)
            assert count == "1"
            assert json.loads(state)["weights"] == {"openness": 2}
        finally:
            restarted.stop()
    finally:
        first.stop()
        second.stop()
