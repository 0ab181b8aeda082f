"""Step 1: start a new session, open one, pick a recent one, or try a demo."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import tool_windows
from ..settings import Settings

#: Where an item of the recent list keeps its file path.
_PATH_ROLE = Qt.UserRole + 1
#: The same collaboration at time point 1 and 2.
DEMO_COUNT = 2


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _leading_members(text: str, names: set[str]) -> dict:
    """The members ``names`` of the JSON object in ``text``, decoded one member at a time until all are
    found: the app writes the collaboration and the time point before the question set, the answers
    and the measures, so a large session is not decoded whole to show its name."""
    found = {}
    pos = _SPACE.match(text).end()
    if not text.startswith("{", pos):
        raise ValueError("not a JSON object")
    pos += 1
    while len(found) < len(names):
        pos = _SPACE.match(text, pos).end()
        if text.startswith("}", pos):
            break
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _SPACE.match(text, pos).end()
        if not text.startswith(":", pos):
            raise ValueError("no ':' after a member's name")
        value, pos = _DECODER.raw_decode(text, _SPACE.match(text, pos + 1).end())
        if key in names:
            found[key] = value
        pos = _SPACE.match(text, pos).end()
        if text.startswith(",", pos):
            pos += 1
    return found


def _peek(path: Path) -> tuple[str, str]:
    """Collaboration name and time label of a session file, read cheaply and without validation."""
    try:
        doc = _leading_members(path.read_text(encoding="utf-8"), {"collaboration", "time_point"})
        name = str(doc.get("collaboration", {}).get("name", ""))
        label = str(doc.get("time_point", {}).get("label", ""))
        return name, label
    except (OSError, ValueError, AttributeError):
        return "", ""


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    openPathRequested = Signal(str)
    demoRequested = Signal(int)
    #: A new time point from the session file at this path.
    nextTimePointRequested = Signal(str)

    def __init__(self, settings: Settings, demo_paths: Callable[[], list[Path]], parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._demo_paths = demo_paths  # asked only after the first paint
        self._demo_info: list[tuple[str, str]] | None = None

        self.title = QLabel("SAMSON")
        self.title.setProperty("role", "h1")
        self.lead = QLabel()
        self.lead.setProperty("role", "lead")
        self.lead.setWordWrap(True)

        self.begin_heading = QLabel()
        self.begin_heading.setProperty("role", "h2")
        self.new_button = self._big_button(self.newRequested.emit)
        self.open_button = self._big_button(self.openRequested.emit)
        self.seminar_button = self._big_button(lambda: tool_windows.open_seminar(self.window()))
        self.demo_heading = QLabel()
        self.demo_heading.setProperty("role", "h2")
        self.demo_buttons = []
        for index in range(DEMO_COUNT):
            button = self._big_button(lambda _checked=False, i=index: self.demoRequested.emit(i))
            self.demo_buttons.append(button)
        self.demo_hint = QLabel()
        self.demo_hint.setProperty("role", "caption")
        self.demo_hint.setWordWrap(True)

        self.recent_heading = QLabel()
        self.recent_heading.setProperty("role", "h2")
        self.recent_list = QListWidget()
        self.recent_list.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_empty = QLabel()
        self.recent_empty.setProperty("role", "help")
        self.recent_empty.setWordWrap(True)
        self.recent_hint = QLabel()
        self.recent_hint.setProperty("role", "caption")
        self.recent_hint.setWordWrap(True)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextTimePointButton")
        self.next_button.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        self.next_button.clicked.connect(self._next_from_item)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.begin_heading)
        left.addWidget(self.new_button)
        left.addWidget(self.open_button)
        left.addSpacing(16)
        left.addWidget(self.demo_heading)
        for button in self.demo_buttons:
            left.addWidget(button)
        left.addWidget(self.demo_hint)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.recent_heading)
        right.addWidget(self.recent_list, 20)
        right.addWidget(self.recent_empty)
        right.addWidget(self.next_button)
        right.addWidget(self.recent_hint)
        right.addStretch(1)  # keeps the heading on top while the list is hidden
        # Several collaborations together: beside the sessions, so the left column keeps its height.
        right.addWidget(self.seminar_button)

        columns = QGridLayout()
        columns.setHorizontalSpacing(40)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 5)
        columns.setColumnStretch(1, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(self.lead)
        layout.addSpacing(18)
        layout.addLayout(columns, 1)

        self.retranslate()
        self.refresh_recent(peek=False)

    def _big_button(self, slot) -> QPushButton:
        button = QPushButton()
        button.setProperty("role", "big")
        button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        button.clicked.connect(slot)
        return button

    # --- content -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.lead.setText(self.tr(
            "A workshop tool for co-creation: weight the four values, talk through the questions of "
            "the seven action fields, agree on measures, and see where you stand."))
        self.begin_heading.setText(self.tr("Begin"))
        self.new_button.setText(self.tr("New session"))
        self.new_button.setToolTip(self.tr("Start a new workshop session (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New session"))
        self.open_button.setText(self.tr("Open a session…"))
        self.open_button.setToolTip(self.tr("Open a saved .samson file (Ctrl+O)"))
        self.open_button.setAccessibleName(self.tr("Open a session"))
        self.seminar_button.setText(self.tr("Peer-learning seminar…"))
        self.seminar_button.setToolTip(self.tr(
            "Several collaborations learn from each other's profiles, each sharing what it wishes (Ctrl+Shift+L)"))
        self.seminar_button.setAccessibleName(self.tr("Peer-learning seminar"))
        self.demo_heading.setText(self.tr("Try the demo"))
        self.demo_hint.setText(self.tr(
            "A demo opens as a copy, so the demo itself stays unchanged."))
        self.recent_heading.setText(self.tr("Recent sessions"))
        self.recent_list.setAccessibleName(self.tr("Recent sessions"))
        self.recent_empty.setText(self.tr("Sessions you open or save appear here."))
        self.recent_hint.setText(self.tr("Enter or double-click opens the selected session."))
        self.next_button.setText(self.tr("New &time point from this session…"))
        self.next_button.setToolTip(self.tr(
            "Start the next workshop of the selected session's collaboration: the same voices and questions, "
            "its open measures carried over for follow-up"))
        self._update_demo_texts()

    def _update_demo_texts(self) -> None:
        info = self._demo_info or [("", "")] * DEMO_COUNT
        for index, (button, (name, label)) in enumerate(zip(self.demo_buttons, info)):
            text = self.tr("Demo, time point %1").replace("%1", str(index + 1))
            if name:
                text = f"{name} · {label}" if label else name
            button.setText(text)
            button.setToolTip(self.tr("Open a copy of the demo session"))
            button.setAccessibleName(self.tr("Open demo session %1").replace("%1", str(index + 1)))

    def enter(self) -> None:
        """Shown: the names in the demo and recent files, read the first time the page is on screen."""
        if self._demo_info is None and self.isVisible():
            self.load_details()

    def load_details(self) -> None:
        """Read the names in the demo and recent files; called after the first paint to keep start-up fast."""
        self._demo_info = [_peek(path) for path in self._demo_paths()]
        self._update_demo_texts()
        self.refresh_recent()

    def refresh_recent(self, peek: bool = True) -> None:
        self.recent_list.clear()
        for path in self._settings.existing_recent():
            name, label = _peek(path) if peek else ("", "")
            first = " · ".join(part for part in (name, label) if part) or path.stem
            item = QListWidgetItem(f"{first}\n{path.name} — {path.parent}")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        has_items = self.recent_list.count() > 0
        self.recent_list.setVisible(has_items)
        self.recent_hint.setVisible(has_items)
        self.next_button.setVisible(has_items)
        self.recent_empty.setVisible(not has_items)
        if has_items:
            self.recent_list.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.openPathRequested.emit(item.data(_PATH_ROLE))

    def _next_from_item(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self.nextTimePointRequested.emit(item.data(_PATH_ROLE))

    def set_presentation(self, on: bool) -> None:
        pass  # large type comes from the theme; the page has nothing to hide
