"""When saving or autosaving fails, the window says what is true and what to do, once."""

from __future__ import annotations

import errno
import math

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from samson_desktop import paths
from samson_desktop.ui import autosave
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.settings import Settings
from tests.factories import session_bytes


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "s.samson"
    path.write_bytes(session_bytes())
    win = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    assert win.open_path(path)
    win.set_language("en")
    yield win
    win.set_language("nb")
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture
def shown(monkeypatch):
    """What the message boxes were asked to say."""
    said: list[tuple[str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, kind=kind: said.append((kind, text)) or QMessageBox.Ok))
    return said


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_save_says_the_changes_were_autosaved_only_when_they_were(window, shown, monkeypatch):
    monkeypatch.setattr(SessionDocument, "save", _disk_full)
    window.document.set_weight("openness", 4)
    assert not window.save()
    assert "No space left on device" in shown[-1][1] and "autosave folder" in shown[-1][1]
    assert list(paths.autosave_dir().glob("*.samson"))  # the claim is true
    # With the data folder full too, the message says so and what to do instead.
    monkeypatch.setattr(autosave, "atomic_write", _disk_full)
    window.document.set_weight("openness", 5)
    assert not window.save()
    text = shown[-1][1]
    assert "could not be autosaved" in text and "autosave folder" not in text


def test_a_session_holding_a_value_the_file_cannot_hold_is_not_saved_and_not_claimed_autosaved(window, shown):
    session = window.document.session
    session.extra["x_extra"] = math.inf  # json refuses it: "Out of range float values are not JSON compliant"
    window.document.set_weight("openness", 4)
    assert not window.save()
    assert shown[-1][0] == "critical"
    assert "could not be autosaved" in shown[-1][1]
    assert not list(paths.autosave_dir().glob("*.samson"))


def test_a_failing_autosave_is_shown_once_with_what_to_do(window, shown, monkeypatch):
    monkeypatch.setattr(autosave, "atomic_write", _disk_full)
    window.document.set_weight("openness", 4)
    for _ in range(3):  # the autosaver tries again every second
        window.autosaver.flush()
    warnings = [text for kind, text in shown if kind == "warning"]
    assert len(warnings) == 1
    assert "Save as" in warnings[0] and "No space left on device" in warnings[0]
    assert "Autosave failed" in window.statusBar().autosave_label.text()
    monkeypatch.undo()
    assert window.autosaver.flush() is not None
    assert window.statusBar().autosave_label.text().startswith("Autosaved")
