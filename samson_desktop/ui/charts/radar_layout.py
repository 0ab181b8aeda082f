"""Where a radar's rings and axis labels go: the largest radius at which no label clips or touches another."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

LABEL_GAP_PX = 8.0
EDGE_PAD_PX = 4.0
MIN_RADIUS_PX = 20.0
# Below this share of the available half-size for the rings, the axis labels shrink first.
RING_SHARE = 0.62
MIN_LABEL_FIT = 0.7
MARKER_REFERENCE_PX = 170.0


class RadarLayout:
    """The layout half of RadarChart, mixed into it: fits the rings and the axis labels into the widget.

    It reads the chart's axes (``_labels``, ``_sin``, ``_cos``), labels (``_axis_items``, ``_reserved``),
    series and type size, and sets the centre, the ring radius ``_k``, the label fit and the marker
    scale that painting and hit-testing use.
    """

    def _anchor(self, axis: int) -> tuple[float, float]:
        # The side of the label facing the centre sits on the spoke, so it grows outwards.
        dx, dy = self._sin[axis], self._cos[axis]
        return 0.5 - 0.5 * _snap(dx), 0.5 + 0.5 * _snap(dy)

    def _ensure_layout(self) -> None:
        if not self._laid_out:
            self._relayout()

    def _set_label_fit(self, fit: float) -> None:
        """Axis labels at ``fit`` times their normal size; measures the room they need."""
        if fit == self._label_fit:
            return
        self._label_fit = fit
        self._set_label_texts()
        self._reserved = [item.pixel_size() for item in self._axis_items]

    def _relayout(self) -> None:
        """Fit rings and labels into the widget: the largest radius at which no label clips.

        When the labels would leave the rings too little room, they shrink in steps (down to
        MIN_LABEL_FIT of their size) before the rings do.
        """
        self._set_label_fit(1.0)
        self._laid_out = True
        width, height = float(self.width()), float(self.height())
        if width < 2 * EDGE_PAD_PX + 10 or height < 2 * EDGE_PAD_PX + 10 or not self._labels:
            self._centre = QPointF(width / 2, height / 2)
            self._k = max(min(width, height) / 2 - EDGE_PAD_PX, 1.0)
            return
        gap = LABEL_GAP_PX * self._font_scale
        avail_w = width - 2 * EDGE_PAD_PX
        avail_h = height - 2 * EDGE_PAD_PX
        wanted = RING_SHARE * min(avail_w, avail_h) / 2
        k, (left, right, up, down) = self._fit_radius(avail_w, avail_h, gap)
        fit = 1.0
        while (k < wanted or self._labels_touch(k, gap)) and fit > MIN_LABEL_FIT + 1e-9:
            fit = round(max(MIN_LABEL_FIT, fit - 0.1), 2)
            self._set_label_fit(fit)
            k, (left, right, up, down) = self._fit_radius(avail_w, avail_h, gap)
        # Centre the drawing (rings plus labels) in the widget.
        cx = EDGE_PAD_PX + left + (avail_w - left - right) / 2
        cy = EDGE_PAD_PX + up + (avail_h - up - down) / 2
        self._centre = QPointF(cx, cy)
        self._k = k

        # Markers follow the size of the chart, so a small chart is not all markers.
        self._marker_scale = round(min(max(k / MARKER_REFERENCE_PX, 0.6), 1.3), 1)
        for item, s in zip(self._items, self._series):
            item.apply_style(s, self._high_contrast, self._marker_scale)
            item.layout(self._centre, k)
        for item, box in zip(self._axis_items, self._label_boxes(k, gap, self._centre)):
            w, h = item.pixel_size()
            # The reserved box may be larger than the text now: keep the text on the box's inner side.
            ax, ay = self._anchor(item.axis)
            item.rect = QRectF(box.x() + ax * (box.width() - w), box.y() + ay * (box.height() - h), w, h)

    def _label_boxes(self, k: float, gap: float, centre: QPointF) -> list[QRectF]:
        """Where the labels go for rings of radius ``k``, at their reserved sizes."""
        boxes = []
        for i in range(len(self._labels)):
            ax, ay = self._anchor(i)
            w, h = self._reserved[i]
            px = centre.x() + self._sin[i] * (k + gap)
            py = centre.y() - self._cos[i] * (k + gap)
            boxes.append(QRectF(px - ax * w, py - ay * h, w, h))
        return boxes

    def _labels_touch(self, k: float, gap: float) -> bool:
        """Whether two neighbouring labels would overlap (long names below a seven-axis radar can)."""
        boxes = self._label_boxes(k, gap, QPointF(0.0, 0.0))
        n = len(boxes)
        return n > 2 and any(boxes[i].intersects(boxes[(i + 1) % n]) for i in range(n))

    def _fit_radius(self, avail_w: float, avail_h: float,
                    gap: float) -> tuple[float, tuple[float, float, float, float]]:
        """The largest ring radius (px) at which rings and labels fit, and their extents then."""
        boxes = [(self._sin[i], self._cos[i], *self._anchor(i), *self._reserved[i])
                 for i in range(len(self._labels))]

        def extents(k: float) -> tuple[float, float, float, float]:
            left = right = up = down = k
            for dx, dy, ax, ay, w, h in boxes:
                px, py = (k + gap) * dx, (k + gap) * dy
                right = max(right, px + (1 - ax) * w)
                left = max(left, -(px - ax * w))
                up = max(up, py + ay * h)
                down = max(down, -(py - (1 - ay) * h))
            return left, right, up, down

        def fits(k: float) -> bool:
            left, right, up, down = extents(k)
            return left + right <= avail_w and up + down <= avail_h

        lo, hi = MIN_RADIUS_PX, min(avail_w, avail_h) / 2
        if fits(hi):
            lo = hi
        else:
            for _ in range(30):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if fits(mid) else (lo, mid)
        return lo, extents(lo)


def _snap(component: float) -> float:
    # Labels very close to a vertical or horizontal spoke are centred on it exactly.
    return 0.0 if abs(component) < 1e-9 else component
