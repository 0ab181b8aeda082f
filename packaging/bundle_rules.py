"""What the PyInstaller bundle leaves out, shared by samson.spec and the Qt hook override in pyinstaller-hooks/."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

#: The PySide6 modules the bundle keeps: the three the app uses, and the two pyqtgraph imports
#: unconditionally (pyqtgraph.Qt.OpenGLHelpers, reached from PlotCurveItem). pyqtgraph also tries
#: QtSvg and QtTest, and works without them.
QT_KEEP = {"QtCore", "QtGui", "QtWidgets", "QtOpenGL", "QtOpenGLWidgets"}

#: Qt plugins that are not collected (matched against "<plugin type>/<file name>", lower case).
#: Kept: platforms xcb, wayland and offscreen (headless runs), the XDG portal theme, image
#: formats the app can meet (png is built in; svg, ico, icns, gif, jpeg), icon engines, input
#: methods (compose, ibus) and the wayland client plugins.
DROPPED_PLUGINS = (
    "platforms/*eglfs*", "platforms/*linuxfb*", "platforms/*vnc*", "platforms/*minimalegl*",
    "platforms/*vkkhrdisplay*",                       # embedded and framebuffer targets
    "egldeviceintegrations/*", "generic/*",           # evdev/tslib input, for eglfs only
    "platformthemes/*gtk3*",                          # loads the system GTK 3 (and pulls in cairo,
                                                      # pango, gdk-pixbuf); the portal theme is kept
    "imageformats/*pdf*",                             # needs QtPdf (not in PySide6-Essentials)
    "imageformats/*tiff*", "imageformats/*webp*", "imageformats/*tga*", "imageformats/*wbmp*",
    "platforminputcontexts/*virtualkeyboard*",        # needs QtQuick/QML
    "wayland-graphics-integration-server/*",          # compositor side only
)

#: Qt's own translations (standard dialogs and buttons) are kept for the app's languages only.
QT_TRANSLATION_SUFFIXES = ("_nb.qm", "_no.qm", "_en.qm")


def strip_debug_info(binaries: list, workdir: Path) -> list:
    """Linux: copy binaries that carry debug info (a self-built Python's libpython and extension
    modules: ~20 MB of it) into ``workdir`` without it.

    Only files outside site-packages are touched: wheels' libraries are stripped already and some
    are patched by auditwheel, which ``strip`` can damage.
    """
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return binaries
    result = []
    for dest, src, typecode in binaries:
        if "site-packages" not in Path(src).parts and _has_debug_info(src):
            target = workdir / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            subprocess.run(["strip", "--strip-debug", str(target)], check=True)
            src = str(target)
        result.append((dest, src, typecode))
    return result


def _has_debug_info(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    return data[:4] == b"\x7fELF" and b".debug_info" in data


def keep_plugin(plugin_type: str, file_name: str) -> bool:
    name = f"{plugin_type}/{file_name}".replace("\\", "/").lower()
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED_PLUGINS)


def keep_data(dest_name: str) -> bool:
    """Filter for collected data files (destination paths inside the bundle)."""
    name = dest_name.replace("\\", "/")
    if name.startswith("PySide6/") and "/translations/" in name and name.endswith(".qm"):
        return name.endswith(QT_TRANSLATION_SUFFIXES)
    return not name.endswith((".ico", ".icns"))  # build-time icon formats; the bundle uses svg/png
