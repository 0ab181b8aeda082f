"""Runs the real app (``samson FILE…``) in its own process for tests, driven by lines on stdin.

Dialogs are answered from the environment and reported on stdout, one line each:
``SAMSON_TEST_ANSWER`` names the button of a file question (show, copy, overwrite, reload, ...),
``SAMSON_TEST_RECOVER`` answers the recovery question (yes, no or cancel).

stdout lines: ``ready`` (first paint done, answering other processes), ``dialog BUTTONS``,
``question TEXT``, ``recovered N STATE``, ``shown KEY``, ``autosaved``, ``state STATE``,
``saved OK STATE``, ``opened OK STATE``. stdin commands: ``weight ID N``, ``open PATH``, ``save``,
``state``, ``close``, and the keyboard commands of keyboard_driver.py.
"""

from __future__ import annotations

import json
import os
import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

import keyboard_driver
from samson_desktop.cli.main import main
from samson_desktop.ui import app as app_module
from samson_desktop.ui import window_link
from samson_desktop.ui.main_window import MainWindow

ANSWER = os.environ.get("SAMSON_TEST_ANSWER", "cancel")
RECOVER = {"yes": QMessageBox.Yes, "no": QMessageBox.No}.get(os.environ.get("SAMSON_TEST_RECOVER", ""),
                                                             QMessageBox.Cancel)


def say(*parts: object) -> None:
    print(*parts, flush=True)


def state(window: MainWindow) -> str:
    doc = window.document
    return json.dumps({"path": str(doc.path) if doc.path else None, "weights": doc.session.weights,
                       "dirty": doc.is_dirty()})


def windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


# --- dialogs ----------------------------------------------------------------------------
def exec_box(box: QMessageBox) -> int:
    say("dialog", ",".join(sorted(b.objectName() for b in box.buttons())))
    chosen = next((b for b in box.buttons() if b.objectName() == ANSWER), None) or box.escapeButton()
    if chosen is not None:
        chosen.click()
    return 0


def question(_parent, _title, text, *args, **kwargs):
    say("question", json.dumps(text))
    return RECOVER


def unsaved(_parent, _title, text, *args, **kwargs):
    say("warning", json.dumps(text))
    return QMessageBox.Discard


def note(_parent, _title, text, *args, **kwargs):
    say("note", json.dumps(text))
    return QMessageBox.Ok


QMessageBox.exec = exec_box
QMessageBox.question = staticmethod(question)
QMessageBox.warning = staticmethod(unsaved)
QMessageBox.information = staticmethod(note)
QMessageBox.critical = staticmethod(note)


# --- hooks into start-up ----------------------------------------------------------------
class Commands(QObject):
    """Carries stdin lines to the GUI thread."""

    line = Signal(str)

    def run(self, text: str) -> None:
        window = windows()[0]
        report_autosaves(window)
        command, _, rest = text.partition(" ")
        if keyboard_driver.run(window, command, rest):
            return
        if command == "weight":
            value_id, number = rest.split()
            window.document.set_weight(value_id, int(number))
        elif command == "open":
            ok = window.open_path(rest)
            say("opened", ok, state(window))
        elif command == "save":
            ok = window.save()
            say("saved", ok, state(window))
        elif command == "state":
            say("state", state(window))
        elif command == "close":
            for each in windows():
                each.close()


commands = Commands()
commands.line.connect(commands.run)


def read_stdin() -> None:
    for line in sys.stdin:
        if line.strip():
            commands.line.emit(line.strip())


def report_autosaves(window: MainWindow) -> None:
    # Marked on the autosaver itself: a new session gets a new one, which may reuse the old one's id().
    if window.autosaver is not None and not window.autosaver.property("reportedToTest"):
        window.autosaver.setProperty("reportedToTest", True)
        window.autosaver.saved.connect(lambda _path: say("autosaved"))


listen = app_module._listen_for_other_processes


def listen_and_report() -> None:
    listen()
    window_link._server.shown.connect(lambda key: say("shown", key))
    for window in windows():
        report_autosaves(window)
    threading.Thread(target=read_stdin, daemon=True).start()
    say("ready")


app_module._listen_for_other_processes = listen_and_report

offer_recovery = MainWindow.offer_recovery


def report_recovery(self: MainWindow) -> int:
    count = offer_recovery(self)
    say("recovered", count, *(state(w) for w in windows()))
    return count


MainWindow.offer_recovery = report_recovery

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
