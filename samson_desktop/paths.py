"""The one place that decides where SAMSON keeps user data, settings and autosaves."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "samson-desktop"
#: Set to a folder to keep every data and config file below it (tests, development, portable use).
HOME_OVERRIDE_ENV = "SAMSON_HOME"


@cache
def _base_dirs() -> tuple[Path, Path, Path]:
    override = os.environ.get(HOME_OVERRIDE_ENV)
    if override:
        root = Path(override)
        return root / "data", root / "config", root / "cache"
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_cache_dir)


def reset_cache() -> None:
    """Forget the resolved folders (tests change ``SAMSON_HOME`` between cases)."""
    _base_dirs.cache_clear()


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _ensure_private(path: Path) -> Path:
    """A folder only its owner may enter, whatever the umask: it holds participants' names."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)  # made by an older version, or by hand, with the umask's permissions
    return path


def data_dir() -> Path:
    return _ensure(_base_dirs()[0])


def config_dir() -> Path:
    return _ensure(_base_dirs()[1])


def cache_dir() -> Path:
    """Data the app can always rebuild, such as the portfolio's summaries of session files."""
    return _ensure(_base_dirs()[2])


def autosave_dir() -> Path:
    return _ensure_private(data_dir() / "autosave")


def open_files_dir() -> Path:
    """Where each window's claim on the session file it shows is kept (one lock file per session file)."""
    return _ensure_private(data_dir() / "open")


def settings_file() -> Path:
    return config_dir() / "settings.json"
