"""The comparison window: the open session against an earlier one, as overlaid charts, tables and follow-up."""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from ..core.followup import largest_changes
from ..core.model import Session
from ..core.portfolio import SessionSummary
from ..fileformat import SessionFileError, read_session
from . import tool_windows
from .compare_candidates import earlier_sessions
from .compare_charts import CompareCharts
from .compare_data import CompareData, column_caption, session_caption, signed1
from .compare_tables import CompareTables
from .document import Change, SessionDocument
from .error_dialog import show_file_error
from .widgets.empty_state import EmptyState
from .widgets.character_compare import CharacterCompare
from .widgets.labels import fmt1, plain_markup, ui_language

__all__ = ["CompareData", "CompareWindow", "column_caption", "open_compare", "session_caption", "signed1"]


class _ExportSignals(QObject):
    finished = Signal(str, str)  # path, error message ("" when written)


class CompareWindow(QMainWindow):
    """Compare the open session (later) with an earlier one: charts, change table, follow-up, weights."""

    comparisonChanged = Signal()

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._document = document
        self._earlier: Session | None = None
        self._earlier_path: Path | None = None
        self._data: CompareData | None = None
        self._candidates: list[SessionSummary] = []
        self._export_thread: threading.Thread | None = None
        self._export_signals = _ExportSignals(self)
        self._export_signals.finished.connect(self._export_finished)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        # A bound method, not a lambda: Qt drops the connection when this window is deleted.
        document.changed.connect(self._document_changed)

        self._build()
        self.resize(1280, 720)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        # Explanations are edits of the open session: undo, redo and save work from here too.
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=document.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=document.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self._retranslate()

    def _save(self) -> None:
        """Save the open session through the workshop window, which knows its file and its checks."""
        owner = self.parentWidget()
        if owner is not None and hasattr(owner, "save"):
            owner.save()

    def _document_changed(self, change: Change) -> None:
        if change.kind == "explanations":
            # Only the explanation follows: the table keeps its selection and the box its cursor.
            if self._data is not None:
                self.tables.explanations_changed()
            return
        self._refresh_timer.start()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Every fixed text of the window; the computed ones follow through refresh()."""
        self.earlier_label.setText(self.tr("Earlier session:"))
        self.candidates.setAccessibleName(self.tr("Earlier session of the same collaboration"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.choose_button.setToolTip(self.tr("Compare with any session file"))
        self.export_button.setText(self.tr("Export comparison PDF…"))
        self.empty_choose.setText(self.tr("Choose the earlier session…"))
        self.charts.retranslate()
        self.tables.retranslate()
        for index, text in enumerate((self.tr("Profiles"), self.tr("Paired bars"), self.tr("Changes"),
                                      self.tr("Follow-up of measures"), self.tr("Weights and question sets"),
                                      self.tr("Character"))):
            self.tabs.setTabText(index, text)
        if not self._candidates and self._earlier is None:
            self._show_no_candidates()
        self._update_title()
        if self._data is not None:
            self.refresh()
        else:
            self._set_enabled(False)

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)

        picker = QHBoxLayout()
        self.earlier_label = QLabel()
        self.candidates = QComboBox()
        self.candidates.setMinimumContentsLength(28)
        self.candidates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.candidates.activated.connect(self._candidate_chosen)
        self.earlier_label.setBuddy(self.candidates)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_earlier_file)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_pdf)
        self.export_button.setEnabled(False)
        picker.addWidget(self.earlier_label)
        picker.addWidget(self.candidates, 1)
        picker.addWidget(self.choose_button)
        picker.addStretch(0)
        picker.addWidget(self.export_button)
        layout.addLayout(picker)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "lead")
        layout.addWidget(self.summary)

        # Until an earlier session is chosen the window says what to do, instead of showing empty charts.
        self.stack = QStackedWidget()
        self.empty_state = EmptyState(buttons=1)
        self.empty_text = self.empty_state.text
        self.empty_choose = self.empty_state.buttons[0]
        self.empty_choose.clicked.connect(self.choose_earlier_file)
        self.stack.addWidget(self.empty_state)

        self.tabs = QTabWidget()
        self.charts = CompareCharts(self)
        self.tables = CompareTables(self.charts, self._document, self)
        for page in (self.charts.profiles_page, self.charts.bars_page, self.tables.changes_page,
                     self.tables.followup_page, self.tables.weights_page):
            self.tabs.addTab(page, "")
        self.character_tab = CharacterCompare()
        self.tabs.addTab(self.character_tab, "")
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.tabs if on else self.empty_state)
        self.export_button.setEnabled(on and self._export_thread is None)
        if not on:
            self.summary.setText("")
            if self._candidates:
                text = self.tr("Pick the earlier session of this collaboration above, or choose any session "
                               "file, to see what has changed.")
            else:
                text = self.tr("No earlier session of this collaboration was found next to this file, among "
                               "the recent files or among the demos. Choose the session file of an earlier "
                               "time point to see what has changed.")
            self.empty_text.setText(text)

    def is_empty(self) -> bool:
        """True while the window shows what to do instead of a comparison."""
        return self.stack.currentWidget() is self.empty_state

    # --- choosing the earlier session ------------------------------------------------------
    def find_candidates(self, extra_folders: Sequence[Path] = ()) -> list[SessionSummary]:
        """Sessions of the same collaboration: next to the open file, in recent files, autosaves and demos."""
        path = Path(self._document.path) if self._document.path else None
        return earlier_sessions(self._document.session, path, extra_folders)

    def populate_candidates(self, extra_folders: Sequence[Path] = ()) -> None:
        self._candidates = self.find_candidates(extra_folders)
        self.candidates.clear()
        if not self._candidates:
            self._show_no_candidates()
            return
        self.candidates.setEnabled(True)
        for s in self._candidates:
            when = " · ".join(p for p in (s.time_label, s.date or "") if p)
            self._add_candidate(f"{when} — {s.path.name}", s.path)
        self._set_enabled(self._data is not None)

    def _show_no_candidates(self) -> None:
        self.candidates.clear()
        self.candidates.addItem(self.tr("No earlier session of this collaboration found"), None)
        self.candidates.setEnabled(False)
        self._set_enabled(False)

    def _add_candidate(self, text: str, path: Path) -> None:
        self.candidates.addItem(text, str(path))
        self.candidates.setItemData(self.candidates.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)

    def _candidate_chosen(self, index: int) -> None:
        path = self.candidates.itemData(index)
        if path:
            self.set_earlier_path(Path(path))

    def choose_earlier_file(self) -> None:
        start = str(Path(self._document.path).parent) if self._document.path else ""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the earlier session"), start,
            self.tr("SAMSON sessions (*.samson);;All files (*)"))
        if name:
            self.set_earlier_path(Path(name))

    def set_earlier_path(self, path: Path) -> bool:
        try:
            session = read_session(path)
        except SessionFileError as exc:
            show_file_error(self, exc, self.tr("The session cannot be compared"))
            return False
        self._earlier_path = path
        self._select_in_candidates(path, session)
        self.set_earlier(session)
        return True

    def _select_in_candidates(self, path: Path, session: Session) -> None:
        """The list names the session compared with, also one chosen by hand; "none found" goes away."""
        index = self.candidates.findData(str(path))
        if index < 0:
            if not self.candidates.isEnabled():
                self.candidates.clear()
                self.candidates.setEnabled(True)
            self._add_candidate(f"{session_caption(session)} — {path.name}", path)
            index = self.candidates.count() - 1
        self.candidates.setCurrentIndex(index)

    def set_earlier(self, session: Session) -> None:
        self._earlier = session
        self.refresh()

    # --- showing ---------------------------------------------------------------------------
    def compare_data(self) -> CompareData | None:
        return self._data

    def refresh(self) -> None:
        if self._earlier is None:
            self._data = None
            self._set_enabled(False)
            return
        later = self._document.session
        self._data = CompareData.build(self._earlier, later, ui_language(later))
        self._set_enabled(True)
        self._update_summary()
        self.charts.show_data(self._data)
        self.tables.show_data(self._data)
        self.character_tab.set_sessions(self._earlier, later, self._data.labels(),
                                        (self._data.comparison.overall.earlier, self._data.comparison.overall.later))
        self._update_title()
        self.comparisonChanged.emit()

    def _update_title(self) -> None:
        name = self._document.session.collaboration.name or self.tr("Untitled collaboration")
        self.setWindowTitle(self.tr("Compare – %1").replace("%1", name))

    def _update_summary(self) -> None:
        d = self._data
        assert d is not None
        c = d.comparison
        e_lab, l_lab = d.labels()
        parts = [self.tr("%1 → %2. Overall score %3 → %4 (%5).")
                 .replace("%1", e_lab).replace("%2", l_lab)
                 .replace("%3", fmt1(c.overall.earlier)).replace("%4", fmt1(c.overall.later))
                 .replace("%5", signed1(c.overall.delta))]
        ups, downs = largest_changes(c.fields, 1)
        if ups:
            parts.append(self.tr("Largest improvement: %1 (%2).").replace("%1", d.field_title(ups[0].id))
                         .replace("%2", signed1(ups[0].delta)))
        if downs:
            parts.append(self.tr("Largest decline: %1 (%2).").replace("%1", d.field_title(downs[0].id))
                         .replace("%2", signed1(downs[0].delta)))
        e_date, l_date = d.earlier.time_point.date, d.later.time_point.date
        if e_date and l_date and e_date > l_date:
            parts.append(self.tr("Note: the earlier session is dated after this one."))
        self.summary.setText(" ".join(parts))

    # --- export ------------------------------------------------------------------------------
    def export_pdf(self) -> None:
        if self._data is None or self._export_thread is not None:
            return
        d = self._data
        base = self._document.path.parent if self._document.path else Path.home()
        suggested = base / f"{_safe_name(d.later.collaboration.name)}-{_safe_name(d.earlier.time_point.label)}-" \
                           f"{_safe_name(d.later.time_point.label)}.pdf"
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export comparison PDF"), str(suggested),
                                                    self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        # The thread works on copies, so editing the session meanwhile cannot race with it.
        earlier, later = copy.deepcopy(d.earlier), copy.deepcopy(d.later)
        signals = self._export_signals

        def work() -> None:
            try:
                # reportlab (~90 ms to import) loads here, in the worker, not while the window opens.
                tool_windows.report("comparison_report").write_comparison_report(earlier, later, name)
            except OSError as exc:
                signals.finished.emit(name, exc.strerror or str(exc))
            except Exception as exc:  # noqa: BLE001 - reported to the user, the window stays usable
                signals.finished.emit(name, f"{type(exc).__name__}: {exc}")
            else:
                signals.finished.emit(name, "")

        self.export_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Writing the comparison PDF…"))
        self._export_thread = threading.Thread(target=work, name="compare-pdf", daemon=True)
        self._export_thread.start()

    def export_running(self) -> bool:
        return self._export_thread is not None

    def _export_finished(self, path: str, error: str) -> None:
        self._export_thread = None
        self.export_button.setEnabled(self._data is not None)
        if error:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("The PDF was not written"),
                                plain_markup(self.tr("The comparison PDF could not be written to %1:\n%2")
                                             .replace("%1", path).replace("%2", error)))
        else:
            self.statusBar().showMessage(self.tr("Comparison PDF saved: %1").replace("%1", path), 15000)


def _safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text.strip())
    return "-".join(filter(None, keep.split("-")))[:60] or "session"


def open_compare(parent: QWidget | None, document: SessionDocument) -> CompareWindow:
    """Open the comparison window for the open session, preselecting the latest earlier session found."""
    window = CompareWindow(document, parent)
    window.populate_candidates()
    if window.candidates.isEnabled() and window.candidates.count():
        window.set_earlier_path(Path(window.candidates.itemData(0)))
    window.show()
    return window
