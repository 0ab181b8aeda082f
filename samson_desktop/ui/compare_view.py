"""The comparison window: the open session against an earlier one, as overlaid charts, tables and follow-up."""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMainWindow, QMessageBox, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from ..core import paired_sets
from ..core.comparison import Comparison, Delta, compare_scores
from ..core.followup import FollowUp, follow_up, largest_changes
from ..core.model import Session
from ..core.portfolio import SessionSummary, load_files, session_files, timeline_key
from ..core.scoring import SessionScores, score_session
from ..fileformat import SessionFileError, read_session
from .charts import ChartPanel, ChartSeries
from .document import SessionDocument
from .error_dialog import as_message, show_file_error
from .widgets.character_compare import CharacterCompare
from .widgets.labels import fmt1, plain_tooltip, short_text, status_name, ui_language

#: How many improvements and declines are called out at each level.
CALL_OUTS = {"field": 2, "value": 1, "question": 5}
#: Sibling folders larger than this are not searched for earlier sessions (the UI must stay quick).
MAX_SIBLINGS = 300

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def signed1(value: float | None) -> str:
    """A change with its sign and one decimal in the current locale; "0.0" for no visible change."""
    return fmt1(value, signed=True)


def column_caption(session: Session) -> str:
    """The short name of a time point for a column head: its label, else its date."""
    return session.time_point.label or session.time_point.date or session.session_id[:8]


def session_caption(session: Session) -> str:
    """"T1 · 2025-10-30": how a time point is named in the window."""
    tp = session.time_point
    return " · ".join(part for part in (tp.label, tp.date or "") if part) or session.session_id


# --------------------------------------------------------------------------- table models

