"""The report and the answer sheets from the window's File menu, in the interface language or another."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samson_desktop.ui import export_actions, voice_entry
from samson_desktop.ui.actions import ActionId
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.settings import Settings
from tests.factories import session_bytes


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.samson"
    path.write_bytes(session_bytes())
    win = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    assert win.open_path(path)
    targets = iter(str(tmp_path / f"export-{n}.pdf") for n in range(10))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(targets), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.No))
    monkeypatch.setattr(voice_entry.QDesktopServices, "openUrl", staticmethod(lambda url: True))
    yield win
    win.set_language("nb")
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _report(qtbot, window, action: ActionId, tmp_path, n: int) -> str:
    window.actions[action].trigger()
    qtbot.waitUntil(lambda: not export_actions.is_busy() and (tmp_path / f"export-{n}.pdf").is_file(), timeout=30000)
    return _text(tmp_path / f"export-{n}.pdf")


def test_the_report_is_exported_in_the_interface_language_or_the_one_chosen(qtbot, window, tmp_path):
    window.set_language("en")
    english = _report(qtbot, window, ActionId.EXPORT_REPORT, tmp_path, 0)
    assert "Field 1" in english and "Felt 1" not in english
    norwegian = _report(qtbot, window, ActionId.EXPORT_REPORT_NB, tmp_path, 1)
    assert "Felt 1" in norwegian and "Field 1" not in norwegian


def test_answer_sheets_are_in_the_file_menu_in_either_language(window, tmp_path):
    file_menu = window.actions.menus["file"]
    assert window.actions[ActionId.ANSWER_SHEETS] in file_menu.actions()
    sheets_in = window.actions.menus["sheets_in"]
    assert sheets_in.menuAction() in file_menu.actions()
    window.actions[ActionId.ANSWER_SHEETS].trigger()  # the interface speaks bokmål
    assert "Svarark" in _text(tmp_path / "export-0.pdf")
    window.actions[ActionId.ANSWER_SHEETS_EN].trigger()
    english = _text(tmp_path / "export-1.pdf")
    assert "Answer sheet" in english and "Svarark" not in english
