"""The portfolio window: many sessions side by side, as a table, small radars and timelines per collaboration."""

from __future__ import annotations

import csv
import io
import math
import os
import time
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex,
                            QPointF, QRegularExpression, QSize, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QPolygonF, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMainWindow, QMessageBox, QProgressDialog, QPushButton, QScrollArea,
                               QSplitter, QStackedWidget, QTableView, QTabWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.portfolio import LoadError, Portfolio, SessionSummary, Timeline, group_timelines
from ..fileformat.atomic import atomic_write
from ..fileformat.portfolio_files import load_files, session_files
from ..fileformat.summary_cache import SummaryCache
from ..report.csv_export import number, safe_text
from .i18n import message_language
from .widgets.empty_state import EmptyState
from .widgets.labels import fmt1, plain_markup

FIELD_COUNT = 7
COLLABORATION, TIME_POINT, DATE, PHASE, OVERALL = range(5)
FIRST_FIELD = 5
COMPLETION = FIRST_FIELD + FIELD_COUNT
FILE = COMPLETION + 1
COLUMN_COUNT = FILE + 1
#: Small radars drawn at once: the selected sessions, else the first rows in the table's order.
MAX_TILES = 12
#: Seconds between updates of the progress dialog; each update costs an event-loop pass.
PROGRESS_INTERVAL_S = 0.1

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def phase_name(phase: str | None) -> str:
    if not phase:
        return "–"
    names = {
        "knowledge_base": QCoreApplication.translate("Phase", "Knowledge base"),
        "planning": QCoreApplication.translate("Phase", "Planning and organisation"),
        "mobilisation": QCoreApplication.translate("Phase", "Mobilisation and collaboration"),
        "implementation": QCoreApplication.translate("Phase", "Implementation"),
        "continuation": QCoreApplication.translate("Phase", "Continuation"),
    }
    return names.get(phase, phase)


def _sort_number(value: float | None) -> float:
    return -math.inf if value is None else value


class PortfolioModel(QAbstractTableModel):
    """One row per session summary; display values for people, SORT_ROLE values for sorting."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._field_titles: list[str] = [""] * FIELD_COUNT

    def set_sessions(self, rows: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Column tooltips name the fields as the first session's question set does.
        titles = [""] * FIELD_COUNT
        for row in self._rows[:1]:
            for f in row.fields:
                if 1 <= f.number <= FIELD_COUNT:
                    titles[f.number - 1] = f.title
        self._field_titles = titles
        self.endResetModel()

    def sessions(self) -> list[SessionSummary]:
        return list(self._rows)

    def session(self, row: int) -> SessionSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> list[str]:
        return [self.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt naming
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if FIRST_FIELD <= section < COMPLETION:
                return str(section - FIRST_FIELD + 1)
            return {
                COLLABORATION: self.tr("Collaboration"),
                TIME_POINT: self.tr("Time"),
                DATE: self.tr("Date"),
                PHASE: self.tr("Phase"),
                OVERALL: self.tr("Overall"),
                COMPLETION: self.tr("Answered"),
                FILE: self.tr("File"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if FIRST_FIELD <= section < COMPLETION:
                number = section - FIRST_FIELD + 1
                title = self._field_titles[number - 1]
                return self.tr("Field %1: %2").replace("%1", str(number)).replace("%2", title)
            if section == COMPLETION:
                return self.tr("Questions answered or marked not relevant, of all questions")
            if section == OVERALL:
                return self.tr("Mean of the seven field scores")
        return super().headerData(section, orientation, role)

    def display(self, s: SessionSummary, column: int) -> str:
        if column == COLLABORATION:
            return s.collaboration
        if column == TIME_POINT:
            return s.time_label
        if column == DATE:
            return s.date or ""
        if column == PHASE:
            return phase_name(s.phase)
        if column == OVERALL:
            return fmt1(s.overall)
        if FIRST_FIELD <= column < COMPLETION:
            return fmt1(s.field_score(column - FIRST_FIELD + 1))
        if column == COMPLETION:
            return f"{s.answered}/{s.total}"
        if column == FILE:
            return s.path.name
        return ""

    def sort_key(self, s: SessionSummary, column: int) -> Any:
        if column == OVERALL:
            return _sort_number(s.overall)
        if FIRST_FIELD <= column < COMPLETION:
            return _sort_number(s.field_score(column - FIRST_FIELD + 1))
        if column == COMPLETION:
            return s.completion
        if column == DATE:
            return s.date or ""
        return self.display(s, column).casefold()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(s, column)
        if role == SORT_ROLE:
            return self.sort_key(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and (column == OVERALL or FIRST_FIELD <= column <= COMPLETION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return plain_markup(str(s.path))
            if FIRST_FIELD <= column < COMPLETION:
                f = next((f for f in s.fields if f.number == column - FIRST_FIELD + 1), None)
                if f is not None:
                    return plain_markup(f"{f.number} {f.title}: {fmt1(f.score)} (n={f.answered})")
            if column == COLLABORATION:
                return plain_markup(s.collaboration)
        return None


class PortfolioFilter(QSortFilterProxyModel):
    """Case-insensitive text filter over every column; sorts by the model's sort keys."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.setFilterRegularExpression(QRegularExpression(
            QRegularExpression.escape(text.strip()), QRegularExpression.PatternOption.CaseInsensitiveOption))


