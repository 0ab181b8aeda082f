"""The phone room from the facilitator's window: open, answer by HTTP phones, reveal, accept through undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from factories import session_bytes
from samson_desktop.fileformat import parse_session
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.room.window import LOOPBACK, RoomWindow
from test_room_server import VOICES, Client, joined

VOICES_4 = VOICES + [{"id": "v3", "name": "Innbyggerne", "kind": "citizen"}]


@pytest.fixture
def room_window(qtbot):
    document = SessionDocument(parse_session(session_bytes(voices=VOICES_4)))
    current = {"item": document.session.question_set.questions()[0].id}
    window = RoomWindow(document, lambda: current["item"])
    qtbot.addWidget(window)
    window.address_combo.setCurrentIndex(window.address_combo.findData(LOOPBACK))
    window.show()
    yield window, document, current
    window.shutdown()


def test_phones_answer_the_open_question_and_accepting_is_one_undo_step(room_window, qtbot, monkeypatch):
    window, document, current = room_window
    qid = current["item"]
    qtbot.mouseClick(window.start_button, Qt.LeftButton)
    assert window.controller.is_running() and window.controller.join_url.startswith("http://127.0.0.1:")
    assert not window.qr.pixmap().isNull()
    qtbot.keyClick(window, Qt.Key_F5)  # open the current question
    client = Client(window.controller.join_url)
    answers = [("v1", 6), ("v1", 9), ("v1", 8), ("v2", 3), ("v3", "not_applicable")]
    for voice, score in answers:
        key = joined(client, voice)
        assert client.api("answer", {"key": key, "item": qid, "score": score})[0] == 200
    qtbot.waitUntil(lambda: window.count.text() == "5 of 5 have answered")
    assert "v1" not in window.parties.text() and "Kommunen: 3 of 3" in window.parties.text()

    window.show_projector()
    projector = window.projector
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert projector.stack.currentIndex() == 0  # QR and count, not yet the answers
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    qtbot.keyClick(window, Qt.Key_F6)
    assert asked and "<b>Frivillige</b>" in asked[0] and "Innbyggerne" in asked[0]
    qtbot.waitUntil(lambda: projector.stack.currentIndex() == 1)
    # Parties with fewer than three phones stay off the wall unless the facilitator agreed.
    assert [row[0] for row in projector.distribution._rows] == ["Kommunen"]
    assert len(window.distribution._rows) == 3
    # The question is closed: a late phone is turned away.
    late = joined(client, "v2")
    assert client.api("answer", {"key": late, "item": qid, "score": 1})[0] == 409

    window.activateWindow()  # the projector view took the focus when it opened
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_F7)
    answer = document.session.answers[qid]
    assert answer.voices == {"v1": pytest.approx(23 / 3), "v2": 3}
    assert len(answer.extra["ballots"]) == 5
    assert document.undo_stack.undoText() == "Answers from phones"
    document.undo_stack.undo()
    assert qid not in document.session.answers
    document.undo_stack.redo()
    assert document.session.answers[qid].voices["v2"] == 3


def test_weighting_by_phone_sets_the_weight_and_keeps_the_ballots(room_window, qtbot):
    window, document, current = room_window
    current["item"] = "value:democracy"
    window.toggle_room()
    window.open_current()
    client = Client(window.controller.join_url)
    for voice, score in (("v1", 9), ("v2", 6)):
        key = joined(client, voice)
        client.api("answer", {"key": key, "item": "value:democracy", "score": score})
    window.accept()
    assert document.session.weights["democracy"] == 8  # (9 + 6) / 2 = 7.5, half up
    assert [b["score"] for b in document.session.extra["weight_ballots"]["democracy"]] == [9, 6]
    document.undo_stack.undo()
    assert "democracy" not in document.session.weights and "weight_ballots" not in document.session.extra


def test_the_room_stops_when_another_session_is_opened(room_window, qtbot):
    window, document, _current = room_window
    window.toggle_room()
    client = Client(window.controller.join_url)
    assert client.request("GET", f"/{client.token}/")[0] == 200
    document.replace(parse_session(session_bytes(voices=VOICES)), None)
    assert not window.controller.is_running()
    with pytest.raises(OSError):
        client.request("GET", f"/{client.token}/")


def test_nothing_to_accept_and_no_question_are_said_plainly(room_window, qtbot):
    window, document, current = room_window
    window.toggle_room()
    current["item"] = None
    window.open_current()
    assert window.message.text() == "Go to a question or to the weighting first."
    current["item"] = document.session.question_set.questions()[1].id
    window.open_current()
    window.accept()
    assert window.message.text() == "There are no answers to accept yet."
    assert document.session.answers == {}


def test_the_facilitator_hears_within_the_minute_when_no_phone_has_joined(room_window, qtbot, monkeypatch):
    from samson_desktop.ui.room import controller as room_controller

    window, _document, _current = room_window
    monkeypatch.setattr(room_controller, "LONELY_AFTER_MS", 50)
    window.toggle_room()
    assert "127.0.0.1" in window.status.text() and window.controller.code in window.status.text()
    qtbot.waitUntil(lambda: window.lonely.isVisible())
    assert "hotspot" in window.lonely.text()
    # A phone that joins takes the warning away.
    joined(Client(window.controller.join_url))
    qtbot.waitUntil(lambda: not window.lonely.isVisible())


def test_addresses_prefer_wifi_and_leave_out_virtual_adapters():
    from samson_desktop.room.network import rank_addresses

    ranked = rank_addresses([
        ("docker0", "ethernet", "172.17.0.1"), ("vEthernet (WSL)", "ethernet", "172.30.0.1"),
        ("eth0", "ethernet", "192.168.1.20"), ("wlan0", "wifi", "192.168.8.33"),
        ("tun0", "other", "10.8.0.2"), ("lo", "loopback", "127.0.0.1"), ("wlan1", "wifi", "169.254.3.3"),
    ])
    assert [r[2] for r in ranked] == ["192.168.8.33", "192.168.1.20"]
