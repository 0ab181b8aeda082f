"""The phone room's server over real HTTP on 127.0.0.1: the API, the guards, and ``samson serve``."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from factories import session_bytes
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.room.state import Room
from samson_desktop.room.thread import RoomThread

VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "<b>Frivillige</b>", "kind": "voluntary"}]


class Client:
    """A tiny HTTP client that can also send what a browser never would (wrong Host, huge bodies)."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.host, self.port, self.token = parts.hostname, parts.port, parts.path.strip("/")

    def request(self, method: str, path: str, body: object = None, headers: dict | None = None,
                raw: bytes | None = None) -> tuple[int, dict | str, dict]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        conn.request(method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})})
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        conn.close()
        try:
            payload = json.loads(text)
        except ValueError:
            payload = text
        return response.status, payload, dict(response.getheaders())

    def api(self, name: str, body: object = None, **kwargs):
        """POST to the room's API the way the phone page does: the phone's key also in the query."""
        key = body.get("key", "") if isinstance(body, dict) else ""
        return self.request("POST", f"/{self.token}/api/{name}?key={key or ''}", body, **kwargs)


@pytest.fixture
def room():
    session = parse_session(session_bytes(voices=VOICES))
    room = Room(session)
    thread = RoomThread(room, "127.0.0.1", 0)
    thread.start()
    yield thread
    thread.stop()


def joined(client: Client, voice: str = "v1") -> str:
    status, data, _ = client.api("join", {})
    assert status == 200
    key = data["key"]
    assert client.api("party", {"key": key, "voice": voice})[0] == 200
    return key


def snapshot(thread: RoomThread):
    return thread.call(lambda r: (json.dumps({k: [(b.voice, b.score) for b in v.values()]
                                              for k, v in r.ballots.items()}), dict(r.session.answers)),
                       thread.room)


def test_a_phone_joins_answers_changes_its_answer_and_the_projector_counts(room):
    client = Client(room.join_url)
    qid = room.room.session.question_set.questions()[0].id
    room.call(room.room.open_item, qid)
    key = joined(client)
    status, data, headers = client.api("answer", {"key": key, "item": qid, "score": 3})
    assert status == 200 and data["received"] and data["state"]["mine"] == 3
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert client.api("answer", {"key": key, "item": qid, "score": 3})[0] == 200  # idempotent
    assert client.api("answer", {"key": key, "item": qid, "score": 8})[1]["state"]["mine"] == 8
    counts = room.call(room.room.counts)
    assert counts["answered"] == 1 and counts["parties"]["v1"]["answered"] == 1
    status, page, headers = client.request("GET", f"/{client.token}/")
    assert status == 200 and "phone.js" in page and headers["Content-Type"].startswith("text/html")


def test_the_room_code_leads_to_the_join_address(room):
    client = Client(room.join_url)
    code = room.server.code
    status, data, _ = client.request("POST", "/code", {"code": code.lower()})
    assert status == 200 and data["path"] == f"/{client.token}/"
    assert client.request("POST", "/code", {"code": "AAAAAA"})[0] == 404


@pytest.mark.parametrize("case", ["no token", "wrong token", "wrong host", "closed question",
                                  "other question", "huge body", "not json", "unknown phone", "bad score"])