class MiniRadar(QWidget):
    """A small painted radar of one session's seven field scores: cheap enough for a grid of many."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._summary: SessionSummary | None = None
        self.setMinimumSize(QSize(200, 210))

    def set_summary(self, summary: SessionSummary | None) -> None:
        self._summary = summary
        if summary is not None:
            self.setToolTip(plain_markup(f"{summary.collaboration}\n{summary.time_label} {summary.date or ''}\n"
                                         f"{summary.path}"))
            self.setAccessibleName(f"{summary.collaboration} {summary.time_label}: {fmt1(summary.overall)}")
        self.update()

    def summary(self) -> SessionSummary | None:
        return self._summary

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(220, 230)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        s = self._summary
        if s is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.windowText().color()
        dark = palette.window().color().lightness() < 128
        grid = QColor("#FFFFFF" if dark else "#C8C8C8")
        score = QColor("#FFFF00" if dark else "#0072B2")
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = self.width()
        title = metrics.elidedText(s.collaboration, Qt.TextElideMode.ElideRight, width - 8)
        painter.setPen(text_colour)
        painter.drawText(4, metrics.ascent() + 2, title)
        font.setBold(False)
        painter.setFont(font)
        line2 = f"{s.time_label} {s.date or ''} · {fmt1(s.overall)}".strip()
        painter.drawText(4, metrics.height() + metrics.ascent() + 2,
                         metrics.elidedText(line2, Qt.TextElideMode.ElideRight, width - 8))
        top = 2 * metrics.height() + 6
        size = min(width, self.height() - top) - 20
        if size <= 10:
            painter.end()
            return
        cx, cy, radius = width / 2, top + size / 2 + 8, size / 2
        n = max(len(s.fields), 3)

        def point(i: int, value: float) -> QPointF:
            angle = math.pi / 2 - 2 * math.pi * i / n
            r = radius * max(0.0, min(value, 10.0)) / 10.0
            return QPointF(cx + r * math.cos(angle), cy - r * math.sin(angle))

        painter.setPen(QPen(grid, 1))
        for ring in (5.0, 10.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(n)]))
        for i in range(n):
            painter.drawLine(QPointF(cx, cy), point(i, 10.0))
        small = QFont(self.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.7))
        painter.setFont(small)
        painter.setPen(text_colour)
        sm = painter.fontMetrics()
        for i, f in enumerate(s.fields):
            p = point(i, 11.6)
            label = str(f.number)
            painter.drawText(QPointF(p.x() - sm.horizontalAdvance(label) / 2, p.y() + sm.ascent() / 2), label)
        values = [f.score for f in s.fields]
        pen = QPen(score, 2.5)
        painter.setPen(pen)
        if values and all(v is not None for v in values):
            painter.drawPolygon(QPolygonF([point(i, v) for i, v in enumerate(values)]))  # type: ignore[arg-type]
        else:
            # A missing field leaves a gap rather than a fake zero.
            for i in range(len(values)):
                j = (i + 1) % len(values)
                if values[i] is not None and values[j] is not None:
                    painter.drawLine(point(i, values[i]), point(j, values[j]))  # type: ignore[arg-type]
        painter.setBrush(score)
        for i, v in enumerate(values):
            if v is not None:
                painter.drawEllipse(point(i, v), 3, 3)
        painter.end()


class PortfolioWindow(QMainWindow):
    """Load a folder or files of sessions; filter, sort, export, and follow each collaboration over time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.portfolio = Portfolio()
        self._timelines: list[Timeline] = []
        self._tree_filled = True
        self._build()
        self._retranslate()
        self.resize(1280, 720)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter_edit.setFocus)
        self._size_columns()
        self._update_counts()

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        col = QVBoxLayout(central)
        col.setContentsMargins(12, 8, 12, 8)
        bar = QHBoxLayout()
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton()
        self.files_button.clicked.connect(self.choose_files)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.export_csv)
        bar.addWidget(self.folder_button)
        bar.addWidget(self.files_button)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.csv_button)
        col.addLayout(bar)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setProperty("role", "caption")
        col.addWidget(self.counts)

        # Until files are chosen the window says what to do, instead of showing an empty table.
        self.body = QStackedWidget()
        self.empty_state = EmptyState(buttons=2)
        self.empty_text = self.empty_state.text
        self.empty_folder_button, self.empty_files_button = self.empty_state.buttons
        self.empty_folder_button.clicked.connect(self.choose_folder)
        self.empty_files_button.clicked.connect(self.choose_files)
        self.body.addWidget(self.empty_state)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs)
        col.addWidget(self.body, 1)

        # Table and small radars
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        # A desk view of many numbers: a slightly smaller type than the workshop pages.
        self._apply_table_font()
        # Fixed row heights and column widths keep a thousand rows instant to lay out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_tiles())
        self.proxy.layoutChanged.connect(self._update_tiles)
        split.addWidget(self.table)
        tiles_box = QWidget()
        tiles_col = QVBoxLayout(tiles_box)
        tiles_col.setContentsMargins(6, 0, 0, 0)
        self.tiles_caption = QLabel()
        self.tiles_caption.setWordWrap(True)
        self.tiles_caption.setProperty("role", "caption")
        tiles_col.addWidget(self.tiles_caption)
        grid_host = QWidget()
        self.tile_grid = QGridLayout(grid_host)
        self.tile_grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: list[MiniRadar] = []
        for i in range(MAX_TILES):
            tile = MiniRadar(grid_host)
            tile.hide()
            self.tile_grid.addWidget(tile, i, 0)
            self.tiles.append(tile)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        tiles_col.addWidget(scroll, 1)
        split.addWidget(tiles_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([1030, 230])
        self.tabs.addTab(split, "")

        # Timelines
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.tree, "")
        self.tabs.currentChanged.connect(self._fill_tree_if_shown)

        # Unreadable files
        self.errors = QTableView()
        self.error_model = _ErrorModel(self)
        self.errors.setModel(self.error_model)
        self.errors.verticalHeader().setVisible(False)
        self.errors.setWordWrap(True)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.errors, "")
        self.setCentralWidget(central)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Portfolio – many sessions side by side"))
        self.folder_button.setText(self.tr("Open folder…"))
        self.files_button.setText(self.tr("Add files…"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: collaboration, time point, phase, file…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the sessions"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.empty_text.setText(self.tr(
            "Open a folder of session files, or add single files, to see many sessions side by side: "
            "their scores in a table, small profiles, and each collaboration over time."))
        self.empty_folder_button.setText(self.tr("Open folder…"))
        self.empty_files_button.setText(self.tr("Add files…"))
        self.tabs.setTabText(0, self.tr("Sessions"))
        self.tabs.setTabText(1, self.tr("Timelines"))
        self.tree.setHeaderLabels([self.tr("Collaboration / time point"), self.tr("Date"), self.tr("Phase"),
                                   self.tr("Overall"), self.tr("Change since the time before")])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self.error_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._update_counts()

    # --- loading -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of sessions"))
        if folder:
            self.load_paths(session_files(folder), replace=True)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add session files"), "", self.tr("SAMSON sessions (*.samson);;All files (*)"))
        if names:
            self.load_paths([Path(n) for n in names], replace=False)

    def load_folder(self, folder: str | os.PathLike[str]) -> Portfolio:
        return self.load_paths(session_files(folder), replace=True)

    def load_paths(self, paths: Sequence[Path], replace: bool = True) -> Portfolio:
        """Read the files with a cancellable progress dialog; returns what was loaded this time."""
        if not replace and self.portfolio.sessions:
            known = {s.path.resolve() for s in self.portfolio.sessions}
            paths = [p for p in paths if Path(p).resolve() not in known]
        dialog = QProgressDialog(self.tr("Reading session files…"), self.tr("Cancel"), 0, max(len(paths), 1), self)
        dialog.setWindowTitle(self.tr("Portfolio"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a handful of files never flashes a dialog

        last_update = time.monotonic()

        def progress(done: int, total: int) -> bool:
            # Each update runs the event loop; from the cache a thousand files take a fraction of a second.
            nonlocal last_update
            now = time.monotonic()
            if now - last_update >= PROGRESS_INTERVAL_S or done == total:
                last_update = now
                dialog.setValue(done)
            return not dialog.wasCanceled()

        loaded = load_files(paths, progress, SummaryCache())
        dialog.close()
        if replace:
            self.portfolio = loaded
        else:
            self.portfolio.sessions += loaded.sessions
            self.portfolio.errors += loaded.errors
            self.portfolio.cancelled = loaded.cancelled
        self._show_portfolio()
        return loaded

    def _show_portfolio(self) -> None:
        self.model.set_sessions(self.portfolio.sessions)
        self._size_columns()
        self.error_model.set_errors(self.portfolio.errors)
        self.errors.resizeColumnToContents(0)
        if len(self.portfolio.errors) <= 300:  # wrapped reasons; row sizing is slow beyond that
            self.errors.resizeRowsToContents()
        self._timelines = group_timelines(self.portfolio.sessions)
        self._tree_filled = False
        self._fill_tree_if_shown()
        self._update_counts()
        self._update_tiles()

    def _apply_table_font(self) -> None:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.table.setFont(font)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Zoom and presentation mode change the application font; follow it.
        if event.type() == event.Type.FontChange and hasattr(self, "table"):
            self._apply_table_font()
            self._size_columns()
        if event.type() == event.Type.LanguageChange and hasattr(self, "table"):
            self._retranslate()
            self.model.set_sessions(self.portfolio.sessions)  # phase names are translated text
            self._size_columns()  # the headers' words change length
            self._tree_filled = False
            self._fill_tree_if_shown()
            self._update_tiles()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Widths from sample texts, not from every row: resizing to contents is slow for 1,000 rows."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 14

        def fit(column: int, sample: str, limit: int = 10_000) -> None:
            # The header's own size hint counts its style sheet font, margins and the sort arrow.
            title = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(min(metrics.horizontalAdvance(sample) + pad, limit), title))

        names = sorted((s.collaboration for s in self.portfolio.sessions[:2000]), key=len, reverse=True)
        fit(COLLABORATION, names[0] if names else "", limit=metrics.horizontalAdvance("M") * 10)
        fit(TIME_POINT, "T10")
        fit(DATE, "2026-12-31")
        fit(PHASE, "M" * 5)
        fit(OVERALL, "10.0")
        for column in range(FIRST_FIELD, COMPLETION):
            fit(column, "10.0")
        fit(COMPLETION, "100/100")
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def _fill_tree_if_shown(self, *_args) -> None:
        # A thousand sessions make over a thousand tree items: built when the tab is first looked at.
        if not self._tree_filled and self.tabs.currentWidget() is self.tree:
            self._fill_tree()

    def _fill_tree(self) -> None:
        self._tree_filled = True
        self.tree.clear()
        items = []
        for timeline in self._timelines:
            first, last = timeline.sessions[0], timeline.sessions[-1]
            change = ""
            if len(timeline.sessions) > 1 and first.overall is not None and last.overall is not None:
                change = self.tr("%1 → %2 over %3 time points").replace("%1", fmt1(first.overall)) \
                    .replace("%2", fmt1(last.overall)).replace("%3", str(len(timeline.sessions)))
            top = QTreeWidgetItem([timeline.name, "", "", fmt1(last.overall), change])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if timeline.key.startswith("link:"):
                top.setToolTip(0, plain_markup(self.tr("Linked by the key %1").replace("%1", timeline.key[5:])))
            previous = None
            for s in timeline.sessions:
                delta = ""
                if previous is not None and previous.overall is not None and s.overall is not None:
                    d = s.overall - previous.overall
                    delta = fmt1(d, signed=True)
                child = QTreeWidgetItem([s.time_label or s.path.name, s.date or "", phase_name(s.phase),
                                         fmt1(s.overall), delta])
                child.setToolTip(0, plain_markup(str(s.path)))
                for column in (3, 4):
                    child.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(child)
                previous = s
            top.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(top)
        self.tree.addTopLevelItems(items)
        if len(items) <= 30:
            self.tree.expandAll()
        for column in range(1, 5):
            self.tree.resizeColumnToContents(column)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()
        self._update_tiles()

    def _update_counts(self) -> None:
        total = len(self.portfolio.sessions)
        shown = self.proxy.rowCount()
        bad = len(self.portfolio.errors)
        parts = [self.tr("%n session(s)", "", total)]
        if shown != total:
            parts.append(self.tr("%n shown", "", shown))
        parts.append(self.tr("%n collaboration(s)", "", len(self._timelines)))
        if bad:
            parts.append(self.tr("%n file(s) could not be read (see the last tab)", "", bad))
        if self.portfolio.cancelled:
            parts.append(self.tr("loading was cancelled"))
        self.counts.setText(" · ".join(parts))
        self.tabs.setTabText(2, self.tr("Unreadable files (%1)").replace("%1", str(bad)))
        self.csv_button.setEnabled(shown > 0)
        loaded = bool(self.portfolio.sessions or self.portfolio.errors)
        self.body.setCurrentWidget(self.tabs if loaded else self.empty_state)
        self.counts.setVisible(loaded)

    def visible_sessions(self) -> list[SessionSummary]:
        """The sessions in the table's current filter and order."""
        return [self.model.session(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def _update_tiles(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            chosen = [self.model.session(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]
            caption = self.tr("Field profiles of the selected sessions")
        else:
            chosen = [self.model.session(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                      for r in range(min(MAX_TILES, self.proxy.rowCount()))]
            caption = self.tr("Field profiles of the first sessions in the table; select rows to choose")
        if len(chosen) > MAX_TILES:
            caption += " " + self.tr("(the first %1 shown)").replace("%1", str(MAX_TILES))
        self.tiles_caption.setText(caption if chosen else "")
        for i, tile in enumerate(self.tiles):
            if i < len(chosen):
                tile.set_summary(chosen[i])
                tile.show()
            else:
                tile.set_summary(None)
                tile.hide()

    def shown_tiles(self) -> list[SessionSummary]:
        return [t.summary() for t in self.tiles if t.isVisibleTo(self) and t.summary() is not None]  # type: ignore[misc]

    # --- export ------------------------------------------------------------------------------
    def export_csv(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the table as CSV"), "portfolio.csv",
                                                    self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            write_portfolio_csv(self.visible_sessions(), Path(name))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The CSV file was not written"),
                                plain_markup(f"{name}: {exc.strerror or exc}"))
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", name), 10000)


CSV_HEADER = ["session_id", "collaboration", "link_id", "time_point", "date", "phase", "overall",
              *[f"field_{n}" for n in range(1, FIELD_COUNT + 1)], "answered", "questions", "file"]


def write_portfolio_csv(rows: Sequence[SessionSummary], path: Path) -> None:
    """One row per session, like the session CSV export: UTF-8 with a BOM, formula-safe text, full precision."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for s in rows:
        writer.writerow([safe_text(s.session_id), safe_text(s.collaboration), safe_text(s.link_id),
                         safe_text(s.time_label), s.date or "", s.phase or "", number(s.overall),
                         *[number(s.field_score(n)) for n in range(1, FIELD_COUNT + 1)],
                         s.answered, s.total, safe_text(str(s.path))])
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"), keep_backup=False)


class _ErrorModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._errors: list[LoadError] = []

    def set_errors(self, errors: Sequence[LoadError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt naming
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("File"), self.tr("Why it cannot be read"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        error = self._errors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return error.path.name if index.column() == 0 else error.reason_in(message_language())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_markup(str(error.path) if index.column() == 0 else error.reason_in(message_language()))
        return None


def open_portfolio(parent: QWidget | None) -> PortfolioWindow:
    """Open the portfolio window (empty: the user picks a folder or files)."""
    window = PortfolioWindow(parent)
    window.show()
    return window
