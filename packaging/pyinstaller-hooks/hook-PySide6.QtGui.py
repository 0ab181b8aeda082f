"""PySide6.QtGui, without the Qt plugins listed in packaging/bundle_rules.py (and the libraries only they need)."""

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bundle_rules import keep_plugin  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
# Dropping a plugin here, before the dependency analysis, also keeps out what only it links to.
binaries = [
    (src, dest) for src, dest in binaries
    if "plugins" not in dest.replace("\\", "/").split("/")
    or keep_plugin(os.path.basename(dest.rstrip("/\\")), os.path.basename(src))
]
