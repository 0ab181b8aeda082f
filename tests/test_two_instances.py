"""One session file, two real SAMSON processes: the file is shown in one window at a time."""

from __future__ import annotations

import json

import pytest

from samson_desktop.fileformat import read_session, write_session
from samson_desktop.ui import session_claims
from tests.factories import session_bytes
from tests.processes import AppProcess

pytestmark = pytest.mark.slow


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "workshop.samson"
    path.write_bytes(session_bytes())
    return path


def test_starting_samson_again_with_the_file_brings_the_first_window_forward(session_file, samson_home):
    first = AppProcess(samson_home, str(session_file))
    try:
        first.expect("ready")
        second = AppProcess(samson_home, str(session_file), module=True)  # python -m samson_desktop FILE
        try:
            assert "brought to the front" in second.expect("SAMSON:")
            assert second.wait() == 0  # no second window
        finally:
            second.stop()
        assert first.expect("shown") == session_claims.key(session_file)
        first.send("state")
        assert json.loads(first.expect("state"))["path"] == str(session_file.resolve())
    finally:
        first.stop()


def test_opening_it_in_another_process_offers_to_show_it_or_a_copy(session_file, samson_home):
    first = AppProcess(samson_home, str(session_file))
    shows = AppProcess(samson_home, answer="show")
    copies = AppProcess(samson_home, answer="copy")
    try:
        first.expect("ready")
        shows.expect("ready")
        copies.expect("ready")
        shows.send(f"open {session_file}")
        assert shows.expect("dialog") == "cancel,copy,show"
        ok, state = shows.expect("opened").split(" ", 1)
        assert ok == "True" and json.loads(state)["path"] is None
        assert first.expect("shown") == session_claims.key(session_file)

        copies.send(f"open {session_file}")
        copies.expect("dialog")
        ok, state = copies.expect("opened").split(" ", 1)
        assert ok == "True" and json.loads(state)["path"] is None
        copies.send("weight openness 2")
        copies.send("state")
        assert json.loads(copies.expect("state"))["weights"] == {"openness": 2}
    finally:
        for process in (first, shows, copies):
            process.stop()


def test_a_save_after_another_program_saved_the_file_asks_first(session_file, samson_home):
    """Window A edits; meanwhile another program saves the file; A's save asks instead of replacing it."""
    first = AppProcess(samson_home, str(session_file), answer="cancel")
    try:
        first.expect("ready")
        first.send("weight openness 7")
        other = read_session(session_file)
        other.weights = {"leadership": 5}
        write_session(other, session_file)
        first.send("save")
        assert first.expect("dialog") == "cancel,overwrite,reload,save_as"
        ok, _state = first.expect("saved").split(" ", 1)
        assert ok == "False"
        assert read_session(session_file).weights == {"leadership": 5}
    finally:
        first.stop()


def test_a_crashed_window_does_not_keep_its_file_claimed(session_file, samson_home):
    first = AppProcess(samson_home, str(session_file))
    try:
        first.expect("ready")
    finally:
        first.stop()  # SIGKILL
    second = AppProcess(samson_home, str(session_file))
    try:
        second.expect("ready")
        second.send("state")
        assert json.loads(second.expect("state"))["path"] == str(session_file.resolve())
        assert not any(line.startswith("dialog") for line in second.lines)
    finally:
        second.stop()
