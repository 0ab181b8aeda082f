"""A kill of the app while phones answer: no accepted ballot is lost, and the phones say the room is gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from browser import phone_context
from factories import session_bytes
from samson_desktop.fileformat import read_session
from test_room_server import VOICES

#: a real app process, a browser phone and a kill; `make test-slow` and CI run it.
pytestmark = pytest.mark.slow

DRIVER = Path(__file__).with_name("room_app_driver.py")


def autosaved_ballots(home: Path, question_id: str) -> list:
    for file in (home / "data" / "autosave").glob("*.samson"):
        try:
            answer = json.loads(file.read_text("utf-8"))["answers"].get(question_id, {})
        except (OSError, ValueError, KeyError):
            continue
        if answer.get("ballots"):
            return answer["ballots"]
    return []


def test_a_killed_app_keeps_accepted_ballots_and_phones_say_the_room_is_gone(browser, tmp_path):
    home = tmp_path / "home"
    path = tmp_path / "room.samson"
    path.write_bytes(session_bytes(voices=VOICES))
    qid = read_session(path).question_set.questions()[0].id
    env = {**os.environ, "SAMSON_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    app = subprocess.Popen([sys.executable, str(DRIVER), str(path), qid], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = app.stdout.readline()
        assert line.startswith("join: "), line + app.stderr.read()
        url = line.split()[1]
        context = phone_context(browser)
        page = context.new_page()
        page.goto(url)
        page.get_by_role("button", name="Kommunen").click()
        page.get_by_role("button", name="8", exact=True).click()
        page.locator("#send").click()
        page.get_by_text("Mottatt: 8").wait_for()
        assert app.stdout.readline().strip() == "accepted 1"
        deadline = time.monotonic() + 20
        while not autosaved_ballots(home, qid) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        app.send_signal(signal.SIGKILL)
        app.communicate(timeout=20)
    assert autosaved_ballots(home, qid) == [{"voice": "v1", "score": 8}]
    # The phone notices within seconds, and says so instead of waiting for ever.
    page.get_by_role("heading", name="Fant ikke rommet").wait_for(timeout=40_000)
    context.close()
    # The session file itself was never saved, so the autosave is the only copy: recovery offers it.
    assert read_session(path).answers == {}
