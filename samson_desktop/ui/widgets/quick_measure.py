"""Propose a measure right under a question: its text, and under it its quadrant named in full (or "not
placed yet", the default: the facilitator places it later); the measures already proposed behind a toggle,
so the question page keeps its height at 720 px."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ...core.model import Measure
from ...core.vocabulary import QUADRANTS
from ..document import SessionDocument
from .fill import FillList
from .labels import plain_markup, quadrant_name
from .lists import make_wrapping


class QuickMeasure(QWidget):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._question_id: str | None = None

        self._heading = QLabel(self)
        # Opened, the list takes the height the page has left, rather than push the page into scrolling.
        self._list = FillList(self)
        make_wrapping(self._list)
        self._list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text = QLineEdit(self)
        self._text.setMaxLength(5000)
        self._quadrant = QComboBox(self)
        # First and chosen by default: "not placed yet". Enter never files a measure in a quadrant the
        # group did not choose; the matrix shows it apart until the facilitator places it.
        self._quadrant.addItem("", "")
        for quadrant in QUADRANTS:
            self._quadrant.addItem("", quadrant)
        self._add = QPushButton(self)
        self._add.setEnabled(False)
        # About as high as the text field it adds: the row stays compact.
        self._add.setStyleSheet("QPushButton { padding: 2px 14px; min-height: 1.2em; }")
        self._heading.setBuddy(self._text)
        # The list of proposed measures opens on demand; its count is always on the toggle.
        self._toggle = QCheckBox(self)
        # Tab reaches it, a click does not take the keyboard from the answer area.
        self._toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._toggle.toggled.connect(self._on_toggled)
        self._list.setVisible(False)

        # As wide as the longest kind of measure: the chosen one is always shown whole, and the row
        # keeps its widths when another is chosen.
        self._quadrant.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self._heading, 1)
        heading.addWidget(self._toggle)
        entry = QHBoxLayout()
        entry.setSpacing(6)
        entry.addWidget(self._text, 1)
        entry.addWidget(self._add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addLayout(entry)
        # A line of its own: the names of the quadrants are long, and the text field keeps its width.
        layout.addWidget(self._quadrant)
        layout.addWidget(self._list, 1)
        # While the list is closed, the rows keep together at the top.
        layout.addStretch(0)

        self._text.textChanged.connect(lambda text: self._add.setEnabled(bool(text.strip())))
        self._text.returnPressed.connect(self.add_measure)
        self._add.clicked.connect(self.add_measure)
        self.retranslate()

    # --- public -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._heading.setText(self.tr("Proposed &measures for this question"))
        self._text.setPlaceholderText(self.tr("A measure the group proposes…"))
        self._text.setAccessibleName(self.tr("New measure text"))
        self._quadrant.setAccessibleName(self.tr("Kind of measure"))
        self._quadrant.setToolTip(self.tr("Where the measure belongs in the matrix of known and new practices"))
        self._quadrant.setItemText(0, quadrant_name(None))
        for row, quadrant in enumerate(QUADRANTS, 1):
            self._quadrant.setItemText(row, quadrant_name(quadrant))
        self._add.setText(self.tr("Add"))
        self._add.setAccessibleName(self.tr("Add measure"))
        self._list.setAccessibleName(self.tr("Measures proposed for this question"))
        self.refresh()

    def set_question(self, question_id: str | None) -> None:
        if question_id != self._question_id:
            self._text.clear()
        self._question_id = question_id
        self.refresh()

    def refresh(self) -> None:
        """Re-list the measures of the current question from the document."""
        self._list.clear()
        if self._question_id is None:
            self._show_count()
            return
        for measure in self._document.session.measures:
            if measure.question_id == self._question_id:
                item = QListWidgetItem(f"{measure.text}  ({quadrant_name(measure.quadrant)})")
                item.setData(Qt.ItemDataRole.UserRole, measure.id)
                item.setToolTip(plain_markup(measure.text))
                self._list.addItem(item)
        self._show_count()

    def set_list_min_height(self, height: int) -> None:
        self._list.setMinimumHeight(height)

    def _on_toggled(self, on: bool) -> None:
        self._list.setVisible(on)
        self._show_count()

    def _show_count(self) -> None:
        count = str(self._list.count())
        if self._toggle.isChecked():
            text = self.tr("Hide list (%1)")
            name = self.tr("Hide the measures proposed for this question (%1)")
        else:
            text = self.tr("Show list (%1)")
            name = self.tr("Show the measures proposed for this question (%1)")
        # As wide as its wider wording, so the note beside does not change width on a click.
        widths = []
        for wording in (self.tr("Show list (%1)"), self.tr("Hide list (%1)"), text):
            self._toggle.setText(wording.replace("%1", count))
            widths.append(self._toggle.sizeHint().width())
        self._toggle.setMinimumWidth(max(widths))
        self._toggle.setAccessibleName(name.replace("%1", count))

    def add_measure(self) -> None:
        text = self._text.text().strip()
        if not text or self._question_id is None:
            return
        measure = Measure(
            id=self._document.new_measure_id(),
            question_id=self._question_id,
            text=text,
            quadrant=self._quadrant.currentData() or None,
            status="proposed",
        )
        self._text.clear()
        # The next measure starts unplaced again, whatever this one was given.
        self._quadrant.setCurrentIndex(0)
        self._document.add_measure(measure)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in the order Tab visits them: the text, where the measure belongs in the
        matrix, Add, then the list and its toggle. The question page chains its note in front."""
        return [self._text, self._quadrant, self._add, self._list, self._toggle]

    # Handles for tests and the window's keyboard focus.
    @property
    def text_edit(self) -> QLineEdit:
        return self._text

    @property
    def quadrant_combo(self) -> QComboBox:
        return self._quadrant

    @property
    def add_button(self) -> QPushButton:
        return self._add

    @property
    def measure_list(self) -> QListWidget:
        return self._list

    @property
    def list_toggle(self) -> QCheckBox:
        return self._toggle
