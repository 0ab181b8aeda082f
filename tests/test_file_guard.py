"""Nothing is replaced in silence: a file changed on disk, a read-only file, a file another window shows."""

from __future__ import annotations

import json
import os
import stat

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samson_desktop.fileformat import read_session, write_session
from samson_desktop.fileformat.atomic import backup_path
from samson_desktop.fileformat.disk_guard import (
    DiskState,
    Fingerprint,
    disk_state,
    fingerprint,
    is_read_only,
    read_guarded,
)
from samson_desktop.ui import session_claims
from samson_desktop.ui.launch import read_session_files
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
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
        except RuntimeError:
            pass


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "workshop.samson"
    path.write_bytes(session_bytes())
    return path


@pytest.fixture
def answers(monkeypatch):
    """File questions are answered with the buttons named in ``answers.queue``; ``asked`` keeps the
    buttons each question offered (the texts depend on the language)."""

    class Answers:
        queue: list[str] = []
        asked: list[tuple[str, ...]] = []

    def exec_box(box):
        Answers.asked.append(tuple(sorted(b.objectName() for b in box.buttons())))
        name = Answers.queue.pop(0) if Answers.queue else "cancel"
        button = next(b for b in box.buttons() if b.objectName() == name)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return Answers


#: The buttons of each question.
CHANGED = ("cancel", "overwrite", "reload", "save_as")
READ_ONLY = ("cancel", "replace", "save_as")
OPEN_ELSEWHERE = ("cancel", "copy", "show")


def changed_by_another_program(path, weight=5):
    """Another SAMSON (or an editor) saves the same file meanwhile."""
    other = read_session(path)
    other.weights = {"leadership": weight}
    write_session(other, path)


