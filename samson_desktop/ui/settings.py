"""User settings in one JSON file: recent files, language, zoom, theme and window geometry."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import asdict

from .. import paths
from ..fileformat.atomic import atomic_write

MAX_RECENT = 10
MAX_EARLIER_FILES = 100
LANGUAGES = ("nb", "en")
THEMES = ("normal", "high_contrast")
ZOOM_MIN, ZOOM_MAX = 0.6, 2.5


class Settings(Struct):
    """The user's settings; ``path`` says where they are kept and is left out of the file."""

    language: str = "nb"
    zoom: float = 1.0
    theme: str = "normal"
    recent_files: list[str] = field(default_factory=list)
    #: QMainWindow.saveGeometry() as hex, "" until the window was first closed.
    window_geometry: str = ""
    #: The folder of the last open/save dialog.
    last_folder: str = ""
    #: Earlier session id → the file chosen by hand for it, when it was not found by itself.
    earlier_files: dict[str, str] = field(default_factory=dict)
    #: Where this object is saved; not part of the file.
    path: Path | None = None

    # --- loading and saving -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        """Read the settings; a missing or broken file gives the defaults and never an error."""
        path = path or paths.settings_file()
        settings = cls(path=path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return settings
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            print(f"SAMSON: ignoring unreadable settings file {path} ({exc})", file=sys.stderr)
            return settings
        if isinstance(raw, dict):
            settings._absorb(raw)
        return settings

    def _absorb(self, raw: dict[str, Any]) -> None:
        """Take every setting that has the right type and a sane value; ignore the rest."""
        if raw.get("language") in LANGUAGES:
            self.language = raw["language"]
        zoom = raw.get("zoom")
        if isinstance(zoom, (int, float)) and not isinstance(zoom, bool) and ZOOM_MIN <= zoom <= ZOOM_MAX:
            self.zoom = float(zoom)
        if raw.get("theme") in THEMES:
            self.theme = raw["theme"]
        recent = raw.get("recent_files")
        if isinstance(recent, list):
            self.recent_files = [p for p in recent if isinstance(p, str) and p][:MAX_RECENT]
        files = raw.get("earlier_files")
        if isinstance(files, dict):
            self.earlier_files = {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str) and v}
        for name in ("window_geometry", "last_folder"):
            if isinstance(raw.get(name), str):
                setattr(self, name, raw[name])

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("path")
        return data

    def save(self) -> bool:
        """Write the settings atomically; report (not raise) a failure, settings are not precious."""
        path = self.path or paths.settings_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"
            atomic_write(path, text.encode("utf-8"), keep_backup=False)
        except OSError as exc:
            print(f"SAMSON: could not save settings to {path} ({exc})", file=sys.stderr)
            return False
        return True

    # --- recent files -------------------------------------------------------------------
    def add_recent(self, file: str | Path) -> None:
        entry = str(Path(file).resolve())
        self.recent_files = [entry] + [p for p in self.recent_files if p != entry]
        del self.recent_files[MAX_RECENT:]

    def remove_recent(self, file: str | Path) -> None:
        entry = str(Path(file).resolve())
        self.recent_files = [p for p in self.recent_files if p != entry and p != str(file)]

    def remember_earlier(self, session_id: str, file: str | Path) -> None:
        """The file of an earlier session, chosen by hand: found by itself next time (the newest 100 kept)."""
        self.earlier_files.pop(session_id, None)
        self.earlier_files[session_id] = str(Path(file).resolve())
        for old in list(self.earlier_files)[:-MAX_EARLIER_FILES]:
            del self.earlier_files[old]

    def existing_recent(self) -> list[Path]:
        """Recent files that still exist, newest first."""
        return [Path(p) for p in self.recent_files if Path(p).is_file()]

    def clear_recent(self) -> None:
        self.recent_files = []


def setting_names() -> list[str]:
    return [name for name in Settings.__struct_fields__ if name != "path"]