@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None
    tooltip: str | None = None
    numeric: bool = False
    #: "up" and "down" colour a change; the text always says it too.
    tone: str | None = None
    bold: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared cells; each row may carry a tag (its level) for filtering."""

    def __init__(self, headers: Sequence[str] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Cell]] = []
        self._tags: list[str] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        # A reset, not headerDataChanged: the number of columns may change.
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def set_rows(self, rows: list[list[Cell]], tags: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._tags = tags or [""] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt naming
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return super().headerData(section, orientation, role)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def tag(self, row: int) -> str:
        return self._tags[row]

    def column_texts(self, column: int) -> list[str]:
        return [row[column].text for row in self._rows]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(cell.tooltip or cell.text) if (cell.tooltip or cell.text) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and cell.tone:
            return QColor(_tone_colour(cell.tone))
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return cell.sort if cell.sort is not None else cell.text.casefold()
        if role == TAG_ROLE:
            return self._tags[index.row()]
        return None


def _tone_colour(tone: str) -> str:
    # Okabe–Ito blue/vermillion; lighter ones on a dark (high-contrast) background.
    dark = QGuiApplication.palette().base().color().lightness() < 128
    if tone == "up":
        return "#56B4E9" if dark else "#0072B2"
    if tone == "down":
        return "#E69F00" if dark else "#B04A00"
    return "#FFFFFF" if dark else "#5A5A5A"


class LevelFilter(QSortFilterProxyModel):
    """Sorts by the prepared sort keys and shows one level (fields, values, questions) or all."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._level = ""
        self.setSortRole(SORT_ROLE)

    def set_level(self, level: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._level = level
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._level = level
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt naming
        if not self._level:
            return True
        return self.sourceModel().index(source_row, 0, source_parent).data(TAG_ROLE) == self._level


# ------------------------------------------------------------------------------ the data

@dataclass
class CompareData:
    """Everything the window shows, computed once per change of either session."""

    earlier: Session
    later: Session
    earlier_scores: SessionScores
    later_scores: SessionScores
    comparison: Comparison
    follow: FollowUp
    lang: str

    @classmethod
    def build(cls, earlier: Session, later: Session, lang: str) -> "CompareData":
        e_scores, l_scores = score_session(earlier), score_session(later)
        comparison = compare_scores(e_scores, l_scores)
        return cls(earlier, later, e_scores, l_scores, comparison, follow_up(earlier, later, comparison), lang)

    def _sets(self) -> tuple:
        """Names come from the later set where it has the item, else from the earlier one."""
        return (self.later.question_set, self.earlier.question_set)

    def field_title(self, field_id: str) -> str:
        return paired_sets.field_title(self._sets(), field_id, self.lang)

    def value_title(self, value_id: str) -> str:
        return paired_sets.value_title(self._sets(), value_id, self.lang)

    def question_label(self, question_id: str) -> tuple[str, str]:
        """(number such as "3-2", text) from the side that has the question."""
        return paired_sets.question_label(self._sets(), question_id, self.lang)

    def field_questions(self, field_id: str) -> list[str]:
        """The field's questions: the later set's order, then questions only the earlier set has."""
        return paired_sets.field_questions(self._sets(), field_id)

    def field_ids(self) -> list[str]:
        return paired_sets.field_ids(self._sets())


# ------------------------------------------------------------------------------ the window

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
        self._retranslate()

    def _document_changed(self, _change: object) -> None:
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
        for box in (self.profile_selector, self.bars_selector):
            box.setAccessibleName(self.tr("What the chart shows"))
        self.level_filter.setAccessibleName(self.tr("Show the changes of"))
        self.bars_hint.setText(self.tr(
            "Earlier and later side by side: bars show the size of a change more fairly than radar areas."))
        self.weights_panel.set_title(self.tr("Both weightings"))
        self.weights_note.setText(self.tr(
            "Each session's importance profile uses its own value weights: a changed weight changes "
            "what the group sees as important, not the scores."))
        self.one_sided_title.setText(self.tr("Questions on one side only"))
        for index, text in enumerate((self.tr("Profiles"), self.tr("Paired bars"), self.tr("Changes"),
                                      self.tr("Follow-up of measures"), self.tr("Weights and question sets"),
                                      self.tr("Character"))):
            self.tabs.setTabText(index, text)
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
        self.earlier_label = QLabel(self.tr("Earlier session:"))
        self.candidates = QComboBox()
        self.candidates.setAccessibleName(self.tr("Earlier session of the same collaboration"))
        self.candidates.setMinimumContentsLength(28)
        self.candidates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.candidates.activated.connect(self._candidate_chosen)
        self.earlier_label.setBuddy(self.candidates)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setToolTip(self.tr("Compare with any session file"))
        self.choose_button.clicked.connect(self.choose_earlier_file)
        self.export_button = QPushButton(self.tr("Export comparison PDF…"))
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

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_profiles_tab()
        self._build_bars_tab()
        self._build_changes_tab()
        self._build_followup_tab()
        self._build_weights_tab()
        self.character_tab = CharacterCompare()
        self.tabs.addTab(self.character_tab, self.tr("Character"))
        self.setCentralWidget(central)
        self._set_enabled(False)

    def _selector(self, with_fields: bool) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("What the chart shows"))
        box.setProperty("with_fields", with_fields)
        return box

    def _build_profiles_tab(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 4, 0, 0)
        self.fields_panel = ChartPanel(page)
        right = QVBoxLayout()
        self.profile_selector = self._selector(with_fields=False)
        self.profile_selector.currentIndexChanged.connect(self._update_profile_chart)
        self.detail_panel = ChartPanel(page)
        right.addWidget(self.profile_selector)
        right.addWidget(self.detail_panel, 1)
        row.addWidget(self.fields_panel, 1)
        row.addLayout(right, 1)
        self.tabs.addTab(page, self.tr("Profiles"))

    def _build_bars_tab(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.bars_selector = self._selector(with_fields=True)
        self.bars_selector.currentIndexChanged.connect(self._update_bars_chart)
        self.bars_hint = hint = QLabel()
        hint.setProperty("role", "caption")
        hint.setWordWrap(True)
        top.addWidget(self.bars_selector)
        top.addWidget(hint, 1)
        self.bars_panel = ChartPanel(page)
        self.bars_panel.set_view("bars")
        col.addLayout(top)
        col.addWidget(self.bars_panel, 1)
        self.tabs.addTab(page, self.tr("Paired bars"))

    def _table(self, model: QAbstractTableModel, sortable: bool = True) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(sortable)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setHighlightSections(False)
        return view

    def _build_changes_tab(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(self.tr("Show the changes of"))
        self.level_filter.currentIndexChanged.connect(
            lambda _i: self.delta_proxy.set_level(self.level_filter.currentData() or ""))
        self.callouts = QLabel()
        self.callouts.setTextFormat(Qt.TextFormat.PlainText)
        self.callouts.setWordWrap(True)
        top.addWidget(self.level_filter)
        top.addWidget(self.callouts, 1)
        self.delta_model = RowsModel(parent=self)
        self.delta_proxy = LevelFilter(self)
        self.delta_proxy.setSourceModel(self.delta_model)
        self.delta_view = self._table(self.delta_proxy)
        col.addLayout(top)
        col.addWidget(self.delta_view, 1)
        self.tabs.addTab(page, self.tr("Changes"))

    def _build_followup_tab(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 4, 0, 0)
        self.followup_intro = QLabel()
        self.followup_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.followup_intro.setWordWrap(True)
        self.followup_model = RowsModel(parent=self)
        proxy = LevelFilter(self)
        proxy.setSourceModel(self.followup_model)
        self.followup_view = self._table(proxy)
        self.new_measures = QLabel()
        self.new_measures.setTextFormat(Qt.TextFormat.PlainText)
        self.new_measures.setWordWrap(True)
        self.new_measures.setProperty("role", "caption")
        col.addWidget(self.followup_intro)
        col.addWidget(self.followup_view, 1)
        col.addWidget(self.new_measures)
        self.tabs.addTab(page, self.tr("Follow-up of measures"))

    def _build_weights_tab(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 4, 0, 0)
        self.weights_panel = ChartPanel(page)
        right = QVBoxLayout()
        self.weights_note = weights_note = QLabel()
        weights_note.setWordWrap(True)
        weights_note.setProperty("role", "caption")
        self.weights_model = RowsModel(parent=self)
        self.weights_view = self._table(self.weights_model, sortable=False)
        self.weights_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.weights_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.one_sided_title = one_sided_title = QLabel()
        one_sided_title.setProperty("role", "h2")
        self.one_sided_note = QLabel()
        self.one_sided_note.setWordWrap(True)
        self.one_sided_note.setTextFormat(Qt.TextFormat.PlainText)
        self.one_sided_model = RowsModel(parent=self)
        self.one_sided_view = self._table(self.one_sided_model)
        right.addWidget(self.weights_view)
        right.addWidget(weights_note)
        right.addSpacing(8)
        right.addWidget(one_sided_title)
        right.addWidget(self.one_sided_note)
        right.addWidget(self.one_sided_view, 1)
        row.addWidget(self.weights_panel, 1)
        row.addLayout(right, 1)
        self.tabs.addTab(page, self.tr("Weights and question sets"))

    def _set_enabled(self, on: bool) -> None:
        self.tabs.setEnabled(on)
        self.export_button.setEnabled(on and self._export_thread is None)
        if not on:
            self.summary.setText(self.tr(
                "Pick the earlier session of this collaboration above, or choose any session file, "
                "to see what has changed."))

    # --- choosing the earlier session ------------------------------------------------------
    def find_candidates(self, extra_folders: Sequence[Path] = ()) -> list[SessionSummary]:
        """Sessions of the same collaboration: next to the open file, in recent files and autosaves."""
        from .. import paths
        from .settings import Settings

        later = self._document.session
        files: list[Path] = []
        folders = list(extra_folders)
        if self._document.path is not None:
            folders.append(Path(self._document.path).parent)
        for folder in folders:
            found = session_files(folder) if folder.is_dir() else []
            if len(found) <= MAX_SIBLINGS:
                files += found
        files += Settings.load().existing_recent()
        autosaves = paths.autosave_dir()
        files += sorted(autosaves.glob("*.samson"))[:MAX_SIBLINGS]
        unique: list[Path] = []
        seen: set[Path] = set()
        own = Path(self._document.path).resolve() if self._document.path else None
        for f in files:
            resolved = f.resolve()
            if resolved not in seen and resolved != own:
                seen.add(resolved)
                unique.append(f)
        key = timeline_key(later.collaboration.name, str(later.collaboration.extra.get("link_id") or ""))
        rows = [s for s in load_files(unique).sessions
                if s.group_key == key and s.session_id != later.session_id]
        # The latest session dated before this one first; undated and later ones after it.
        date = later.time_point.date or "9999"
        before = sorted((s for s in rows if s.date and s.date <= date), key=lambda s: s.date or "", reverse=True)
        rest = [s for s in rows if s not in before]
        # The same session may sit in several places (a copy, an autosave): keep the first.
        out, ids = [], set()
        for s in before + rest:
            if (s.session_id, s.date, s.time_label) not in ids:
                ids.add((s.session_id, s.date, s.time_label))
                out.append(s)
        return out

    def populate_candidates(self, extra_folders: Sequence[Path] = ()) -> None:
        self._candidates = self.find_candidates(extra_folders)
        self.candidates.clear()
        if not self._candidates:
            self.candidates.addItem(self.tr("No earlier session of this collaboration found"), None)
            self.candidates.setEnabled(False)
            return
        self.candidates.setEnabled(True)
        for s in self._candidates:
            when = " · ".join(p for p in (s.time_label, s.date or "") if p)
            self.candidates.addItem(f"{when} — {s.path.name}", str(s.path))
            self.candidates.setItemData(self.candidates.count() - 1, str(s.path), Qt.ItemDataRole.ToolTipRole)

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
        self.set_earlier(session)
        return True

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
        self._fill_selectors()
        self._update_summary()
        self._update_field_chart()
        self._update_profile_chart()
        self._update_bars_chart()
        self._update_changes()
        self._update_followup()
        self._update_weights()
        self.character_tab.set_sessions(self._earlier, later, self._labels(),
                                        (self._data.comparison.overall.earlier, self._data.comparison.overall.later))
        self._update_title()
        self.comparisonChanged.emit()

    def _update_title(self) -> None:
        name = self._document.session.collaboration.name or self.tr("Untitled collaboration")
        self.setWindowTitle(self.tr("Compare – %1").replace("%1", name))

    def _labels(self) -> tuple[str, str]:
        d = self._data
        assert d is not None
        return session_caption(d.earlier), session_caption(d.later)

    def _columns(self) -> tuple[str, str]:
        d = self._data
        assert d is not None
        return column_caption(d.earlier), column_caption(d.later)

    def _update_summary(self) -> None:
        d = self._data
        assert d is not None
        c = d.comparison
        e_lab, l_lab = self._labels()
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

    def _fill_selectors(self) -> None:
        d = self._data
        assert d is not None
        for box in (self.profile_selector, self.bars_selector):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if box.property("with_fields"):
                box.addItem(self.tr("The seven fields"), "fields")
            box.addItem(self.tr("The four values"), "values")
            for fid in d.field_ids():
                box.addItem(self.tr("Questions of %1").replace("%1", d.field_title(fid)), f"field:{fid}")
            index = box.findData(current) if current else -1
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)
        for box in (self.level_filter,):
            current = box.currentIndex()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All changes"), "")
            box.addItem(self.tr("Fields"), "field")
            box.addItem(self.tr("Values"), "value")
            box.addItem(self.tr("Questions"), "question")
            box.setCurrentIndex(max(current, 0))
            box.blockSignals(False)

    def _series(self, earlier: list[float | None], later: list[float | None],
                e_counts: list[int] | None = None, l_counts: list[int] | None = None) -> list[ChartSeries]:
        e_lab, l_lab = self._labels()
        return [
            ChartSeries(self.tr("Earlier: %1").replace("%1", e_lab), earlier, kind="earlier", counts=e_counts),
            ChartSeries(self.tr("Now: %1").replace("%1", l_lab), later, kind="score", counts=l_counts),
        ]

    def chart_data(self, what: str) -> tuple[list[str], list[str], list[ChartSeries]]:
        """Axis labels, tooltips and the two series for "fields", "values" or "field:<id>"."""
        d = self._data
        assert d is not None
        c = d.comparison
        if what == "fields":
            e_fields = {f.id: f for f in d.earlier_scores.fields}
            l_fields = {f.id: f for f in d.later_scores.fields}
            ids = d.field_ids()
            labels = [d.field_title(fid) for fid in ids]
            deltas = {x.id: x for x in c.fields}
            tips = [f"{d.field_title(fid)}\n{self._delta_sentence(deltas[fid])}" for fid in ids]
            series = self._series(
                [e_fields[fid].score if fid in e_fields else None for fid in ids],
                [l_fields[fid].score if fid in l_fields else None for fid in ids],
                [e_fields[fid].answered if fid in e_fields else 0 for fid in ids],
                [l_fields[fid].answered if fid in l_fields else 0 for fid in ids])
            return labels, tips, series
        if what == "values":
            e_vals = {v.id: v for v in d.earlier_scores.values}
            l_vals = {v.id: v for v in d.later_scores.values}
            ids = [v.id for v in d.later_scores.values]
            labels = [d.value_title(vid) for vid in ids]
            deltas = {x.id: x for x in c.values}
            tips = [f"{d.value_title(vid)}\n{self._delta_sentence(deltas[vid])}" for vid in ids]
            series = self._series([e_vals[v].score for v in ids], [l_vals[v].score for v in ids],
                                  [e_vals[v].answered for v in ids], [l_vals[v].answered for v in ids])
            return labels, tips, series
        field_id = what.split(":", 1)[1]
        deltas = {x.id: x for x in c.questions}
        ids = [qid for qid in d.field_questions(field_id) if qid in deltas]
        labels, tips = [], []
        for qid in ids:
            number, text = d.question_label(qid)
            marker = {"earlier": " ◁", "later": " ▷"}.get(deltas[qid].only_in or "", "")
            labels.append(number + marker)
            tips.append(f"{number} {text}\n{self._delta_sentence(deltas[qid])}")
        # A question score rests on one answer; n is shown for the fields and values built from many.
        series = self._series([deltas[qid].earlier for qid in ids], [deltas[qid].later for qid in ids])
        return labels, tips, series

    def _delta_sentence(self, delta: Delta) -> str:
        e_lab, l_lab = self._labels()
        if delta.only_in == "earlier":
            return self.tr("Only in the earlier session (%1): %2").replace("%1", e_lab).replace("%2", fmt1(delta.earlier))
        if delta.only_in == "later":
            return self.tr("Only in this session (%1): %2").replace("%1", l_lab).replace("%2", fmt1(delta.later))
        return f"{e_lab}: {fmt1(delta.earlier)} → {l_lab}: {fmt1(delta.later)} ({signed1(delta.delta)})"

    def _show(self, panel: ChartPanel, what: str, title: str, bars: bool = False) -> None:
        labels, tips, series = self.chart_data(what)
        if bars:
            # Bar labels sit side by side: the title goes under the number, wrapped short.
            labels = [_stack_words(label) if what in ("fields", "values") else label for label in labels]
        panel.set_title(title)
        if len(panel.axis_labels()) != len(labels):
            panel.set_series([])  # the old series would not fit the new axes
        panel.set_axes(labels, tips)
        panel.set_series(series)

    def _update_field_chart(self) -> None:
        if self._data is not None:
            self._show(self.fields_panel, "fields", self.tr("The seven fields"))

    def _update_profile_chart(self) -> None:
        if self._data is not None and self.profile_selector.currentData():
            self._show(self.detail_panel, self.profile_selector.currentData(), self.profile_selector.currentText())

    def _update_bars_chart(self) -> None:
        if self._data is not None and self.bars_selector.currentData():
            self._show(self.bars_panel, self.bars_selector.currentData(), self.bars_selector.currentText(),
                       bars=True)

    # --- tables ------------------------------------------------------------------------------
    def _change_note(self, delta: Delta, callout: str | None) -> tuple[str, str | None]:
        e_lab, l_lab = self._labels()
        if delta.only_in == "earlier":
            return self.tr("Only in the earlier session"), "muted"
        if delta.only_in == "later":
            return self.tr("Only in this session"), "muted"
        if delta.delta is None:
            if delta.earlier is None and delta.later is None:
                return self.tr("No score at either time"), "muted"
            missing = e_lab if delta.earlier is None else l_lab
            return self.tr("No score at %1").replace("%1", missing), "muted"
        if callout == "up":
            return "▲ " + self.tr("Largest improvement"), "up"
        if callout == "down":
            return "▼ " + self.tr("Largest decline"), "down"
        if abs(delta.delta) < 0.05:
            return self.tr("No change"), None
        return ("▲ " + self.tr("Improved"), "up") if delta.delta > 0 else ("▼ " + self.tr("Declined"), "down")

    def _update_changes(self) -> None:
        d = self._data
        assert d is not None
        c = d.comparison
        e_col, l_col = self._columns()
        self.delta_model.set_headers([self.tr("Level"), self.tr("No."), self.tr("Item"), e_col, l_col,
                                      self.tr("Change"), self.tr("Note")])
        level_names = {"field": self.tr("Field"), "value": self.tr("Value"), "question": self.tr("Question")}
        entries: list[tuple[str, Delta, str, str]] = []
        for x in c.fields:
            number, _sp, title = d.field_title(x.id).partition(" ")
            entries.append(("field", x, number, title))
        for x in c.values:
            entries.append(("value", x, "", d.value_title(x.id)))
        for x in c.questions:
            number, text = d.question_label(x.id)
            entries.append(("question", x, number, text))
        callouts: dict[tuple[str, str], str] = {}
        for level, items in (("field", c.fields), ("value", c.values), ("question", c.questions)):
            ups, downs = largest_changes(items, CALL_OUTS[level])
            callouts.update({(level, x.id): "up" for x in ups})
            callouts.update({(level, x.id): "down" for x in downs})
        # Largest change first; items without a change keep their order at the end.
        order = {"field": 0, "value": 1, "question": 2}
        entries.sort(key=lambda e: (e[1].delta is None, -abs(e[1].delta or 0.0), order[e[0]]))
        rows, tags = [], []
        for rank, (level, x, number, text) in enumerate(entries):
            callout = callouts.get((level, x.id))
            note, tone = self._change_note(x, callout)
            size = abs(x.delta) if x.delta is not None else -1.0
            rows.append([
                Cell(level_names[level], sort=(order[level], rank)),
                Cell(number, sort=_number_key(number)),
                Cell(short_text(text, 90), tooltip=text, bold=callout is not None),
                Cell(fmt1(x.earlier), sort=_num(x.earlier), numeric=True),
                Cell(fmt1(x.later), sort=_num(x.later), numeric=True),
                Cell(signed1(x.delta), sort=_num(x.delta), numeric=True, tone=tone if tone in ("up", "down") else None,
                     bold=callout is not None),
                Cell(note, sort=(-size, rank), tone=tone, bold=callout is not None),
            ])
            tags.append(level)
        self.delta_model.set_rows(rows, tags)
        self.delta_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.delta_proxy.sort(-1)
        header = self.delta_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ups, downs = largest_changes(c.questions, 3)
        lines = []
        if ups:
            lines.append(self.tr("Largest improvements: %1").replace(
                "%1", ", ".join(f"{d.question_label(x.id)[0]} ({signed1(x.delta)})" for x in ups)))
        if downs:
            lines.append(self.tr("Largest declines: %1").replace(
                "%1", ", ".join(f"{d.question_label(x.id)[0]} ({signed1(x.delta)})" for x in downs)))
        self.callouts.setText("\n".join(lines) or self.tr("No question changed."))

    def _update_followup(self) -> None:
        d = self._data
        assert d is not None
        e_lab, l_lab = self._labels()
        e_col, l_col = self._columns()
        self.followup_model.set_headers([
            self.tr("No."), self.tr("Measure"), self.tr("Status %1").replace("%1", e_col),
            self.tr("Status now"), self.tr("Score %1").replace("%1", e_col),
            self.tr("Score %1").replace("%1", l_col), self.tr("Change")])
        rows = []
        for i, item in enumerate(d.follow.items):
            number, qtext = d.question_label(item.earlier.question_id)
            now = status_name(item.status_now) if item.status_now else self.tr("Not carried over")
            tooltip = f"{item.earlier.text}\n\n{number} {qtext}"
            if item.later is not None and item.later.text != item.earlier.text:
                tooltip += "\n\n" + self.tr("Now worded: %1").replace("%1", item.later.text)
            note = ""
            if item.score.only_in == "earlier":
                note = " " + self.tr("(question no longer in the set)")
            rows.append([
                Cell(number, sort=_number_key(number)),
                Cell(short_text(item.earlier.text, 80), tooltip=tooltip),
                Cell(status_name(item.status_before), sort=item.status_before),
                Cell(now, sort=(item.status_now or "~"), tone=None if item.carried_over else "muted",
                     bold=not item.carried_over),
                Cell(fmt1(item.score.earlier), sort=_num(item.score.earlier), numeric=True),
                Cell(fmt1(item.score.later), sort=_num(item.score.later), numeric=True),
                Cell(signed1(item.score.delta) + note, sort=_num(item.score.delta), numeric=True,
                     tone=_tone(item.score.delta)),
            ])
        self.followup_model.set_rows(rows)
        self.followup_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the earlier action plan's order
        header = self.followup_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        counts = d.follow.counts()
        if d.follow.items:
            summary = ", ".join(
                f"{(status_name(k) if k != 'not_carried_over' else self.tr('not carried over')).lower()}: {n}"
                for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))
            self.followup_intro.setText(self.tr(
                "Every measure still open or agreed at %1 (all but the dropped ones), with its status now "
                "and how the score of its question moved. %2 measures: %3.")
                .replace("%1", e_lab).replace("%2", str(len(d.follow.items))).replace("%3", summary))
        else:
            self.followup_intro.setText(self.tr("The earlier session has no measures to follow up."))
        if d.follow.new_measures:
            self.new_measures.setText(self.tr("New measures at %1: %2").replace("%1", l_lab).replace(
                "%2", "; ".join(short_text(m.text, 50) for m in d.follow.new_measures)))
        else:
            self.new_measures.setText("")

    def _update_weights(self) -> None:
        d = self._data
        assert d is not None
        e_lab, l_lab = self._labels()
        e_col, l_col = self._columns()
        self.weights_model.set_headers([self.tr("Value"), e_col, l_col, self.tr("Change")])
        rows = []
        for x in d.comparison.weights:
            rows.append([Cell(d.value_title(x.id)), Cell(fmt1(x.earlier), numeric=True),
                         Cell(fmt1(x.later), numeric=True),
                         Cell(signed1(x.delta), numeric=True, tone=_tone(x.delta))])
        self.weights_model.set_rows(rows)
        self.weights_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        labels = [d.value_title(x.id) for x in d.comparison.weights]
        if len(self.weights_panel.axis_labels()) != len(labels):
            self.weights_panel.set_series([])
        self.weights_panel.set_axes(labels)
        self.weights_panel.set_series(self._series([x.earlier for x in d.comparison.weights],
                                                   [x.later for x in d.comparison.weights]))
        one = [x for x in d.comparison.questions if x.only_in]
        self.one_sided_model.set_headers([self.tr("No."), self.tr("Question"), self.tr("Only in"), self.tr("Score")])
        rows = []
        for x in one:
            number, text = d.question_label(x.id)
            side = (self.tr("the earlier session (%1)").replace("%1", e_lab) if x.only_in == "earlier"
                    else self.tr("this session (%1)").replace("%1", l_lab))
            score = x.earlier if x.only_in == "earlier" else x.later
            rows.append([Cell(number, sort=_number_key(number)), Cell(short_text(text, 70), tooltip=f"{text}\n{x.id}"),
                         Cell(side), Cell(fmt1(score), sort=_num(score), numeric=True)])
        self.one_sided_model.set_rows(rows)
        self.one_sided_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.one_sided_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        es, ls = d.earlier.question_set, d.later.question_set
        sets = self.tr("Question sets: %1 at %2, %3 at %4.").replace("%1", f"{es.id} {es.version}") \
            .replace("%2", e_lab).replace("%3", f"{ls.id} {ls.version}").replace("%4", l_lab)
        if one:
            self.one_sided_note.setText(sets + " " + self.tr(
                "These questions exist in one session only. They are matched by their id, never by "
                "position, so they have no change."))
        else:
            self.one_sided_note.setText(sets + " " + self.tr("Every question is in both sessions."))

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
                from ..report.comparison_report import write_comparison_report

                write_comparison_report(earlier, later, name)
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
                                as_message(self.tr("The comparison PDF could not be written to %1:\n%2")
                                           .replace("%1", path).replace("%2", error)))
        else:
            self.statusBar().showMessage(self.tr("Comparison PDF saved: %1").replace("%1", path), 15000)


def _stack_words(label: str, width: int = 12) -> str:
    """"2 Felles mål og visjon" → "2\nFelles mål\nog visjon": narrow enough to sit under a bar pair."""
    number, _sp, title = label.partition(" ")
    if not title:
        return label
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join([number, *lines])


def _num(value: float | None) -> float:
    # Missing numbers sort below every real one.
    return float("-inf") if value is None else float(value)


def _tone(delta: float | None) -> str | None:
    if delta is None or abs(delta) < 0.05:
        return None
    return "up" if delta > 0 else "down"


def _number_key(number: str) -> tuple:
    """"3-10" after "3-9": sort question numbers as numbers."""
    parts = []
    for part in number.split("-"):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)


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
