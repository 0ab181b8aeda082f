"""A colour and a shape per case or party: Okabe–Ito colours, and shapes so the marks differ without colour too."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from ..charts.style import BLUE, ORANGE, VOICE_COLOURS

#: Okabe–Ito, the score blue first; black is left out (it is the text colour).
COLOURS: tuple[str, ...] = (BLUE, ORANGE, *(c for c in VOICE_COLOURS if c != "#000000"))
#: High contrast: light colours that read on black.
HIGH_CONTRAST_COLOURS: tuple[str, ...] = ("#FFFF00", "#00FFFF", "#FFFFFF", "#FF9DFF", "#9DFF9D", "#FFB266")
SHAPES = ("circle", "square", "triangle", "diamond", "down", "hexagon", "star")


def marker_colour(key: int, high_contrast: bool = False) -> QColor:
    colours = HIGH_CONTRAST_COLOURS if high_contrast else COLOURS
    return QColor(colours[key % len(colours)])


def shape_name(key: int) -> str:
    return SHAPES[key % len(SHAPES)]


def _polygon(centre: QPointF, radius: float, corners: int, turn: float, inner: float | None = None) -> QPainterPath:
    points = []
    steps = corners * (2 if inner else 1)
    for i in range(steps):
        r = radius if inner is None or i % 2 == 0 else radius * inner
        angle = turn + 2 * math.pi * i / steps
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def marker_path(key: int, centre: QPointF, radius: float) -> QPainterPath:
    """The outline of ``key``'s marker around ``centre``."""
    shape = shape_name(key)
    if shape == "circle":
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        return path
    if shape == "square":
        path = QPainterPath()
        side = radius * 1.7
        path.addRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side))
        return path
    if shape == "triangle":
        return _polygon(centre, radius * 1.25, 3, -math.pi / 2)
    if shape == "down":
        return _polygon(centre, radius * 1.25, 3, math.pi / 2)
    if shape == "diamond":
        return _polygon(centre, radius * 1.25, 4, 0.0)
    if shape == "hexagon":
        return _polygon(centre, radius * 1.15, 6, 0.0)
    return _polygon(centre, radius * 1.35, 5, -math.pi / 2, inner=0.5)
