"""The organiser's page: the cases picked, and per case what it shares with the room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from ...core.seminar import NAME_ALIAS, NAME_CHOSEN, NAME_REAL, alias
from ..widgets.labels import plain_markup
from .setup import PickedCase, SeminarSetup

#: The sharing check boxes, in their column order (Sharing's attribute names).
SHARE_BOXES = ("notes", "measures", "measure_owners", "party_names")
NAME_ORDER = (NAME_ALIAS, NAME_CHOSEN, NAME_REAL)
#: Grid columns.
CASE, NAME, CHOSEN, FIRST_BOX = 0, 1, 2, 3
REMOVE = FIRST_BOX + len(SHARE_BOXES)


class ChoiceCombo(QComboBox):
    """A combo box that typed letters and digits do not change: a stray key never shows a case's real name.
    The arrow keys, F4 and the mouse still choose."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.text() and event.text().isprintable() and not event.text().isspace():
            event.ignore()
            return
        super().keyPressEvent(event)


def _plain_label(role: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class CaseRow:
    """The widgets of one case's row; they write the choices into the setup and report each change."""

    def __init__(self, page: "CasesPage", case: PickedCase, index: int):
        self.page = page
        self.key = case.key
        self.index = index
        self.label = _plain_label("h2")
        self.detail = _plain_label("caption")
        self.detail.setWordWrap(True)
        self.name_combo = ChoiceCombo()
        self.chosen_edit = QLineEdit()
        self.chosen_edit.setMaxLength(200)
        self.boxes = {name: QCheckBox() for name in SHARE_BOXES}
        self.remove_button = QPushButton()
        self.set_case(case, index)
        self.name_combo.currentIndexChanged.connect(self._name_changed)
        self.chosen_edit.textEdited.connect(lambda text: self._changed(chosen_name=text))
        for name, box in self.boxes.items():
            box.toggled.connect(lambda on, n=name: self._changed(**{n: on}))
        self.remove_button.clicked.connect(lambda: page.removeRequested.emit(self.key))

    def widgets(self) -> list[QWidget]:
        return [self.name_combo, self.chosen_edit, *self.boxes.values(), self.remove_button]

    def set_case(self, case: PickedCase, index: int) -> None:
        self.index = index
        sharing = case.sharing
        for widget in self.widgets():
            widget.blockSignals(True)
        self.name_combo.setCurrentIndex(NAME_ORDER.index(sharing.name))
        if self.chosen_edit.text() != sharing.chosen_name:
            self.chosen_edit.setText(sharing.chosen_name)
        for name, box in self.boxes.items():
            box.setChecked(bool(getattr(sharing, name)))
        for widget in self.widgets():
            widget.blockSignals(False)
        self.case = case
        self.refresh()

    def refresh(self) -> None:
        """The texts: the alias always; the real name and the files only while the organiser reveals them."""
        page, case = self.page, self.case
        language = page.language()
        self.label.setText(alias(self.index, language))
        sharing = case.sharing
        self.chosen_edit.setEnabled(sharing.name == NAME_CHOSEN)
        self.boxes["measure_owners"].setEnabled(sharing.measures)
        if page.revealed():
            names = " → ".join(" · ".join(p for p in (s.collaboration.name, s.time_point.label) if p)
                               for s in case.sessions)
            files = ", ".join(p.name for p in case.paths)
            self.detail.setText(f"{names}\n{files}")
            self.detail.setToolTip(plain_markup("\n".join(str(p) for p in case.paths)))
        else:
            self.detail.setText(page.time_points(len(case.sessions)))
            self.detail.setToolTip("")

    def retranslate(self) -> None:
        page = self.page
        current = self.name_combo.currentIndex()
        self.name_combo.blockSignals(True)
        self.name_combo.clear()
        self.name_combo.addItems([QCoreApplication.translate("CasesPage", "Alias"),
                                  QCoreApplication.translate("CasesPage", "A name it chose"),
                                  QCoreApplication.translate("CasesPage", "Its own name")])
        self.name_combo.setCurrentIndex(max(current, 0))
        self.name_combo.blockSignals(False)
        alias_text = alias(self.index, page.language())
        self.name_combo.setAccessibleName(
            QCoreApplication.translate("CasesPage", "%1: name shown to the room").replace("%1", alias_text))
        self.chosen_edit.setAccessibleName(
            QCoreApplication.translate("CasesPage", "%1: name the case chose").replace("%1", alias_text))
        for name, box in self.boxes.items():
            box.setAccessibleName(f"{alias_text}: {page.box_title(name)}")
        self.remove_button.setText(QCoreApplication.translate("CasesPage", "Remove"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("CasesPage", "Remove %1 from the seminar").replace("%1", alias_text))
        self.refresh()

    def _name_changed(self, position: int) -> None:
        if 0 <= position < len(NAME_ORDER):
            self._changed(name=NAME_ORDER[position])
            if NAME_ORDER[position] == NAME_CHOSEN:
                self.chosen_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, **changes: object) -> None:
        sharing = self.page.setup.set_sharing(self.key, **changes)
        self.case = PickedCase(self.case.key, self.case.paths, self.case.sessions, sharing)
        self.refresh()
        self.page.sharingChanged.emit()


class CasesPage(QWidget):
    """Add sessions (files or a folder), show change or not, and choose per case what the room sees."""

    sharingChanged = Signal()
    removeRequested = Signal(str)
    addFilesRequested = Signal()
    addFolderRequested = Signal()
    openRequested = Signal()
    saveRequested = Signal()
    latestTwoChanged = Signal(bool)
    titleChanged = Signal(str)

    def __init__(self, setup: SeminarSetup, language, parent: QWidget | None = None):
        super().__init__(parent)
        self.setup = setup
        self._language = language  # a callable: the seminar's language
        self.rows: list[CaseRow] = []
        self.lead = _plain_label("lead")
        self.lead.setWordWrap(True)
        self.files_button = QPushButton()
        self.files_button.clicked.connect(self.addFilesRequested)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.addFolderRequested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.openRequested)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.saveRequested)
        buttons = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.title_label = _plain_label()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.title_edit.textEdited.connect(self.titleChanged)
        self.title_label.setBuddy(self.title_edit)
        self.latest_two = QCheckBox()
        self.latest_two.toggled.connect(self.latestTwoChanged)
        self.reveal = QCheckBox()
        self.reveal.toggled.connect(self._refresh_rows)
        options = QHBoxLayout()
        options.addWidget(self.title_label)
        options.addWidget(self.title_edit, 1)
        options.addSpacing(12)
        options.addWidget(self.latest_two)
        options_2 = QHBoxLayout()
        options_2.addWidget(self.reveal)
        options_2.addStretch(1)

        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.headers = [_plain_label("caption") for _ in range(REMOVE)]
        for column, header in enumerate(self.headers):
            header.setWordWrap(True)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(CASE, 3)
        self.grid.setColumnStretch(CHOSEN, 2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.grid_holder)
        inner.addStretch(1)
        self.scroll.setWidget(holder)

        self.message = _plain_label("help")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lead)
        layout.addLayout(buttons)
        layout.addLayout(options)
        layout.addLayout(options_2)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        self.retranslate()

    # --- state -------------------------------------------------------------------------------
    def language(self) -> str:
        return self._language()

    def revealed(self) -> bool:
        return self.reveal.isChecked()

    def hide_real_names(self) -> None:
        """Presentation mode and the room's views: the real names go away from this page."""
        self.reveal.setChecked(False)

    def time_points(self, count: int) -> str:
        return self.tr("%n time point(s)", "", count)

    def box_title(self, name: str) -> str:
        return {"notes": self.tr("Notes"), "measures": self.tr("Measures"),
                "measure_owners": self.tr("Measure owners"), "party_names": self.tr("Party names")}[name]

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- rows --------------------------------------------------------------------------------
    def show_cases(self) -> None:
        """Rebuild the rows from the setup (after files were added or removed or the grouping changed)."""
        cases = self.setup.cases()
        focused = next((r.key for r in self.rows if any(w.hasFocus() for w in r.widgets())), None)
        for row in self.rows:
            for widget in (row.label, row.detail, *row.widgets()):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        for index, case in enumerate(cases):
            row = CaseRow(self, case, index)
            row.retranslate()
            self.rows.append(row)
            line = 1 + 2 * index
            self.grid.addWidget(row.label, line, CASE)
            self.grid.addWidget(row.detail, line + 1, CASE, 1, REMOVE + 1)
            self.grid.addWidget(row.name_combo, line, NAME)
            self.grid.addWidget(row.chosen_edit, line, CHOSEN)
            for column, box in enumerate(row.boxes.values(), FIRST_BOX):
                self.grid.addWidget(box, line, column, Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(row.remove_button, line, REMOVE)
            if row.key == focused:
                row.name_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        for header in self.headers:
            header.setVisible(bool(self.rows))
        self.latest_two.blockSignals(True)
        self.latest_two.setChecked(self.setup.latest_two)
        self.latest_two.blockSignals(False)
        if self.title_edit.text() != self.setup.title:
            self.title_edit.setText(self.setup.title)
        self.save_button.setEnabled(bool(self.rows))

    def _refresh_rows(self, *_args) -> None:
        for row in self.rows:
            row.refresh()

    def retranslate(self) -> None:
        self.lead.setText(self.tr(
            "Pick the sessions of the collaborations that meet (a file each, or a folder), and decide with each "
            "case what the room may see. Until a case says otherwise it is shown by an alias, without its notes, "
            "its party names or the owners of its measures."))
        self.files_button.setText(self.tr("Add session files…"))
        self.folder_button.setText(self.tr("Add a folder…"))
        self.open_button.setText(self.tr("Open seminar…"))
        self.save_button.setText(self.tr("Save seminar…"))
        self.files_button.setToolTip(self.tr("Add .samson files, one or more per collaboration (Ctrl+Shift+O)"))
        self.open_button.setToolTip(self.tr("Open a saved .samson-seminar file with its choices (Ctrl+O)"))
        self.save_button.setToolTip(self.tr("Save the sessions and the choices as a .samson-seminar file (Ctrl+S)"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_edit.setPlaceholderText(self.tr("Peer-learning seminar"))
        self.title_edit.setAccessibleName(self.tr("Title of the seminar"))
        self.latest_two.setText(self.tr("Each case's latest two time points (show change)"))
        self.reveal.setText(self.tr("Show the real names and files here (only for you, never while presenting)"))
        titles = [self.tr("Case"), self.tr("Shown to the room as"), self.tr("Name it chose"),
                  *[self.box_title(name) for name in SHARE_BOXES]]
        for header, title in zip(self.headers, titles):
            header.setText(title)
        for row in self.rows:
            row.retranslate()
