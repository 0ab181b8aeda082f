"""The Qt workshop window. Importing it loads PySide6 and makes PySide's check on each later import cheap."""

from .pyside_import_check import install

install()
