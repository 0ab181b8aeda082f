"""The windows the workshop window opens beside itself, loaded when first opened.

The phone room needs a web server and Qt's network module, which the window should not pay
for at start-up; this table is the one place that loads such a window's module on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QWidget

#: name -> (module, class)
WINDOWS = {
    "phone_room": ("samson_desktop.ui.room.window", "RoomWindow"),
}


def create(name: str, *args: Any, **kwargs: Any) -> QWidget:
    """A new window of the kind ``name``, its module imported now if it was not yet."""
    module, class_name = WINDOWS[name]
    return getattr(importlib.import_module(module), class_name)(*args, **kwargs)
