"""The question page's field radar: axes and title for the field shown, new lines after every answer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...core.model import Field, localized
from ..charts import ChartSeries
from ..document import SessionDocument
from ..earlier_on_page import EarlierOnPage
from ..theme import theme
from ..widgets.fill import FillChart
from ..widgets.labels import score_count, ui_language
from ..widgets.voice_charts import mark_widest, question_spreads, question_voice_series
from ..widgets.voices_strip import VoicesStrip


class FieldChart(QObject):
    """Keeps the radar beside the questions in step with the field shown and the document.

    New axes (the slow path) only when the field changes; after an answer only the series are set again.
    """

    # A question picked by clicking its axis label.
    questionClicked = Signal(str)

    def __init__(self, document: SessionDocument, voices: VoicesStrip, earlier: EarlierOnPage, page: QWidget):
        super().__init__(page)
        self._document = document
        self._voices = voices
        self._earlier = earlier
        self._field_id: str | None = None
        self._presentation = False
        self.chart = FillChart(page)
        self.chart.setMinimumWidth(360)
        self.chart.axisClicked.connect(self._on_axis_clicked)

    # --- the page's calls --------------------------------------------------------------------
    def show_field(self, fld: Field) -> None:
        """The field of the question shown: new axes when it is another field than before."""
        if fld.id != self._field_id:
            self._field_id = fld.id
            self._show_field_chart(fld)

    def forget_field(self) -> None:
        """A new session: the next field shown gets new axes, even with the same id."""
        self._field_id = None

    def answers_changed(self, ids: tuple[str, ...] | None) -> None:
        """Answers of ``ids`` (None: of any question) changed: new lines if one is in the field shown."""
        if ids is None or any(self._in_current_field(qid) for qid in ids):
            self.refresh()

    def retranslate(self) -> None:
        fld = self._current_field()
        if fld is not None:
            self._show_field_chart(fld)

    def set_presentation(self, on: bool) -> None:
        # The chart gets its own title, as the field chooser above the question is hidden.
        self._presentation = on
        self._set_chart_title()

    def follow_theme(self) -> None:
        current = theme()
        self.chart.set_high_contrast(current.high_contrast)
        # The chart sizes its text from the application font, which zoom and presentation set.
        self.chart.set_font_scale(1.0)

    def refresh(self) -> None:
        """The fast path: same axes and kinds of series, new values."""
        fld = self._current_field()
        if fld is None:
            return
        scores = self._document.scores()
        in_field = [q for q in scores.questions if q.field == fld.id]
        ids = [q.id for q in in_field]
        series = [
            ChartSeries(self.tr("Importance"), [q.importance for q in in_field], "importance"),
            ChartSeries(self.tr("Score"), self._voices.masked_scores(ids, [q.score for q in in_field]), "score",
                        [score_count(q) for q in in_field]),
        ]
        series += self._earlier.chart_series(ids)
        labels = [q.number for q in in_field]
        if self._voices.has_voices() and self._voices.chart_voices.isChecked():
            session, hidden = self._document.session, self._voices.hidden_question()
            series += question_voice_series(session, ids, hidden)
            labels = mark_widest(labels, question_spreads(session, ids, hidden))
        if labels != self.chart.axis_labels():
            self.chart.set_axes(labels, [localized(self._document.session.question_set.question(q).text,
                                                   ui_language(self._document.session)) for q in ids])
        self.chart.set_series(series)

    # --- inside ------------------------------------------------------------------------------
    def _current_field(self) -> Field | None:
        if self._field_id is None:
            return None
        return self._document.session.question_set.field(self._field_id)

    def _in_current_field(self, question_id: str) -> bool:
        qset = self._document.session.question_set
        return qset.has_question(question_id) and qset.field_of(question_id).id == self._field_id

    def _chart_title(self) -> str:
        fld = self._current_field()
        if fld is None:
            return ""
        title = localized(fld.title, ui_language(self._document.session))
        return self.tr("Field %1: %2").replace("%1", str(fld.number)).replace("%2", title)

    def _set_chart_title(self) -> None:
        title = self._chart_title()
        self.chart.set_title(title if self._presentation else "")
        self.chart.setAccessibleName(title)

    def _show_field_chart(self, fld: Field) -> None:
        """New axes for a new field; the slow path, taken only when the field changes."""
        session = self._document.session
        lang = ui_language(session)
        qset = session.question_set
        self._set_chart_title()
        if len(self.chart.axis_labels()) != len(fld.questions):
            # The chart checks series against axes; a field with another question count starts empty.
            self.chart.set_series([])
        self.chart.set_axes(
            [qset.question_number(q.id) for q in fld.questions],
            [localized(q.text, lang) for q in fld.questions],
        )
        self.refresh()

    def _on_axis_clicked(self, axis: int) -> None:
        fld = self._current_field()
        if fld is not None and 0 <= axis < len(fld.questions):
            self.questionClicked.emit(fld.questions[axis].id)
