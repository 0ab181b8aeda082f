"""A cheaper form of the check PySide6 makes on every module imported after it.

To support its opt-in ``from __feature__ import ...`` lines, PySide6 looks at each module imported
once it is loaded and asks whether the module's source names "PySide6". It asks through
``inspect.getsource``, which finds the module's file, reads it through ``linecache``, splits it
into lines and joins them again. The window imports about 430 modules after PySide6 (numpy and
pyqtgraph for the charts among them), and that check came to ~20 ms before the first paint and
~50 ms more until the charts could draw.

``install`` (``ui/app.py`` calls it right after loading PySide6) gives the check the same answer
from the file's bytes. The cost: it replaces a function
of PySide's private support module. A PySide6 without that function is left as it is, and a
module that is not a plain ``.py`` file is still asked about the way PySide asks.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Callable

import PySide6.QtCore  # noqa: F401 - loads the support module whose check this replaces

_SUPPORT_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def names_pyside(module: ModuleType, slow_check: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file names PySide6; ``slow_check`` answers for any other module."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return slow_check(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return slow_check(module)


def install() -> bool:
    """Put the cheaper check in place of PySide's own; False where this PySide6 has none to replace."""
    support = sys.modules.get(_SUPPORT_MODULE)
    slow_check = getattr(support, _CHECK, None)
    if slow_check is None:
        return False
    if getattr(slow_check, "reads_bytes", False):
        return True

    def check(module: ModuleType) -> bool:
        return names_pyside(module, slow_check)

    check.reads_bytes = True  # type: ignore[attr-defined]
    setattr(support, _CHECK, check)
    return True
