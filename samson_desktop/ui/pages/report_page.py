"""Step 7: export the PDF report or a CSV table, compare with an earlier session, look at many sessions."""

from __future__ import annotations

import sys
import traceback
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.model import localized
from ...fileformat.question_sets import demo_session_paths
from .. import tool_windows
from ..document import Change, SessionDocument
from ..widgets.flow_layout import FlowLayout


class ReportPage(QWidget):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc = document

        self.title = QLabel()
        self.title.setProperty("role", "h1")
        self.summary = QLabel()
        self.summary.setProperty("role", "lead")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)

        self.report_button, self.report_help = self._action(self.export_report)
        self.csv_button, self.csv_help = self._action(self.export_csv)
        self.compare_button, self.compare_help = self._action(self.open_compare)
        self.portfolio_button, self.portfolio_help = self._action(self.open_portfolio)

        # Two cards a row where two fit side by side, else one: zoomed in, the page grows downwards.
        cards_area = QWidget(self)
        grid = self._grid = FlowLayout(cards_area, spacing=32, line_spacing=8, uniform=True)
        cells = [(self.report_button, self.report_help), (self.csv_button, self.csv_help),
                 (self.compare_button, self.compare_help), (self.portfolio_button, self.portfolio_help)]
        self._cards: list[QFrame] = []
        for index, (button, help_label) in enumerate(cells):
            card = QFrame()
            card.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
            self._cards.append(card)
            card.setProperty("role", "card")
            box = QVBoxLayout(card)
            box.setContentsMargins(16, 14, 16, 14)
            box.addWidget(button)
            box.addWidget(help_label)
            box.addStretch(1)
            grid.add_widget(card, Qt.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(cards_area)
        layout.addStretch(1)

        document.changed.connect(self._on_changed)
        self.retranslate()

    def _action(self, slot: Callable[[], None]) -> tuple[QPushButton, QLabel]:
        button = QPushButton()
        button.setProperty("role", "big")
        button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        button.clicked.connect(slot)
        help_label = QLabel()
        help_label.setProperty("role", "help")
        help_label.setWordWrap(True)
        return button, help_label

    # --- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Report and compare"))
        texts = [
            (self.report_button, self.tr("Export report…"), self.tr(
                "A PDF for the participants: the charts, every answer and note, the priority list and "
                "the measures, in the language of the session.")),
            (self.csv_button, self.tr("Export CSV…"), self.tr(
                "The answers (one row per question) and the measures, as CSV or an Excel workbook, for "
                "spreadsheets and further analysis.")),
            (self.compare_button, self.tr("Compare with an earlier session…"), self.tr(
                "Put this session beside an earlier time point of the same collaboration and see "
                "what changed.")),
            (self.portfolio_button, self.tr("Portfolio of many sessions…"), self.tr(
                "Look at many collaborations side by side.")),
        ]
        for button, text, help_text in texts:
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        for (button, _text, help_text), label in zip(texts, (self.report_help, self.csv_help,
                                                             self.compare_help, self.portfolio_help)):
            label.setText(help_text)
            button.setAccessibleDescription(help_text)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("answer", "measures", "info", "session"):
            self.refresh()

    def refresh(self) -> None:
        session = self._doc.session
        name = session.collaboration.name or self.tr("Unnamed collaboration")
        total = len(session.question_set.questions())
        answered = sum(1 for qid, a in session.answers.items()
                       if a.effective_score is not None or a.not_applicable)
        parts = [name]
        if session.time_point.label:
            parts.append(session.time_point.label)
        line = " · ".join(parts)
        counts = self.tr("%1 of %2 questions answered, %3 measures.").replace("%1", str(answered)) \
            .replace("%2", str(total)).replace("%3", str(len(session.measures)))
        title = localized(session.question_set.title, session.language)
        self.summary.setText(f"{line}\n{counts}" + (f"\n{title}" if title else ""))

    def set_presentation(self, on: bool) -> None:
        """Nothing to change: in large type the cards take one a row by themselves when two do not fit."""

    # --- actions (their modules load only when used) -----------------------------------
    def export_report(self, language: str | None = None) -> None:
        """The PDF report, in ``language`` (the session's own when None)."""
        module = self._load("export_actions")
        if module:
            hint = self._doc.path.with_suffix(".pdf") if self._doc.path else None
            settings = getattr(self.window(), "settings", None)
            # A later time point's earlier session: among the recent files and the demos (after its own folder).
            candidates = [*(settings.existing_recent() if settings is not None else []), *demo_session_paths()]
            module.export_report(self.window(), self._doc.session, hint, language, self._doc.path, candidates)

    def export_answer_sheets(self, language: str | None = None) -> None:
        """Answer sheets to print, one per voice (or blank ones), in ``language``."""
        module = self._load("voice_entry")
        if module:
            module.print_answer_sheets(self.window(), self._doc, language=language)

    def export_csv(self) -> None:
        module = self._load("export_actions")
        if module:
            module.export_csv(self.window(), [self._doc.session])

    def open_compare(self) -> None:
        module = self._load("compare_view")
        if module:
            module.open_compare(self.window(), self._doc)

    def open_portfolio(self) -> None:
        module = self._load("portfolio_view")
        if module:
            module.open_portfolio(self.window())

    def _load(self, name: str):
        try:
            return tool_windows.module(name)
        except ImportError:
            traceback.print_exc(file=sys.stderr)
            QMessageBox.information(self, self.tr("Not available"), self.tr(
                "This function is not available in this installation of SAMSON."))
            return None
