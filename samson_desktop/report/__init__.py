"""The PDF session report and the CSV export (no Qt); entry points are imported on first use."""

from __future__ import annotations

from typing import Any

__all__ = ["build_session_report", "write_csv"]


def __getattr__(name: str) -> Any:
    # Lazy, so that the CSV export never pays for reportlab and the report never for csv.
    if name == "build_session_report":
        from .session_report import build_session_report

        return build_session_report
    if name == "write_csv":
        from .csv_export import write_csv

        return write_csv
    raise AttributeError(name)
