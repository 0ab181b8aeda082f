"""The row of step buttons above the pages: it shows names and counts and asks for a step; it knows no page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget


class StepBar(QFrame):
    """One checkable button per step, each with its number as shown ("1", "2b"); a click emits
    ``step_requested(step)``."""

    step_requested = Signal(int)

    def __init__(self, numbers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "stepbar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        self._numbers = list(numbers)
        count = len(numbers)
        for step in range(count):
            button = QPushButton()
            button.setProperty("role", "step")
            button.setCheckable(True)
            button.setObjectName(f"step_button_{step + 1}")
            button.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
            button.setMinimumWidth(32)  # the bar may get narrower than its texts; see fit()
            self._group.addButton(button, step)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self._texts: list[tuple[str, str, str]] = []
        self._order = list(range(count))
        self._group.idClicked.connect(self.step_requested)

    def set_current(self, step: int) -> None:
        self.buttons[step].setChecked(True)

    def set_order(self, order: list[int]) -> None:
        """Show the buttons of ``order`` in that order, and hide the others (a step the session has not)."""
        if order == self._order:
            return
        self._order = list(order)
        layout = self.layout()
        for button in self.buttons:
            layout.removeWidget(button)
        for position, step in enumerate(order):
            layout.insertWidget(position, self.buttons[step])
        for step, button in enumerate(self.buttons):
            button.setVisible(step in order)
        self.fit()

    def set_steps(self, names: list[str], counts: dict[int, str]) -> None:
        """Each step's name and, where it has one, its count ("12/57")."""
        self._texts = []
        for step, button in enumerate(self.buttons):
            number = self._numbers[step]
            named = f"{number}  {names[step]}"
            full = f"{named}  {counts[step]}" if step in counts else named
            self._texts.append((full, named, number))
            button.setAccessibleName(self.tr("Step %1: %2").replace("%1", number).replace("%2", names[step]))
            button.setAccessibleDescription(counts.get(step, ""))
            button.setToolTip(button.accessibleName() + f"  (Ctrl+{step + 1})")
        self.setAccessibleName(self.tr("Steps of the workshop"))
        self.fit()

    def fit(self) -> None:
        """The longest texts that fit the window: with counts, with names, or numbers only."""
        if not self._texts:
            return
        width = self.window().width()
        layout = self.layout()
        for level in range(3):
            for button, variants in zip(self.buttons, self._texts):
                button.setText(variants[level])
            layout.invalidate()
            if layout.sizeHint().width() <= width:
                break

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.fit()
