"""The markers of chart series as paths one unit across, centred on the origin (screen y grows downwards)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen

# The corners of the polygon markers, in the shapes pyqtgraph gave the same names.
_CORNERS: dict[str, tuple[tuple[float, float], ...]] = {
    "t": ((-0.5, -0.5), (0.0, 0.5), (0.5, -0.5)),
    "t1": ((-0.5, 0.5), (0.0, -0.5), (0.5, 0.5)),
    "d": ((0.0, -0.5), (-0.4, 0.0), (0.0, 0.5), (0.4, 0.0)),
    "p": ((0.0, -0.5), (-0.4755, -0.1545), (-0.2939, 0.4045), (0.2939, 0.4045), (0.4755, -0.1545)),
    "h": ((0.433, 0.25), (0.0, 0.5), (-0.433, 0.25), (-0.433, -0.25), (0.0, -0.5), (0.433, -0.25)),
    "star": ((0.0, -0.5), (-0.1123, -0.1545), (-0.4755, -0.1545), (-0.1816, 0.059), (-0.2939, 0.4045),
             (0.0, 0.1910), (0.2939, 0.4045), (0.1816, 0.059), (0.4755, -0.1545), (0.1123, -0.1545)),
}


def _marker(name: str) -> QPainterPath:
    path = QPainterPath()
    if name == "o":
        path.addEllipse(QRectF(-0.5, -0.5, 1.0, 1.0))
    elif name == "s":
        path.addRect(QRectF(-0.5, -0.5, 1.0, 1.0))
    else:
        first, *rest = _CORNERS[name]
        path.moveTo(*first)
        for x, y in rest:
            path.lineTo(x, y)
        path.closeSubpath()
    return path


MARKERS: dict[str, QPainterPath] = {name: _marker(name) for name in ("o", "s", *_CORNERS)}


def draw_marker(painter: QPainter, name: str, size: float, pen: QPen, brush: QBrush) -> None:
    """Draw marker ``name``, ``size`` pixels across, centred on the painter's origin."""
    painter.save()
    painter.scale(size, size)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(MARKERS[name])
    painter.restore()
