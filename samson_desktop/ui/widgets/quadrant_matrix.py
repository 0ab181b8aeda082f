"""The matrix of seed 002, figure 2: keep/do more or stop/do less, of known or new practices."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.model import Session
from .labels import plain_tooltip, quadrant_name, status_name
from .lists import make_wrapping

#: (row, column) of each quadrant: rows do more / do less, columns known / new practice.
CELLS: dict[str, tuple[int, int]] = {
    "more-known": (0, 0),
    "more-new": (0, 1),
    "less-known": (1, 0),
    "less-new": (1, 1),
}


class _Cell(QFrame):
    def __init__(self, quadrant: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.quadrant = quadrant
        self.setProperty("role", "card")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setProperty("role", "h2")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "caption")
        self.list = QListWidget(self)
        make_wrapping(self.list)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)


class QuadrantMatrix(QWidget):
    """A 2×2 grid; each cell lists its measures as plain text, with question number and status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: Session | None = None
        self._cells: dict[str, _Cell] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self._column_heads = [QLabel(self), QLabel(self)]
        self._row_heads = [QLabel(self), QLabel(self)]
        for column, label in enumerate(self._column_heads):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setProperty("role", "h2")
            grid.addWidget(label, 0, column + 1)
        for row, label in enumerate(self._row_heads):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMinimumWidth(150)
            label.setProperty("role", "h2")
            grid.addWidget(label, row + 1, 0)
        for quadrant, (row, column) in CELLS.items():
            cell = _Cell(quadrant, self)
            self._cells[quadrant] = cell
            grid.addWidget(cell, row + 1, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.retranslate()

    def set_session(self, session: Session) -> None:
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        for quadrant, cell in self._cells.items():
            cell.list.clear()
        if self._session is None:
            self._update_titles()
            return
        qset = self._session.question_set
        for measure in self._session.measures:
            cell = self._cells.get(measure.quadrant)
            if cell is None:
                continue
            number = qset.question_number(measure.question_id) if qset.has_question(measure.question_id) else ""
            extra = [status_name(measure.status)]
            if measure.owner:
                extra.append(measure.owner)
            if measure.due:
                due = QDate.fromString(measure.due, Qt.DateFormat.ISODate)
                extra.append(QLocale().toString(due, QLocale.FormatType.ShortFormat) if due.isValid() else measure.due)
            item = QListWidgetItem(f"{number}  {measure.text}  ({', '.join(extra)})")
            item.setData(Qt.ItemDataRole.UserRole, measure.id)
            item.setToolTip(plain_tooltip(measure.text))
            cell.list.addItem(item)
        self._update_titles()

    def texts(self, quadrant: str) -> list[str]:
        """The lines listed in one cell, as shown."""
        lst = self._cells[quadrant].list
        return [lst.item(i).text() for i in range(lst.count())]

    def measure_ids(self, quadrant: str) -> list[str]:
        lst = self._cells[quadrant].list
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]

    def retranslate(self) -> None:
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
            cell.hint.setText(hints[quadrant])
        self.refresh()

    def _update_titles(self) -> None:
        for quadrant, cell in self._cells.items():
            count = cell.list.count()
            cell.title.setText(f"{quadrant_name(quadrant)} ({count})")
            cell.list.setAccessibleName(
                self.tr("%1: %2 measures").replace("%1", quadrant_name(quadrant)).replace("%2", str(count)))
