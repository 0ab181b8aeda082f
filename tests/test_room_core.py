"""The phone room's core: ballots, tallies, accepting into a session, and the room's rules."""

from __future__ import annotations

import pytest

from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import parse_session, session_to_bytes
from samson_desktop.room.accept import accept, apply_accepted
from samson_desktop.room.ballots import NOT_APPLICABLE, Ballot, proposed_weight, tally
from samson_desktop.room.security import RateLimiter, host_matches, make_room_code, make_token, normalise_code
from samson_desktop.room.state import Room, RoomError

from factories import session_bytes

VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Frivilligsentralen", "kind": "voluntary"},
          {"id": "v3", "name": "Innbyggerne", "kind": "citizen"}]


def make_session():
    return parse_session(session_bytes(voices=VOICES))


def test_tally_means_are_unrounded_and_leave_not_applicable_out():
    ballots = [Ballot("v1", 7), Ballot("v1", 8), Ballot("v1", NOT_APPLICABLE), Ballot("v2", NOT_APPLICABLE)]
    parties = {t.voice: t for t in tally(ballots, ["v1", "v2", "v3"])}
    assert parties["v1"].mean == 7.5 and parties["v1"].count == 3 and parties["v1"].not_applicable == 1
    assert parties["v2"].mean is None and parties["v2"].count == 1
    assert parties["v3"].count == 0


def test_accepting_a_question_writes_party_means_and_the_anonymous_ballots():
    session = make_session()
    qid = session.question_set.questions()[0].id
    room = Room(session)
    room.open_item(qid)
    keys = [room.join().key for _ in range(5)]
    for key, voice, score in zip(keys, ["v1", "v1", "v2", "v2", "v3"], [6, 9, 4, NOT_APPLICABLE, 3]):
        room.choose_party(key, voice)
        room.cast(key, qid, score)
    apply_accepted(session, accept(session, qid, room.ballots_for(qid)))
    answer = session.answers[qid]
    assert answer.voices == {"v1": 7.5, "v2": 4, "v3": 3}
    assert sorted((b["voice"], str(b["score"])) for b in answer.extra["ballots"]) == sorted(
        [("v1", "6"), ("v1", "9"), ("v2", "4"), ("v2", NOT_APPLICABLE), ("v3", "3")])
    # Nothing that identifies a phone reaches the file.
    text = session_to_bytes(session).decode()
    assert not any(key in text for key in keys)
    # The file round-trips with its decimals, and scoring works unchanged.
    again = parse_session(session_to_bytes(session))
    assert again.answers[qid].voices == {"v1": 7.5, "v2": 4, "v3": 3}
    assert score_session(again).question(qid).score == pytest.approx((7.5 + 4 + 3) / 3)


def test_accepting_twice_never_counts_a_phone_twice():
    session = make_session()
    qid = session.question_set.questions()[0].id
    room = Room(session)
    room.open_item(qid)
    key = room.join().key
    room.choose_party(key, "v1")
    room.cast(key, qid, 5)
    apply_accepted(session, accept(session, qid, room.ballots_for(qid)))
    room.open_item(qid)
    room.cast(key, qid, 9)
    apply_accepted(session, accept(session, qid, room.ballots_for(qid)))
    assert session.answers[qid].voices == {"v1": 9}
    assert session.answers[qid].extra["ballots"] == [{"voice": "v1", "score": 9}]


def test_weighting_by_phone_gives_each_party_one_say():
    # v1 has three phones at 10, v2 one phone at 4: the parties' means are 10 and 4, so 7.
    ballots = [Ballot("v1", 10)] * 3 + [Ballot("v2", 4)]
    assert proposed_weight(ballots, ["v1", "v2"]) == 7
    assert proposed_weight([Ballot("v1", 6), Ballot("v2", 7)], ["v1", "v2"]) == 7  # 6.5 rounds up
    assert proposed_weight([Ballot("v1", NOT_APPLICABLE)], ["v1"]) is None
    session = make_session()
    room = Room(session)
    room.open_item("value:openness")
    for voice, score in (("v1", 8), ("v2", 9)):
        key = room.join().key
        room.choose_party(key, voice)
        room.cast(key, "value:openness", score)
    apply_accepted(session, accept(session, "value:openness", room.ballots_for("value:openness")))
    assert session.weights["openness"] == 9  # 8.5 half up
    again = parse_session(session_to_bytes(session))
    assert again.extra["weight_ballots"]["openness"] == [{"voice": "v1", "score": 8}, {"voice": "v2", "score": 9}]


@pytest.mark.parametrize("score", [0, 11, 5.5, "7", True, None, "n/a", [], {}])
def test_a_bad_score_is_refused(score):
    session = make_session()
    qid = session.question_set.questions()[0].id
    room = Room(session)
    room.open_item(qid)
    key = room.join().key
    room.choose_party(key, "v1")
    with pytest.raises(RoomError) as error:
        room.cast(key, qid, score)
    assert error.value.status == 400
    assert room.ballots_for(qid) == []


def test_only_the_open_question_takes_answers_and_only_from_known_phones():
    session = make_session()
    first, second = [q.id for q in session.question_set.questions()[:2]]
    room = Room(session)
    key = room.join().key
    room.choose_party(key, "v1")
    with pytest.raises(RoomError):
        room.cast(key, first, 5)  # nothing open
    room.open_item(first)
    with pytest.raises(RoomError):
        room.cast(key, second, 5)
    with pytest.raises(RoomError):
        room.cast("made-up", first, 5)
    room.cast(key, first, 5)
    room.close_item()
    with pytest.raises(RoomError):
        room.cast(key, first, 6)
    assert room.ballots_for(first) == [Ballot("v1", 5)]


def test_a_phone_that_comes_back_keeps_its_party_and_answer():
    session = make_session()
    qid = session.question_set.questions()[0].id
    room = Room(session)
    room.open_item(qid)
    key = room.join().key
    room.choose_party(key, "v2")
    room.cast(key, qid, 4)
    back = room.join(key)
    assert back.voice == "v2"
    state = room.phone_state(key)
    assert state["mine"] == 4 and state["party"] == "v2"
    counts = room.counts()
    assert counts["answered"] == 1 and counts["joined"] == 1
    assert counts["parties"]["v2"] == {"joined": 1, "answered": 1}


def test_tokens_codes_rate_and_host():
    tokens = {make_token() for _ in range(100)}
    assert len(tokens) == 100 and all(len(t) >= 22 for t in tokens)  # 128 bits in base64url
    code = make_room_code()
    assert len(code) == 6 and normalise_code(f" {code[:3].lower()}-{code[3:]} ") == code
    now = [0.0]
    limiter = RateLimiter(rate=10, burst=5, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(7)] == [True] * 5 + [False] * 2
    assert limiter.allow("b")
    now[0] += 0.5
    assert limiter.allow("a")
    assert host_matches("10.0.0.5:8080", "10.0.0.5", 8080)
    assert not host_matches("evil.example:8080", "10.0.0.5", 8080)
    assert not host_matches(None, "10.0.0.5", 8080)
