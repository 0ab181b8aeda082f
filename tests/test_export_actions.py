"""Exporting from the window: file dialog, work off the UI thread, progress, failure message, open."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from factories import session_doc
from samson_desktop.fileformat import parse_session
from samson_desktop.ui import export_actions


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def session():
    doc = session_doc(answers={"f1.q1": {"consensus": 6, "note": "Notat"}})
    return parse_session(json.dumps(doc, ensure_ascii=False).encode("utf-8"))


@pytest.fixture
def dialogs(monkeypatch):
    """Answers the file dialog and the message boxes, and records what they were asked."""
    record = {"save_name": "", "suggested": None, "question": [], "warning": [], "opened": [],
              "answer": QMessageBox.Yes}

    def get_save(parent, caption, suggested, filters):
        record["suggested"] = suggested
        return record["save_name"], filters

    def question(parent, title, text, *args):
        record["question"].append(text)
        return record["answer"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: record["warning"].append(text)))
    monkeypatch.setattr(export_actions.QDesktopServices, "openUrl",
                        staticmethod(lambda url: record["opened"].append(url.toLocalFile()) or True))
    return record


def wait_done(qtbot):
    qtbot.waitUntil(lambda: not export_actions.is_busy(), timeout=20000)
    qtbot.wait(20)  # let the outcome dialogs run


def test_report_is_written_and_opened_on_request(qtbot, window, session, dialogs, tmp_path):
    dialogs["save_name"] = str(tmp_path / "rapport")  # no suffix typed
    export_actions.export_report(window, session, tmp_path / "workshop.samson")
    wait_done(qtbot)
    out = tmp_path / "rapport.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert dialogs["suggested"] == str(tmp_path / "workshop.pdf")
    assert dialogs["opened"] == [str(out)]
    assert dialogs["warning"] == []


def test_declining_to_open_leaves_the_file_closed(qtbot, window, session, dialogs, tmp_path):
    dialogs["save_name"] = str(tmp_path / "r.pdf")
    dialogs["answer"] = QMessageBox.No
    export_actions.export_report(window, session)
    wait_done(qtbot)
    assert (tmp_path / "r.pdf").exists() and dialogs["opened"] == []
    assert len(dialogs["question"]) == 1


def test_cancelled_file_dialog_does_nothing(qtbot, window, session, dialogs):
    dialogs["save_name"] = ""
    export_actions.export_report(window, session)
    assert not export_actions.is_busy()
    assert dialogs["question"] == [] and dialogs["warning"] == []


def test_the_pdf_is_built_off_the_ui_thread_while_the_ui_keeps_running(qtbot, window, session, dialogs,
                                                                      tmp_path, monkeypatch):
    from samson_desktop.report import session_report

    ticked = threading.Event()
    seen = {}
    real = session_report.build_session_report

    def slow_build(s, path, language=None):
        seen["thread"] = threading.current_thread()
        # Only a running UI event loop can fire the timer that sets the event.
        seen["ui_ran"] = ticked.wait(timeout=10)
        return real(s, path, language)

    monkeypatch.setattr(session_report, "build_session_report", slow_build)
    dialogs["save_name"] = str(tmp_path / "r.pdf")
    export_actions.export_report(window, session)
    QTimer.singleShot(50, ticked.set)
    wait_done(qtbot)
    assert seen["thread"] is not threading.main_thread()
    assert seen["ui_ran"] is True
    assert (tmp_path / "r.pdf").exists()


def test_the_session_is_copied_so_later_edits_do_not_reach_the_running_export(qtbot, window, session, dialogs,
                                                                             tmp_path, monkeypatch):
    from samson_desktop.report import session_report

    release = threading.Event()
    seen = {}

    def build(s, path, language=None):
        release.wait(timeout=10)
        seen["name"] = s.collaboration.name
        path.write_bytes(b"%PDF-1.4")
        return path

    monkeypatch.setattr(session_report, "build_session_report", build)
    dialogs["save_name"] = str(tmp_path / "r.pdf")
    export_actions.export_report(window, session)
    session.collaboration = type(session.collaboration)("Endret etterpå")
    release.set()
    wait_done(qtbot)
    assert seen["name"] == "Testsamarbeid"


def test_a_failure_shows_a_clear_message(qtbot, window, session, dialogs, tmp_path):
    dialogs["save_name"] = str(tmp_path / "no-such-folder" / "r.pdf")
    export_actions.export_report(window, session)
    wait_done(qtbot)
    assert len(dialogs["warning"]) == 1
    assert "could not write the report" in dialogs["warning"][0]
    assert "No such file or directory" in dialogs["warning"][0]
    assert dialogs["question"] == [] and dialogs["opened"] == []


def test_csv_export_writes_and_offers_to_open(qtbot, window, session, dialogs, tmp_path):
    dialogs["save_name"] = str(tmp_path / "tabell")
    export_actions.export_csv(window, [session, session])
    wait_done(qtbot)
    out = tmp_path / "tabell.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert dialogs["suggested"].endswith("Testsamarbeid.csv")
    assert dialogs["opened"] == [str(out)]


def test_safe_file_name():
    assert export_actions.safe_file_name('a/b\\c:*?"<>|d', "x") == "a b c d"
    assert export_actions.safe_file_name("  ..  ", "fallback") == "fallback"


def test_table_export_writes_the_measures_beside_and_an_xlsx_on_request(qtbot, window, session, dialogs, tmp_path):
    dialogs["save_name"] = str(tmp_path / "tabell.csv")
    export_actions.export_csv(window, [session])
    wait_done(qtbot)
    assert (tmp_path / "tabell-measures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "tabell-measures.csv" in dialogs["question"][-1]
    dialogs["save_name"] = str(tmp_path / "arbeidsbok.xlsx")
    export_actions.export_csv(window, [session])
    wait_done(qtbot)
    assert (tmp_path / "arbeidsbok.xlsx").read_bytes()[:2] == b"PK"
    assert dialogs["opened"][-1] == str(tmp_path / "arbeidsbok.xlsx")
