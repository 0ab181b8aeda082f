"""`samson --install-desktop` / `--uninstall-desktop`: the user's XDG folders, and nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samson_desktop import desktop_integration as di
from samson_desktop.cli.main import main

pytestmark = pytest.mark.skipif(
    sys.platform.startswith("win") or sys.platform == "darwin",
    reason="desktop integration is for XDG (Linux) desktops",
)

CACHE_TOOLS = ("update-desktop-database", "update-mime-database")


@pytest.fixture
def xdg(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def no_tools(tmp_path, monkeypatch):
    """Hide the desktop cache tools, as on a system that does not have them."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@pytest.fixture
def with_tools():
    missing = [tool for tool in CACHE_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")


@pytest.fixture
def frozen(monkeypatch, tmp_path) -> Path:
    """Pretend to run from a bundle unpacked to a folder with a space in its name."""
    exe = tmp_path / "Programs dir" / "samson" / "samson"
    exe.parent.mkdir(parents=True)
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("APPIMAGE", raising=False)
    return exe


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) below root."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


# --- install --------------------------------------------------------------------------------------


def test_install_writes_entry_mime_type_and_every_icon(xdg, frozen, no_tools, capsys):
    assert di.install_desktop() == 0

    for path in di.installed_files(xdg):
        assert path.is_file(), path
    icons = xdg / "icons" / "hicolor"
    for size in di.ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / f"{di.APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width
    assert b"<svg" in (icons / "scalable" / "apps" / f"{di.APP_ID}.svg").read_bytes()
    mime = (xdg / "mime" / "packages" / f"{di.APP_ID}.xml").read_text(encoding="utf-8")
    assert 'type="application/x-samson-session"' in mime and 'pattern="*.samson"' in mime

    keys = desktop_keys(xdg / "applications" / f"{di.APP_ID}.desktop")
    assert keys["Icon"] == di.APP_ID
    assert keys["MimeType"] == "application/x-samson-session;"
    assert str(frozen) in capsys.readouterr().out


def test_frozen_bundle_exec_is_the_running_executable_quoted(xdg, frozen, no_tools):
    di.install_desktop()
    keys = desktop_keys(xdg / "applications" / f"{di.APP_ID}.desktop")
    assert keys["Exec"] == f'"{frozen}" %F'  # the space in the path makes quoting necessary
    assert keys["TryExec"] == str(frozen)


def test_appimage_exec_is_the_appimage_file(xdg, frozen, no_tools, monkeypatch, tmp_path):
    appimage = tmp_path / "SAMSON-x86_64.AppImage"
    monkeypatch.setenv("APPIMAGE", str(appimage))
    assert di.launcher_command() == [str(appimage)]


def test_installed_script_exec_is_the_script(monkeypatch, tmp_path):
    script = tmp_path / "bin" / "samson"
    script.parent.mkdir()
    script.write_text("#!/usr/bin/env python3\n")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "argv", [str(script), "--install-desktop"])
    assert di.launcher_command() == [str(script.resolve())]


def test_module_run_exec_is_python_dash_m(monkeypatch, tmp_path):
    python = tmp_path / "venv" / "bin" / "python3"
    python.parent.mkdir(parents=True)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "samson_desktop" / "__main__.py")])
    monkeypatch.setattr(sys, "executable", str(python))
    assert di.launcher_command() == [str(python), "-m", "samson_desktop"]


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("/usr/bin/samson", "/usr/bin/samson"),
        ("/opt/my apps/samson", '"/opt/my apps/samson"'),
        # Inside quotes ", `, $ and \ get a backslash; then the string level doubles every backslash.
        ('/o"dd/$HOME/`x`/a\\b', '"/o\\\\"dd/\\\\$HOME/\\\\`x\\\\`/a\\\\\\\\b"'),
        ("/100%/samson", "/100%%/samson"),
    ],
)
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says(arg, expected):
    assert di._quote_exec_arg(arg) == expected


def test_relative_xdg_data_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert di.data_home() == tmp_path / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert di.data_home() == tmp_path / ".local" / "share"


def test_command_line_flags_run_install_and_uninstall(xdg, frozen, no_tools):
    assert main(["--install-desktop"]) == 0
    assert (xdg / "applications" / f"{di.APP_ID}.desktop").is_file()
    assert main(["--uninstall-desktop"]) == 0
    assert not (xdg / "applications").exists()


