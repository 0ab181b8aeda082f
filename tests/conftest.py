"""Test set-up: headless Qt, every data folder in tmp_path, and no Qt state leaking between tests."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402

from samson_desktop import paths  # noqa: E402

_START_LOCALE = QLocale()


@pytest.fixture(autouse=True)
def samson_home(tmp_path, monkeypatch):
    """Point SAMSON_HOME at a fresh folder so no test touches the real home folder."""
    home = tmp_path / "samson-home"
    monkeypatch.setenv(paths.HOME_OVERRIDE_ENV, str(home))
    paths.reset_cache()
    yield home
    paths.reset_cache()


@pytest.fixture(autouse=True)
def fresh_application_state():
    """Undo what a window changes application-wide: language, locale, font, palette, style sheet."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    saved = (app.font(), app.palette(), app.styleSheet()) if app else None
    yield
    i18n = sys.modules.get("samson_desktop.ui.i18n")
    if i18n is not None and i18n._manager is not None:
        i18n._manager.reset()
    QLocale.setDefault(_START_LOCALE)
    app = QApplication.instance()
    if app is not None and saved is not None:
        # Restyling while deleted widgets still wait for deletion crashes Qt.
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        font, palette, sheet = saved
        app.setStyleSheet(sheet)
        app.setFont(font)
        app.setPalette(palette)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every phone-page test, started with an empty profile."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
