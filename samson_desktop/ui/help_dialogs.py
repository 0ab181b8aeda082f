"""The Help menu's dialogs: the list of keyboard shortcuts and About SAMSON."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .widgets.labels import plain_markup


class KeyboardHelp(QDialog):
    """Every key of the window and what it does, in a table."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("SAMSON: keyboard shortcuts"))
        rows = self.rows()
        self.table = QTableWidget(len(rows), 2, self)
        table = self.table
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        for row, (keys, meaning) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(meaning))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.setCurrentCell(-1, -1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(min(1100, parent.width()), min(640, parent.height()))

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("1 … 9, 0"), self.tr("Answer the question (0 is 10); on the values page: weight the marked value. "
                                         "In a field, a list or another control they are that control's")),
            (self.tr("N"), self.tr("Not relevant / don't know; for the marked voice while voices are typed in")),
            (self.tr("Page Down, Alt+Right"), self.tr("Next question; on other pages: next step")),
            (self.tr("Page Up, Alt+Left"), self.tr("Previous question; on other pages: previous step")),
            (self.tr("F2 or Ctrl+L"), self.tr("Write a note for the question")),
            (self.tr("F4"), self.tr("Show or hide the earlier time point's answers to the question (a session made "
                                    "from an earlier one)")),
            (self.tr("Tab, Shift+Tab"), self.tr("Move between the controls of a page")),
            (self.tr("Esc"), self.tr("Leave a field or a list, so that the digits answer again; leave presentation mode")),
            (self.tr("Ctrl+1 … Ctrl+7"), self.tr("Go to step 1 … 7")),
            (self.tr("Ctrl+8"), self.tr("Go to the follow-up of the measures from the earlier time point (step 2b); "
                                        "there 1 … 4 set done, in progress, still agreed or dropped, F2 writes what "
                                        "happened, Page Down goes to the next measure")),
            (self.tr("Ctrl+Z"), self.tr("Undo")),
            (self.tr("Ctrl+Shift+Z, Ctrl+Y"), self.tr("Redo")),
            (self.tr("F11"), self.tr("Presentation mode on or off")),
            (self.tr("Ctrl+= / Ctrl+- / Ctrl+0"), self.tr("Larger / smaller / normal type")),
            (self.tr("Ctrl+Shift+H"), self.tr("High contrast on or off")),
            (self.tr("Ctrl+N, Ctrl+O, Ctrl+S"), self.tr("New, open, save")),
            (self.tr("Ctrl+P"), self.tr("Export the PDF report")),
            (self.tr("Ctrl+Shift+R"), self.tr("The phone room: participants answer on their own phones")),
            (self.tr("F5 / F6 / F7"), self.tr("Phone room: open the question or value on the phones / "
                                              "close it and show the answers / accept the answers")),
            (self.tr("F8"), self.tr("Phone room: the projector view")),
            (self.tr("Ctrl+Shift+L"), self.tr("The peer-learning seminar: several collaborations' profiles side by side")),
            (self.tr("F1"), self.tr("This list")),
        ]


class About(QObject):
    """About SAMSON: what it is, its version and its licence."""

    def show(self, parent: QWidget) -> None:
        QMessageBox.about(parent, self.tr("About SAMSON"), plain_markup(self.tr(
            "SAMSON desktop %1\n\nAn offline scorecard and dialogue tool for co-creation workshops: "
            "four values, seven action fields, measures, live charts and a PDF report.\n\n"
            "Free software under the MIT licence. Type: DejaVu Sans.").replace("%1", __version__)))
