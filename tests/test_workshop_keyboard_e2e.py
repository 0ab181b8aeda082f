"""A whole workshop in the real app, from the keyboard only: two parties, notes and measures typed with
letters and digits, English and back, presentation mode, a kill and the recovery, an English report.

The app runs in its own process (tests/app_driver.py); every key goes where a real keyboard would send
it (the open menu or the focused widget, see tests/keyboard_driver.py). The saved file and the PDF are
checked against the keys typed.
"""

from __future__ import annotations

import json
import signal

import pytest
from pypdf import PdfReader

from processes import AppProcess
from samson_desktop.core.numbers import format_number
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import read_session

pytestmark = pytest.mark.slow

NAME = "Ungdomsløftet 2026"
PARTIES = ["Kommunen", "Frivilligsentralen"]
#: The values in the order of the weighting page, and the digit typed for each (0 is 10).
WEIGHT_KEYS = [("openness", "8"), ("democracy", "7"), ("creativity", "0"), ("leadership", "9")]
NOTE = "Vi møtes 2 ganger i måneden, ikke 10. Neste: 3. mai"
MEASURE = "Månedlig kaffemøte 1. mandag, 45 min"


class Workshop:
    """One app process and the keyboard commands of the driver, each waited for."""

    def __init__(self, process: AppProcess):
        self.process = process

    def do(self, command: str) -> str:
        self.process.send(command)
        answer = self.process.expect("done")
        name, _, result = answer.partition(" ")
        assert name == command.split()[0], answer
        assert not result.startswith("FAIL"), f"{command}: {result}"
        return result

    def mark(self) -> int:
        """A place in the process's output, for ``line``."""
        return len(self.process.lines)

    def line(self, prefix: str, since: int) -> str:
        """The first line starting with ``prefix`` after ``since``: already read, or still to come."""
        for line in self.process.lines[since:]:
            if line.startswith(prefix):
                return line[len(prefix):].strip()
        return self.process.expect(prefix)

    def keys(self, *keys: str) -> None:
        self.do("key " + " ".join(keys))

    def ui(self) -> dict:
        return json.loads(self.do("ui"))

    def session(self) -> dict:
        return json.loads(self.do("dump"))


def answers_of(doc: dict) -> dict:
    return {qid: (a.get("consensus"), a.get("voices", {}), a.get("not_applicable_voices", []), a.get("note"))
            for qid, a in doc["answers"].items()}


