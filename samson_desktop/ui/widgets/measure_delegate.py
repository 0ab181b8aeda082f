"""Editors for the measures table: choice lists for question, quadrant and status, a date editor for due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from ...core.model import localized
from ...core.vocabulary import MEASURE_STATUSES, QUADRANTS
from ..document import SessionDocument
from ..measures_model import DUE, QUADRANT, QUESTION, STATUS
from .labels import quadrant_name, short_text, status_name, ui_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

_Index = QModelIndex | QPersistentModelIndex
#: Shown by the date editor at its minimum date, which stands for "no due date".
NO_DATE = QDate(2000, 1, 1)


class MeasureDelegate(QStyledItemDelegate):
    def __init__(self, document: SessionDocument, parent=None):
        super().__init__(parent)
        self._document = document

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt naming
                     index: _Index) -> QWidget:
        column = index.column()
        if column in (QUESTION, QUADRANT, STATUS):
            combo = QComboBox(parent)
            for text, data in self._choices(column):
                combo.addItem(text, data)
            combo.setAccessibleName(str(index.model().headerData(column, Qt.Orientation.Horizontal)))
            # A choice made in the list is the edit; no extra Enter needed.
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            return combo
        if column == DUE:
            return self._date_edit(parent)
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(str(index.model().headerData(column, Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802 - Qt naming
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            row = editor.findData(value)
            editor.setCurrentIndex(max(row, 0))
            return
        if isinstance(editor, QDateEdit):
            if isinstance(value, QDate) and value.isValid():
                editor.setDate(value)
            else:
                editor.setDate(NO_DATE)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt naming
                     index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QDateEdit):
            date = editor.date()
            model.setData(index, QDate() if date <= NO_DATE else date, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def due_width(self) -> int:
        """The width the due column needs so that its date editor shows a whole date (and "No date")."""
        # A widget of its own, never shown: a child of the table would appear in it until deleted.
        edit = self._date_edit(None)
        width = edit.sizeHint().width()
        edit.deleteLater()
        return width

    def _date_edit(self, parent: QWidget | None) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("No date"))
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(self.tr("Due date"))
        return edit

    def _choices(self, column: int) -> list[tuple[str, str]]:
        if column == QUADRANT:
            return [(quadrant_name(None), ""), *((quadrant_name(q), q) for q in QUADRANTS)]
        if column == STATUS:
            return [(status_name(s), s) for s in MEASURE_STATUSES]
        session = self._document.session
        qset = session.question_set
        lang = ui_language(session)
        return [
            (f"{qset.question_number(q.id)}  {short_text(localized(q.text, lang), 70)}", q.id)
            for q in qset.questions()
        ]

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