# --- the pure part ----------------------------------------------------------------------
def test_a_fingerprint_notices_a_change_that_keeps_size_and_time(session_file):
    known = fingerprint(session_file)
    data = bytearray(session_file.read_bytes())
    at = data.index(b"Testsamarbeid")
    data[at:at + 4] = b"Best"
    info = session_file.stat()
    session_file.write_bytes(bytes(data))
    os.utime(session_file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert fingerprint(session_file).size == known.size
    assert fingerprint(session_file).mtime_ns == known.mtime_ns
    assert disk_state(session_file, known) is DiskState.CHANGED


def test_disk_states(session_file, tmp_path):
    known = fingerprint(session_file)
    assert disk_state(session_file, known) is DiskState.SAME
    os.utime(session_file, ns=(1, 1))  # touched, same bytes: nothing would be lost
    assert disk_state(session_file, known) is DiskState.SAME
    assert disk_state(session_file, None) is DiskState.CHANGED
    assert disk_state(tmp_path / "gone.samson", known) is DiskState.MISSING
    assert Fingerprint.from_json(json.loads(json.dumps(known.to_json()))) == known
    assert Fingerprint.from_json({"size": True, "mtime_ns": 1, "checksum": 2}) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fingerprint_never_waits_for_a_fifo(tmp_path):
    fifo = tmp_path / "f.samson"
    os.mkfifo(fifo)
    assert fingerprint(fifo) is None
    assert disk_state(fifo, None) is DiskState.CHANGED


def test_read_only_means_no_write_bit_even_for_the_superuser(session_file):
    assert not is_read_only(session_file)
    session_file.chmod(0o444)
    assert is_read_only(session_file)


def test_start_up_remembers_what_it_read(session_file, tmp_path):
    opened = read_session_files([session_file], Settings(path=tmp_path / "settings.json"))
    assert opened.disks[session_file.resolve()] == fingerprint(session_file)


# --- a file changed by another program since it was opened ---------------------------------
def test_saving_over_a_file_another_program_changed_asks_and_cancel_keeps_it(make_window, session_file, answers):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    changed_by_another_program(session_file)
    answers.queue = ["cancel"]
    assert not window.save()
    assert answers.asked == [CHANGED]
    assert read_session(session_file).weights == {"leadership": 5}
    assert window.document.is_dirty()


def test_overwrite_replaces_it_and_keeps_the_other_version_as_backup(make_window, session_file, answers):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    changed_by_another_program(session_file)
    answers.queue = ["overwrite"]
    assert window.save()
    assert read_session(session_file).weights == {"openness": 7}
    assert read_session(backup_path(session_file)).weights == {"leadership": 5}
    # The window now knows the file as it wrote it: the next save does not ask again.
    window.document.set_weight("openness", 8)
    assert window.save()
    assert len(answers.asked) == 1


def test_reload_shows_the_file_as_it_is_now(make_window, session_file, answers):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    changed_by_another_program(session_file)
    answers.queue = ["reload"]
    assert not window.save()
    assert window.document.session.weights == {"leadership": 5}
    assert not window.document.is_dirty()
    assert read_session(session_file).weights == {"leadership": 5}


def test_save_as_keeps_both(make_window, session_file, answers, monkeypatch, tmp_path):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    changed_by_another_program(session_file)
    answers.queue = ["save_as"]
    other = tmp_path / "mine.samson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert window.save()
    assert read_session(other).weights == {"openness": 7}
    assert read_session(session_file).weights == {"leadership": 5}
    assert window.document.path == other


def test_a_save_of_its_own_file_does_not_ask(make_window, session_file, answers):
    window = make_window(session_file)
    for weight in (3, 4):
        window.document.set_weight("openness", weight)
        assert window.save()
    assert answers.asked == []


def test_a_recovered_session_asks_if_the_file_changed_after_the_crash(make_window, session_file, answers, monkeypatch):
    crashed = make_window(session_file)
    crashed.document.set_weight("democracy", 9)
    crashed.autosaver.flush()
    crashed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    changed_by_another_program(session_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window = make_window()
    assert window.offer_recovery() == 1
    answers.queue = ["cancel"]
    assert not window.save()
    assert answers.asked == [CHANGED]
    assert read_session(session_file).weights == {"leadership": 5}


# --- read-only files ----------------------------------------------------------------------
def test_a_read_only_file_is_not_replaced_without_asking(make_window, session_file, answers):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    session_file.chmod(0o444)
    before = session_file.read_bytes()
    answers.queue = ["cancel"]
    assert not window.save()
    assert answers.asked == [READ_ONLY]
    assert session_file.read_bytes() == before
    answers.queue = ["replace"]
    assert window.save()
    assert read_session(session_file).weights == {"openness": 7}
    assert stat.S_IMODE(session_file.stat().st_mode) == 0o444  # still read-only


def test_a_read_only_file_can_be_left_alone_with_save_as(make_window, session_file, answers, monkeypatch, tmp_path):
    window = make_window(session_file)
    window.document.set_weight("openness", 7)
    session_file.chmod(0o444)
    answers.queue = ["save_as"]
    other = tmp_path / "copy.samson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert window.save()
    assert read_session(other).weights == {"openness": 7}
    assert read_session(session_file).weights == {}


# --- one window per file -------------------------------------------------------------------
def test_opening_a_file_another_window_shows_brings_that_window_forward(make_window, session_file, answers):
    first = make_window(session_file)
    second = make_window()
    answers.queue = ["show"]
    assert second.open_path(session_file)
    assert answers.asked == [OPEN_ELSEWHERE]
    assert second.document.path is None  # the second window keeps what it had
    assert session_claims.window_for(session_file) is first


def test_or_offers_a_copy_that_never_saves_over_the_file(make_window, session_file, answers, monkeypatch, tmp_path):
    first = make_window(session_file)
    second = make_window()
    answers.queue = ["copy"]
    assert second.open_path(session_file)
    assert second.document.path is None
    assert second.document.session.collaboration.name == first.document.session.collaboration.name
    second.document.set_weight("openness", 2)
    other = tmp_path / "copy.samson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert second.save()
    assert read_session(session_file).weights == {}


def test_save_as_onto_a_file_another_window_shows_is_refused(make_window, session_file, tmp_path, monkeypatch):
    make_window(session_file)
    second = make_window()
    second.new_session()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    names = iter([str(session_file), ""])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(names), ""))
    before = session_file.read_bytes()
    assert not second.files.save_as()
    assert len(told) == 1 and session_file.name in told[0]
    assert session_file.read_bytes() == before


def test_a_closed_window_lets_go_of_its_file(make_window, session_file, answers):
    first = make_window(session_file)
    first.close()
    second = make_window(session_file)
    assert answers.asked == []
    assert session_claims.window_for(session_file) is second


def test_saving_under_a_new_name_moves_the_claim(make_window, session_file, tmp_path, monkeypatch):
    window = make_window(session_file)
    other = tmp_path / "renamed.samson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert window.files.save_as()
    assert session_claims.window_for(other) is window
    assert session_claims.window_for(session_file) is None
    assert session_claims.owner_elsewhere(session_file) is None


def test_read_guarded_fingerprints_before_reading(session_file):
    session, disk = read_guarded(session_file)
    assert session.session_id == "s-1"
    assert disk == fingerprint(session_file)


def test_a_window_deleted_later_leaves_the_claim_of_the_window_that_took_its_file(make_window, session_file,
                                                                                   tmp_path, monkeypatch):
    first = make_window(session_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "moved.samson"), ""))
    assert first.files.save_as()
    second = make_window(session_file)
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert session_claims.window_for(session_file) is second
    assert session_claims.owner_elsewhere(session_file) is None
