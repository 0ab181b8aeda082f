"""Inside each case: where a case has voices, how far its parties differ per field, on the same 1–10 lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.seminar_views import Seminar, SharedCase
from ..widgets.labels import FittedLabel, fmt1
from .dot_lines import Dot, DotLines, DotRow
from .strong_page import wrapped_list

_CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class InsidePage(QWidget):
    """A case on the left; on the right each field's line with a dot per party and the spread beside the title."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._seminar: Seminar | None = None
        self.cases = QListWidget()
        wrapped_list(self.cases)
        self.cases.currentRowChanged.connect(self._show_case)
        self.cases_heading = QLabel()
        self.cases_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.cases_heading.setProperty("role", "h2")
        self.title = FittedLabel(max_lines=2)
        self.title.setProperty("role", "h2")
        self.lines = DotLines(notes_right=True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "caption")
        left = QVBoxLayout()
        left.addWidget(self.cases_heading)
        left.addWidget(self.cases, 1)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.lines, 1)
        right.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 4)
        self.retranslate()

    def retranslate(self) -> None:
        self.cases_heading.setText(self.tr("Case"))
        self.cases.setAccessibleName(self.tr("Cases"))
        self.lines.setAccessibleName(self.tr("The parties' scores per field"))
        if self._seminar is not None:
            self.set_seminar(self._seminar)

    def set_seminar(self, seminar: Seminar) -> None:
        self._seminar = seminar
        chosen = self.cases.currentItem().data(_CASE_ROLE) if self.cases.currentItem() else None
        self.cases.blockSignals(True)
        self.cases.clear()
        for case in seminar.cases:
            text = case.label if len(case.parties) >= 2 else f"{case.label}\n{self.tr('(no parties)')}"
            item = QListWidgetItem(text, self.cases)
            item.setData(_CASE_ROLE, case.index)
        self.cases.blockSignals(False)
        with_parties = [c.index for c in seminar.cases if len(c.parties) >= 2]
        wanted = chosen if chosen is not None and chosen < len(seminar.cases) else \
            (with_parties[0] if with_parties else 0)
        self.cases.setCurrentRow(wanted)
        self._show_case(self.cases.currentRow())

    def _show_case(self, row: int) -> None:
        seminar = self._seminar
        if seminar is None or not 0 <= row < len(seminar.cases):
            self.lines.set_rows([])
            return
        case = seminar.cases[row]
        self.title.set_full_text(case.label)
        if len(case.parties) < 2:
            self.lines.set_rows([])
            self.lines.hide()
            self.summary.setText(self.tr("This case answered together, without the parties' own scores, so there "
                                         "is nothing to compare inside it."))
            return
        self.lines.show()
        self.lines.set_rows(self._rows(case, seminar))
        widest = sorted((d for d in case.divergence if d.spread is not None), key=lambda d: -d.spread)[:2]
        titles = {f.key: f"{f.number} {f.title}" for f in seminar.fields}
        if widest:
            self.summary.setText(self.tr("The parties differ most in: %1").replace(
                "%1", "; ".join(f"{titles[d.key]} ({fmt1(d.spread)})" for d in widest)))
        else:
            self.summary.setText("")

    def _rows(self, case: SharedCase, seminar: Seminar) -> list[DotRow]:
        rows = []
        spreads = {d.key: d for d in case.divergence}
        for position, field in enumerate(seminar.fields):
            dots = tuple(Dot(i, party.label, party.means[position],
                             f"{party.label}: {fmt1(party.means[position])} (n={party.counts[position]})")
                         for i, party in enumerate(case.parties))
            divergence = spreads.get(field.key)
            note = ""
            if divergence is not None and divergence.spread is not None:
                note = self.tr("spread %1").replace("%1", fmt1(divergence.spread))
            rows.append(DotRow(f"{field.number} {field.title}", dots, note))
        return rows

    def painted_texts(self) -> list[str]:
        return self.lines.painted_texts()
