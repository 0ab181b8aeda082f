"""Words the seminar views share: case headings, field titles and what could not be matched."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.seminar_views import Seminar, SharedCase


def case_heading(case: SharedCase) -> str:
    """The case's name as the room sees it, with its time points when it shows change."""
    if case.shows_change:
        return f"{case.label} ({' → '.join(case.time_labels)})"
    return case.label


def field_axis_titles(seminar: Seminar) -> list[str]:
    return [f"{f.number} {f.title}" for f in seminar.fields]


def field_tooltips(seminar: Seminar) -> list[str]:
    template = QCoreApplication.translate("Seminar", "Field %1: %2")
    return [template.replace("%1", str(f.number)).replace("%2", f.title) for f in seminar.fields]


def matching_lines(seminar: Seminar) -> list[str]:
    """One line per case with something that could not be matched to the seminar's question set."""
    lines = []
    for case in seminar.unmatched():
        m = case.matching
        parts = []
        if m.fields_by_number:
            parts.append(QCoreApplication.translate("Seminar", "fields matched by number: %1").replace(
                "%1", ", ".join(f"{n} {title}" for n, title in m.fields_by_number)))
        if m.fields_unmatched:
            parts.append(QCoreApplication.translate("Seminar", "fields not matched: %1").replace(
                "%1", ", ".join(f"{n} {title}" for n, title in m.fields_unmatched)))
        if m.questions_only_here:
            parts.append(QCoreApplication.translate("Seminar", "%1 question(s) only in this case's set").replace(
                "%1", str(len(m.questions_only_here))))
        if m.questions_missing:
            parts.append(QCoreApplication.translate("Seminar", "%1 question(s) of the others' set missing").replace(
                "%1", str(m.questions_missing)))
        lines.append(f"{case.label}: " + "; ".join(parts))
    return lines
