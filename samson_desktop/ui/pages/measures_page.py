"""The action plan: every measure in an editable table, or sorted into the four quadrants of figure 2."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView, QPushButton,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from ...core.model import Measure
from ...core.vocabulary import MEASURE_STATUSES
from ..document import Change, SessionDocument
from ..measures_model import DUE, NOTE, OWNER, QUADRANT, QUESTION, STATUS, TEXT, MeasuresModel
from ..widgets.labels import plain_label, status_name
from ..widgets.measure_delegate import MeasureDelegate
from ..widgets.quadrant_matrix import QuadrantMatrix


class MeasuresPage(QWidget):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._matrix_stale = True

        self._title = plain_label(self, "h2")
        self._add = QPushButton(self)
        self._remove = QPushButton(self)
        self._table_button = QPushButton(self)
        self._matrix_button = QPushButton(self)
        self._views = QButtonGroup(self)
        for button in (self._table_button, self._matrix_button):
            button.setCheckable(True)
            self._views.addButton(button)
        self._table_button.setChecked(True)

        self.model = MeasuresModel(document, self)
        self._table = QTableView(self)
        self._table.setModel(self.model)
        self._delegate = MeasureDelegate(document, self._table)
        self._table.setItemDelegate(self._delegate)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._table.setWordWrap(True)
        self._table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        # Every row is two lines high, the rest of a long text elided (the tooltip and the editor
        # hold it whole). Measuring each row to its contents costs time in proportion to the
        # number of measures on every change: 10 s per edit with 10,000 of them.
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font, never from the contents, for the same reason.
        for column in (QUESTION, QUADRANT, OWNER, DUE, STATUS, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

        self._matrix = QuadrantMatrix(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._table)
        self._stack.addWidget(self._matrix)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self._title, 1)
        bar.addWidget(self._add)
        bar.addWidget(self._remove)
        bar.addSpacing(24)
        bar.addWidget(self._table_button)
        bar.addWidget(self._matrix_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)

        self._add.clicked.connect(self.add_measure)
        self._remove.clicked.connect(self.remove_selected)
        self._table_button.clicked.connect(lambda: self.show_matrix(False))
        self._matrix_button.clicked.connect(lambda: self.show_matrix(True))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self._table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self._matrix.placeRequested.connect(self._place)
        document.changed.connect(self._on_changed)

        self.retranslate()
        self._after_reset()
        self._ready = True

    # --- contract with the main window ---------------------------------------------------
    def retranslate(self) -> None:
        self._add.setText(self.tr("Add measure"))
        self._add.setAccessibleName(self.tr("Add measure"))
        self._remove.setText(self.tr("Remove"))
        self._remove.setAccessibleName(self.tr("Remove the selected measures"))
        self._remove.setToolTip(self.tr("Remove the selected measures (Delete); Ctrl+Z brings them back"))
        self._table_button.setText(self.tr("Table"))
        self._table_button.setAccessibleName(self.tr("Show the measures as a table"))
        self._matrix_button.setText(self.tr("Matrix"))
        self._matrix_button.setAccessibleName(self.tr("Show the measures in the matrix of known and new practices"))
        self._table.setAccessibleName(self.tr("Measures"))
        self._table.horizontalHeader().setAccessibleName(self.tr("Columns of the measures table"))
        self.model.retranslate()
        self._matrix.retranslate()
        if self._stack.currentWidget() is self._matrix:
            self._refresh_matrix()
        else:
            self._matrix_stale = True
        self._update_title()
        self._fit_columns()

    def set_presentation(self, on: bool) -> None:
        # Editing tools are for the facilitator; the room reads the plan itself.
        for widget in (self._add, self._remove):
            widget.setVisible(not on)

    # --- actions -------------------------------------------------------------------------
    def add_measure(self) -> None:
        """A new proposed measure, on the selected measure's question (else the largest gap), ready to type;
        not placed in the matrix until the facilitator places it."""
        question_id = self._default_question()
        if question_id is None:
            return
        measure = Measure(id=self._document.new_measure_id(), question_id=question_id,
                          text=self.tr("New measure"), quadrant=None, status="proposed")
        self._document.add_measure(measure)
        self.show_matrix(False)
        row = self.model.row_of(measure.id)
        if row >= 0:
            index = self.model.index(row, TEXT)
            self._table.setCurrentIndex(index)
            self._table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._table.edit(index)

    def _place(self, measure_id: str, quadrant: str) -> None:
        row = self.model.row_of(measure_id)
        if row >= 0:
            self._document.update_measure(replace(self.model.measure(row), quadrant=quadrant))

    def remove_selected(self) -> None:
        """Remove the selected measures without asking: one undo step brings them all back."""
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        ids = [self.model.measure(row).id for row in rows]
        if not ids:
            return
        self._document.remove_measures(ids)
        if self.model.rowCount():
            row = min(rows[0], self.model.rowCount() - 1)
            self._table.selectRow(row)

    def show_matrix(self, on: bool) -> None:
        (self._matrix_button if on else self._table_button).setChecked(True)
        if on and self._matrix_stale:
            self._refresh_matrix()
        self._stack.setCurrentWidget(self._matrix if on else self._table)
        self._update_buttons()

    # --- for tests -----------------------------------------------------------------------
    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def matrix(self) -> QuadrantMatrix:
        return self._matrix

    def title_text(self) -> str:
        return self._title.text()

    # --- following the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind not in ("measures", "session"):
            return
        self._update_title()
        if self.isVisible() and self._stack.currentWidget() is self._matrix:
            self._refresh_matrix()
        else:
            self._matrix_stale = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        # Presentation mode and zoom change the type size: the columns and rows follow it.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and getattr(self, "_ready", False):
            self._fit_columns()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        if self._matrix_stale and self._stack.currentWidget() is self._matrix:
            self._refresh_matrix()
        super().showEvent(event)

    def _refresh_matrix(self) -> None:
        self._matrix.set_session(self._document.session)
        self._matrix_stale = False

    def _after_reset(self) -> None:
        self._update_title()
        self._update_buttons()

    def _update_title(self) -> None:
        count = len(self._document.session.measures)
        self._title.setText(self.tr("Action plan · measures: %1").replace("%1", str(count)))

    def _update_buttons(self) -> None:
        in_table = self._stack.currentWidget() is self._table
        self._remove.setEnabled(in_table and self._table.selectionModel().hasSelection())

    def _fit_columns(self) -> None:
        """Column widths and row height from the font (and the editors), never from the rows."""
        header = self._table.horizontalHeader()
        metrics = self._table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        # The due date's editor must show a whole date (+ 8: it sits inside the cell's grid line and
        # focus frame), and the column its heading.
        due = max(self._delegate.due_width() + 8, header.sectionSizeHint(DUE) + em)
        statuses = max(metrics.horizontalAdvance(status_name(s)) for s in MEASURE_STATUSES)
        widths = {QUESTION: em * 9, QUADRANT: em * 10, OWNER: em * 7,
                  STATUS: statuses + em * 2, NOTE: em * 8}  # status: room for the choice list's arrow
        # In large type the measure's own text keeps at least a third of the width: the other
        # columns (but the date's) give way.
        room = header.width() - due  # the header spans the table's viewport
        if room > 0 and sum(widths.values()) > room * 2 / 3:
            scale = room * 2 / 3 / sum(widths.values())
            widths = {column: int(width * scale) for column, width in widths.items()}
        # A heading is never cut ("Ansvarlig", "Oppfølging" in bokmål): the measure's text gives way.
        widths = {column: max(width, header.sectionSizeHint(column)) for column, width in widths.items()}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.resizeSection(DUE, due)
        self._table.verticalHeader().setDefaultSectionSize(2 * metrics.lineSpacing() + 12)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if getattr(self, "_ready", False):
            self._fit_columns()

    def _default_question(self) -> str | None:
        current = self._table.currentIndex()
        if current.isValid():
            return self.model.measure(current.row()).question_id
        priority = self._document.scores().priority
        if priority:
            return priority[0]
        questions = self._document.session.question_set.questions()
        return questions[0].id if questions else None
