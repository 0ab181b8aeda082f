"""The voices of the current question: each voice's score, typed one digit per voice, hidden until revealed.

Two parts, so that both fit a 1280×720 projector: the strip (one chip per voice, above the
agreed-score buttons) and its scale panel (each voice's marker on the 1–10 scale, the spread,
mean and median, or the Reveal button while hidden, and the voices' menu), which the page places
under the strip.

The strip edits the document itself (one undoable step per voice score) and tells the page when
what may be shown changes, so that the agreed-score panel and the chart never give away a
hidden score.
"""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from ...core.model import Answer
from ...core.voices import question_voices, voice_labels, with_voice_answer
from ..document import Change, SessionDocument
from ..shortcuts import mark_answer_area, typed_keys_may_act
from ..theme import theme
from .labels import FittedLabel, fmt1, plain_markup, score_text, ui_language
from .repolish import repolish
from .voice_scale import ScaleVoice, VoiceScale, voice_marker_pixmap

#: What a typed answer key or the score menu may give a voice besides 1..10.
NOT_RELEVANT = 0
NO_SCORE = -1
#: Chips per line; more voices wrap onto further lines.
CHIPS_PER_LINE = 4


class VoiceChip(QFrame):
    """One voice: its marker, its name and its score; a click opens a menu of scores."""

    def __init__(self, strip: "VoicesStrip", voice_id: str, index: int):
        super().__init__(strip)
        self.setObjectName("voiceChip")
        self.voice_id = voice_id
        self.index = index
        self._strip = strip
        self._full_name = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.marker = QLabel(self)
        # A long name takes a second line before it is shortened; the chip's tooltip holds it whole.
        self.name = FittedLabel(self, max_lines=2, tooltip_when_cut=False)
        self.score = QLabel(self)
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.score.setObjectName("voiceChipScore")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(5, 2, 6, 2)
        row.setSpacing(4)
        row.addWidget(self.marker)
        row.addWidget(self.name, 1)
        row.addWidget(self.score)

    def set_name(self, name: str) -> None:
        self._full_name = name
        self.setToolTip(plain_markup(name))
        self.setAccessibleName(name)
        self.name.set_full_text(name)

    def full_name(self) -> str:
        return self._full_name

    def set_state(self, text: str, current: bool) -> None:
        self.score.setText(text)
        self.score.setMinimumWidth(self.score.fontMetrics().horizontalAdvance("10") + 4)
        if self.property("current") != current:
            self.setProperty("current", current)
            repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._strip.open_chip_menu(self, self.mapToGlobal(QPoint(0, self.height())))
            event.accept()
            return
        super().mousePressEvent(event)