def test_other_platforms_are_refused_without_writing(xdg, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    assert di.install_desktop() == 1
    assert di.uninstall_desktop() == 1
    assert not xdg.exists()
    assert "Linux" in capsys.readouterr().err


# --- uninstall: exactly what install added ---------------------------------------------------------


def _populate_foreign_files(xdg: Path) -> None:
    """What another app or the user already has in the same folders."""
    for rel, text in {
        "applications/org.example.Other.desktop": "[Desktop Entry]\nType=Application\nName=Other\n"
                                                  "Exec=other\nMimeType=text/x-other;\n",
        "icons/hicolor/48x48/apps/org.example.Other.png": "png",
        "mime/packages/org.example.Other.xml": (
            '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/'
            'shared-mime-info">\n <mime-type type="text/x-other"><glob pattern="*.other"/>'
            "</mime-type>\n</mime-info>\n"),
        "samson-desktop/autosave/keep.samson": "{}",
    }.items():
        path = xdg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _refresh_like_a_desktop(xdg: Path) -> None:
    """Bring the generated caches up to date, as the system would have done before."""
    subprocess.run(["update-desktop-database", str(xdg / "applications")], check=True)
    subprocess.run(["update-mime-database", str(xdg / "mime")], check=True)


def test_uninstall_from_empty_data_home_leaves_nothing(xdg, frozen, no_tools):
    assert di.install_desktop() == 0
    assert di.uninstall_desktop() == 0
    assert not xdg.exists()


def test_uninstall_from_empty_data_home_with_cache_tools_leaves_nothing(xdg, frozen, with_tools):
    assert di.install_desktop() == 0
    assert (xdg / "mime" / "mime.cache").is_file()  # the tools did run
    assert di.uninstall_desktop() == 0
    assert not xdg.exists()


def test_fresh_home_is_left_as_it_was(tmp_path, monkeypatch, frozen, no_tools):
    """Without XDG_DATA_HOME the files go to ~/.local/share; a new account has no ~/.local yet."""
    home = tmp_path / "home" / "tester"
    (home / ".config").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    before = snapshot(home)
    assert di.install_desktop() == 0
    assert (home / ".local" / "share" / "applications" / f"{di.APP_ID}.desktop").is_file()
    assert di.uninstall_desktop() == 0
    assert snapshot(home) == before


def test_uninstall_keeps_what_was_there_before(xdg, frozen, no_tools):
    _populate_foreign_files(xdg)
    before = snapshot(xdg)
    assert di.install_desktop() == 0
    assert snapshot(xdg) != before
    assert di.uninstall_desktop() == 0
    assert snapshot(xdg) == before


def test_uninstall_with_cache_tools_restores_the_caches(xdg, frozen, with_tools):
    _populate_foreign_files(xdg)
    _refresh_like_a_desktop(xdg)
    before = snapshot(xdg)
    assert di.install_desktop() == 0
    assert di.uninstall_desktop() == 0
    assert snapshot(xdg) == before


def test_installing_twice_then_uninstalling_leaves_nothing(xdg, frozen, no_tools):
    assert di.install_desktop() == 0
    assert di.install_desktop() == 0
    assert di.uninstall_desktop() == 0
    assert not xdg.exists()


def test_uninstall_without_manifest_removes_the_known_files(xdg, frozen, no_tools):
    _populate_foreign_files(xdg)
    assert di.install_desktop() == 0
    (xdg / "samson-desktop" / "desktop-integration.json").unlink()
    assert di.uninstall_desktop() == 0
    assert not any(path.exists() for path in di.installed_files(xdg))
    assert (xdg / "applications" / "org.example.Other.desktop").is_file()


def test_uninstall_when_not_installed_changes_nothing(xdg, no_tools, capsys):
    _populate_foreign_files(xdg)
    before = snapshot(xdg)
    assert di.uninstall_desktop() == 0
    assert snapshot(xdg) == before
    assert "nothing to remove" in capsys.readouterr().out


# --- the desktop sees it -----------------------------------------------------------------------------


def test_cache_tools_register_the_file_type_and_the_app(xdg, frozen, with_tools):
    assert di.install_desktop() == 0
    globs = (xdg / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-samson-session:*.samson" in globs
    assert (xdg / "mime" / "application" / "x-samson-session.xml").is_file()
    assert "application/json" in (xdg / "mime" / "subclasses").read_text(encoding="utf-8")
    handlers = (xdg / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"application/x-samson-session={di.APP_ID}.desktop;" in handlers


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) not installed")
def test_installed_desktop_file_is_valid(xdg, frozen, no_tools):
    di.install_desktop()
    installed = xdg / "applications" / f"{di.APP_ID}.desktop"
    validator = shutil.which("desktop-file-validate", path=os.defpath)
    result = subprocess.run([validator, str(installed)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either