def test_bad_requests_are_answered_cleanly_and_change_nothing(room, case):
    client = Client(room.join_url)
    questions = room.room.session.question_set.questions()
    qid = questions[0].id
    room.call(room.room.open_item, qid)
    key = joined(client)
    client.api("answer", {"key": key, "item": qid, "score": 6})
    before = snapshot(room)
    body = {"key": key, "item": qid, "score": 9}
    if case == "no token":
        status, data, _ = client.request("POST", "/api/answer", body)
        expected = 404
    elif case == "wrong token":
        status, data, _ = client.request("POST", "/AAAAAAAAAAAAAAAAAAAAAA/api/answer", body)
        expected = 404
    elif case == "wrong host":
        status, data, _ = client.api("answer", body, headers={"Host": "evil.example"})
        expected = 421
    elif case == "closed question":
        room.call(room.room.close_item)
        status, data, _ = client.api("answer", body)
        expected = 409
    elif case == "other question":
        status, data, _ = client.api("answer", {**body, "item": questions[1].id})
        expected = 409
    elif case == "huge body":
        status, data, _ = client.api("answer", raw=json.dumps({**body, "pad": "x" * 1_000_000}).encode())
        expected = 413
    elif case == "not json":
        status, data, _ = client.api("answer", raw=b"\xff{score")
        expected = 400
    elif case == "unknown phone":
        status, data, _ = client.api("answer", {**body, "key": "x" * 22})
        expected = 403
    else:
        status, data, _ = client.api("answer", {**body, "score": "9; DROP"})
        expected = 400
    assert status == expected
    assert isinstance(data, dict) and set(data) == {"error"} and "Traceback" not in data["error"]
    assert snapshot(room) == before


def test_a_flood_is_slowed_down_not_obeyed(room):
    client = Client(room.join_url)
    qid = room.room.session.question_set.questions()[0].id
    room.call(room.room.open_item, qid)
    key = joined(client)
    before = snapshot(room)
    statuses = []
    started = time.monotonic()
    for n in range(200):  # 200 requests as fast as one client can send them, bounded in count
        statuses.append(client.request("GET", f"/{client.token}/api/state?key={key}")[0])
        if time.monotonic() - started > 20:
            break
    assert set(statuses) <= {200, 429}
    assert statuses.count(429) > 0
    assert snapshot(room) == before


def test_the_server_never_lists_folders_or_serves_other_files(room):
    client = Client(room.join_url)
    for path in (f"/{client.token}/../", f"/{client.token}/index.html/../../schema",
                 f"/{client.token}/resources/", "/resources/phone/", f"/{client.token}/api/"):
        status, data, _ = client.request("GET", path)
        assert status == 404, path
        assert isinstance(data, dict)


def serve(path: Path, *extra: str) -> tuple[subprocess.Popen, str, str]:
    """Start ``samson serve`` on a free loopback port; returns the process, the join URL and the room code."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "samson_desktop", "serve", str(path), "--host", "127.0.0.1",
                             "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    assert line.startswith("join: http://127.0.0.1:"), line + proc.stderr.read()
    code = proc.stdout.readline().split()[1]
    return proc, line.split(" ", 1)[1].strip(), code


def test_samson_serve_writes_ballots_and_party_means_on_sigterm(tmp_path):
    path = tmp_path / "room.samson"
    path.write_bytes(session_bytes(voices=VOICES))
    qid = read_session(path).question_set.questions()[0].id
    proc, url, _code = serve(path, "--open", qid)
    try:
        client = Client(url)
        for voice, score in (("v1", 7), ("v1", 8), ("v2", "not_applicable"), ("v2", 2)):
            key = joined(client, voice)
            assert client.api("answer", {"key": key, "item": qid, "score": score})[0] == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    answer = read_session(path).answers[qid]
    assert answer.voices == {"v1": 7.5, "v2": 2}
    assert len(answer.extra["ballots"]) == 4


def test_samson_serve_refuses_a_session_without_parties_and_a_bad_question(tmp_path):
    path = tmp_path / "empty.samson"
    path.write_bytes(session_bytes())
    result = subprocess.run([sys.executable, "-m", "samson_desktop", "serve", str(path), "--host", "127.0.0.1"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "parties" in result.stderr and "Traceback" not in result.stderr
    path.write_bytes(session_bytes(voices=VOICES))
    result = subprocess.run([sys.executable, "-m", "samson_desktop", "serve", str(path), "--host", "127.0.0.1",
                             "--open", "no.such.question"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "no question" in result.stderr
    assert read_session(path).answers == {}
