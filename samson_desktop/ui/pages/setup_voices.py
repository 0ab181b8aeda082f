"""The voices part of the setup page: a row per voice, numbered participants, names left out of reports."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Voice
from ...core.participants import numbered_participants
from ...core.vocabulary import VOICE_KINDS
from ..document import SessionDocument

VOICE_KIND_NAMES = {
    "municipality": QT_TRANSLATE_NOOP("VoiceKind", "Municipality"),
    "social_enterprise": QT_TRANSLATE_NOOP("VoiceKind", "Social enterprise"),
    "voluntary": QT_TRANSLATE_NOOP("VoiceKind", "Voluntary organisation"),
    "citizen": QT_TRANSLATE_NOOP("VoiceKind", "Citizens / users"),
    "business": QT_TRANSLATE_NOOP("VoiceKind", "Business"),
    "participant": QT_TRANSLATE_NOOP("VoiceKind", "Single participant"),
    "other": QT_TRANSLATE_NOOP("VoiceKind", "Other"),
}
# The longest line (a name, a place) the setup page takes.
MAX_LINE = 300


def voice_kind_label(key: str) -> str:
    return QCoreApplication.translate("VoiceKind", VOICE_KIND_NAMES[key]) if key in VOICE_KIND_NAMES else key


class _VoiceRow(QWidget):
    def __init__(self, voice: Voice, voices: SetupVoices):
        super().__init__()
        self.voice_id = voice.id
        self.name = QLineEdit(voice.name)
        self.name.setMaxLength(MAX_LINE)
        self.name.setCursorPosition(0)  # show the start of a long name
        self.kind = QComboBox()
        self.remove = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 5)
        row.addWidget(self.kind, 4)
        row.addWidget(self.remove)
        self.name.editingFinished.connect(voices._commit_voices)
        self.kind.activated.connect(voices._commit_voices)
        self.remove.clicked.connect(lambda: voices._remove_voice(self.voice_id))
        self.retranslate(voice.kind)

    def retranslate(self, kind: str) -> None:
        self.kind.clear()
        for key in VOICE_KINDS:
            self.kind.addItem(voice_kind_label(key), key)
        self.kind.setCurrentIndex(max(0, VOICE_KINDS.index(kind) if kind in VOICE_KINDS else 0))
        self.name.setAccessibleName(QCoreApplication.translate("SetupVoices", "Name of the voice"))
        self.name.setPlaceholderText(QCoreApplication.translate("SetupVoices", "Name"))
        self.kind.setAccessibleName(QCoreApplication.translate("SetupVoices", "Kind of voice"))
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("SetupVoices", "Remove this voice"))
        self.remove.setAccessibleName(QCoreApplication.translate("SetupVoices", "Remove this voice"))

    def show_voice(self, voice: Voice) -> None:
        if self.name.text() != voice.name and not self.name.hasFocus():
            self.name.setText(voice.name)
            self.name.setCursorPosition(0)
        index = VOICE_KINDS.index(voice.kind) if voice.kind in VOICE_KINDS else 0
        if self.kind.currentIndex() != index:
            self.kind.setCurrentIndex(index)



class SetupVoices(QObject):
    """The voices section of the setup page: its controls, shown from the session and edited through the document.

    The page lays the controls out (``add_to``) and calls ``show_voices`` when the document changed.
    """

    def __init__(self, document: SessionDocument, page: QWidget):
        super().__init__(page)
        self._doc = document
        self._page = page
        # Set while the controls show the session, so that they do not write it back.
        self._updating = False
        self._voice_rows: list[_VoiceRow] = []
        self.help = QLabel()
        self.help.setProperty("role", "help")
        self.help.setWordWrap(True)
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        self.add_voice_button = QPushButton()
        self.add_voice_button.clicked.connect(self.add_voice)
        # Numbered, anonymous participants, and leaving names out of what leaves the room (docs/voices.md).
        self.participant_count = QSpinBox()
        self.participant_count.setRange(1, 40)
        self.participant_count.setValue(5)
        self.add_participants_button = QPushButton()
        self.add_participants_button.clicked.connect(self._add_participants)
        self.anonymous_check = QCheckBox()
        self.anonymous_check.toggled.connect(self._anonymous_toggled)

    def add_to(self, column: QVBoxLayout) -> None:
        """Lay the section out at the end of ``column`` (below its heading)."""
        column.addWidget(self.help)
        column.addLayout(self.box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_voice_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.participant_count)
        buttons.addWidget(self.add_participants_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.anonymous_check)

    def retranslate(self) -> None:
        self._updating = True  # the rows' kind lists are refilled
        self.help.setText(self.tr(
            "Stakeholder groups or single participants who each give a score. Leave the list "
            "empty when the group agrees on one answer per question."))
        self.add_voice_button.setText(self.tr("Add voice"))
        self.add_voice_button.setAccessibleName(self.tr("Add a voice"))
        self.participant_count.setAccessibleName(self.tr("Number of participants to add"))
        self.add_participants_button.setText(self.tr("Add participants"))
        self.add_participants_button.setAccessibleName(self.tr("Add numbered participants"))
        self.add_participants_button.setToolTip(self.tr("Adds participants named Participant 1, 2, 3…; names are optional."))
        self.anonymous_check.setText(self.tr("Leave participant names out of reports and exports"))
        self.anonymous_check.setAccessibleName(self.tr("Leave participant names out of reports and exports"))
        self.anonymous_check.setToolTip(self.tr(
            "Participants are then numbered, and single participants are shown together in the report."))
        for row in self._voice_rows:
            row.retranslate(row.kind.currentData() or "other")
        self._updating = False

    def show_voices(self, voices: list[Voice], anonymous_report: bool) -> None:
        """The session's voices, a row each, and whether reports leave their names out."""
        self._updating = True
        try:
            self._show_rows(voices)
            self.anonymous_check.setChecked(anonymous_report)
        finally:
            self._updating = False

    def add_voice(self) -> None:
        """A new voice, named "Voice n" with the first free number, its name ready to be typed over."""
        voices = list(self._doc.session.voices)
        taken = {v.id for v in voices}
        number = len(voices) + 1
        while f"v{number}" in taken:
            number += 1
        name = self.tr("Voice %1").replace("%1", str(number))
        self._doc.set_voices(voices + [Voice(f"v{number}", name, "participant")])
        if self._voice_rows:
            self._voice_rows[-1].name.setFocus()
            self._voice_rows[-1].name.selectAll()

    def _show_rows(self, voices: list[Voice]) -> None:
        if [row.voice_id for row in self._voice_rows] == [v.id for v in voices]:
            for row, voice in zip(self._voice_rows, voices):
                row.show_voice(voice)
            return
        for row in self._voice_rows:
            self.box.removeWidget(row)
            row.deleteLater()
        self._voice_rows = []
        for voice in voices:
            row = _VoiceRow(voice, self)
            self._voice_rows.append(row)
            self.box.addWidget(row)

    def _commit_voices(self) -> None:
        if self._updating:
            return
        existing = {v.id: v for v in self._doc.session.voices}
        voices = []
        for row in self._voice_rows:
            old = existing.get(row.voice_id)
            kind = row.kind.currentData() or "other"
            name = row.name.text()
            if old is not None:
                voices.append(replace(old, name=name, kind=kind))
            else:
                voices.append(Voice(row.voice_id, name, kind))
        self._doc.set_voices(voices)

    def _add_participants(self) -> None:
        voices = list(self._doc.session.voices)
        language = self._doc.session.language
        self._doc.set_voices(voices + numbered_participants(self.participant_count.value(), language, voices))

    def _anonymous_toggled(self, on: bool) -> None:
        if not self._updating and on != self._doc.session.anonymous_report:
            self._doc.set_info(anonymous_report=on)

    def _remove_voice(self, voice_id: str) -> None:
        session = self._doc.session
        scored = sum(1 for a in session.answers.values()
                     if voice_id in a.voices or voice_id in a.not_applicable_voices)
        if scored:
            answer = QMessageBox.question(
                self._page, self.tr("Remove voice"),
                self.tr("This voice has answered %n question(s). Remove the voice and its answers?", "", scored),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        self._doc.set_voices([v for v in session.voices if v.id != voice_id])
