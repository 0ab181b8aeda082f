"""The earlier time point on the question page: marks on the answer scale, a quiet line, the dashed profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from .charts import ChartSeries
from .document import Change, SessionDocument
from .earlier_context import EarlierContext
from .settings import Settings
from .theme import theme
from .widgets.labels import plain_markup
from .widgets.answer_panel import AnswerPanel
from .widgets.earlier_marks import EarlierVoice
from .shortcuts import EARLIER_KEY
from .widgets.earlier_panel import EarlierPanel
from .widgets.voice_scale import ScaleVoice
from .widgets.voices_strip import VoicesStrip


class EarlierOnPage(QObject):
    """Keeps the question page's earlier marks, line and radar profile in step with the question shown."""

    #: What the field radar shows of the earlier time point changed.
    chartChanged = Signal()

    def __init__(self, document: SessionDocument, answers: AnswerPanel, voices: VoicesStrip, page: QWidget,
                 settings: Settings | None = None):
        super().__init__(page)
        self._doc = document
        self._answers = answers
        self._voices = voices
        self._page = page
        self._question_id: str | None = None
        self._presentation = False
        #: The "not found" message, kept until the page is in a window that can show it.
        self._pending_missing = ""
        self.context = EarlierContext(document, settings, parent=self)
        self.panel = EarlierPanel(page)
        self.panel.findRequested.connect(self.choose_file)
        self.context.changed.connect(self._context_changed)
        self.context.missing.connect(self._say_missing)
        document.changed.connect(self._on_changed)
        voices.displayChanged.connect(self.refresh)
        theme().changed.connect(self._on_theme_changed)
        self._on_theme_changed()
        # One key shows the earlier values of the question on screen, wherever the focus is on the page.
        self.key = QShortcut(QKeySequence(EARLIER_KEY), page, activated=self.toggle)
        self.key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.installEventFilter(self)

    # --- the page's calls --------------------------------------------------------------------
    def set_question(self, question_id: str | None) -> None:
        if question_id != self._question_id:
            self._question_id = question_id
            if self.context.question_changed():
                self.chartChanged.emit()
        self.refresh()

    def set_presentation(self, on: bool) -> None:
        """On the projector the marks on the scale say it; the line in words is the facilitator's."""
        self._presentation = on
        self.refresh()

    def toggle(self) -> None:
        if self.context.toggle_key():
            return
        if self.context.is_missing():
            self.choose_file()

    def chart_series(self, question_ids: list[str]) -> list[ChartSeries]:
        """The earlier profile of the field, dashed, where its values show now; none otherwise."""
        if not self.context.has_reference() or self.context.view() is None:
            return []
        values = self.context.shown_scores(question_ids)
        if all(v is None for v in values):
            return []
        view = self.context.view()
        assert view is not None
        return [ChartSeries(view.label, values, "earlier")]

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        qid = self._question_id
        if qid is None or not self.context.has_reference():
            self._clear_marks()
            self.panel.hide()
            return
        view = self.context.view()
        if view is None:
            self._clear_marks()
            self.panel.show_missing(self.context.reference_caption())
            self.panel.setVisible(not self._presentation)
            return
        answer = view.answer(qid)
        revealed = answer is not None and self.context.revealed(qid)
        voices = self._doc.session.voices
        self.panel.show_earlier(view.label, answer, revealed, self.context.mode(), voices)
        self.panel.setVisible(not self._presentation)
        if answer is None or not revealed:
            self._clear_marks()
            return
        scale = self._voices.scale
        if self._voices.has_voices() and not scale.isHidden():
            # With voices the scale over the buttons has room for the marks of then: no extra line.
            self._answers.earlier_marks.clear()
            scale.set_earlier(view.label, answer.score,
                              [ScaleVoice(v.name, answer.voices[v.id], i) for i, v in enumerate(voices)
                               if v.id in answer.voices])
            scale.setAccessibleDescription(self.panel.text())
            return
        scale.clear_earlier()
        shown = [EarlierVoice(v.name, answer.voices[v.id], i) for i, v in enumerate(voices) if v.id in answer.voices]
        self._answers.earlier_marks.set_marks(view.label, answer.score, answer.not_applicable and answer.score is None,
                                              shown, self.panel.text())

    def shown(self) -> bool:
        """Whether the earlier values of the question on screen are shown (on the scale or under the buttons)."""
        return self._answers.earlier_marks.has_marks() or self._voices.scale.earlier() is not None

    def _clear_marks(self) -> None:
        self._answers.earlier_marks.clear()
        self._voices.scale.clear_earlier()

    def _on_theme_changed(self) -> None:
        self._answers.earlier_marks.set_high_contrast(theme().high_contrast)

    def _context_changed(self) -> None:
        self.refresh()
        self.chartChanged.emit()

    def _on_changed(self, change: Change) -> None:
        # Answering a question reveals its earlier values ("after answering"): follow every answer.
        if change.kind in ("answer", "voices") and self._question_id is not None:
            if change.kind == "voices" or self._question_id in change.ids:
                self.refresh()

    def _say_missing(self, caption: str) -> None:
        self._pending_missing = self.tr(
            "The earlier time point %1 was not found: the questions show no earlier answers. "
            "Find it on the question page (%2).").replace("%1", caption).replace("%2", EARLIER_KEY)
        if self._page.isVisible():
            self._show_pending()

    def _show_pending(self) -> None:
        window = self._page.window()
        if self._pending_missing and isinstance(window, QMainWindow):
            window.statusBar().showMessage(self._pending_missing, 20000)
            self._pending_missing = ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if obj is self._page and event.type() == QEvent.Type.Show and self._pending_missing:
            self._show_pending()
        return super().eventFilter(obj, event)

    def choose_file(self) -> None:
        start = str(Path(self._doc.path).parent) if self._doc.path else ""
        name, _filter = QFileDialog.getOpenFileName(
            self._page, self.tr("Find the earlier time point %1").replace("%1", self.context.reference_caption()),
            start, self.tr("SAMSON sessions (*.samson);;All files (*)"))
        if not name:
            return
        problem = self.context.choose(Path(name))
        if problem:
            QMessageBox.warning(self._page, self.tr("Not the earlier session"), plain_markup(problem))
