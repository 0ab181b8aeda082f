"""Settings: defaults, a broken file, round trip, recent files."""

from __future__ import annotations

import json

import pytest

from samson_desktop import paths
from samson_desktop.ui.settings import MAX_RECENT, Settings


def test_missing_file_gives_defaults():
    settings = Settings.load()
    assert (settings.language, settings.zoom, settings.theme) == ("nb", 1.0, "normal")
    assert settings.recent_files == [] and settings.window_geometry == ""


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2, 3]", b"", b'"text"'])
def test_a_broken_file_gives_defaults_and_no_error(content, capsys):
    paths.settings_file().write_bytes(content)
    settings = Settings.load()
    assert settings.language == "nb" and settings.recent_files == []
    # and the next save repairs it
    assert settings.save()
    assert json.loads(paths.settings_file().read_text(encoding="utf-8"))["language"] == "nb"


def test_values_of_the_wrong_kind_are_ignored_one_by_one():
    paths.settings_file().write_text(json.dumps({
        "language": "de", "zoom": "large", "theme": "high_contrast",
        "recent_files": ["/a.samson", 3, None, ""], "window_geometry": 42, "last_folder": "/x",
    }), encoding="utf-8")
    settings = Settings.load()
    assert settings.language == "nb"  # unknown language
    assert settings.zoom == 1.0  # not a number
    assert settings.theme == "high_contrast"  # valid, kept
    assert settings.recent_files == ["/a.samson"]
    assert settings.window_geometry == ""
    assert settings.last_folder == "/x"


def test_zoom_out_of_range_is_ignored():
    paths.settings_file().write_text(json.dumps({"zoom": 40}), encoding="utf-8")
    assert Settings.load().zoom == 1.0


def test_round_trip(tmp_path):
    settings = Settings.load()
    settings.language, settings.zoom, settings.theme = "en", 1.4, "high_contrast"
    settings.window_geometry = "01d9d0cb"
    settings.add_recent(tmp_path / "a.samson")
    assert settings.save()
    again = Settings.load()
    assert again.to_dict() == settings.to_dict()
    leftovers = [p.name for p in paths.settings_file().parent.iterdir() if p.name != "settings.json"]
    assert leftovers == []  # the atomic write leaves no temporary file


def test_recent_files_newest_first_without_duplicates_and_bounded(tmp_path):
    settings = Settings()
    files = [tmp_path / f"s{i}.samson" for i in range(MAX_RECENT + 3)]
    for f in files:
        f.write_text("x")
        settings.add_recent(f)
    settings.add_recent(files[2])
    assert settings.recent_files[0] == str(files[2].resolve())
    assert len(settings.recent_files) == MAX_RECENT
    assert len(set(settings.recent_files)) == MAX_RECENT


def test_existing_recent_skips_files_that_are_gone(tmp_path):
    settings = Settings()
    kept, gone = tmp_path / "kept.samson", tmp_path / "gone.samson"
    kept.write_text("x")
    gone.write_text("x")
    settings.add_recent(kept)
    settings.add_recent(gone)
    gone.unlink()
    assert settings.existing_recent() == [kept.resolve()]
    settings.remove_recent(kept)
    assert str(kept.resolve()) not in settings.recent_files


def test_unwritable_settings_are_reported_not_raised(tmp_path, capsys):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    settings = Settings(path=blocker / "settings.json")
    assert settings.save() is False
    assert "could not save settings" in capsys.readouterr().err
