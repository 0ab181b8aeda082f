"""Test set-up: headless Qt, and every data folder redirected into the test's tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from samson_desktop import paths  # noqa: E402


@pytest.fixture(autouse=True)
def samson_home(tmp_path, monkeypatch):
    """Point SAMSON_HOME at a fresh folder so no test touches the real home folder."""
    home = tmp_path / "samson-home"
    monkeypatch.setenv(paths.HOME_OVERRIDE_ENV, str(home))
    paths.reset_cache()
    yield home
    paths.reset_cache()
