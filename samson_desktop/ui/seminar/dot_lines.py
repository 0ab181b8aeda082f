"""Dots on 1–10 lines, one line per row: the pooled picture of a field, or a case's parties in a field."""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..theme import theme
from ..widgets.labels import fmt1
from .markers import marker_colour, marker_path

SCALE_MIN, SCALE_MAX = 1.0, 10.0
#: The row titles take at most this share of the width.
TITLE_SHARE = 0.26
#: Room between two labels on the same lane, in pixels.
LABEL_GAP = 10.0


class Dot(Struct, frozen=True):
    """One value on a row's line; ``key`` says which case or party it is, and picks its marker."""

    key: int
    label: str
    value: float | None
    tooltip: str = ""


class DotRow(Struct, frozen=True):
    """A titled 1–10 line and its dots; ``note`` is said under the title (e.g. what has no value)."""

    title: str
    dots: tuple[Dot, ...]
    note: str = ""


class _Placed(Struct):
    row: int
    dot: Dot
    centre: QPointF
    label_rect: QRectF | None


class DotLines(QWidget):
    """Rows of 1–10 lines with a marked dot per case; a click or Enter on a dot emits ``dotActivated(row, key)``.

    Labels go on free lanes above and below the line; where no lane is free the dot keeps only its
    marker, which the legend names. Up/Down choose the row and Left/Right the dot.
    """

    dotActivated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, notes_right: bool = False):
        super().__init__(parent)
        #: Row notes in a column right of the lines (short notes such as a spread), else under the titles.
        self._notes_right = notes_right
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._rows: list[DotRow] = []
        self._placed: list[_Placed] = []
        self._current: tuple[int, int] | None = None  # (row, key)
        self._laid_for: tuple | None = None

    # --- data ------------------------------------------------------------------------------
    def set_rows(self, rows: list[DotRow]) -> None:
        self._rows = list(rows)
        if self._current is not None and not self._has(*self._current):
            self._current = None
        self._laid_for = None
        self._update_accessible()
        self.update()

    def rows(self) -> list[DotRow]:
        return list(self._rows)

    def current(self) -> tuple[int, int] | None:
        return self._current

    def set_current(self, row: int, key: int) -> None:
        if self._has(row, key):
            self._current = (row, key)
            self._update_accessible()
            self.update()

    def painted_texts(self) -> list[str]:
        """Every text this widget paints or says (titles, notes, labels, tooltips): for the privacy checks."""
        texts = []
        for row in self._rows:
            texts += [row.title, row.note]
            for dot in row.dots:
                texts += [dot.label, dot.tooltip]
        return [t for t in texts if t]

    def _has(self, row: int, key: int) -> bool:
        return 0 <= row < len(self._rows) and any(d.key == key and d.value is not None for d in self._rows[row].dots)

    def _update_accessible(self) -> None:
        if self._current is None:
            self.setAccessibleDescription("")
            return
        row, key = self._current
        dot = next(d for d in self._rows[row].dots if d.key == key)
        self.setAccessibleDescription(f"{self._rows[row].title}: {dot.label} {fmt1(dot.value)}")

    # --- sizes -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        line = QFontMetricsF(self.font()).height()
        return QSize(900, int(max(len(self._rows), 1) * line * 3.6 + line * 2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        line = QFontMetricsF(self.font()).height()
        # A label lane above and below each line, and the scale on top.
        return QSize(320, int(max(len(self._rows), 1) * line * 2.0 + line * 2.8))

    # --- layout ----------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 6.0))
        return title, base, small

    def _geometry(self) -> tuple[float, float, float, float]:
        """(left of the line, right of the line, top of the first row, row height)."""
        title_font, _label, small = self._fonts()
        metrics = QFontMetricsF(title_font)
        widest = max((metrics.horizontalAdvance(r.title) for r in self._rows), default=0.0)
        left = min(widest + 16.0, self.width() * TITLE_SHARE)
        right = self.width() - 24.0
        if self._notes_right:
            notes = QFontMetricsF(small)
            right -= max((notes.horizontalAdvance(r.note) for r in self._rows), default=0.0) + 12.0
        top = QFontMetricsF(small).height() * 1.4
        height = (self.height() - top - self._legend_height()) / max(len(self._rows), 1)
        return left + 12.0, right, top, height

    def _legend_height(self) -> float:
        return QFontMetricsF(self._fonts()[2]).height() * 1.5 if self._rows else 0.0

    def _label_font(self, row_height: float) -> QFont:
        """The dot labels' font: the widget's, or smaller (down to 70 %) where a lane above and one below the
        line would not fit in a row."""
        font = QFont(self.font())
        room = (row_height - 2 * self._radius() - 6) / 2
        need = QFontMetricsF(font).height()
        if need > room > 0 and font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF() * room / need, font.pointSizeF() * 0.7))
        return font

    def legend(self) -> list[tuple[int, str]]:
        """(key, label) of every case or party drawn, in key order: the legend under the lines."""
        seen: dict[int, str] = {}
        for row in self._rows:
            for dot in row.dots:
                seen.setdefault(dot.key, dot.label)
        return sorted(seen.items())

    def x_of(self, value: float) -> float:
        left, right, _top, _height = self._geometry()
        value = min(max(value, SCALE_MIN), SCALE_MAX)
        return left + (right - left) * (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)

    def _layout(self) -> None:
        key = (self.width(), self.height(), self.font().toString(), id(self._rows))
        if key == self._laid_for:
            return
        self._laid_for = key
        self._placed = []
        left, right, top, height = self._geometry()
        metrics = QFontMetricsF(self._label_font(height))
        lane_height = metrics.height()
        # Lanes: just above the line, just below, then further out while the row has room.
        lanes = [-1, 1]
        if height >= lane_height * 4.4:
            lanes += [-2, 2]
        radius = self._radius()
        for r, row in enumerate(self._rows):
            mid = top + height * r + height / 2
            taken: dict[int, list[tuple[float, float]]] = {lane: [] for lane in lanes}
            dots = sorted((d for d in row.dots if d.value is not None), key=lambda d: (d.value, d.key))
            for dot in dots:
                x = self.x_of(dot.value)  # type: ignore[arg-type]
                centre = QPointF(x, mid)
                width = metrics.horizontalAdvance(dot.label)
                x0 = min(max(x - width / 2, left - 8.0), self.width() - width - 2.0)
                placed_rect = None
                band_top, band_bottom = top + height * r, top + height * (r + 1)
                for lane in lanes:
                    offset = radius + 2 + (abs(lane) - 1) * lane_height
                    y = mid - offset - lane_height if lane < 0 else mid + offset
                    if y < band_top - 1 or y + lane_height > band_bottom + 1:
                        continue  # a label stays in its own row
                    if all(x0 + width + LABEL_GAP <= a or x0 >= b + LABEL_GAP for a, b in taken[lane]):
                        taken[lane].append((x0, x0 + width))
                        placed_rect = QRectF(x0, y, width, lane_height)
                        break
                self._placed.append(_Placed(r, dot, centre, placed_rect))

    def _radius(self) -> float:
        return max(QFontMetricsF(self.font()).height() * 0.36, 5.0)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._layout()
        colours = theme().colors()
        text = QColor(colours["text"])
        muted = QColor(colours["muted"])
        high_contrast = theme().high_contrast
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font, _label_font, small = self._fonts()
        left, right, top, height = self._geometry()
        # The scale once, on top: 1 … 10.
        painter.setFont(small)
        painter.setPen(muted)
        small_metrics = QFontMetricsF(small)
        for value in range(1, 11):
            x = self.x_of(value)
            label = str(value)
            painter.drawText(QPointF(x - small_metrics.horizontalAdvance(label) / 2, small_metrics.ascent()), label)
        line_pen = QPen(text if high_contrast else QColor(colours["border"]), 2 if high_contrast else 1.5)
        tick_pen = QPen(QColor(colours["border"]), 1)
        for r, row in enumerate(self._rows):
            mid = top + height * r + height / 2
            painter.setFont(title_font)
            painter.setPen(text)
            box = QRectF(4, top + height * r, left - 16, height)
            flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            painter.drawText(box, flags, row.title)
            if row.note:
                painter.setFont(small)
                painter.setPen(muted)
                if self._notes_right:
                    note_box = QRectF(right + 12, top + height * r, self.width() - right - 14, height)
                    painter.drawText(note_box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                                     row.note)
                else:
                    title_height = QFontMetricsF(title_font).boundingRect(box, flags, row.title).height()
                    note_box = QRectF(4, mid + title_height / 2, left - 16, height / 2 - title_height / 2)
                    painter.drawText(note_box, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft |
                                                   Qt.TextFlag.TextWordWrap), row.note)
            painter.setPen(tick_pen)
            for value in range(1, 11):
                x = self.x_of(value)
                painter.drawLine(QPointF(x, mid - 4), QPointF(x, mid + 4))
            painter.setPen(line_pen)
            painter.drawLine(QPointF(left, mid), QPointF(right, mid))
            if r:
                painter.setPen(QPen(QColor(colours["alt_base"]), 1))
                painter.drawLine(QPointF(4, top + height * r), QPointF(right, top + height * r))
        radius = self._radius()
        self._paint_legend(painter, text, high_contrast)
        painter.setFont(self._label_font(height))
        for placed in self._placed:
            colour = marker_colour(placed.dot.key, high_contrast)
            path = marker_path(placed.dot.key, placed.centre, radius)
            painter.setPen(QPen(text, 1.5))
            painter.setBrush(colour)
            painter.drawPath(path)
            if placed.label_rect is not None:
                painter.setPen(text)
                painter.drawText(placed.label_rect, int(Qt.AlignmentFlag.AlignCenter), placed.dot.label)
            if self._current == (placed.row, placed.dot.key):
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(colours["focus"]), 3, Qt.PenStyle.DashLine if self.hasFocus() else
                                    Qt.PenStyle.SolidLine))
                painter.drawEllipse(placed.centre, radius * 1.9, radius * 1.9)
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor, high_contrast: bool) -> None:
        """Each marker with its name along the bottom, so a dot whose label found no room is still named."""
        small = self._fonts()[2]
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        radius = metrics.height() * 0.3
        x, y = 4.0, self.height() - self._legend_height() / 2
        for key, label in self.legend():
            room = self.width() - x - 3 * radius - 8
            if room <= metrics.averageCharWidth() * 3:
                break
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
            painter.setPen(QPen(text, 1.2))
            painter.setBrush(marker_colour(key, high_contrast))
            painter.drawPath(marker_path(key, QPointF(x + radius, y), radius))
            painter.setPen(text)
            painter.drawText(QPointF(x + 2 * radius + 6, y + metrics.ascent() / 2 - 1), shown)
            x += 2 * radius + 6 + metrics.horizontalAdvance(shown) + 24

    def placed_labels(self) -> list[tuple[int, int, QRectF | None]]:
        """(row, key, label box or None) of every dot drawn: for the layout checks."""
        self._layout()
        return [(p.row, p.dot.key, p.label_rect) for p in self._placed]

    def dot_centre(self, row: int, key: int) -> QPointF | None:
        self._layout()
        return next((p.centre for p in self._placed if (p.row, p.dot.key) == (row, key)), None)

    # --- mouse and keys --------------------------------------------------------------------
    def _dot_at(self, pos: QPointF) -> _Placed | None:
        self._layout()
        reach = self._radius() * 2.2
        best, best_distance = None, reach
        for placed in self._placed:
            distance = (placed.centre - pos).manhattanLength()
            if distance <= best_distance or (placed.label_rect is not None and placed.label_rect.contains(pos)):
                best, best_distance = placed, min(distance, best_distance)
        return best

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt naming
        placed = self._dot_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if placed else Qt.CursorShape.ArrowCursor)
        if placed is not None and placed.dot.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), placed.dot.tooltip, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt naming
        placed = self._dot_at(event.position())
        if placed is not None and event.button() == Qt.MouseButton.LeftButton:
            self._current = (placed.row, placed.dot.key)
            self._update_accessible()
            self.update()
            self.dotActivated.emit(placed.row, placed.dot.key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current is not None:
            self.dotActivated.emit(*self._current)
        else:
            super().keyPressEvent(event)

    def _ordered(self, row: int) -> list[int]:
        """The keys of a row's dots from left to right."""
        dots = sorted((d for d in self._rows[row].dots if d.value is not None), key=lambda d: (d.value, d.key))
        return [d.key for d in dots]

    def _move(self, key: int) -> None:
        rows = [r for r in range(len(self._rows)) if self._ordered(r)]
        if not rows:
            return
        if self._current is None:
            first = rows[0]
            self._current = (first, self._ordered(first)[-1])
        else:
            row, dot = self._current
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                later = [r for r in rows if (r - row) * step > 0]
                if later:
                    row = min(later, key=lambda r: abs(r - row))
                    # The same case on the next row where it has a dot there.
                    order = self._ordered(row)
                    dot = dot if dot in order else order[-1]
            else:
                order = self._ordered(row)
                at = order.index(dot) if dot in order else 0
                dot = order[max(0, min(len(order) - 1, at + (-1 if key == Qt.Key.Key_Left else 1)))]
            self._current = (row, dot)
        self._update_accessible()
        self.update()

