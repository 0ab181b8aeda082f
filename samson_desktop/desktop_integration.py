"""Add SAMSON to a Linux desktop (menu entry, icon, .samson file type) for one user, and take it away again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape

from .resources import resource_path

APP_ID = "no.samson.SamsonDesktop"
MIME_TYPE = "application/x-samson-session"
FILE_EXTENSION = ".samson"
#: hicolor sizes shipped as resources/icons/samson-<size>.png.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

EXIT_OK, EXIT_FAILED = 0, 1

_MANIFEST_NAME = "desktop-integration.json"
#: Files the cache tools write next to ours; they are regenerated, never user content.
_APPLICATIONS_CACHE = "mimeinfo.cache"
_ICON_CACHE = "icon-theme.cache"


def desktop_entry(command: Iterable[str] = ("samson",), try_exec: str | None = None) -> str:
    """The ``.desktop`` file text; ``command`` is the program and its fixed arguments."""
    exec_line = " ".join(_quote_exec_arg(arg) for arg in command) + " %F"
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=SAMSON",
        "GenericName=Co-creation workshop tool",
        "GenericName[nb]=Verktøy for samskaping",
        "Comment=Run a SAMSON co-creation workshop: weight the values, score the action fields"
        " and plan measures",
        "Comment[nb]=Gjennomfør en SAMSON-samling: vekt verdiene, vurder handlingsfeltene"
        " og planlegg tiltak",
        f"Exec={exec_line}",
    ]
    if try_exec:
        lines.append(f"TryExec={_escape_string(try_exec)}")
    lines += [
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        "Keywords=co-creation;co-production;workshop;scorecard;radar;",
        "Keywords[nb]=samskaping;samproduksjon;workshop;verktøy;tiltak;",
        f"MimeType={MIME_TYPE};",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


def mime_info() -> str:
    """The shared-mime-info package that makes ``*.samson`` files SAMSON sessions."""
    # "samson-session" is the value of the first key of every session file; the glob decides
    # for files with the extension, the magic catches renamed ones.
    magic_value = escape('"samson-session"', {'"': "&quot;"})
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{MIME_TYPE}">\n'
        "    <comment>SAMSON session</comment>\n"
        '    <comment xml:lang="nb">SAMSON-økt</comment>\n'
        '    <sub-class-of type="application/json"/>\n'
        f'    <icon name="{APP_ID}"/>\n'
        '    <generic-icon name="x-office-document"/>\n'
        f'    <glob pattern="*{FILE_EXTENSION}"/>\n'
        '    <magic priority="50">\n'
        f'      <match type="string" value="{magic_value}" offset="0:256"/>\n'
        "    </magic>\n"
        "  </mime-type>\n"
        "</mime-info>\n"
    )


def launcher_command() -> list[str]:
    """The command that starts the SAMSON that is running now, as absolute paths."""
    appimage = os.environ.get("APPIMAGE")
    if appimage and getattr(sys, "frozen", False):
        return [appimage]  # sys.executable lies in a mount that disappears when the app quits
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script and script.name in ("samson", "samson.exe") and script.is_file():
        return [str(script.resolve())]
    sibling = Path(sys.executable).with_name("samson")
    if sibling.is_file():
        return [str(sibling)]
    return [str(Path(sys.executable)), "-m", "samson_desktop"]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (XDG rule)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_files(home: Path) -> list[Path]:
    """Every file that ``install_desktop`` writes below ``home`` (the XDG data home)."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "mime" / "packages" / f"{APP_ID}.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES),
    ]


def _manifest_path(home: Path) -> Path:
    return home / "samson-desktop" / _MANIFEST_NAME


