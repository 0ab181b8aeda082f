"""The room across a real network: the room and a phone on two hosts of their own (network namespaces and a veth pair)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from factories import session_bytes
from samson_desktop.fileformat import read_session
from test_room_server import VOICES

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="network namespaces need root (CI runs as root)")

ROOM_ADDRESS = "10.231.7.1"
OTHER_ROOM_ADDRESS = "10.232.7.1"
PHONE_ADDRESSES = ("10.231.7.2", "10.232.7.2")

#: What the phone host runs: join, choose a party, answer over the room's address, and try the other one.
PHONE_SCRIPT = textwrap.dedent("""
    import http.client, json, sys
    host, port, token, qid, other = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    def post(path, body):
        conn = http.client.HTTPConnection(host, port, timeout=10)
        conn.request("POST", f"/{token}/api/{path}", json.dumps(body), {"Content-Type": "application/json"})
        r = conn.getresponse(); data = json.loads(r.read()); conn.close(); return r.status, data
    status, data = post("join", {})
    key = data["key"]
    post("party", {"key": key, "voice": "v2"})
    status, data = post("answer", {"key": key, "item": qid, "score": 6})
    result = {"answer": status}
    try:
        conn = http.client.HTTPConnection(other, port, timeout=5)
        conn.request("GET", f"/{token}/")
        result["other"] = conn.getresponse().status
    except OSError as exc:
        result["other"] = type(exc).__name__
    print(json.dumps(result))
""")


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


@pytest.fixture
def two_hosts():
    if shutil.which("ip") is None:
        raise RuntimeError("iproute2 is not installed (see .ci/install-tools)")
    tag = secrets.token_hex(3)
    room, phone = f"samson-room-{tag}", f"samson-phone-{tag}"
    ip("netns", "add", room)
    ip("netns", "add", phone)
    try:
        ip("link", "add", f"vr{tag}", "type", "veth", "peer", "name", f"vp{tag}")
        ip("link", "set", f"vr{tag}", "netns", room)
        ip("link", "set", f"vp{tag}", "netns", phone)
        ip("-n", room, "addr", "add", f"{ROOM_ADDRESS}/24", "dev", f"vr{tag}")
        ip("-n", room, "addr", "add", f"{OTHER_ROOM_ADDRESS}/24", "dev", f"vr{tag}")
        for address in PHONE_ADDRESSES:
            ip("-n", phone, "addr", "add", f"{address}/24", "dev", f"vp{tag}")
        for ns, dev in ((room, f"vr{tag}"), (phone, f"vp{tag}")):
            ip("-n", ns, "link", "set", dev, "up")
            ip("-n", ns, "link", "set", "lo", "up")
        yield room, phone
    finally:
        subprocess.run(["ip", "netns", "del", room], capture_output=True, timeout=30)
        subprocess.run(["ip", "netns", "del", phone], capture_output=True, timeout=30)


def test_the_room_serves_a_phone_on_another_host_on_the_chosen_address_only(two_hosts, tmp_path):
    room_ns, phone_ns = two_hosts
    path = tmp_path / "room.samson"
    path.write_bytes(session_bytes(voices=VOICES))
    qid = read_session(path).question_set.questions()[0].id
    server = subprocess.Popen(
        ["ip", "netns", "exec", room_ns, sys.executable, "-m", "samson_desktop", "serve", str(path),
         "--host", ROOM_ADDRESS, "--port", "0", "--open", qid],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = server.stdout.readline()
        assert line.startswith(f"join: http://{ROOM_ADDRESS}:"), line + server.stderr.read()
        url = line.split()[1]
        port = int(url.split(":")[2].split("/")[0])
        token = url.rstrip("/").rsplit("/", 1)[1]
        phone = subprocess.run(
            ["ip", "netns", "exec", phone_ns, sys.executable, "-c", PHONE_SCRIPT,
             ROOM_ADDRESS, str(port), token, qid, OTHER_ROOM_ADDRESS],
            capture_output=True, text=True, timeout=60)
        assert phone.returncode == 0, phone.stderr
        result = json.loads(phone.stdout)
        assert result["answer"] == 200
        # The room's host has a second address on the same wire; the room does not answer there.
        assert result["other"] == "ConnectionRefusedError"
    finally:
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=30)
    assert server.returncode == 0
    assert read_session(path).answers[qid].voices == {"v2": 6}
