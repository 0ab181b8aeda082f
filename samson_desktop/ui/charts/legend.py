"""Legend under a chart: a swatch (line style and marker, or bar pattern) and a name per series."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QWidget, QWidgetItem

from .markers import draw_marker
from .series import ChartSeries
from .style import series_style, theme


class FlowLayout(QLayout):
    """Lays items out left to right and wraps to a new row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16, row_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt naming
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt naming
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt naming
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt naming
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt naming
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt naming
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(self.parentWidget()):
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + row_height + self._row_spacing
                row_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class LegendEntry(QWidget):
    """One swatch and one name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.swatch = QLabel(self)
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.swatch)
        layout.addWidget(self.name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_font(self, font: QFont) -> None:
        # Set on the name too: under the application's style sheet a font set on a widget no longer
        # reaches children that have been styled already.
        self.setFont(font)
        self.name.setFont(font)


class Legend(QWidget):
    """The legend of a ChartPanel; redraws swatches only when series kinds, view or theme change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self._entries: list[LegendEntry] = []
        self._key: tuple | None = None
        sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)

    def entries(self) -> list[LegendEntry]:
        return [e for e in self._entries if not e.isHidden()]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for entry in self._entries:
                entry.set_font(self.font())

    def names(self) -> list[str]:
        return [e.name.text() for e in self.entries()]

    def update_legend(self, series: Sequence[ChartSeries], view: str, high_contrast: bool,
                      scale: float) -> None:
        changed = False
        while len(self._entries) < len(series):
            entry = LegendEntry(self)
            entry.set_font(self.font())  # else, added after the legend was styled, it keeps the application's type
            self._flow.addWidget(entry)
            self._entries.append(entry)
            changed = True
        for i, entry in enumerate(self._entries):
            if entry.isHidden() != (i >= len(series)):
                entry.setHidden(i >= len(series))
                changed = True
        for entry, s in zip(self._entries, series):
            if entry.name.text() != s.name:
                entry.name.setText(s.name)
                changed = True
        key = (tuple((s.kind, s.index) for s in series), view, high_contrast, scale,
               self.devicePixelRatioF())
        if key != self._key:
            self._key = key
            changed = True
            for entry, s in zip(self._entries, series):
                entry.swatch.setPixmap(swatch(s, view, high_contrast, scale, self.devicePixelRatioF()))
        # New values alone leave the legend as it is; a relayout here would cost every answer a second paint.
        if changed:
            self._flow.invalidate()
            self.updateGeometry()


def swatch(series: ChartSeries, view: str, high_contrast: bool, scale: float,
           ratio: float = 1.0) -> QPixmap:
    """A small picture of how ``series`` is drawn in ``view`` (line and marker, or bar fill)."""
    style = series_style(series, high_contrast)
    width, height = round((22 if view == "bars" else 44) * scale), round(18 * scale)
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if view == "bars":
        rect = QRectF(2, 1.5, width - 4, height - 3)
        painter.setPen(style.bar_pen(theme(high_contrast).background))
        painter.setBrush(style.bar_brush())
        painter.drawRect(rect)
    elif series.kind == "importance":
        painter.setPen(style.pen())
        painter.setBrush(style.fill_brush())
        painter.drawRect(QRectF(3, 3, width - 6, height - 6))
    else:
        painter.setPen(style.pen())
        painter.drawLine(QPointF(2, height / 2), QPointF(width - 2, height / 2))
        painter.translate(width / 2, height / 2)
        draw_marker(painter, style.symbol, style.symbol_size * min(scale, 1.6),
                    style.symbol_pen(), style.symbol_brush())
    painter.end()
    return pixmap