class VoiceScalePanel(QWidget):
    """Above the agreed-score buttons: the numbers and the scale once revealed; "n of m are in" and
    Reveal before."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("voiceScalePanel")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.scale = VoiceScale(self)
        self.hidden_note = QLabel(self)
        self.hidden_note.setProperty("role", "lead")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        top = self.top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.summary, 1)
        top.addWidget(self.hidden_note, 1)
        top.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.scale)


class VoicesStrip(QWidget):
    """One chip per voice above the agreed-score panel; hidden when the session has no voices.

    Voice entry: while "digits to voices first" is on, the page hands each typed digit here
    first. It goes to the voice marked as current, and the mark moves on; after the last voice,
    digits set the agreed score again. "Hide until all are in" keeps the scores (and the mean)
    off the screen until the facilitator reveals them.
    """

    #: What the room may see changed (reveal, hiding, voices on the chart): the page re-shows
    #: the agreed-score panel and the chart.
    displayChanged = Signal()
    #: The facilitator asked for the paper answer sheets: "print" or "type".
    paperRequested = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("voicesStrip")
        self._doc = document
        self._question_id: str | None = None
        self._chips: list[VoiceChip] = []
        self._cursor = 0
        self._revealed: set[str] = set()

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)

        self.panel = VoiceScalePanel(parent)
        self.panel.reveal_button.clicked.connect(self.reveal)
        self.scale = self.panel.scale
        # The voices' settings and the paper fallback, in one menu at the end of the numbers' line, so
        # that the chips have the whole row and show the names whole.
        self.menu_button = QToolButton(self.panel)
        self.menu_button.setObjectName("voicesMenuButton")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._menu = QMenu(self.menu_button)
        self.voices_first = self._check_action(True, lambda _on: self._show())
        self.hide_scores = self._check_action(False, self._on_hide_toggled)
        self.chart_voices = self._check_action(False, lambda _on: self.displayChanged.emit())
        self._menu.addSeparator()
        self._print_action = self._menu.addAction("", lambda: self.paperRequested.emit("print"))
        self._type_action = self._menu.addAction("", lambda: self.paperRequested.emit("type"))
        self.menu_button.setMenu(self._menu)
        self._score_menu = QMenu(self)

        self.setLayout(self._grid)
        # No taller than the line of numbers beside it.
        self.menu_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.panel.top.addWidget(self.menu_button)

        # Keys for the page around the strip; a text field keeps its own R and Backspace.
        host = self._host = parent if parent is not None else self
        self._keys: list[QShortcut] = []
        for key, slot in (("R", self.reveal), ("Backspace", self.back)):
            shortcut = QShortcut(QKeySequence(key), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)
        # Typed digits go to the voices from here as from the answer buttons.
        mark_answer_area(self)
        mark_answer_area(self.panel)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        document.changed.connect(self._on_changed)
        theme().changed.connect(self._restyle)
        self._restyle()
        self.retranslate()
        self._build_chips()

    # --- contract with the page ----------------------------------------------------------
    def set_question(self, question_id: str | None) -> None:
        """Show ``question_id``; the mark starts at the first voice still without a score."""
        if question_id != self._question_id:
            self._question_id = question_id
            self._cursor = self._first_open()
        self._show()

    def align_scale(self, button_of) -> None:
        """Line the scale up with a row of 1–10 buttons: ``button_of(score)`` gives each button."""
        def span() -> tuple[float, float] | None:
            first, last = button_of(1), button_of(10)
            scale = self.panel.scale
            if not (first.isVisible() and scale.isVisible()) or first.window() is not scale.window():
                return None
            left = scale.mapFromGlobal(first.mapToGlobal(first.rect().center()))
            right = scale.mapFromGlobal(last.mapToGlobal(last.rect().center()))
            return float(left.x()), float(right.x())
        self.panel.scale.set_anchor(span)

    def has_voices(self) -> bool:
        return bool(self._chips)

    def take_key(self, key: int) -> bool:
        """Give a typed answer key (1..10, 0 = not relevant) to the current voice and move on.

        Returns False when the key is for the agreed score instead: no voices, voices-first off,
        or every voice of the question already passed.
        """
        if not self.taking_keys():
            return False
        chip = self._chips[self._cursor]
        self._cursor += 1
        self.choose(chip.voice_id, key)
        self._show()
        return True

    def taking_keys(self) -> bool:
        return (self._question_id is not None and self.voices_first.isChecked()
                and 0 <= self._cursor < len(self._chips))

    def cursor_voice(self) -> str | None:
        """The voice the next digit goes to; None when it goes to the agreed score."""
        return self._chips[self._cursor].voice_id if self.taking_keys() else None

    def set_cursor(self, index: int) -> None:
        self._cursor = max(0, min(index, len(self._chips)))
        self._show()

    def back(self) -> bool:
        """Move the mark back one voice (Backspace); False at the first voice."""
        if not self._chips or not self.voices_first.isChecked() or self._cursor == 0:
            return False
        self._cursor -= 1
        self._show()
        return True

    def hides(self, question_id: str | None = None) -> bool:
        """Whether the voices' scores on the question are hidden from the room right now."""
        qid = question_id or self._question_id
        return bool(self._chips) and self.hide_scores.isChecked() and qid is not None and qid not in self._revealed

    def hidden_question(self) -> str | None:
        """The current question while its voices are hidden, else None."""
        return self._question_id if self.hides() else None

    def reveal(self) -> None:
        if self._question_id is None or not self.hides():
            return
        self._revealed.add(self._question_id)
        self._show()
        self.displayChanged.emit()

    def masked_scores(self, question_ids: list[str], scores: list[float | None]) -> list[float | None]:
        """``scores`` as the room may see them: the hidden question keeps only an agreed score,
        since a score made from hidden voices would give them away."""
        hidden = self.hidden_question()
        if hidden is None or hidden not in question_ids:
            return list(scores)
        answer = self._doc.session.answer(hidden)
        out = list(scores)
        out[question_ids.index(hidden)] = (None if answer.not_applicable or answer.consensus is None
                                           else float(answer.consensus))
        return out

    def visible_answer(self, answer: Answer | None) -> Answer | None:
        """``answer`` as the room may see it: without the voices' scores while they are hidden."""
        if answer is None or not self.hides():
            return answer
        return replace(answer, voices={}, not_applicable_voices=())

    def choose(self, voice_id: str, score: int) -> None:
        """Give a voice a score (1..10), "not relevant" (NOT_RELEVANT) or nothing (NO_SCORE) on the
        current question: one undo step."""
        qid = self._question_id
        if qid is None:
            return
        old = self._doc.session.answer(qid)
        new = with_voice_answer(old, voice_id, score if score > NOT_RELEVANT else None,
                                not_relevant=score == NOT_RELEVANT)
        if new == old:
            return
        labels = voice_labels(self._doc.session, anonymous=False, language=ui_language(self._doc.session))
        number = self._doc.session.question_set.question_number(qid)
        if score == NOT_RELEVANT:
            text = self.tr("%1: %2 not relevant")
        elif score == NO_SCORE:
            text = self.tr("%1: %2 without score")
        else:
            text = self.tr("%1: %2 gives %3").replace("%3", str(score))
        self._doc.set_answer(qid, new, text.replace("%1", number).replace("%2", labels.get(voice_id, voice_id)))

    def chips(self) -> list[VoiceChip]:
        return list(self._chips)

    def open_chip_menu(self, chip: VoiceChip, where: QPoint) -> None:
        """The mouse way to give a voice its score: a menu of 1–10 and "no score"."""
        self._score_menu.clear()
        for score in range(1, 11):
            action = self._score_menu.addAction(str(score), lambda s=score: self._chosen_from_menu(chip, s))
            action.setCheckable(True)
            action.setChecked(not self.hides() and self._score_of(chip.voice_id) == score)
        self._score_menu.addSeparator()
        action = self._score_menu.addAction(self.tr("Not relevant / don't know"),
                                            lambda: self._chosen_from_menu(chip, NOT_RELEVANT))
        action.setCheckable(True)
        action.setChecked(not self.hides() and self._is_not_relevant(chip.voice_id))
        self._score_menu.addAction(self.tr("No answer"), lambda: self._chosen_from_menu(chip, NO_SCORE))
        self._score_menu.popup(where)

    def retranslate(self) -> None:
        self.menu_button.setText(self.tr("Voices"))
        self.menu_button.setToolTip(self.tr("How voices are entered and shown, and paper answer sheets"))
        self.voices_first.setText(self.tr("Digits go to the voices first"))
        self.hide_scores.setText(self.tr("Hide scores until all are in"))
        self.chart_voices.setText(self.tr("Voices on the chart"))
        self._print_action.setText(self.tr("Print answer sheets…"))
        self._type_action.setText(self.tr("Type in answer sheets…"))
        self.panel.reveal_button.setText(self.tr("Reveal (R)"))
        self.panel.reveal_button.setAccessibleName(self.tr("Reveal the voices' scores"))
        self.menu_button.setAccessibleName(self.tr("Voices: settings and answer sheets"))
        self._show()

    # --- following the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.kind in ("voices", "session"):
            if change.kind == "session":
                self._revealed.clear()
                self._question_id = None
            self._build_chips()
        elif change.kind == "answer" and self._question_id in change.ids:
            self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._build_chips()
        super().changeEvent(event)

    # --- private -------------------------------------------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # R and Backspace are typed keys: in a list or a button of the page they are not ours.
        on = typed_keys_may_act(new, [self._host])
        for shortcut in self._keys:
            shortcut.setEnabled(on)

    def _check_action(self, checked: bool, slot) -> QAction:
        action = self._menu.addAction("")
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
        return action

    def _chosen_from_menu(self, chip: VoiceChip, score: int) -> None:
        self.choose(chip.voice_id, score)
        if self._cursor < len(self._chips) and self._chips[self._cursor] is chip:
            self._cursor += 1
        self._show()

    def _score_of(self, voice_id: str) -> int | None:
        if self._question_id is None:
            return None
        return self._doc.session.answer(self._question_id).voices.get(voice_id)

    def _is_not_relevant(self, voice_id: str) -> bool:
        if self._question_id is None:
            return False
        return voice_id in self._doc.session.answer(self._question_id).not_applicable_voices

    def _on_hide_toggled(self, _on: bool) -> None:
        self._show()
        self.displayChanged.emit()

    def _restyle(self) -> None:
        c = theme().colors()
        self.setStyleSheet(
            f"QFrame#voiceChip {{ background: {c['base']}; border: 1px solid {c['border']}; border-radius: 6px; }}"
            f"QFrame#voiceChip[current=\"true\"] {{ border: 3px solid {c['focus']}; }}"
            "QFrame#voiceChip QLabel { background: transparent; border: none; }"
            "QLabel#voiceChipScore { font-weight: bold; }")
        self.panel.setStyleSheet("QToolButton#voicesMenuButton { padding: 0px 10px; min-height: 1.2em; }")
        # The scale paints its own colours: the agreed caret and the spread band follow the theme.
        self.panel.scale.set_high_contrast(theme().high_contrast)

    def _first_open(self) -> int:
        if self._question_id is None:
            return 0
        answer = self._doc.session.answer(self._question_id)
        for position, chip in enumerate(self._chips):
            if chip.voice_id not in answer.voices and chip.voice_id not in answer.not_applicable_voices:
                return position
        return len(self._chips)

    def _build_chips(self) -> None:
        for chip in self._chips:
            self._grid.removeWidget(chip)
            # Out of the layout it would stay painted where it was until deleted.
            chip.hide()
            chip.deleteLater()
        self._chips = []
        session = self._doc.session
        labels = voice_labels(session, anonymous=False, language=ui_language(session))
        ratio = self.devicePixelRatioF()
        size = self.fontMetrics().height()
        for index, voice in enumerate(session.voices):
            chip = VoiceChip(self, voice.id, index)
            chip.set_name(labels[voice.id])
            chip.marker.setPixmap(voice_marker_pixmap(index, size, ratio=ratio))
            self._grid.addWidget(chip, index // CHIPS_PER_LINE, index % CHIPS_PER_LINE)
            self._chips.append(chip)
        # No column stretch: each chip asks for its name's width, so a short name leaves room for a long one.
        if self._question_id is not None and not session.question_set.has_question(self._question_id):
            self._question_id = None
        self._cursor = self._first_open()
        # The chips take their state before they are shown (which polishes them): no repolish needed.
        self._show()
        self.setVisible(bool(self._chips))
        self.panel.setVisible(bool(self._chips))

    def _show(self) -> None:
        if not self._chips:
            return
        qid = self._question_id
        session = self._doc.session
        answer = session.answer(qid) if qid else Answer()
        hidden = self.hides()
        entering = self.taking_keys()
        for position, chip in enumerate(self._chips):
            score = answer.voices.get(chip.voice_id)
            if chip.voice_id in answer.not_applicable_voices:
                # Answered, with no score: never the dash of "no answer yet".
                text, state = ("✓" if hidden else self.tr("n/a")), self.tr("not relevant / don't know")
            elif score is None:
                text, state = "–", self.tr("no answer yet")
            else:
                shown = score_text(score)
                text, state = ("✓" if hidden else shown), (self.tr("answered") if hidden else shown)
            chip.set_state(text, entering and position == self._cursor)
            chip.setAccessibleDescription(state)

        stats = question_voices(session, qid) if qid else None
        count = stats.count if stats else 0
        answered = stats.answered if stats else 0
        panel = self.panel
        panel.reveal_button.setEnabled(hidden and answered > 0)
        panel.scale.setVisible(not hidden)
        panel.summary.setVisible(not hidden)
        panel.hidden_note.setVisible(hidden)
        panel.reveal_button.setVisible(hidden)
        if hidden:
            if answered == len(self._chips):
                panel.hidden_note.setText(self.tr("All %1 voices are in.").replace("%1", str(answered)))
            else:
                panel.hidden_note.setText(self.tr("Scores hidden: %1 of %2 voices are in.")
                                          .replace("%1", str(answered)).replace("%2", str(len(self._chips))))
            return
        scale_voices = [ScaleVoice(chip.full_name(), answer.voices.get(chip.voice_id), chip.index)
                        for chip in self._chips]
        consensus = None if answer.not_applicable or answer.consensus is None else float(answer.consensus)
        panel.scale.set_data(scale_voices, stats.mean if stats else None, stats.median if stats else None,
                             consensus)
        if count:
            text = (self.tr("Voices: spread %1 · mean %2 · median %3 · n = %4")
                    .replace("%1", fmt1(stats.spread)).replace("%2", fmt1(stats.mean))
                    .replace("%3", fmt1(stats.median)).replace("%4", str(count)))
        else:
            text = self.tr("Voices: no score yet.")
        if stats is not None and stats.not_relevant:
            # Counted apart: they answered, but are in neither the mean nor the spread.
            text += " · " + self.tr("not relevant: %1").replace("%1", str(len(stats.not_relevant)))
        panel.summary.setText(text)
