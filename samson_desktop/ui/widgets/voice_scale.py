"""The voices on one question's 1–10 scale: a marker per voice, the spread as a band, mean, median, consensus."""

from __future__ import annotations

import math
from typing import Callable

from msgspec import Struct
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..charts.style import BLUE, HIGH_CONTRAST_SCORE, VOICE_COLOURS, VOICE_SYMBOLS
from .labels import fmt1

SPREAD_FILL = "#F3D9A6"
SPREAD_FILL_HIGH_CONTRAST = "#6A5000"


class ScaleVoice(Struct, frozen=True):
    label: str
    score: float | None
    #: Position in the session's voices: picks colour and marker shape, as on the charts.
    index: int


def voice_colour(index: int, high_contrast: bool = False) -> QColor:
    colour = VOICE_COLOURS[index % len(VOICE_COLOURS)]
    if high_contrast and colour == "#000000":
        colour = "#FFFFFF"
    return QColor(colour)


def marker_path(index: int, centre: QPointF, radius: float) -> QPainterPath:
    """The marker shape of voice ``index``: the same symbols as the voice lines on the charts."""
    symbol = VOICE_SYMBOLS[index % len(VOICE_SYMBOLS)]
    x, y, r = centre.x(), centre.y(), radius
    path = QPainterPath()

    def polygon(points: list[tuple[float, float]]) -> None:
        path.moveTo(x + points[0][0], y + points[0][1])
        for px, py in points[1:]:
            path.lineTo(x + px, y + py)
        path.closeSubpath()

    def regular(corners: int, start: float, inner: float | None = None) -> list[tuple[float, float]]:
        points = []
        steps = corners * (2 if inner else 1)
        for i in range(steps):
            angle = start + 2 * math.pi * i / steps
            rr = r if inner is None or i % 2 == 0 else r * inner
            points.append((rr * math.cos(angle), rr * math.sin(angle)))
        return points

    # Shapes as pyqtgraph draws its symbols of the same name (screen y grows downwards).
    if symbol == "t":  # triangle, point down
        polygon(regular(3, math.pi / 2))
    elif symbol == "t1":  # triangle, point up
        polygon(regular(3, -math.pi / 2))
    elif symbol == "d":
        polygon([(0, -r), (r * 0.8, 0), (0, r), (-r * 0.8, 0)])
    elif symbol == "p":
        polygon(regular(5, -math.pi / 2))
    elif symbol == "h":
        polygon(regular(6, math.pi / 6))
    elif symbol == "star":
        polygon(regular(5, -math.pi / 2, inner=0.5))
    else:
        path.addEllipse(centre, r, r)
    return path


def marker_pixmap(index: int, side: int, radius: float, pen: QPen, brush: QBrush, ratio: float = 1.0) -> QPixmap:
    """Voice ``index``'s marker of ``radius`` centred on a transparent square pixmap of ``side`` pixels."""
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(marker_path(index, QPointF(side / 2, side / 2), radius))
    painter.end()
    return pixmap


def voice_marker_pixmap(index: int, size: int, high_contrast: bool = False, ratio: float = 1.0) -> QPixmap:
    """A small picture of a voice's marker, to stand beside its name."""
    colour = voice_colour(index, high_contrast)
    return marker_pixmap(index, size, size * 0.42, QPen(colour.darker(130), 1.2), QBrush(colour), ratio)


