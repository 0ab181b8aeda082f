"""The character of the collaboration at two time points: both continua by the same rule, and the criteria side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.character_change import CharacterComparison, compare_character
from ...core.model import Session
from .character_names import choice_label, criterion_title, region_label
from .continuum import Continuum


def criterion_text(name: str, value: object, not_filled: str, no_roles: str) -> str:
    if value is None:
        return not_filled
    if name == "citizen_roles":
        return ", ".join(choice_label(r) for r in value) or no_roles  # type: ignore[attr-defined]
    return str(value) if isinstance(value, int) else choice_label(str(value))


class CharacterCompare(QWidget):
    """Two continua (earlier above later) and a table of the criteria; refreshed by ``set_sessions``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._labels = ("", "")
        self._sessions: tuple[Session, Session] | None = None
        self._overall: tuple[float | None, float | None] = (None, None)
        self.comparison: CharacterComparison | None = None
        self.earlier_title, self.later_title = QLabel(self), QLabel(self)
        self.earlier_continuum, self.later_continuum = Continuum(self), Continuum(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        left = QVBoxLayout()
        for title, continuum in ((self.earlier_title, self.earlier_continuum),
                                 (self.later_title, self.later_continuum)):
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setProperty("role", "h2")
            left.addWidget(title)
            left.addWidget(continuum)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addLayout(left, 1)
        row.addWidget(self.table, 1)

    def set_sessions(self, earlier: Session, later: Session, labels: tuple[str, str],
                     overall: tuple[float | None, float | None]) -> None:
        self._sessions, self._labels, self._overall = (earlier, later), labels, overall
        self.refresh()

    def refresh(self) -> None:
        if self._sessions is None:
            return
        earlier, later = self._sessions
        self.comparison = cc = compare_character(earlier.character, later.character)
        for title, label, continuum, session, overall in (
                (self.earlier_title, self._labels[0], self.earlier_continuum, earlier, self._overall[0]),
                (self.later_title, self._labels[1], self.later_continuum, later, self._overall[1])):
            title.setText(label)
            continuum.set_character(session.character)
            continuum.set_overall(overall, [])
        not_filled, no_roles = self.tr("not filled in"), choice_label("none")
        headers = [self.tr("Criterion"), *self._labels, self.tr("Change")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = [[criterion_title(r.name), criterion_text(r.name, r.earlier, not_filled, no_roles),
                 criterion_text(r.name, r.later, not_filled, no_roles), self._change(r.name, r)]
                for r in cc.criteria]
        delta = cc.position_delta
        rows.append([self.tr("Continuum"), region_label(cc.earlier.region) or not_filled,
                     region_label(cc.later.region) or not_filled,
                     "" if not delta else self.tr("thicker") if delta > 0 else self.tr("thinner")])
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.table.setAccessibleName(self.tr("The character of the collaboration at both time points"))

    def _change(self, name: str, row) -> str:
        if row.delta is not None:
            return f"{row.delta:+.0f}".replace("-", "−")
        return self.tr("changed") if row.changed else ""

    def rows(self) -> list[list[str]]:
        """For tests: the table's texts."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

