"""Keyboard commands for a real app process (see app_driver.py): keys go where a real keyboard sends
them, to the open menu or the widget with the focus, never to a widget picked by the test.

Commands (one line each on stdin; each answers ``done COMMAND ...`` on stdout):
``resize W H``; ``key SEQ [SEQ ...]`` (Qt key sequences: ``Ctrl+3``, ``F2``, ``7``, ``N``);
``type TEXT``; ``tabto TEXT`` (Tab until the focused widget's name or text contains TEXT);
``menu TITLE > ITEM > ...`` (Alt and the menu's mnemonic, then arrows, Right into a submenu and
Return on the last item); ``nextfile PATH`` (the answer of the next file dialog); ``ui`` (what is on
screen, as JSON); ``dump`` (the session as the file would hold it, as JSON).
"""

from __future__ import annotations

import json
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from samson_desktop.fileformat import session_to_bytes
from samson_desktop.ui import i18n

#: Enough for any page's tab chain; a widget not reached by then is not reachable by Tab.
MAX_TABS = 120
_next_files: list[str] = []


def _say(*parts: object) -> None:
    print(*parts, flush=True)


def _save_file_name(*_args, **_kwargs):
    path = _next_files.pop(0) if _next_files else ""
    _say("filedialog", json.dumps(path))
    return path, ""


def _open_url(url) -> bool:
    _say("openurl", json.dumps(url.toLocalFile()))
    return True


QFileDialog.getSaveFileName = staticmethod(_save_file_name)
QDesktopServices.openUrl = staticmethod(_open_url)


def _target() -> QWidget | None:
    """Where a real keyboard's next key goes: the open menu, else the focus, else the active window."""
    return QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def press(sequence: str) -> None:
    """One key with its modifiers, e.g. ``Ctrl+Shift+Z``, ``PgDown``, ``7``."""
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(_target(), combination.key(), combination.keyboardModifiers())
    _settle()


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return ""
    parts = [widget.accessibleName()]
    for attribute in ("text", "placeholderText", "title"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                parts.append(value)
    return " | ".join(p for p in parts if p)


def tab_to(text: str) -> str:
    for _ in range(MAX_TABS):
        if text.casefold() in _describe(QApplication.focusWidget()).casefold():
            return "OK " + _describe(QApplication.focusWidget())
        press("Tab")
    return "FAIL " + _describe(QApplication.focusWidget())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu(path: str, window: QWidget) -> str:
    """Walk the menu bar by keyboard: Alt + the title's mnemonic, then Down to each item."""
    names = [name.strip() for name in path.split(">")]
    title = next((a for a in window.menuBar().actions() if _plain(a.text()) == names[0]), None)
    if title is None or "&" not in title.text():
        return f"FAIL no menu {names[0]!r} with a mnemonic"
    mnemonic = title.text()[title.text().index("&") + 1]
    press(f"Alt+{mnemonic}")
    for depth, name in enumerate(names[1:], start=1):
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            return f"FAIL no open menu at {name!r}"
        items = [a for a in popup.actions() if a.isVisible() and not a.isSeparator() and a.isEnabled()]
        if not any(_plain(a.text()) == name for a in items):
            return f"FAIL {name!r} not in {[_plain(a.text()) for a in items]}"
        for _ in range(len(popup.actions()) + 1):
            if popup.activeAction() is not None and _plain(popup.activeAction().text()) == name:
                break
            press("Down")
        press("Right" if depth < len(names) - 1 else "Return")
    return "OK"


def screen_state(window) -> dict:
    focus = QApplication.focusWidget()
    return {"language": i18n.manager().language(),
            "title": window.windowTitle(), "presentation": window.is_presentation(),
            "step": window.current_step(), "menus": [a.text() for a in window.menuBar().actions()],
            "status": [w.text() for w in window.statusBar().findChildren(QWidget) if hasattr(w, "text")],
            "focus": type(focus).__name__ if focus else None, "focus_text": _describe(focus),
            "size": [window.width(), window.height()]}


def run(window, command: str, rest: str) -> bool:
    """Carry out one keyboard command; False for a command this module does not know."""
    handlers: dict[str, Callable[[], str]] = {
        "resize": lambda: (window.resize(*map(int, rest.split())), "OK")[1],
        "key": lambda: ([press(s) for s in rest.split()], "OK")[1],
        "type": lambda: (QTest.keyClicks(_target(), rest), _settle(), "OK")[2],
        "tabto": lambda: tab_to(rest),
        "menu": lambda: menu(rest, window),
        "nextfile": lambda: (_next_files.append(rest), "OK")[1],
        "ui": lambda: json.dumps(screen_state(window)),
        "dump": lambda: session_to_bytes(window.document.session).decode("utf-8").replace("\n", " "),
    }
    if command not in handlers:
        return False
    _say("done", command, handlers[command]())
    return True
