"""Autosave: written shortly after a change, removed on a clean close, recovered after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from samson_desktop import paths
from samson_desktop.core.model import Answer
from samson_desktop.fileformat import parse_session, read_session, write_session
from samson_desktop.ui import autosave
from samson_desktop.ui.autosave import DELAY_MS, find_leftovers
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.settings import Settings
from tests.factories import session_bytes


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
