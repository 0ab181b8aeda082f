"""Read-only table models of the comparison window: prepared cells, a level filter, and how numbers sort."""

from __future__ import annotations

from typing import Any, Sequence

from msgspec import Struct
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView

from .widgets.labels import plain_markup

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Cell(Struct, frozen=True):
    text: str
    sort: Any = None
    tooltip: str | None = None
    numeric: bool = False
    #: "up" and "down" colour a change; the text always says it too.
    tone: str | None = None
    bold: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared cells; each row may carry a tag (its level) for filtering."""

    def __init__(self, headers: Sequence[str] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Cell]] = []
        self._tags: list[str] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        # A reset, not headerDataChanged: the number of columns may change.
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def set_rows(self, rows: list[list[Cell]], tags: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._tags = tags or [""] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt naming
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return super().headerData(section, orientation, role)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def set_cell(self, row: int, column: int, cell: Cell) -> None:
        if self._rows[row][column] != cell:
            self._rows[row][column] = cell
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def tag(self, row: int) -> str:
        return self._tags[row]

    def column_texts(self, column: int) -> list[str]:
        return [row[column].text for row in self._rows]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_markup(cell.tooltip or cell.text) if (cell.tooltip or cell.text) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and cell.tone:
            return QColor(tone_colour(cell.tone))
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return cell.sort if cell.sort is not None else cell.text.casefold()
        if role == TAG_ROLE:
            return self._tags[index.row()]
        return None


def tone_colour(tone: str) -> str:
    # Okabe–Ito blue/vermillion; lighter ones on a dark (high-contrast) background.
    dark = QGuiApplication.palette().base().color().lightness() < 128
    if tone == "up":
        return "#56B4E9" if dark else "#0072B2"
    if tone == "down":
        return "#E69F00" if dark else "#B04A00"
    return "#FFFFFF" if dark else "#5A5A5A"


class LevelFilter(QSortFilterProxyModel):
    """Sorts by the prepared sort keys and shows one level (fields, values, questions) or all.

    A row's tag holds its level and any further words that a filter may pick ("question explain").
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._level = ""
        self.setSortRole(SORT_ROLE)

    def set_level(self, level: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._level = level
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._level = level
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt naming
        if not self._level:
            return True
        tag = self.sourceModel().index(source_row, 0, source_parent).data(TAG_ROLE) or ""
        return self._level in tag.split()


def table_view(model: QAbstractTableModel, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


def num_key(value: float | None) -> float:
    # Missing numbers sort below every real one.
    return float("-inf") if value is None else float(value)


def tone_of(delta: float | None) -> str | None:
    if delta is None or abs(delta) < 0.05:
        return None
    return "up" if delta > 0 else "down"


def number_key(number: str) -> tuple:
    """"3-10" after "3-9": sort question numbers as numbers."""
    parts = []
    for part in number.split("-"):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)
