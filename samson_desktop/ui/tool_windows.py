"""The windows and actions the workshop window opens beside itself, loaded when first opened.

The phone room needs a web server and Qt's network module, the comparison, the portfolio and the
seminar their own charts and tables, the keyboard help a table, the reports and answer sheets
reportlab, the link to other SAMSON processes QtNetwork: none of it is needed to paint the window.
This module is the one place that loads such a module on first use.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from PySide6.QtWidgets import QWidget

#: name -> (module, class)
WINDOWS = {
    "phone_room": ("samson_desktop.ui.room.window", "RoomWindow"),
    "seminar": ("samson_desktop.ui.seminar.window", "SeminarWindow"),
    "keys": ("samson_desktop.ui.help_dialogs", "KeyboardHelp"),
    "about": ("samson_desktop.ui.help_dialogs", "About"),
}


def create(name: str, *args: Any, **kwargs: Any) -> QWidget:
    """A new window of the kind ``name``, its module imported now if it was not yet."""
    module, class_name = WINDOWS[name]
    return getattr(importlib.import_module(module), class_name)(*args, **kwargs)


def module(name: str) -> ModuleType:
    """A module of ``samson_desktop.ui`` by its name ("compare_view", "export_actions", …), imported now
    if it was not yet."""
    return importlib.import_module(f"samson_desktop.ui.{name}")


def open_seminar(parent: QWidget | None, ask_folder: bool = False) -> QWidget:
    """The peer-learning seminar window beside ``parent``; with ``ask_folder`` it asks for a folder of sessions first."""
    window = create("seminar", parent)
    window.show()
    if ask_folder:
        window.choose_folder()
    return window


def report(name: str) -> ModuleType:
    """A module of ``samson_desktop.report`` ("session_report", "answer_sheet", …), which loads
    reportlab, imported now if it was not yet."""
    return importlib.import_module(f"samson_desktop.report.{name}")
