"""PySide's check on each imported module, made cheap: the same answers, from the file's bytes."""

from __future__ import annotations

import inspect
import os
import sys
import types

import samson_desktop.ui.app  # noqa: F401 - installs the check
import samson_desktop.ui.main_window  # noqa: F401 - a module that names PySide6
from samson_desktop.ui import pyside_import_check
from samson_desktop.ui.pyside_import_check import names_pyside


def _inspect_answer(module: types.ModuleType) -> bool:
    """PySide's own way of asking (shibokensupport.feature)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def _never(module: types.ModuleType) -> bool:
    raise AssertionError(f"{module.__name__} should have been answered from its file")


def test_the_application_module_puts_the_cheap_check_in_place():
    support = sys.modules["shibokensupport.feature"]
    assert getattr(support._mod_uses_pyside, "reads_bytes", False)
    assert pyside_import_check.install()  # a second install changes nothing
    assert getattr(support._mod_uses_pyside, "reads_bytes", False)


def test_every_loaded_source_module_gets_the_answer_pyside_would_give():
    modules = [m for m in list(sys.modules.values())
               if isinstance(getattr(m, "__file__", None), str) and m.__file__.endswith(".py")]
    assert len(modules) > 100
    asked_slowly = []

    def slow(module):
        asked_slowly.append(module.__name__)
        return _inspect_answer(module)

    answers = {m.__name__: names_pyside(m, slow) for m in modules}
    assert answers == {m.__name__: _inspect_answer(m) for m in modules}
    # Only modules without a file of their own (PySide's embedded support modules) go the slow way.
    assert not [name for name in asked_slowly if os.path.isfile(sys.modules[name].__file__)]
    assert answers["samson_desktop.ui.main_window"] and not answers["samson_desktop.core.model"]


def test_modules_without_a_source_file_are_asked_the_slow_way(tmp_path):
    asked = []

    def slow(module):
        asked.append(module.__name__)
        return True

    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # the file is not there
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311-x86_64-linux-gnu.so")
    assert names_pyside(sys, slow) and names_pyside(gone, slow) and names_pyside(compiled, slow)
    assert asked == ["sys", "gone", "compiled"]


def test_a_file_that_names_pyside_anywhere_counts(tmp_path):
    path = tmp_path / "uses.py"
    path.write_text("# æøå\nX = 1\n\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    module = types.ModuleType("uses")
    module.__file__ = str(path)
    assert names_pyside(module, _never)
    path.write_text("X = 'no Qt here'\n", encoding="utf-8")
    assert not names_pyside(module, _never)
