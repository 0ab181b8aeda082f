"""The comparison window's three table tabs: every change, the follow-up of measures, and both weightings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ..core.comparison import Delta
from ..core.explanations import explanation
from ..core.to_explain import to_explain
from ..core.followup import largest_changes
from .charts import ChartPanel
from .compare_charts import CompareCharts
from .compare_data import CompareData, signed1
from .compare_explain import ExplainPanel
from .compare_models import Cell, LevelFilter, RowsModel, num_key, number_key, table_view, tone_of
from .document import SessionDocument
from .widgets.labels import fmt1, short_text, status_name

#: How many improvements and declines are called out at each level.
CALL_OUTS = {"field": 2, "value": 1, "question": 5}
#: The change table's column of the group's explanation.
EXPLAIN_COLUMN = 7


class CompareTables(QObject):
    """Builds the "Changes", "Follow-up of measures" and "Weights and question sets" pages and fills them."""

    def __init__(self, charts: CompareCharts, document: SessionDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._charts = charts  # the weights chart names its series as the other charts do
        self._doc = document
        self._data: CompareData | None = None
        #: Per row of the change table: (kind, id) of a change that has a place for an explanation, else None.
        self._row_targets: list[tuple[str, str] | None] = []
        #: Per row: (kind, id) of every field and question, whose explanation is shown even without a place.
        self._row_items: list[tuple[str, str] | None] = []
        self._captions: list[str] = []
        self._callout_lines: list[str] = []
        self._build_changes_tab()
        self._build_followup_tab()
        self._build_weights_tab()

    def _build_changes_tab(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.level_filter = QComboBox()
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
        self.delta_view = table_view(self.delta_proxy)
        self.delta_view.selectionModel().selectionChanged.connect(self._row_chosen)
        self.delta_view.installEventFilter(self)
        self.delta_view.doubleClicked.connect(lambda _index: self.start_explaining())
        self.explain_panel = ExplainPanel(self._doc, page)
        self.explain_panel.edit.done.connect(self.delta_view.setFocus)
        col.addLayout(top)
        col.addWidget(self.delta_view, 1)
        col.addWidget(self.explain_panel)
        self.changes_page = page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Enter or F2 on a change to explain moves the keyboard into its explanation.
        if obj is self.delta_view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return self.start_explaining()
        return super().eventFilter(obj, event)

    def start_explaining(self) -> bool:
        """Put the keyboard in the explanation of the selected change; False when it has no place for one."""
        if self.explain_panel.target() is None:
            return False
        self.explain_panel.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _current_source_row(self) -> int:
        index = self.delta_view.currentIndex()
        return self.delta_proxy.mapToSource(index).row() if index.isValid() else -1

    def _row_chosen(self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None) -> None:
        row = self._current_source_row()
        target = self._row_targets[row] if 0 <= row < len(self._row_targets) else None
        since = self._data.earlier.session_id if self._data is not None else ""
        self.explain_panel.show_target(target, since, self._captions[row] if target is not None else "")

    def select_change(self, kind: str, target: str) -> bool:
        """Select the row of a change (for a test or a link); False when the table does not show it."""
        for row in range(self.delta_proxy.rowCount()):
            source = self.delta_proxy.mapToSource(self.delta_proxy.index(row, 0)).row()
            if self._row_targets[source] == (kind, target):
                self.delta_view.selectRow(row)
                self.delta_view.setCurrentIndex(self.delta_proxy.index(row, 0))
                return True
        return False

    def explanations_changed(self) -> None:
        """An explanation was typed or undone: its cell and the box follow, the rest of the table stays."""
        for row, item in enumerate(self._row_items):
            if item is not None:
                self.delta_model.set_cell(row, EXPLAIN_COLUMN, self._explain_cell(item, self._row_targets[row] is not None))
        self._update_explain_count()
        self.explain_panel.sync()

    def _explain_cell(self, item: tuple[str, str] | None, has_place: bool = True) -> Cell:
        if item is None or self._data is None:
            return Cell("", sort=(2, ""))
        words = explanation(self._data.later, *item, self._data.earlier.session_id)
        if words.strip():
            return Cell(short_text(" ".join(words.split()), 60), sort=(0, words.casefold()), tooltip=words)
        if not has_place:
            return Cell("", sort=(2, ""))
        return Cell(self.tr("Not explained yet"), sort=(1, ""), tone="muted")

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
        self.followup_view = table_view(proxy)
        self.new_measures = QLabel()
        self.new_measures.setTextFormat(Qt.TextFormat.PlainText)
        self.new_measures.setWordWrap(True)
        self.new_measures.setProperty("role", "caption")
        col.addWidget(self.followup_intro)
        col.addWidget(self.followup_view, 1)
        col.addWidget(self.new_measures)
        self.followup_page = page

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
        self.weights_view = table_view(self.weights_model, sortable=False)
        self.weights_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.weights_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.one_sided_title = one_sided_title = QLabel()
        one_sided_title.setProperty("role", "h2")
        self.one_sided_note = QLabel()
        self.one_sided_note.setWordWrap(True)
        self.one_sided_note.setTextFormat(Qt.TextFormat.PlainText)
        self.one_sided_model = RowsModel(parent=self)
        self.one_sided_view = table_view(self.one_sided_model)
        right.addWidget(self.weights_view)
        right.addWidget(weights_note)
        right.addSpacing(8)
        right.addWidget(one_sided_title)
        right.addWidget(self.one_sided_note)
        right.addWidget(self.one_sided_view, 1)
        row.addWidget(self.weights_panel, 1)
        row.addLayout(right, 1)
        self.weights_page = page

    def retranslate(self) -> None:
        self.explain_panel.retranslate()
        self.level_filter.setAccessibleName(self.tr("Show the changes of"))
        self.weights_panel.set_title(self.tr("Both weightings"))
        self.weights_note.setText(self.tr(
            "Each session's importance profile uses its own value weights: a changed weight changes "
            "what the group sees as important, not the scores."))
        self.one_sided_title.setText(self.tr("Questions on one side only"))

    def show_data(self, data: CompareData) -> None:
        self._data = data
        self._fill_level_filter()
        self._update_changes()
        self._update_followup()
        self._update_weights()

    def _fill_level_filter(self) -> None:
        box = self.level_filter
        current = box.currentIndex()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All changes"), "")
        box.addItem(self.tr("Fields"), "field")
        box.addItem(self.tr("Values"), "value")
        box.addItem(self.tr("Questions"), "question")
        box.addItem(self.tr("Changes to explain"), "explain")
        box.setCurrentIndex(max(current, 0))
        box.blockSignals(False)

    def _change_note(self, delta: Delta, callout: str | None) -> tuple[str, str | None]:
        assert self._data is not None
        e_lab, l_lab = self._data.labels()
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
        e_col, l_col = d.columns()
        self.delta_model.set_headers([self.tr("Level"), self.tr("No."), self.tr("Item"), e_col, l_col,
                                      self.tr("Change"), self.tr("Note"), self.tr("Explanation")])
        explainable = {(x.kind, x.target) for x in to_explain(c)}
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
        self._row_targets, self._row_items, self._captions = [], [], []
        for rank, (level, x, number, text) in enumerate(entries):
            callout = callouts.get((level, x.id))
            note, tone = self._change_note(x, callout)
            size = abs(x.delta) if x.delta is not None else -1.0
            target = (level, x.id) if (level, x.id) in explainable else None
            self._row_targets.append(target)
            self._row_items.append((level, x.id) if level != "value" else None)
            self._captions.append(f"{number} {short_text(text, 70)} ({fmt1(x.earlier)} → {fmt1(x.later)}, "
                                  f"{signed1(x.delta)})".strip())
            rows.append([
                Cell(level_names[level], sort=(order[level], rank)),
                Cell(number, sort=number_key(number)),
                Cell(short_text(text, 90), tooltip=text, bold=callout is not None),
                Cell(fmt1(x.earlier), sort=num_key(x.earlier), numeric=True),
                Cell(fmt1(x.later), sort=num_key(x.later), numeric=True),
                Cell(signed1(x.delta), sort=num_key(x.delta), numeric=True, tone=tone if tone in ("up", "down") else None,
                     bold=callout is not None),
                Cell(note, sort=(-size, rank), tone=tone, bold=callout is not None),
                self._explain_cell(self._row_items[-1], target is not None),
            ])
            tags.append(f"{level} explain" if target is not None else level)
        self.delta_model.set_rows(rows, tags)
        self.delta_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.delta_proxy.sort(-1)
        header = self.delta_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXPLAIN_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EXPLAIN_COLUMN, 260)
        self._row_chosen()
        ups, downs = largest_changes(c.questions, 3)
        lines = []
        if ups:
            lines.append(self.tr("Largest improvements: %1").replace(
                "%1", ", ".join(f"{d.question_label(x.id)[0]} ({signed1(x.delta)})" for x in ups)))
        if downs:
            lines.append(self.tr("Largest declines: %1").replace(
                "%1", ", ".join(f"{d.question_label(x.id)[0]} ({signed1(x.delta)})" for x in downs)))
        self._callout_lines = lines
        self._update_explain_count()

    def _update_explain_count(self) -> None:
        lines = list(self._callout_lines)
        places = [t for t in self._row_targets if t is not None]
        if places:
            done = sum(1 for t in places if self._explain_cell(t).sort[0] == 0)
            lines.append(self.tr("Explained: %1 of %2 changes to explain.").replace("%1", str(done))
                         .replace("%2", str(len(places))))
        self.callouts.setText("\n".join(lines) or self.tr("No question changed."))

    def _update_followup(self) -> None:
        d = self._data
        assert d is not None
        e_lab, l_lab = d.labels()
        e_col, l_col = d.columns()
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
                Cell(number, sort=number_key(number)),
                Cell(short_text(item.earlier.text, 80), tooltip=tooltip),
                Cell(status_name(item.status_before), sort=item.status_before),
                Cell(now, sort=(item.status_now or "~"), tone=None if item.carried_over else "muted",
                     bold=not item.carried_over),
                Cell(fmt1(item.score.earlier), sort=num_key(item.score.earlier), numeric=True),
                Cell(fmt1(item.score.later), sort=num_key(item.score.later), numeric=True),
                Cell(signed1(item.score.delta) + note, sort=num_key(item.score.delta), numeric=True,
                     tone=tone_of(item.score.delta)),
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
        e_lab, l_lab = d.labels()
        e_col, l_col = d.columns()
        self.weights_model.set_headers([self.tr("Value"), e_col, l_col, self.tr("Change")])
        rows = []
        for x in d.comparison.weights:
            rows.append([Cell(d.value_title(x.id)), Cell(fmt1(x.earlier), numeric=True),
                         Cell(fmt1(x.later), numeric=True),
                         Cell(signed1(x.delta), numeric=True, tone=tone_of(x.delta))])
        self.weights_model.set_rows(rows)
        self.weights_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        labels = [d.value_title(x.id) for x in d.comparison.weights]
        if len(self.weights_panel.axis_labels()) != len(labels):
            self.weights_panel.set_series([])
        self.weights_panel.set_axes(labels)
        self.weights_panel.set_series(self._charts.series([x.earlier for x in d.comparison.weights],
                                                   [x.later for x in d.comparison.weights]))
        one = [x for x in d.comparison.questions if x.only_in]
        self.one_sided_model.set_headers([self.tr("No."), self.tr("Question"), self.tr("Only in"), self.tr("Score")])
        rows = []
        for x in one:
            number, text = d.question_label(x.id)
            side = (self.tr("the earlier session (%1)").replace("%1", e_lab) if x.only_in == "earlier"
                    else self.tr("this session (%1)").replace("%1", l_lab))
            score = x.earlier if x.only_in == "earlier" else x.later
            rows.append([Cell(number, sort=number_key(number)), Cell(short_text(text, 70), tooltip=f"{text}\n{x.id}"),
                         Cell(side), Cell(fmt1(score), sort=num_key(score), numeric=True)])
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
