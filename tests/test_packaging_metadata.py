"""Distribution metadata: one version everywhere, the Linux files valid and in step with the app, icons complete."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from samson_desktop import __version__, resources
from samson_desktop import desktop_integration as di

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
METAINFO = LINUX / f"{di.APP_ID}.metainfo.xml"
DESKTOP = LINUX / f"{di.APP_ID}.desktop"
MIME_XML = LINUX / f"{di.APP_ID}.xml"
ICONS = ROOT / "resources" / "icons"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed")
    return path


# --- one version -----------------------------------------------------------------------------------


def test_appstream_newest_release_is_the_app_version():
    releases = ET.parse(METAINFO).getroot().find("releases")
    newest = releases.find("release")  # AppStream lists releases newest first
    assert newest.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date"))


def test_spec_reads_the_version_from_the_package():
    spec = (PACKAGING / "samson.spec").read_text(encoding="utf-8")
    assert '"samson_desktop" / "__init__.py"' in spec
    assert not re.search(r"\b\d+\.\d+\.\d+\b", spec), "a version number is written into the spec"


# --- Linux files ----------------------------------------------------------------------------------


def test_appstream_ids_match_the_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == di.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"


def test_packaged_desktop_file_is_what_the_installer_writes():
    """Distribution packages ship these files; --install-desktop generates the same text."""
    assert DESKTOP.read_text(encoding="utf-8") == di.desktop_entry(("samson",))
    assert MIME_XML.read_text(encoding="utf-8") == di.mime_info()


def test_desktop_file_opens_session_files():
    keys = dict(
        line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines()[1:] if line
    )
    assert keys["Exec"] == "samson %F"
    assert keys["MimeType"] == f"{di.MIME_TYPE};"
    assert keys["Icon"] == di.APP_ID


def test_mime_package_globs_and_subclasses_json():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert mime_type.get("type") == di.MIME_TYPE
    assert mime_type.find("m:glob", ns).get("pattern") == "*.samson"
    assert mime_type.find("m:sub-class-of", ns).get("type") == "application/json"


def test_mime_magic_matches_a_written_session_file():
    """The magic string must sit within the first 256 bytes of what the app writes."""
    from samson_desktop.fileformat import read_session, session_to_bytes

    session = read_session(resources.resource_path("demo", "demo-t1.samson"))
    head = session_to_bytes(session)[:256]
    assert b'"samson-session"' in head


def test_desktop_file_validator_accepts_the_packaged_and_a_generated_file(tmp_path):
    validator = _tool("desktop-file-validate")
    generated = tmp_path / DESKTOP.name
    generated.write_text(
        di.desktop_entry(["/opt/SAMSON 0.1/samson"], try_exec="/opt/SAMSON 0.1/samson"),
        encoding="utf-8",
    )
    for path in (DESKTOP, generated):
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_validator_accepts_the_metainfo():
    appstreamcli = _tool("appstreamcli")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail the validation above; infos are allowed (e.g. <developer> is
    # newer than AppStream 0.16).
    assert not re.search(r"^[EW]:", result.stdout, re.M), result.stdout


def test_shared_mime_info_compiles_the_package(tmp_path):
    update = _tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    result = subprocess.run([update, "-V", str(tmp_path / "mime")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Invalid" not in result.stderr and "Error" not in result.stderr, result.stderr
    assert "application/x-samson-session:*.samson" in (tmp_path / "mime" / "globs2").read_text()


# --- icons -----------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_every_linux_icon_size_is_rendered():
    for size in di.ICON_SIZES:
        assert _png_size(ICONS / f"samson-{size}.png") == (size, size)


def test_svg_icon_is_square_svg():
    root = ET.parse(ICONS / "samson.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_windows_icon_holds_the_sizes_explorer_uses():
    data = (PACKAGING / "icons" / "samson.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 in the directory means 256
    assert {16, 24, 32, 48, 256} <= sizes


def test_macos_icon_holds_retina_sizes():
    data = (PACKAGING / "icons" / "samson.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    types, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        types.add(kind.decode("ascii"))
        offset += length
    assert {"ic07", "ic08", "ic09", "ic10"} <= types  # 128, 256, 512 and 1024 pixels


# --- bundle layout ---------------------------------------------------------------------------------


def test_bundle_layout_is_where_resources_looks(tmp_path, monkeypatch):
    """The spec puts data under samson_desktop/{resources,translations} of sys._MEIPASS."""
    spec = (PACKAGING / "samson.spec").read_text(encoding="utf-8")
    assert '"samson_desktop/resources"' in spec and '"samson_desktop/translations"' in spec
    meipass = tmp_path / "_internal"
    (meipass / "samson_desktop" / "resources" / "schema").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    resources._roots.cache_clear()
    try:
        assert resources.resource_path("icons", "samson.svg") == (
            meipass / "samson_desktop" / "resources" / "icons" / "samson.svg")
        assert resources.translations_path("samson_nb.qm") == (
            meipass / "samson_desktop" / "translations" / "samson_nb.qm")
    finally:
        resources._roots.cache_clear()


def test_entry_script_runs_the_samson_command():
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "samson_entry.py"), "--version"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"samson {__version__}"


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("SAMSON_TEST_BUNDLE") != "1",
                    reason="builds the PyInstaller bundle (about a minute); set SAMSON_TEST_BUNDLE=1")
def test_built_bundle_runs_headless():
    """`make package-test`: build dist/samson, then --version, report and --smoke-test."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test script is for Linux")
    result = subprocess.run(["make", "package-test"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
