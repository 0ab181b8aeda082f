"""The guide's rule that no class grows much over 400 lines: a larger one hands a part with one job to a module of its own."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "samson_desktop"
MAX_CLASS_LINES = 400


def class_sizes(source: str) -> list[tuple[str, int, int]]:
    """Name, first line and length in lines (from ``class`` to its last line) of every class in ``source``."""
    return [(node.name, node.lineno, node.end_lineno - node.lineno + 1)
            for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ClassDef)]


def too_long_classes(package: Path) -> list[str]:
    return [f"{path.relative_to(package.parent)}:{line} {name} ({size} lines)"
            for path in sorted(package.rglob("*.py"))
            for name, line, size in class_sizes(path.read_text(encoding="utf-8"))
            if size > MAX_CLASS_LINES]


def test_no_class_in_the_application_is_over_400_lines():
    assert too_long_classes(PACKAGE) == []


def test_a_class_is_measured_from_its_first_line_to_its_last_including_nested_ones():
    source = "class Outer:\n    class Inner:\n        a = 1\n\n        b = 2\n    c = 3\n\n\nx = 4\n"
    assert class_sizes(source) == [("Outer", 1, 6), ("Inner", 2, 4)]
