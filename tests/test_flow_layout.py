"""FlowLayout: side by side where the items fit, a new line where they do not; growing items share the spare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from samson_desktop.ui.widgets.flow_layout import FlowLayout


def _row(qtbot, width: int, expanding: bool = False):
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box, spacing=10)
    buttons = [QPushButton(text, box) for text in ("Felt 3 Kommunikasjon", "Spørsmål 1 av 9")]
    for button in buttons:
        button.setFixedSize(200, 30)
        layout.add_widget(button)
    if expanding:
        buttons[0].setMinimumSize(100, 30)
        buttons[0].setMaximumSize(10_000, 30)
        buttons[0].setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.resize(width, layout.heightForWidth(width))
    box.show()
    qtbot.waitExposed(box)
    layout.activate()
    return box, layout, buttons


def test_items_stand_side_by_side_where_they_fit(qtbot):
    _box, layout, (first, second) = _row(qtbot, 500)
    assert first.y() == second.y() and second.x() == first.x() + 200 + 10
    assert layout.heightForWidth(500) == 30


def test_an_item_that_does_not_fit_starts_a_new_line_and_the_height_grows(qtbot):
    _box, layout, (first, second) = _row(qtbot, 300)
    assert second.x() == first.x() and second.y() > first.y() + 29
    assert layout.heightForWidth(300) > layout.heightForWidth(500)
    # The layout never asks for more width than its widest item: the page scrolls down, not sideways.
    assert layout.minimumSize().width() == 200


def test_a_growing_item_takes_the_spare_width_of_its_line(qtbot):
    _box, _layout, (first, second) = _row(qtbot, 600, expanding=True)
    assert first.width() == 600 - 10 - 200
    assert second.geometry().right() == 599


def test_the_last_item_may_keep_to_the_right(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box, spacing=10)
    left, right = QPushButton("a", box), QPushButton("b", box)
    for button in (left, right):
        button.setFixedSize(100, 30)
    layout.add_widget(left)
    layout.add_widget(right, Qt.AlignmentFlag.AlignRight)
    box.resize(500, 30)
    box.show()
    layout.activate()
    assert left.x() == 0 and right.geometry().right() == 499
