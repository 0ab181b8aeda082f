"""The session's measures as an editable table model; every edit is an undoable document change."""

from __future__ import annotations

from typing import Any

from msgspec.structs import replace
from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..core.model import Measure, localized
from ..core.vocabulary import MEASURE_STATUSES, QUADRANTS
from .document import Change, SessionDocument
from .widgets.labels import plain_markup, quadrant_name, short_text, status_name, ui_language

TEXT, QUESTION, QUADRANT, OWNER, DUE, STATUS, NOTE = range(7)
COLUMN_COUNT = 7

_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.UserRole, Qt.ItemDataRole.FontRole})


def iso_to_qdate(value: str | None) -> QDate:
    return QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()


class MeasuresModel(QAbstractTableModel):
    """One row per measure, in the session's order.

    Display values are for people (translated names, local dates); the edit role carries the
    stored form (ids, QDate) that the delegates work with. Every call answers in constant time
    (rows are found through an id → row index), so 10,000 measures cost no more per edit than ten.
    """

    def __init__(self, document: SessionDocument, parent=None):
        super().__init__(parent)
        self._document = document
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._index_ids()
        document.changed.connect(self._on_changed)

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._document.session.measures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else COLUMN_COUNT

    def measure(self, row: int) -> Measure:
        return self._document.session.measures[row]

    def row_of(self, measure_id: str) -> int:
        return self._rows.get(measure_id, -1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt naming
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        return {
            TEXT: self.tr("Measure"),
            QUESTION: self.tr("Question"),
            QUADRANT: self.tr("Quadrant"),
            OWNER: self.tr("Owner"),
            DUE: self.tr("Due"),
            STATUS: self.tr("Status"),
            NOTE: self.tr("Follow-up"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell on each repaint: the roles not answered return first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        measure = self.measure(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(measure, column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                TEXT: measure.text,
                QUESTION: measure.question_id,
                QUADRANT: measure.quadrant or "",
                OWNER: measure.owner or "",
                DUE: iso_to_qdate(measure.due),
                STATUS: measure.status,
                NOTE: measure.note,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return plain_markup(measure.text)
            if column == NOTE:
                return plain_markup(measure.note) if measure.note else None
            if column == QUESTION:
                return plain_markup(self._question_label(measure.question_id, full=True))
            return None
        if role == Qt.ItemDataRole.UserRole:
            return measure.id
        if role == Qt.ItemDataRole.FontRole and column == QUADRANT and measure.quadrant is None:
            # "Not placed yet" reads as a state to act on, not as a fifth quadrant.
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # --- editing -------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt naming
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        measure = self.measure(index.row())
        column = index.column()
        if column == TEXT:
            changes: dict[str, Any] = {"text": str(value)}
        elif column == QUESTION:
            if not self._document.session.question_set.has_question(str(value)):
                return False
            changes = {"question_id": str(value)}
        elif column == QUADRANT:
            if value in (None, ""):
                value = None
            elif value not in QUADRANTS:
                return False
            changes = {"quadrant": value}
        elif column == OWNER:
            changes = {"owner": str(value).strip() or None}
        elif column == DUE:
            due = _due_text(value)
            if due is _INVALID:
                return False
            changes = {"due": due}
        elif column == STATUS:
            if value not in MEASURE_STATUSES:
                return False
            changes = {"status": value}
        elif column == NOTE:
            changes = {"note": str(value).strip()}
        else:
            return False
        updated = replace(measure, **changes)
        if updated != measure:
            # The document announces the change; _on_changed refreshes the row.
            self._document.update_measure(updated)
        return True

    # --- following the document -----------------------------------------------------------
    def retranslate(self) -> None:
        """Names and dates follow the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1))

    def _on_changed(self, change: Change) -> None:
        if change.kind not in ("measures", "session"):
            return
        measures = self._document.session.measures
        if change.kind == "measures" and len(measures) == len(self._ids) and all(
                self._rows.get(measure_id, -1) >= 0 for measure_id in change.ids):
            # The same rows, some edited: repaint just those (the common case, one edit).
            if all(measures[self._rows[mid]].id == mid for mid in change.ids):
                for measure_id in change.ids:
                    row = self._rows[measure_id]
                    self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
                return
        if change.kind == "measures" and len(measures) == len(self._ids) + 1 and measures[-1].id in change.ids \
                and all(measure.id == measure_id for measure, measure_id in zip(measures, self._ids)):
            # One measure added at the end, as the page and the question page add them.
            row = len(self._ids)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.append(measures[-1].id)
            self._rows[measures[-1].id] = row
            self.endInsertRows()
            return
        # Rows went, came back in an undo, or a new session: a reset (the view's cost does not grow
        # with the rows, since their heights are fixed).
        self.beginResetModel()
        self._index_ids()
        self.endResetModel()

    def _index_ids(self) -> None:
        self._ids = [m.id for m in self._document.session.measures]
        self._rows = {measure_id: row for row, measure_id in enumerate(self._ids)}

    # --- helpers -------------------------------------------------------------------------
    def _display(self, measure: Measure, column: int) -> str | None:
        if column == TEXT:
            return measure.text
        if column == QUESTION:
            return self._question_label(measure.question_id)
        if column == QUADRANT:
            return quadrant_name(measure.quadrant)
        if column == OWNER:
            return measure.owner or ""
        if column == DUE:
            date = iso_to_qdate(measure.due)
            return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else ""
        if column == STATUS:
            return status_name(measure.status)
        if column == NOTE:
            return measure.note
        return None

    def _question_label(self, question_id: str, full: bool = False) -> str:
        session = self._document.session
        qset = session.question_set
        if not qset.has_question(question_id):
            return question_id
        text = localized(qset.question(question_id).text, ui_language(session))
        return f"{qset.question_number(question_id)}  {text if full else short_text(text, 48)}"


_INVALID = object()


def _due_text(value: Any) -> Any:
    """The stored form of a due date: "YYYY-MM-DD", None for no date, _INVALID for nonsense."""
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    text = str(value or "").strip()
    if not text:
        return None
    date = QDate.fromString(text, Qt.DateFormat.ISODate)
    return date.toString(Qt.DateFormat.ISODate) if date.isValid() else _INVALID