def install_desktop() -> int:
    """Install the menu entry, icons and MIME type into the user's XDG folders. Exit code."""
    if not _is_xdg_platform():
        print("samson: --install-desktop is for Linux desktops; on Windows and macOS the installer"
              " does this.", file=sys.stderr)
        return EXIT_FAILED
    home = data_home()
    command = launcher_command()
    files = installed_files(home)
    contents = [
        desktop_entry(command, try_exec=command[0]).encode("utf-8"),
        mime_info().encode("utf-8"),
        resource_path("icons", "samson.svg").read_bytes(),
        *(resource_path("icons", f"samson-{size}.png").read_bytes() for size in ICON_SIZES),
    ]
    manifest = _manifest_path(home)
    # A second install keeps the folders the first one created, so uninstall still removes them.
    created = set(_read_manifest(manifest).get("created_dirs", []))
    # update-mime-database creates mime/application/ for our type and never removes it again.
    media_dir = home / "mime" / MIME_TYPE.split("/")[0]
    if not media_dir.exists():
        created.add(str(media_dir))
    try:
        for path, data in zip(files, contents, strict=True):
            created.update(str(d) for d in _make_parents(path.parent))
            _write_file(path, data)
        created.update(str(d) for d in _make_parents(manifest.parent))
        record = {"files": [str(p) for p in files], "created_dirs": sorted(created)}
        _write_file(manifest, json.dumps(record, indent=1).encode("utf-8"))
    except OSError as exc:
        print(f"samson: could not install the desktop files: {exc}", file=sys.stderr)
        return EXIT_FAILED
    _refresh_caches(home)
    print(f"Installed SAMSON in the desktop menu ({files[0]}).")
    print(f"It starts: {' '.join(command)}")
    return EXIT_OK


def uninstall_desktop() -> int:
    """Remove exactly what ``install_desktop`` added. Exit code."""
    if not _is_xdg_platform():
        print("samson: --uninstall-desktop is for Linux desktops.", file=sys.stderr)
        return EXIT_FAILED
    home = data_home()
    manifest = _manifest_path(home)
    recorded = _read_manifest(manifest)
    files = [Path(p) for p in recorded.get("files", [])] or installed_files(home)
    created = [Path(d) for d in recorded.get("created_dirs", [])]
    removed = 0
    try:
        for path in [*files, manifest]:
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed += 1
        _refresh_caches(home)
        _remove_created_dirs(home, created)
    except OSError as exc:
        print(f"samson: could not remove the desktop files: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if removed:
        print("Removed SAMSON from the desktop menu.")
    else:
        print("SAMSON was not installed in the desktop menu; nothing to remove.")
    return EXIT_OK


def _is_xdg_platform() -> bool:
    return not (sys.platform.startswith("win") or sys.platform == "darwin")


def _quote_exec_arg(arg: str) -> str:
    """Quote one argument of an ``Exec`` key (Desktop Entry spec, "The Exec key")."""
    arg = arg.replace("%", "%%")
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if any(ch in reserved for ch in arg):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        arg = f'"{inner}"'
    return _escape_string(arg)


def _escape_string(value: str) -> str:
    """Escape a value of type string (backslash first, as the spec applies it before quoting)."""
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def _make_parents(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents (e.g. ``~/.local``); return the ones created."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _read_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _run_tool(*args: str) -> None:
    """Run a desktop cache tool if it is installed; a missing or failing tool is not an error."""
    if shutil.which(args[0]) is None:
        return
    try:
        subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=60)
    except (OSError, subprocess.SubprocessError):
        pass


def _refresh_caches(home: Path) -> None:
    applications, mime = home / "applications", home / "mime"
    hicolor = home / "icons" / "hicolor"
    if applications.is_dir():
        _run_tool("update-desktop-database", "-q", str(applications))
    if (mime / "packages").is_dir():
        _run_tool("update-mime-database", str(mime))
    if (hicolor / "index.theme").is_file():  # without a theme index the tool refuses anyway
        _run_tool("gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor))
    if hicolor.is_dir():
        os.utime(hicolor)  # icon loaders rescan a theme folder whose time changed


def _remove_created_dirs(home: Path, created: list[Path]) -> None:
    """Remove the folders install created, if only regenerated cache files remain in them."""
    mime = home / "mime"
    for folder in sorted(created, key=lambda p: len(p.parts), reverse=True):
        if not folder.is_dir():
            continue
        if folder == mime:
            packages = mime / "packages"
            # Everything in mime/ except packages/ is generated from packages/.
            if not packages.exists() or not any(packages.iterdir()):
                shutil.rmtree(folder)
            continue
        leftovers = {p.name for p in folder.iterdir()}
        if folder.name == "applications":
            leftovers.discard(_APPLICATIONS_CACHE)
        if folder.name == "hicolor":
            leftovers.discard(_ICON_CACHE)
        if not leftovers:
            for cache in (_APPLICATIONS_CACHE, _ICON_CACHE):
                (folder / cache).unlink(missing_ok=True)
            folder.rmdir()
