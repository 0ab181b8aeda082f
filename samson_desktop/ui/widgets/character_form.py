"""The form where the group records the character of its collaboration; every edit goes to the document."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.character import CITIZEN_ROLES, RATING_MAX, RATING_MIN, Character, place
from ..document import Change, SessionDocument
from .character_names import HINTS, SINGLE, TITLES, choice_label, criterion_title, region_label

class CharacterForm(QWidget):
    """Radio buttons, check boxes and two 1–10 ratings; empty choices mean "not filled in"."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc = document
        self._updating = False
        self._boxes: dict[str, QGroupBox] = {}
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str], QAbstractButton] = {}
        for name, choices in SINGLE.items():
            box = QGroupBox(self)
            row = QVBoxLayout(box)
            group = QButtonGroup(self)
            for key in choices:
                button = QRadioButton(box)
                group.addButton(button)
                row.addWidget(button)
                self._buttons[(name, key)] = button
            group.buttonClicked.connect(lambda _b, n=name: self._commit(n))
            self._boxes[name], self._groups[name] = box, group
        roles_box = QGroupBox(self)
        roles = QVBoxLayout(roles_box)
        for key in (*CITIZEN_ROLES, "none"):
            check = QCheckBox(roles_box)
            check.clicked.connect(lambda _on, k=key: self._roles_clicked(k))
            roles.addWidget(check)
            self._buttons[("citizen_roles", key)] = check
        self._boxes["citizen_roles"] = roles_box
        self._ratings: dict[str, QSpinBox] = {}
        ratings_box = QGroupBox(self)
        ratings = QGridLayout(ratings_box)
        self._rating_labels: dict[str, QLabel] = {}
        for row_index, name in enumerate(("goal_attainment", "expectations_met")):
            spin = QSpinBox(ratings_box)
            # One below the scale shows "–": not filled in.
            spin.setRange(RATING_MIN - 1, RATING_MAX)
            spin.valueChanged.connect(lambda _v, n=name: self._commit(n))
            label = QLabel(ratings_box)
            label.setBuddy(spin)
            label.setWordWrap(True)
            ratings.addWidget(label, row_index, 0)
            ratings.addWidget(spin, row_index, 1)
            self._ratings[name], self._rating_labels[name] = spin, label
        ratings.setColumnStretch(0, 1)
        self._boxes["ratings"] = ratings_box
        self._placement = QLabel(self)
        self._placement.setTextFormat(Qt.TextFormat.PlainText)
        self._placement.setWordWrap(True)
        self._placement.setProperty("role", "h2")
        self._clear = QPushButton(self)
        self._clear.clicked.connect(lambda: self._doc.set_character(None))

        # The four thickness criteria first, then what does not move the position.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addWidget(self._boxes["time_perspective"], 0, 0)
        grid.addWidget(self._boxes["relation_depth"], 0, 1)
        grid.addWidget(self._boxes["citizen_roles"], 1, 0)
        grid.addWidget(self._boxes["citizen_influence"], 1, 1)
        grid.addWidget(self._boxes["citizen_resources"], 2, 0)
        grid.addWidget(self._boxes["ratings"], 2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._placement, 1)
        bottom.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(bottom, 3, 0, 1, 2)
        for column in range(2):
            grid.setColumnStretch(column, 1)

        document.changed.connect(self._on_changed)
        self.retranslate()

    # --- showing -----------------------------------------------------------------------
    def retranslate(self) -> None:
        for name, box in self._boxes.items():
            if name in TITLES:
                box.setTitle(criterion_title(name))
        self._boxes["ratings"].setTitle(self.tr("Results"))
        for (name, key), button in self._buttons.items():
            button.setText(choice_label(key))
            hint = HINTS.get(key)
            button.setToolTip(QCoreApplication.translate("Character", hint) if hint else "")
        for name, label in self._rating_labels.items():
            label.setText(criterion_title(name))
            self._ratings[name].setAccessibleName(criterion_title(name))
            self._ratings[name].setSpecialValueText(self.tr("–"))
        self._clear.setText(self.tr("Clear all"))
        self._clear.setToolTip(self.tr("Mark every criterion as not filled in"))
        self.refresh()

    def refresh(self) -> None:
        character = self._doc.session.character or Character()
        self._updating = True
        try:
            for name, group in self._groups.items():
                chosen = getattr(character, name)
                # An exclusive group cannot show "nothing chosen" until exclusivity is lifted.
                group.setExclusive(False)
                for key in SINGLE[name]:
                    self._buttons[(name, key)].setChecked(key == chosen)
                group.setExclusive(True)
            roles = character.citizen_roles
            for key in CITIZEN_ROLES:
                self._buttons[("citizen_roles", key)].setChecked(roles is not None and key in roles)
            self._buttons[("citizen_roles", "none")].setChecked(roles == ())
            for name, spin in self._ratings.items():
                value = getattr(character, name)
                spin.setValue(RATING_MIN - 1 if value is None else value)
        finally:
            self._updating = False
        self._show_placement(character)

    def placement_text(self) -> str:
        return self._placement.text()

    def _show_placement(self, character: Character) -> None:
        placement = place(character)
        if placement.position is None:
            missing = ", ".join(criterion_title(name).lower() for name in placement.missing)
            text = self.tr("Not placed on the continuum yet. Missing: %1.").replace("%1", missing)
        else:
            text = self.tr("The overview places the collaboration %1.").replace("%1", region_label(placement.region))
            if placement.capped:
                text += " " + self.tr("A short, ad hoc collaboration stays on the thin half.")
        self._placement.setText(text)

    # --- editing -----------------------------------------------------------------------
    def button(self, name: str, key: str) -> QAbstractButton:
        """For tests: the radio button or check box of one choice."""
        return self._buttons[(name, key)]

    def rating(self, name: str) -> QSpinBox:
        return self._ratings[name]

    def _current(self) -> Character:
        return self._doc.session.character or Character()

    def _commit(self, name: str) -> None:
        if self._updating:
            return
        if name in SINGLE:
            chosen = next((key for key in SINGLE[name] if self._buttons[(name, key)].isChecked()), None)
            self._doc.set_character(replace(self._current(), **{name: chosen}))
        else:
            value = self._ratings[name].value()
            # Stepping through the numbers is one edit, so the spin box merges into one undo step.
            self._doc.set_character(
                replace(self._current(), **{name: None if value < RATING_MIN else value}),
                merge_key=name)

    def _roles_clicked(self, key: str) -> None:
        if self._updating:
            return
        if key == "none":
            roles: tuple[str, ...] | None = () if self._buttons[("citizen_roles", "none")].isChecked() else None
        else:
            roles = tuple(k for k in CITIZEN_ROLES if self._buttons[("citizen_roles", k)].isChecked())
            # Unticking the last role leaves the criterion not filled in, not "none of these".
            roles = roles or None
        self._doc.set_character(replace(self._current(), citizen_roles=roles))

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("character", "session"):
            self.refresh()
