"""Locate bundled resources (question sets, schema, fonts, demos, translations) in every install form."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, Path]:
    """Return (resources, translations) folders for the current install form.

    Three forms exist: a PyInstaller bundle (``sys._MEIPASS``), an installed wheel (the
    folders are copied into the package) and a source checkout (they sit beside the package).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "samson_desktop")
    candidates += [_PACKAGE_DIR, _PACKAGE_DIR.parent]
    for base in candidates:
        if (base / "resources" / "schema").is_dir():
            return base / "resources", base / "translations"
    raise FileNotFoundError("SAMSON resources folder not found next to " + str(_PACKAGE_DIR))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return _roots()[0].joinpath(*parts)


def translations_path(*parts: str) -> Path:
    """Path inside the compiled translations folder (``.qm`` files)."""
    return _roots()[1].joinpath(*parts)
