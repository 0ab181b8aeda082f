"""A layout that puts its items side by side and starts a new line when the next one no longer fits."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

#: Qt's largest widget size: "as wide as it likes".
QWIDGETSIZE_MAX = (1 << 24) - 1


class FlowLayout(QLayout):
    """Rows of items at their preferred widths, wrapped like words: zoomed or in large type, a row of
    controls takes a second line instead of the page's width. An item wider than a line gets the line's
    width (and, if it has a height for that width, that height)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int = 4,
                 uniform: bool = False):
        """``uniform``: every item as wide as the widest one wants, so full lines line up as columns."""
        super().__init__(parent)
        self._uniform = uniform
        self._items: list[QLayoutItem] = []
        self._alignments: dict[int, Qt.AlignmentFlag] = {}
        self._spacing = spacing
        self._line_spacing = line_spacing
        #: Heights for widths measured since the layout last changed: one layout pass asks many times.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout --------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt naming
        self._items.append(item)
        self.invalidate()

    def invalidate(self) -> None:
        # Qt calls this whenever an item's size hint, size policy or visibility changes.
        self._heights.clear()
        super().invalidate()

    def add_widget(self, widget: QWidget, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter) -> None:
        """Add ``widget``; ``alignment`` places it within its line's height."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        # Kept here, not on the item: an item with an alignment shrinks itself to its size hint.
        self._alignments[id(item)] = alignment
        self.addItem(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._alignments.pop(id(item), None)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt naming
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def minimumHeightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        return self.heightForWidth(width)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt naming
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt naming
        # As narrow as the widest single item: everything else can take a line of its own. The height is
        # that of one line; how much more a narrower width needs, heightForWidth says (a scroll area
        # and the box layouts ask it), as with a label of wrapped text.
        width = max((item.minimumSize().width() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), self.heightForWidth(QWIDGETSIZE_MAX))

    # --- placing ------------------------------------------------------------------------------
    def _alignment(self, item: QLayoutItem) -> Qt.AlignmentFlag:
        return self._alignments.get(id(item), Qt.AlignmentFlag.AlignVCenter)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height they take.

        Items that expand sideways share a line's spare width; the last line takes any spare height,
        which items that expand downwards fill.
        """
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        room = max(area.width(), 1)
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        visible = self._visible()
        # Uniform items all take the width of the widest: measured once, not once per item.
        uniform = min(max((_least_width(i) for i in visible), default=0), room) if self._uniform else None
        for item in visible:
            width = self._natural_width(item, room, uniform)
            if lines[-1] and x + self._spacing + width > room:
                lines.append([])
                x = 0
            x += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        lines = [line for line in lines if line]
        y = area.top()
        for number, line in enumerate(lines):
            widths = self._line_widths(line, room, uniform)
            # A line asks for its items' least heights; the parent's spare height goes to the last line.
            heights = [item.heightForWidth(w) if item.hasHeightForWidth() else item.minimumSize().height()
                       for item, w in zip(line, widths)]
            line_height = max(heights)
            if number == len(lines) - 1 and apply:
                line_height = max(line_height, area.bottom() + 1 - y)
            left = area.left()
            for index, (item, width, height) in enumerate(zip(line, widths, heights)):
                if self._alignment(item) & Qt.AlignmentFlag.AlignRight and index == len(line) - 1:
                    left = max(left, area.right() + 1 - width)  # the last item may keep to the right
                if apply:
                    self._place(item, QRect(left, y, width, line_height), height)
                left += width + self._spacing
            y += line_height + self._line_spacing
        if not lines:
            return margins.top() + margins.bottom()
        return y - self._line_spacing - area.top() + margins.top() + margins.bottom()

    def _place(self, item: QLayoutItem, cell: QRect, least_height: int) -> None:
        """Put ``item`` in its ``cell`` of a line: filling it if it grows downwards (or the items are
        uniform, like a grid's row), else at its preferred height, placed by its alignment."""
        if _expands(item, Qt.Orientation.Vertical) or self._uniform:
            item.setGeometry(cell)
            return
        height = least_height
        if not item.hasHeightForWidth():
            height = min(max(item.sizeHint().height(), least_height), cell.height())
        top = cell.top()
        if self._alignment(item) & Qt.AlignmentFlag.AlignVCenter:
            top += (cell.height() - height) // 2
        elif self._alignment(item) & Qt.AlignmentFlag.AlignBottom:
            top += cell.height() - height
        item.setGeometry(QRect(cell.left(), top, cell.width(), height))

    @staticmethod
    def _natural_width(item: QLayoutItem, room: int, uniform: int | None) -> int:
        """The width an item takes before a line's spare width is shared: the uniform width where all
        items share one, else its minimum for an item that grows sideways (it gets more from the
        spare), its preferred width for any other."""
        return uniform if uniform is not None else min(_least_width(item), room)

    def _line_widths(self, line: list[QLayoutItem], room: int, uniform: int | None) -> list[int]:
        """Each item's width on its line: its preferred width, spare width shared by those that expand."""
        widths = [self._natural_width(item, room, uniform) for item in line]
        growing = [i for i, item in enumerate(line) if _expands(item, Qt.Orientation.Horizontal)]
        spare = room - sum(widths) - self._spacing * (len(line) - 1)
        if growing and spare > 0:
            for n, i in enumerate(growing):
                widths[i] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
        return widths


def _expands(item: QLayoutItem, orientation: Qt.Orientation) -> bool:
    """Whether ``item`` grows in ``orientation``: its widget's size policy (the item's own answer
    leaves out every direction it has an alignment in)."""
    widget = item.widget()
    if widget is None:
        return bool(item.expandingDirections() & orientation)
    return bool(widget.sizePolicy().expandingDirections() & orientation)


def _least_width(item: QLayoutItem) -> int:
    if _expands(item, Qt.Orientation.Horizontal):
        return item.minimumSize().width()
    return max(item.sizeHint().width(), item.minimumSize().width())
