"""The whole session at a glance: field radar, value radar, the continuum and the priority list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from ...core.model import Session, localized
from ..charts import ChartPanel, ChartSeries
from ..document import Change, SessionDocument
from ..theme import theme
from ..widgets.continuum import Continuum
from ..widgets.labels import ui_language
from ..widgets.divergence_panel import DivergencePanel
from ..widgets.fill import FillChart, FillTabs
from ..widgets.priority_list import PriorityHeader, PriorityList
from ..widgets.scroll_area import scroll_area
from ..widgets.voice_charts import field_mean_spreads, field_voice_series, mark_widest

LIST_DELAY_MS = 25
#: Per cent of the page's width for the field radar.
HERO_SHARE = 56


def field_axis_labels(session: Session, language: str) -> list[str]:
    """"3 Kommunikasjon": the field's number and name, which the radar wraps onto lines of its own."""
    return [f"{f.number} {localized(f.title, language)}" for f in session.question_set.fields]


class OverviewPage(QWidget):
    """Redrawn from the document's scores; while hidden it only notes that it is out of date."""

    questionRequested = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._stale = True
        self._axes_stale = True

        self._fields_chart = FillChart(self)
        self._values_chart = FillChart(self)
        self._fields_chart.axisClicked.connect(self._on_field_axis_clicked)
        self._priority = PriorityList(self)
        # Which of the two orderings is shown, and how it is computed (docs/method.md).
        self._priority_header = PriorityHeader(self._priority, self)
        self._priority.questionRequested.connect(self.questionRequested)
        self._continuum = Continuum(self)
        # Shown only when the session has voices (docs/voices.md).
        self._divergence = DivergencePanel(self)
        self._divergence.questionRequested.connect(self.questionRequested)
        self._voice_lines = QCheckBox(self)
        self._voice_lines.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a view switch: a click keeps the focus
        self._voice_lines.toggled.connect(lambda _on: self.refresh())

        # The largest gaps and, with voices, where the voices differ: two tabs in one column, so the
        # page fits a 1280×720 screen without scrolling.
        gaps = QWidget(self)
        priority_box = QVBoxLayout(gaps)
        priority_box.setContentsMargins(0, 4, 0, 0)
        priority_box.setSpacing(4)
        priority_box.addWidget(self._priority_header)
        priority_box.addWidget(self._priority, 1)
        self._tabs = FillTabs(self)
        self._tabs.setDocumentMode(True)
        # In large type the two tab names may not fit the column: shortened with "…", named in full
        # in their tooltips, rather than scrolled.
        self._tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        # Each tab scrolls inside the column rather than make the page taller than the screen.
        self._priority_tab = scroll_area(self, gaps, sideways=False)
        self._divergence_tab = scroll_area(self, self._divergence, sideways=False)
        self._tabs.addTab(self._priority_tab, "")
        self._tabs.addTab(self._divergence_tab, "")
        self._stale_tabs: set[QWidget] = set()
        self._tabs.currentChanged.connect(lambda _index: self._refresh_current_tab())
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        # Long enough for the charts' paint to come first, too short for anyone to notice.
        self._list_timer.setInterval(LIST_DELAY_MS)
        self._list_timer.timeout.connect(self._after_charts)
        # The voices' option shares the legend's row: the height is the radar's.
        self._fields_chart.add_to_legend_row(self._voice_lines)

        # The seven-field profile is what the method is about: it takes the larger half of the page
        # and its full height; the value radar and the lists share the other column.
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self._values_chart, 3)
        side.addWidget(self._tabs, 2)
        charts = QHBoxLayout()
        charts.setSpacing(16)
        charts.addWidget(self._fields_chart, HERO_SHARE)
        charts.addLayout(side, 100 - HERO_SHARE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(charts, 1)
        layout.addWidget(self._continuum)

        document.changed.connect(self._on_changed)
        theme().changed.connect(self._on_theme_changed)
        self._on_theme_changed()
        # The charts and lists are drawn when the page is shown or catches up, not while it is built.
        self._set_texts()

    # --- contract with the main window ---------------------------------------------------
    def retranslate(self) -> None:
        self._set_texts()
        self._axes_stale = True
        if self.isVisible():
            self.refresh()

    def catch_up(self) -> None:
        """Draw the charts and the open list while the page is still hidden (in an idle turn)."""
        if self._stale or self._axes_stale:
            self.refresh()

    def _set_texts(self) -> None:
        self._fields_chart.set_title(self.tr("Seven fields"))
        self._values_chart.set_title(self.tr("Four values"))
        self._tabs.setTabText(0, self.tr("Largest gaps"))
        self._tabs.setTabToolTip(0, self.tr("Largest gaps"))
        self._tabs.setTabText(1, self.tr("Voices apart"))
        self._tabs.setTabToolTip(1, self.tr("Where the voices differ most"))
        self._priority_header.retranslate()
        self._priority.retranslate()
        self._continuum.retranslate()
        self._divergence.retranslate()
        self._voice_lines.setText(self.tr("Voices on the chart"))
        self._voice_lines.setAccessibleName(self.tr("Voices on the chart"))
        self._voice_lines.setToolTip(self.tr("One line per voice; ↕ marks the field where they are furthest apart."))

    def set_presentation(self, on: bool) -> None:
        # Large type comes from the theme; the hints are small print the room does not need.
        self._priority_header.caption.setVisible(not on)

    def refresh(self) -> None:
        """Redraw everything from the document now."""
        self._redraw_charts()
        self._after_charts()

    def _after_charts(self) -> None:
        """The continuum and the list of the open tab: a new mean rewraps the continuum's caption,
        which lays the page out again, so after an answer they follow once the charts are painted."""
        scores = self._document.scores()
        self._continuum.set_overall(scores.overall, [f.number for f in scores.fields if f.score is None])
        self._continuum.set_character(self._document.session.character)
        self._refresh_current_tab()

    def _redraw_charts(self) -> None:
        """The charts; the lists are marked out of date."""
        self._stale = False
        session = self._document.session
        scores = self._document.scores()
        lang = ui_language(session)
        qset = session.question_set
        if self._axes_stale:
            self._axes_stale = False
            # A new question set or language: new axes, so the charts start from no series.
            self._fields_chart.set_series([])
            self._fields_chart.set_axes(field_axis_labels(session, lang),
                                        [localized(f.title, lang) for f in qset.fields])
            self._values_chart.set_series([])
            self._values_chart.set_axes(
                [localized(qset.value(v.id).title, lang) for v in scores.values],
                [localized(qset.value(v.id).description, lang) or localized(qset.value(v.id).title, lang)
                 for v in scores.values])
        field_series = [
            ChartSeries(self.tr("Importance"), [f.importance for f in scores.fields], "importance"),
            ChartSeries(self.tr("Score"), [f.score for f in scores.fields], "score",
                        [f.answered for f in scores.fields]),
        ]
        has_voices = bool(session.voices)
        field_labels = field_axis_labels(session, lang)
        if has_voices and self._voice_lines.isChecked():
            field_series += field_voice_series(session)
            field_labels = mark_widest(field_labels, field_mean_spreads(session))
        self._fields_chart.set_axes(field_labels, [localized(f.title, lang) for f in qset.fields])
        self._fields_chart.set_series(field_series)
        self._voice_lines.setVisible(has_voices)
        if self._tabs.isTabVisible(1) != has_voices:
            self._tabs.setTabVisible(1, has_voices)
        self._values_chart.set_series([
            ChartSeries(self.tr("Weight"), [v.weight for v in scores.values], "importance"),
            ChartSeries(self.tr("Value score"), [v.score for v in scores.values], "score",
                        [v.answered for v in scores.values]),
        ])
        self._stale_tabs = {self._priority_tab, self._divergence_tab}

    def _refresh_current_tab(self) -> None:
        """Fill the list on the open tab; the other one waits until its tab is opened."""
        tab = self._tabs.currentWidget()
        if tab not in self._stale_tabs:
            return
        self._stale_tabs.discard(tab)
        session = self._document.session
        if tab is self._priority_tab:
            self._priority.set_scores(session, self._document.scores())
        elif session.voices:
            self._divergence.set_session(session)

    # --- for tests -----------------------------------------------------------------------
    @property
    def fields_chart(self) -> ChartPanel:
        return self._fields_chart

    @property
    def values_chart(self) -> ChartPanel:
        return self._values_chart

    @property
    def priority_list(self) -> PriorityList:
        return self._priority

    @property
    def continuum(self) -> Continuum:
        return self._continuum

    @property
    def divergence_panel(self) -> DivergencePanel:
        return self._divergence

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    @property
    def voice_lines(self) -> QCheckBox:
        return self._voice_lines

    # --- following the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind == "session":
            self._axes_stale = True
        elif change.kind not in ("answer", "weight", "voices", "character"):
            return
        # A hidden overview would only slow down answering; it catches up when shown.
        if self.isVisible():
            # The charts follow at once, the continuum and the list of the open tab just after they
            # are painted: laying out their wrapped text costs more than drawing both charts.
            self._redraw_charts()
            if change.kind == "character":
                self._after_charts()  # only the continuum moves: at once
            else:
                self._list_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        if self._stale or self._axes_stale:
            self.refresh()
        super().showEvent(event)

    def _on_field_axis_clicked(self, axis: int) -> None:
        fields = self._document.session.question_set.fields
        if 0 <= axis < len(fields) and fields[axis].questions:
            self.questionRequested.emit(fields[axis].questions[0].id)

    def _on_theme_changed(self) -> None:
        # The list scrolls inside its tab: two lines of it are enough, so zoomed in the tab still fits.
        self._priority.setMinimumHeight(2 * self._priority.fontMetrics().height() + 16)
        high_contrast = theme().high_contrast
        for chart in (self._fields_chart, self._values_chart):
            chart.set_high_contrast(high_contrast)
            chart.set_font_scale(1.0)
