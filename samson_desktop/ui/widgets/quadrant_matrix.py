"""The matrix of seed 002, figure 2: keep/do more or stop/do less, of known or new practices, with the
measures not placed yet in a strip of their own above it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.model import Measure, Session
from ...core.vocabulary import QUADRANTS
from .fill import FillHeight
from .labels import FittedLabel, plain_markup, quadrant_name, short_text, status_name
from .lists import make_wrapping

#: (row, column) of each quadrant: rows do more / do less, columns known / new practice.
CELLS: dict[str, tuple[int, int]] = {
    "more-known": (0, 0),
    "more-new": (0, 1),
    "less-known": (1, 0),
    "less-new": (1, 1),
}
#: The key that places the selected measure in each quadrant: 1–4 in reading order of the matrix.
KEYS: dict[int, str] = {Qt.Key.Key_1: "more-known", Qt.Key.Key_2: "more-new",
                        Qt.Key.Key_3: "less-known", Qt.Key.Key_4: "less-new"}
#: A list shows at most this many measures, then one line with how many more there are. Nobody reads
#: more on a wall, and the cost of a refresh stays the same with 10,000 measures as with 500.
MAX_SHOWN = 100
#: Items of the strip are short: the strip is one line high and the room sees many at a glance.
STRIP_CHARS = 48


class _Cell(QFrame):
    """One quadrant; a click on it (outside its list) asks to place the selected unplaced measure here."""

    clicked = Signal(str)

    def __init__(self, quadrant: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.quadrant = quadrant
        self.setProperty("role", "card")
        self.title = FittedLabel(self, max_lines=1)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = FittedLabel(self, max_lines=2)
        self.hint.setProperty("role", "caption")
        self.list = QListWidget(self)
        make_wrapping(self.list)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        # Two lines of list at the least: the matrix fits 1280×720 and the list scrolls inside.
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 2 + 16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        self.clicked.emit(self.quadrant)
        super().mousePressEvent(event)


class _Strip(QListWidget):
    """The unplaced measures in one scrolling line; keys 1–4 place the selected one."""

    placeRequested = Signal(str, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        quadrant = KEYS.get(event.key())
        item = self.currentItem()
        if quadrant and item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.placeRequested.emit(item.data(Qt.ItemDataRole.UserRole), quadrant)
            event.accept()
            return
        super().keyPressEvent(event)


class QuadrantMatrix(FillHeight, QWidget):
    """A 2×2 grid; each cell lists its measures as plain text, with question number and status.

    It asks for no more than its minimum height: in the page's scroll area its lower quadrants
    stay on a 1280×720 screen and the lists scroll inside."""

    #: (measure id, quadrant): the facilitator placed a measure; the page makes it an undoable edit.
    placeRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: Session | None = None
        self._cells: dict[str, _Cell] = {}
        self._totals: dict[str | None, int] = {}
        #: What each list shows, as (measure id, line, tooltip), to change only what differs.
        self._shown: dict[int, list[tuple[str, str, str]]] = {}
        self._lines: dict[tuple, tuple[str, str, str]] = {}

        self._strip_frame = QFrame(self)
        self._strip_frame.setProperty("role", "card")
        self._strip_title = QLabel(self._strip_frame)
        self._strip_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._strip_title.font()
        font.setBold(True)
        self._strip_title.setFont(font)
        self._strip_hint = FittedLabel(self._strip_frame, max_lines=1)
        self._strip_hint.setProperty("role", "caption")
        self.strip = _Strip(self._strip_frame)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setFrameShape(QFrame.Shape.NoFrame)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setFixedHeight(self.strip.fontMetrics().lineSpacing() + 30)
        self.strip.setSpacing(4)
        self._place_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for quadrant in QUADRANTS:
            button = QPushButton(self._strip_frame)
            button.clicked.connect(lambda _checked=False, q=quadrant: self._place_current(q))
            self._place_buttons[quadrant] = button
            buttons.addWidget(button)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self._strip_title)
        head.addWidget(self._strip_hint, 1)
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.strip, 1)
        body.addLayout(buttons)
        strip_layout = QVBoxLayout(self._strip_frame)
        strip_layout.setContentsMargins(10, 4, 10, 4)
        strip_layout.setSpacing(2)
        strip_layout.addLayout(head)
        strip_layout.addLayout(body)
        self._strip_frame.setVisible(False)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self._column_heads = [QLabel(self), QLabel(self)]
        self._row_heads = [QLabel(self), QLabel(self)]
        for column, label in enumerate(self._column_heads):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setProperty("role", "h2")
            grid.addWidget(label, 0, column + 1)
        for row, label in enumerate(self._row_heads):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMinimumWidth(120)
            label.setProperty("role", "h2")
            grid.addWidget(label, row + 1, 0)
        for quadrant, (row, column) in CELLS.items():
            cell = _Cell(quadrant, self)
            cell.clicked.connect(self._place_current)
            self._cells[quadrant] = cell
            grid.addWidget(cell, row + 1, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._strip_frame)
        layout.addLayout(grid, 1)

        self.strip.placeRequested.connect(self.placeRequested)
        self.retranslate()

    def set_session(self, session: Session) -> None:
        if session is not self._session:
            self._lines.clear()  # question numbers belong to the session's question set
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        """Bring every list up to date with the session. Only the items that changed are touched: placing
        one measure moves one item, whatever the number of measures."""
        row = self.strip.currentRow()
        wanted: dict[str | None, list[tuple[str, str, str]]] = {quadrant: [] for quadrant in [*self._cells, None]}
        totals = dict.fromkeys(wanted, 0)
        if self._session is not None:
            for measure in self._session.measures:
                quadrant = measure.quadrant if measure.quadrant in self._cells else None
                totals[quadrant] += 1
                if totals[quadrant] <= MAX_SHOWN:
                    wanted[quadrant].append(self._line(measure, short=quadrant is None))
        for quadrant, lines in wanted.items():
            if totals[quadrant] > MAX_SHOWN:
                more = self.tr("… and %1 more: the table lists every measure").replace(
                    "%1", str(totals[quadrant] - MAX_SHOWN))
                lines.append(("", more, ""))
            self._sync(self._list_of(quadrant), lines)
        self._totals = totals
        self._strip_frame.setVisible(totals[None] > 0)
        if self.strip.count():
            self.strip.setCurrentRow(min(max(row, 0), min(totals[None], MAX_SHOWN) - 1))
        self._update_titles()

    def texts(self, quadrant: str | None) -> list[str]:
        """The lines listed in one cell (None: the strip of measures not placed yet), as shown."""
        lst = self.strip if quadrant is None else self._cells[quadrant].list
        return [lst.item(i).text() for i in range(lst.count())]

    def measure_ids(self, quadrant: str | None) -> list[str]:
        lst = self.strip if quadrant is None else self._cells[quadrant].list
        ids = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
        return [measure_id for measure_id in ids if measure_id]

    def cell(self, quadrant: str) -> QFrame:
        return self._cells[quadrant]

    def place_button(self, quadrant: str) -> QPushButton:
        return self._place_buttons[quadrant]

    def retranslate(self) -> None:
        self._lines.clear()  # status names and dates follow the language
        self.setAccessibleName(self.tr("Matrix of measures"))
        self._column_heads[0].setText(self.tr("Known practice"))
        self._column_heads[1].setText(self.tr("New practice"))
        self._row_heads[0].setText(self.tr("Keep / do more"))
        self._row_heads[1].setText(self.tr("Stop / do less"))
        hints = {
            "more-known": self.tr("Ways of working that help the collaboration: keep and strengthen them."),
            "more-new": self.tr("Challenges that call for new actions and approaches."),
            "less-known": self.tr("Ways of working that hinder the collaboration: do less of them, or stop."),
            "less-new": self.tr("New measures that miss the mark: scale them down or end them."),
        }
        for quadrant, cell in self._cells.items():
            cell.hint.set_full_text(hints[quadrant])
        self._strip_hint.set_full_text(
            self.tr("Select a measure, then press 1–4 or click the quadrant where it belongs."))
        self.strip.setAccessibleName(self.tr("Measures not placed yet; press 1 to 4 to place the selected one"))
        for number, quadrant in enumerate(QUADRANTS, 1):
            button = self._place_buttons[quadrant]
            button.setText(f"{number}  {self._short_name(quadrant)}")
            button.setToolTip(plain_markup(quadrant_name(quadrant)))
            button.setAccessibleName(self.tr("Place the selected measure: %1").replace("%1", quadrant_name(quadrant)))
        self.refresh()

    # --- helpers -------------------------------------------------------------------------
    def _short_name(self, quadrant: str) -> str:
        return {
            "more-known": self.tr("More, known"),
            "more-new": self.tr("More, new"),
            "less-known": self.tr("Less, known"),
            "less-new": self.tr("Less, new"),
        }[quadrant]

    def _list_of(self, quadrant: str | None) -> QListWidget:
        return self.strip if quadrant is None else self._cells[quadrant].list

    def _line(self, measure: Measure, short: bool = False) -> tuple[str, str, str]:
        """(measure id, the line shown, its tooltip), remembered until the language changes: a refresh
        after one edit then costs a dictionary look-up per line."""
        key = (measure.id, measure.question_id, measure.text, measure.status, measure.owner, measure.due, short)
        line = self._lines.get(key)
        if line is None:
            if len(self._lines) > 4 * MAX_SHOWN * len(CELLS):
                self._lines.clear()
            line = self._lines[key] = self._make_line(measure, short)
        return line

    def _make_line(self, measure: Measure, short: bool) -> tuple[str, str, str]:
        qset = self._session.question_set if self._session else None
        number = qset.question_number(measure.question_id) if qset and qset.has_question(measure.question_id) else ""
        if short:
            text = f"{number}  {short_text(measure.text, STRIP_CHARS)}"
        else:
            extra = [status_name(measure.status)]
            if measure.owner:
                extra.append(measure.owner)
            if measure.due:
                due = QDate.fromString(measure.due, Qt.DateFormat.ISODate)
                extra.append(QLocale().toString(due, QLocale.FormatType.ShortFormat) if due.isValid() else measure.due)
            text = f"{number}  {measure.text}  ({', '.join(extra)})"
        return measure.id, text, plain_markup(measure.text)

    def _sync(self, lst: QListWidget, wanted: list[tuple[str, str, str]]) -> None:
        """Make ``lst`` show ``wanted`` with as few item changes as it takes: one measure placed is one
        item inserted or taken (and the line at the cut-off of a full list), not a list rebuilt."""
        shown = self._shown.setdefault(id(lst), [])
        if shown == wanted:
            return
        # The "… and N more" line changes with every count: take it off and put it back at the end.
        if shown and not shown[-1][0]:
            lst.takeItem(len(shown) - 1)
            shown.pop()
        lines = wanted[:-1] if wanted and not wanted[-1][0] else wanted
        start = 0
        while start < min(len(shown), len(lines)) and shown[start] == lines[start]:
            start += 1
        rest = min(len(lines) - start - 1, len(shown) - start)
        if start < len(lines) and lines[start + 1:start + 1 + rest] == shown[start:start + rest]:
            self._insert(lst, start, lines[start])  # one line came in at ``start``
            shown.insert(start, lines[start])
        else:
            rest = min(len(lines) - start, len(shown) - start - 1)
            if start < len(shown) and lines[start:start + rest] == shown[start + 1:start + 1 + rest]:
                lst.takeItem(start)  # one line went at ``start``
                del shown[start]
            else:
                end = 0
                while end < min(len(shown), len(lines)) - start and shown[-1 - end] == lines[-1 - end]:
                    end += 1
                for _ in range(len(shown) - start - end):
                    lst.takeItem(start)
                for offset, line in enumerate(lines[start:len(lines) - end]):
                    self._insert(lst, start + offset, line)
                shown[start:len(shown) - end] = lines[start:len(lines) - end]
        while len(shown) > len(lines):  # the tail past the cut-off
            lst.takeItem(len(shown) - 1)
            shown.pop()
        for line in lines[len(shown):]:
            self._insert(lst, len(shown), line)
            shown.append(line)
        if len(wanted) > len(lines):
            self._insert(lst, len(shown), wanted[-1])
            shown.append(wanted[-1])

    @staticmethod
    def _insert(lst: QListWidget, row: int, line: tuple[str, str, str]) -> None:
        measure_id, text, tooltip = line
        item = QListWidgetItem(text)
        if measure_id:
            item.setData(Qt.ItemDataRole.UserRole, measure_id)
            item.setToolTip(tooltip)
        else:  # the "… and N more" line: not a measure, nothing to select
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        lst.insertItem(row, item)

    def _place_current(self, quadrant: str) -> None:
        item = self.strip.currentItem()
        if not self._strip_frame.isHidden() and item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.placeRequested.emit(item.data(Qt.ItemDataRole.UserRole), quadrant)

    def _update_titles(self) -> None:
        totals = self._totals
        for quadrant, cell in self._cells.items():
            count = totals.get(quadrant, 0)
            title = f"{quadrant_name(quadrant)} ({count})"
            if cell.title.full_text() != title:
                cell.title.set_full_text(title)
            cell.list.setAccessibleName(
                self.tr("%1: %2 measures").replace("%1", quadrant_name(quadrant)).replace("%2", str(count)))
        self._strip_title.setText(f"{quadrant_name(None)} ({totals.get(None, 0)})")
