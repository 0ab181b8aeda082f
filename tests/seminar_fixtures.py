"""Four cases for seminar tests: two with voices, one from a different question set, one with hostile text.

``write_cases(folder)`` writes them as session files; ``HIDDEN`` lists, per case, every string that
must never reach the room while the case uses its alias (name, place, facilitator, party names,
notes, measure owners, file name).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from factories import question_set_doc, session_doc
from test_adversarial_corpus import CONTROL, MARKUP

FILES = {"north": "nordby-2026-varen.samson", "south": "sorstrand-t1.samson",
         "east": "ostmarka-kafe.samson", "west": "vestvika-hostile.samson"}


def other_question_set() -> dict[str, Any]:
    """The test set edited: field 3 has a new id (matched by number), question 1-2 is gone, 2-3 is new."""
    qset = question_set_doc(2, version="2.0")
    qset["id"] = "test-set-edited"
    fields = {f["id"]: f for f in qset["fields"]}
    fields["f3"]["id"] = "f3-talk"
    for question in fields["f3"]["questions"]:
        question["id"] = question["id"].replace("f3.", "f3-talk.")
    fields["f1"]["questions"] = fields["f1"]["questions"][:1]
    fields["f2"]["questions"].append({
        "id": "f2.q3-new", "text": {"nb": "En ny påstand om felles mål", "en": "A new statement on shared goals"},
        "help": {}, "values": {"creativity": 1.0}})
    return qset


def _question_ids(qset: dict[str, Any]) -> list[str]:
    return [q["id"] for f in qset["fields"] for q in f["questions"]]


def _answers(qset: dict[str, Any], base: int, voices: list[str] = (), note: str = "") -> dict[str, Any]:
    out = {}
    for k, qid in enumerate(_question_ids(qset)):
        score = 1 + (base + k) % 10
        answer: dict[str, Any] = {"consensus": score}
        if voices:
            answer = {"voices": {v: max(1, min(10, score + (2 * i - 1) * (1 + k % 3))) for i, v in enumerate(voices)}}
        if note and k % 5 == 0:
            answer["note"] = f"{note} {k}"
        out[qid] = answer
    return out


def _measures(prefix: str, owner: str, qids: list[str], text: str) -> list[dict[str, Any]]:
    statuses = ("done", "agreed", "proposed", "dropped", "in_progress")
    return [{"id": f"m{i}", "question_id": qid, "text": f"{text} {i + 1}", "quadrant": "more-known",
             "status": statuses[i % len(statuses)], "owner": f"{owner} {i + 1}", "note": f"{prefix} oppfølging {i}"}
            for i, qid in enumerate(qids)]


def case_docs() -> dict[str, dict[str, Any]]:
    """The four session documents, keyed north, south, east, west."""
    std = question_set_doc(2)
    qids = _question_ids(std)
    north = session_doc(
        session_id="north-1", collaboration={"name": "Nordbyløftet", "description": "Ungdom i Nordby"},
        time_point={"label": "T1", "date": "2026-03-14", "place": "Nordby frivillighus"},
        facilitator="Kari Nordmann", question_set=std,
        voices=[{"id": "v1", "name": "Nordby bydel", "kind": "municipality"},
                {"id": "v2", "name": "Nordbykroken Frivilligsentral", "kind": "voluntary"}],
        weights={"openness": 9, "democracy": 7, "creativity": 5, "leadership": 8},
        answers=_answers(std, 6, ["v1", "v2"], "Nordby-notat"),
        measures=_measures("Nordby", "Ola Nordby-eier", qids[::3], "Vi møtes hver uke i kafeen"))
    south = session_doc(
        session_id="south-1", collaboration={"name": "Sørstrand seniornettverk", "description": ""},
        time_point={"label": "T1", "date": "2026-04-02", "place": "Sørstrand bibliotek"},
        facilitator="Per Sørensen", question_set=std,
        voices=[{"id": "p1", "name": "Solveig Sørli", "kind": "participant"},
                {"id": "p2", "name": "Sindre Sørbø", "kind": "participant"},
                {"id": "c1", "name": "Sørstrand pensjonistlag", "kind": "citizen"}],
        weights={"openness": 6, "democracy": 9, "creativity": 7, "leadership": 5},
        answers=_answers(std, 2, ["p1", "p2", "c1"], "Sørstrand-notat"),
        measures=_measures("Sørstrand", "Siv Sørstrand-eier", qids[1::4], "Felles lunsj for alle parter"))
    other = other_question_set()
    east = session_doc(
        session_id="east-1", collaboration={"name": "Østmarka kafé", "description": ""},
        time_point={"label": "T1", "date": "2026-05-20", "place": "Østmarka grendehus"},
        facilitator="Åse Østby", question_set=other, weights={},
        answers=_answers(other, 8, note="Østmarka-notat"),
        measures=_measures("Østmarka", "Øyvind Østmarka-eier", _question_ids(other)[::5], "Åpen dag hver måned"))
    west = session_doc(
        session_id="west-1",
        collaboration={"name": f"Vestvika{MARKUP}{CONTROL}", "description": ""},
        time_point={"label": "T1", "date": "2026-06-01", "place": f"Vestvika{CONTROL}sted"},
        facilitator=f"Vestvika-fasilitator{MARKUP}", question_set=std,
        voices=[{"id": "v1", "name": f"Vestvika{MARKUP}part", "kind": "business"}],
        weights={"openness": 4, "democracy": 4, "creativity": 9, "leadership": 6},
        answers=_answers(std, 4, ["v1"], f"Vestvika-notat{MARKUP}"),
        measures=_measures("Vestvika", f"Vestvika-eier{CONTROL}", qids[2::2], f"Tiltak {MARKUP}"))
    return {"north": north, "south": south, "east": east, "west": west}


#: Per case, strings that must not appear anywhere while the case uses its alias.
HIDDEN: dict[str, list[str]] = {
    "north": ["Nordbyløftet", "Ungdom i Nordby", "Nordby frivillighus", "Kari Nordmann", "Nordby bydel",
              "Nordbykroken Frivilligsentral", "Nordby-notat", "Ola Nordby-eier", "Nordby oppfølging",
              "nordby-2026-varen"],
    "south": ["Sørstrand seniornettverk", "Sørstrand bibliotek", "Per Sørensen", "Solveig Sørli", "Sindre Sørbø",
              "Sørstrand pensjonistlag", "Sørstrand-notat", "Siv Sørstrand-eier", "Sørstrand oppfølging",
              "sorstrand-t1"],
    "east": ["Østmarka kafé", "Østmarka grendehus", "Åse Østby", "Østmarka-notat", "Øyvind Østmarka-eier",
             "Østmarka oppfølging", "ostmarka-kafe"],
    "west": ["Vestvika", "vestvika-hostile"],
}


def write_cases(folder: Path, docs: dict[str, dict[str, Any]] | None = None) -> dict[str, Path]:
    """Write the four cases as session files into ``folder``; returns key -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = docs or case_docs()
    out = {}
    for key, doc in docs.items():
        path = folder / FILES[key]
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        out[key] = path
    return out


def later_doc(doc: dict[str, Any], shift: int = 1) -> dict[str, Any]:
    """A later time point of the same case: every score ``shift`` higher (capped at 10)."""
    later = copy.deepcopy(doc)
    later["session_id"] = doc["session_id"] + "-t2"
    later["time_point"] = {**doc["time_point"], "label": "T2", "date": "2026-11-01"}
    for answer in later["answers"].values():
        if "consensus" in answer:
            answer["consensus"] = min(10, answer["consensus"] + shift)
        for voice, score in answer.get("voices", {}).items():
            answer["voices"][voice] = min(10, score + shift)
    return later