def test_a_whole_workshop_from_the_keyboard_survives_a_kill(samson_home, tmp_path):
    saved = tmp_path / "ungdomsloftet.samson"
    report = tmp_path / "report-en.pdf"
    first = AppProcess(samson_home)
    try:
        first.expect("ready")
        room = Workshop(first)
        room.do("resize 1280 720")

        # Setup: Ctrl+N puts the cursor in the name; Tab reaches "Add party", Space adds one and
        # puts the cursor in its name.
        room.keys("Ctrl+N")
        room.do("type " + NAME)
        for party in PARTIES:
            room.do("tabto Legg til part")
            room.keys("Space")
            room.do("type " + party)
            room.keys("Tab")  # a name counts once the field is left
        doc = room.session()
        assert doc["collaboration"]["name"] == NAME
        assert [v["name"] for v in doc["voices"]] == PARTIES
        parties = [v["id"] for v in doc["voices"]]
        assert doc["answers"] == {} and doc.get("weights", {}) == {}

        # Weighting: a digit per value.
        room.keys("Ctrl+3", *(key for _value, key in WEIGHT_KEYS))
        assert room.session()["weights"] == {value: int(key) or 10 for value, key in WEIGHT_KEYS}

        # Questions: one digit per party, then the agreed score; N is "not relevant" for one party.
        room.keys("PgDown")
        questions = [q["id"] for f in room.session()["question_set"]["fields"] for q in f["questions"]]
        room.keys("7", "3", "6", "PgDown")            # q1: 7 and 3, agreed on 6
        room.keys("5", "N", "PgDown")                 # q2: 5, and not relevant for the second party
        room.keys("4", "6")                           # q3: 4 and 6, not agreed (yet)
        # F2 writes a note; Tab goes on to the measure text, then where it belongs, then Add.
        room.keys("F2")
        assert room.ui()["focus"] == "NoteEdit" or "not" in room.ui()["focus_text"].lower()
        room.do("type  " + NOTE)
        room.keys("Tab")
        room.do("type " + MEASURE)
        room.keys("Tab", "Down", "Tab", "Space")
        room.keys("Escape")
        doc = room.session()
        assert answers_of(doc)[questions[2]][:3] == (None, {parties[0]: 4, parties[1]: 6}, [])
        assert doc["answers"][questions[2]]["note"].endswith(NOTE)
        assert [(m["text"], m["question_id"]) for m in doc["measures"]] == [(MEASURE, questions[2])]
        assert doc["measures"][0].get("quadrant"), "the measure was placed with Tab, Down"
        room.keys("PgDown")

        # English, by the menu, then a question answered in English; and back to bokmål.
        room.do("menu Vis > Språk > English")
        shown = room.ui()
        assert shown["language"] == "en"
        assert shown["menus"][:3] == ["&File", "&Edit", "&View"]
        assert all("Lagret" not in text and "Ikke" not in text for text in shown["status"]), shown["status"]
        room.keys("8", "9", "9", "PgDown")            # q4: 8 and 9, agreed on 9
        room.do("menu View > Language > Norsk bokmål")
        assert room.ui()["language"] == "nb"

        # Presentation mode: F11, a question, F11 back.
        room.keys("F11")
        assert room.ui()["presentation"]
        room.keys("2", "3", "3")                      # q5: 2 and 3, agreed on 3
        last_edit = room.mark()
        room.keys("F11")
        assert not room.ui()["presentation"]

        before_kill = room.session()
        expected = answers_of(before_kill)
        assert expected[questions[0]][:3] == (6, {parties[0]: 7, parties[1]: 3}, [])
        assert expected[questions[1]][:3] == (None, {parties[0]: 5}, [parties[1]])
        assert expected[questions[3]][:3] == (9, {parties[0]: 8, parties[1]: 9}, [])
        assert expected[questions[4]][:3] == (3, {parties[0]: 2, parties[1]: 3}, [])
        assert len(expected) == 5
        # The last edit is on disk within the autosave's promise: an autosave after it was reported.
        room.line("autosaved", last_edit)
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=30)
    finally:
        first.stop()

    # The very next start offers the recovery, with the last edit in it.
    second = AppProcess(samson_home, recover="yes")
    try:
        assert NAME in json.loads(second.expect("question"))
        assert second.expect("recovered").split(" ", 1)[0] == "1"
        room = Workshop(second)
        room.do("resize 1280 720")
        recovered = room.session()
        assert answers_of(recovered) == expected
        assert recovered["measures"] == before_kill["measures"]
        assert recovered["weights"] == before_kill["weights"]

        # The report in English from the bokmål window, by the File menu.
        room.do(f"nextfile {report}")
        exporting = room.mark()
        room.do("menu Fil > Eksporter rapport på > English")
        assert json.loads(room.line("filedialog", exporting)) == str(report)
        assert json.loads(room.line("openurl", exporting)) == str(report)  # offered, and accepted
        # Saved with Ctrl+S: a new session asks where.
        room.do(f"nextfile {saved}")
        saving = room.mark()
        room.keys("Ctrl+S")
        assert json.loads(room.line("filedialog", saving)) == str(saved)
        assert room.ui()["language"] == "nb"
        second.send("close")
        assert second.wait() == 0
    finally:
        second.stop()

    session = read_session(saved)
    assert session.collaboration.name == NAME
    assert [v.name for v in session.voices] == PARTIES
    assert session.weights == {value: int(key) or 10 for value, key in WEIGHT_KEYS}
    assert session.answer(questions[2]).note.endswith(NOTE)
    assert session.answer(questions[1]).not_applicable_voices == (parties[1],)
    assert [m.text for m in session.measures] == [MEASURE]

    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Action fields" in text or "action fields" in text
    assert "Handlingsfelt" not in text
    assert NAME in text and MEASURE in text and NOTE in " ".join(text.split())
    assert all(party in text for party in PARTIES)
    # Field 1's score as the report prints it: one decimal, half up, in English.
    scores = score_session(session)
    field = session.question_set.fields[0]
    assert format_number(scores.field(field.id).score, "en") in text
