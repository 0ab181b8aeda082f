"""The comparison window's two chart tabs: both profiles overlaid, and the same numbers as paired bars."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core.comparison import Delta
from .charts import ChartPanel, ChartSeries
from .compare_data import CompareData, signed1
from .widgets.labels import fmt1


def stack_words(label: str, width: int = 12) -> str:
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


class CompareCharts(QObject):
    """Builds the "Profiles" and "Paired bars" pages and draws a CompareData on them."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._data: CompareData | None = None
        self.profiles_page = QWidget()
        row = QHBoxLayout(self.profiles_page)
        row.setContentsMargins(0, 4, 0, 0)
        self.fields_panel = ChartPanel(self.profiles_page)
        right = QVBoxLayout()
        self.profile_selector = self._selector(with_fields=False)
        self.profile_selector.currentIndexChanged.connect(self._update_profile_chart)
        self.detail_panel = ChartPanel(self.profiles_page)
        right.addWidget(self.profile_selector)
        right.addWidget(self.detail_panel, 1)
        row.addWidget(self.fields_panel, 1)
        row.addLayout(right, 1)

        self.bars_page = QWidget()
        col = QVBoxLayout(self.bars_page)
        col.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.bars_selector = self._selector(with_fields=True)
        self.bars_selector.currentIndexChanged.connect(self._update_bars_chart)
        self.bars_hint = QLabel()
        self.bars_hint.setProperty("role", "caption")
        self.bars_hint.setWordWrap(True)
        top.addWidget(self.bars_selector)
        top.addWidget(self.bars_hint, 1)
        self.bars_panel = ChartPanel(self.bars_page)
        self.bars_panel.set_view("bars")
        col.addLayout(top)
        col.addWidget(self.bars_panel, 1)

    def _selector(self, with_fields: bool) -> QComboBox:
        box = QComboBox()
        box.setProperty("with_fields", with_fields)
        return box

    def retranslate(self) -> None:
        for box in (self.profile_selector, self.bars_selector):
            box.setAccessibleName(self.tr("What the chart shows"))
        self.bars_hint.setText(self.tr(
            "Earlier and later side by side: bars show the size of a change more fairly than radar areas."))

    def show_data(self, data: CompareData) -> None:
        self._data = data
        self._fill_selectors()
        self._show(self.fields_panel, "fields", self.tr("The seven fields"))
        self._update_profile_chart()
        self._update_bars_chart()

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

    def series(self, earlier: list[float | None], later: list[float | None],
               e_counts: list[int] | None = None, l_counts: list[int] | None = None) -> list[ChartSeries]:
        assert self._data is not None
        e_lab, l_lab = self._data.labels()
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
            series = self.series(
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
            series = self.series([e_vals[v].score for v in ids], [l_vals[v].score for v in ids],
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
        series = self.series([deltas[qid].earlier for qid in ids], [deltas[qid].later for qid in ids])
        return labels, tips, series

    def _delta_sentence(self, delta: Delta) -> str:
        assert self._data is not None
        e_lab, l_lab = self._data.labels()
        if delta.only_in == "earlier":
            return self.tr("Only in the earlier session (%1): %2").replace("%1", e_lab).replace("%2", fmt1(delta.earlier))
        if delta.only_in == "later":
            return self.tr("Only in this session (%1): %2").replace("%1", l_lab).replace("%2", fmt1(delta.later))
        return f"{e_lab}: {fmt1(delta.earlier)} → {l_lab}: {fmt1(delta.later)} ({signed1(delta.delta)})"

    def _show(self, panel: ChartPanel, what: str, title: str, bars: bool = False) -> None:
        labels, tips, series = self.chart_data(what)
        if bars:
            # Bar labels sit side by side: the title goes under the number, wrapped short.
            labels = [stack_words(label) if what in ("fields", "values") else label for label in labels]
        panel.set_title(title)
        if len(panel.axis_labels()) != len(labels):
            panel.set_series([])  # the old series would not fit the new axes
        panel.set_axes(labels, tips)
        panel.set_series(series)

    def _update_profile_chart(self) -> None:
        if self._data is not None and self.profile_selector.currentData():
            self._show(self.detail_panel, self.profile_selector.currentData(), self.profile_selector.currentText())

    def _update_bars_chart(self) -> None:
        if self._data is not None and self.bars_selector.currentData():
            self._show(self.bars_panel, self.bars_selector.currentData(), self.bars_selector.currentText(),
                       bars=True)