class VoiceScale(QWidget):
    """Paints the revealed voices of one question on the 1–10 scale.

    Above the track: one marker per voice, stacked where voices gave the same score. On the
    track: the spread as a band from the lowest to the highest voice. Below it: carets for the
    mean (filled), the median (hollow) and the agreed score (bold, in the score colour).
    ``set_anchor`` lets a parent line the scale up with its own 1–10 buttons.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._voices: list[ScaleVoice] = []
        self._mean: float | None = None
        self._median: float | None = None
        self._consensus: float | None = None
        self._high_contrast = False
        self._painting_span: tuple[float, float] | None = None
        self._anchor: Callable[[], tuple[float, float] | None] | None = None
        self._numbers = True
        #: The earlier time point: its label, the group's score then, and each voice's (hollow marks).
        self._earlier: tuple[str, float | None, list[ScaleVoice]] | None = None
        #: The painted track (with the key it was drawn for) and each voice's marker, drawn once.
        self._track: tuple[tuple, QPixmap] | None = None
        self._sprites: dict[tuple, QPixmap] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    # --- data ----------------------------------------------------------------------------
    def set_data(self, voices: list[ScaleVoice], mean: float | None, median: float | None,
                 consensus: float | None) -> None:
        depth = self._stack_depth()
        self._voices = list(voices)
        self._mean, self._median, self._consensus = mean, median, consensus
        if self._stack_depth() != depth:
            # The height follows how many voices share a score; a new size for nothing would lay the
            # whole page out again after every answer.
            self.updateGeometry()
        self.update()

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.update()

    def set_earlier(self, label: str, score: float | None, voices: list[ScaleVoice]) -> None:
        """Where the group (a hollow caret, "T1 6,0") and each voice (a hollow marker on the track) stood then."""
        self._earlier = (label, score, list(voices))
        self.update()

    def clear_earlier(self) -> None:
        if self._earlier is not None:
            self._earlier = None
            self.update()

    def earlier(self) -> tuple[str, float | None, list[ScaleVoice]] | None:
        return self._earlier

    def set_anchor(self, anchor: Callable[[], tuple[float, float] | None] | None, numbers: bool = False) -> None:
        """``anchor()`` gives the x of 1 and of 10 in this widget; without numbers under the track."""
        self._anchor = anchor
        self._numbers = numbers
        self.updateGeometry()
        self.update()

    def voices(self) -> list[ScaleVoice]:
        return list(self._voices)

    # --- geometry ------------------------------------------------------------------------
    def _radius(self) -> float:
        return max(7.0, self.fontMetrics().height() * 0.42)

    def _stack_depth(self) -> int:
        counts: dict[float, int] = {}
        for v in self._voices:
            if v.score is not None:
                counts[v.score] = counts.get(v.score, 0) + 1
        return max(counts.values(), default=1)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        return small

    def _track_y(self) -> float:
        return 4 + self._stack_depth() * (2 * self._radius() + 3) + 4

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        text = self.fontMetrics().height()
        small = QFontMetrics(self._small_font()).height()
        height = self._track_y() + 6 + (text if self._numbers else 0) + 8 + small + 2
        return QSize(480, math.ceil(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(240, self.sizeHint().height())

    def x_of(self, score: float) -> float:
        """Where ``score`` (1..10) lies across the widget."""
        left, right = self._painting_span or self._span()
        return left + (score - 1) / 9 * (right - left)

    def _span(self) -> tuple[float, float]:
        span = self._anchor() if self._anchor is not None else None
        if span is None:
            pad = self._radius() + self.fontMetrics().horizontalAdvance("10") / 2 + 4
            span = (pad, self.width() - pad)
        return span

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Mapping the answer buttons to this widget takes a while; once per paint is enough.
        self._painting_span = self._span()
        try:
            self._paint()
        finally:
            self._painting_span = None

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hc = self._high_contrast
        text_colour = self.palette().windowText().color()
        muted = QColor(text_colour)
        muted.setAlpha(150)
        r = self._radius()
        track_y = self._track_y()

        present = [v.score for v in self._voices if v.score is not None]
        # The spread as a band on the track, from the lowest to the highest voice.
        if len(present) >= 2 and max(present) > min(present):
            band = QRectF(QPointF(self.x_of(min(present)) - 3, track_y - 5),
                          QPointF(self.x_of(max(present)) + 3, track_y + 5))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SPREAD_FILL_HIGH_CONTRAST if hc else SPREAD_FILL))
            painter.drawRoundedRect(band, 4, 4)

        # The track, its ticks and numbers change only with the size, type and colours: drawn once.
        painter.drawPixmap(0, 0, self._track_layer(track_y, text_colour, muted))
        below = track_y + 6 + (self.fontMetrics().height() if self._numbers else 0)

        # The agreed score as a bold line through the voices.
        agreed_colour = QColor(HIGH_CONTRAST_SCORE if hc else BLUE)
        if self._consensus is not None:
            x = self.x_of(self._consensus)
            painter.setPen(QPen(agreed_colour, 3.0))
            painter.drawLine(QPointF(x, 2), QPointF(x, track_y + 6))

        # Carets and labels below the track; a label that would overlap drops to a second line.
        small = self._small_font()
        painter.setFont(small)
        line_h = QFontMetrics(small).height()
        marks = []
        if self._consensus is not None:
            marks.append((self._consensus, "agreed", self.tr("agreed")))
        if self._mean is not None:
            marks.append((self._mean, "mean", self.tr("mean")))
        if self._median is not None:
            marks.append((self._median, "median", self.tr("median")))
        if self._earlier is not None and self._earlier[1] is not None:
            marks.append((self._earlier[1], "earlier", f"{self._earlier[0]} {fmt1(self._earlier[1])}"))
        # Marks at the same place share one caret and one label ("agreed · median").
        merged: list[tuple[float, str, str]] = []
        for value, kind, label in marks:
            same = next((i for i, m in enumerate(merged) if abs(m[0] - value) < 1e-9), None)
            if same is None:
                merged.append((value, kind, label))
            else:
                merged[same] = (value, merged[same][1], f"{merged[same][2]} · {label}")
        caret = 6.0
        # Carets first, then the labels on one line, from left to right, each pushed just past the
        # one before it where they would overlap.
        placed: list[tuple[QRectF, str, str]] = []
        metrics = QFontMetrics(small)
        for value, kind, label in sorted(merged, key=lambda m: m[0]):
            x = self.x_of(value)
            tip = QPointF(x, below - 2)
            path = QPainterPath()
            path.moveTo(tip)
            path.lineTo(x - caret * 0.8, tip.y() + caret * 1.3)
            path.lineTo(x + caret * 0.8, tip.y() + caret * 1.3)
            path.closeSubpath()
            if kind == "agreed":
                painter.setPen(QPen(agreed_colour, 1.2))
                painter.setBrush(agreed_colour)
            elif kind == "earlier":
                painter.setPen(QPen(muted, 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif kind == "mean":
                painter.setPen(QPen(text_colour, 1.2))
                painter.setBrush(text_colour)
            else:
                painter.setPen(QPen(text_colour, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            width = metrics.horizontalAdvance(label) + 6
            left = x - width / 2
            if placed:
                left = max(left, placed[-1][0].right() + 4)
            placed.append((QRectF(left, below + caret * 1.3, width, line_h), kind, label))
        # Labels pushed past the right edge move back left as a group.
        overflow = placed[-1][0].right() - self.width() if placed else 0.0
        for rect, kind, label in placed:
            if overflow > 0:
                rect.translate(-overflow, 0)
            rect.moveLeft(max(rect.left(), 0.0))
            painter.setPen(agreed_colour if kind == "agreed" else muted if kind == "earlier" else text_colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

        # The voices then: hollow markers on the track, quieter than today's.
        if self._earlier is not None:
            small_r = r * 0.75
            for voice in self._earlier[2]:
                if voice.score is None:
                    continue
                painter.setPen(QPen(voice_colour(voice.index, hc), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(marker_path(voice.index, QPointF(self.x_of(voice.score), track_y), small_r))

        # The voices: one marker each, stacked where several gave the same score.
        level: dict[float, int] = {}
        for voice in self._voices:
            if voice.score is None:
                continue
            k = level.get(voice.score, 0)
            level[voice.score] = k + 1
            centre = QPointF(self.x_of(voice.score), track_y - 6 - r - k * (2 * r + 3))
            sprite = self._marker_sprite(voice.index, r, hc)
            painter.drawPixmap(centre - QPointF(sprite.width(), sprite.height()) / (2 * sprite.devicePixelRatio()),
                               sprite)
        painter.end()

    def _track_layer(self, track_y: float, text_colour: QColor, muted: QColor) -> QPixmap:
        """The track with its ticks (and numbers) on a transparent pixmap the size of the widget."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._painting_span, track_y, self._numbers,
               text_colour.rgba(), muted.rgba(), self.font().key())
        if self._track is not None and self._track[0] == key:
            return self._track[1]
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        painter.setPen(QPen(muted, 1.5))
        painter.drawLine(QPointF(self.x_of(1), track_y), QPointF(self.x_of(10), track_y))
        below = track_y + 6
        for score in range(1, 11):
            x = self.x_of(score)
            painter.setPen(QPen(muted, 1.2))
            painter.drawLine(QPointF(x, track_y - 4), QPointF(x, track_y + 4))
            if self._numbers:
                painter.setPen(text_colour)
                painter.drawText(QRectF(x - 20, below, 40, self.fontMetrics().height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(score))
        painter.end()
        self._track = (key, pixmap)
        return pixmap

    def _marker_sprite(self, index: int, radius: float, high_contrast: bool) -> QPixmap:
        """Voice ``index``'s marker, drawn once: stamping a pixmap costs a fraction of filling the shape."""
        ratio = self.devicePixelRatioF()
        key = (index, radius, high_contrast, ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            side = 2 * math.ceil(radius + 2)  # room for the outline; even, so the centre is exact
            colour = voice_colour(index, high_contrast)
            pen = QPen(QColor("#FFFFFF") if high_contrast else colour.darker(140), 1.4)
            sprite = marker_pixmap(index, side, radius, pen, QBrush(colour), ratio)
            self._sprites[key] = sprite
        return sprite
