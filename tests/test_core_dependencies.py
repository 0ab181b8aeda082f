"""The project's core dependencies are fixed: PySide6 (Essentials), pyqtgraph, reportlab and platformdirs.

The window's charts are drawn with pyqtgraph; a budget that pyqtgraph's import or drawing makes hard is
met by loading it off the UI thread and building charts in steps (for example a panel's bar view built
only when it is first shown, its module imported in the background), not by replacing it.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pyqtgraph

from samson_desktop.ui.charts.bars import BarChart

ROOT = Path(__file__).resolve().parents[1]
CORE = ("PySide6-Essentials", "pyqtgraph", "reportlab", "platformdirs")


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0] for requirement in project["dependencies"]}


def test_the_core_dependencies_are_declared():
    missing = [name for name in CORE if name not in _declared()]
    assert missing == [], f"core dependencies are a fixed choice of the project; missing: {missing}"


def test_the_window_charts_are_drawn_with_pyqtgraph():
    """A fixed choice: the window's charts use pyqtgraph (the bar chart is a PlotWidget)."""
    assert issubclass(BarChart, pyqtgraph.PlotWidget), "the bar chart must be a pyqtgraph PlotWidget"
    importing = []
    for path in sorted((ROOT / "samson_desktop" / "ui" / "charts").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name.split(".")[0] == "pyqtgraph" for name in names):
                importing.append(path.name)
    assert importing, "no chart module uses pyqtgraph, one of the project's fixed core dependencies"
