"""Tooltip text for an axis or bar group: the full axis text, then each series' value and n."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ..widgets.labels import fmt1

from .series import ChartSeries


def axis_tooltip_lines(label: str, tooltip: str | None, series: Sequence[ChartSeries],
                       axis: int) -> list[str]:
    """Plain-text lines: heading, then one line per series with its value and n."""
    heading = f"{label}: {tooltip}" if tooltip else label
    lines = [heading]
    for s in series:
        value = s.value_at(axis)
        count = s.count_at(axis)
        if value is None:
            text = QCoreApplication.translate("ChartTooltip", "no value")
        else:
            text = fmt1(value)
        if count is not None:
            text += f" (n={count})"
        lines.append(f"{s.name}: {text}")
    return lines


def as_tooltip_html(lines: Sequence[str]) -> str:
    """Tooltip markup that shows user text literally (escaped) and lets long questions wrap."""
    body = "<br>".join(html.escape(line) for line in lines)
    if len(lines) > 1:
        first, _, rest = body.partition("<br>")
        body = f"<b>{first}</b><br>{rest}"
    return f"<qt>{body}</qt>"
