"""How the window looks: presentation mode, zoom, contrast, language and geometry, kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from . import i18n
from .settings import Settings
from .theme import theme


class ViewController(QObject):
    """Applies the settings' look to ``window`` and stores every change the user makes to it."""

    presentationChanged = Signal(bool)

    def __init__(self, window: QMainWindow, settings: Settings, hidden_when_presenting: list[QWidget]):
        super().__init__(window)
        self._window = window
        self.settings = settings
        self._hidden = hidden_when_presenting
        self._presentation = False
        self._maximized_before = False
        i18n.manager().set_language(settings.language)
        current = theme()
        wanted = (settings.zoom, settings.theme == "high_contrast")
        if (current.zoom, current.high_contrast) != wanted or not QApplication.instance().styleSheet():
            current.zoom, current.high_contrast = wanted
            current.apply()
        current.changed.connect(self._store)

    # --- presentation ------------------------------------------------------------------
    def is_presentation(self) -> bool:
        return self._presentation

    def set_presentation(self, on: bool) -> None:
        """Full screen with large type and without menus, step bar and status bar; or back."""
        if on == self._presentation:
            self.presentationChanged.emit(on)  # the checkable action follows even without a change
            return
        self._presentation = on
        for part in self._hidden:
            part.setVisible(not on)
        theme().set_presentation(on)
        self.presentationChanged.emit(on)
        window = self._window
        if on:
            self._maximized_before = window.isMaximized()
            window.showFullScreen()
        elif self._maximized_before:
            window.showMaximized()
        else:
            window.showNormal()

    # --- zoom, contrast, language ------------------------------------------------------
    def zoom_in(self) -> None:
        theme().zoom_in()

    def zoom_out(self) -> None:
        theme().zoom_out()

    def zoom_reset(self) -> None:
        theme().set_zoom(1.0)

    def set_high_contrast(self, on: bool) -> None:
        theme().set_high_contrast(bool(on))

    def _store(self) -> None:
        current, settings = theme(), self.settings
        if (settings.zoom, settings.theme == "high_contrast") != (current.zoom, current.high_contrast):
            settings.zoom = current.zoom
            settings.theme = "high_contrast" if current.high_contrast else "normal"
            settings.save()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.settings.save()
        i18n.manager().set_language(language)

    # --- geometry ----------------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        try:
            restored = bool(geometry) and self._window.restoreGeometry(bytes.fromhex(geometry))
        except ValueError:
            restored = False
        if not restored:
            self._window.resize(1280, 720)

    def store_geometry(self) -> None:
        self.set_presentation(False)
        self.settings.window_geometry = bytes(self._window.saveGeometry()).hex()
        self.settings.save()
