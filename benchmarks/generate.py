"""Realistic, deterministic session files for benchmarks: the standard question set with answers, voices, notes and measures."""

from __future__ import annotations

import copy
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from samson_desktop.core.vocabulary import (  # noqa: E402
    MEASURE_STATUSES,
    PHASES,
    QUADRANTS,
    VALUE_IDS,
)
from samson_desktop.fileformat.question_sets import standard_question_set  # noqa: E402

VOICE_POOL = [
    ("Kommunen", "municipality"),
    ("Sosial entreprenør", "social_enterprise"),
    ("Frivillig organisasjon", "voluntary"),
    ("Innbyggere og brukere", "citizen"),
    ("Næringslivet", "business"),
    ("Andre", "other"),
]

#: Words for notes and measure texts, with the Norwegian letters that make UTF-8 longer than ASCII.
WORDS = (
    "samarbeid kommunen frivillige møteplass ungdom beboere tillit åpenhet demokrati ledelse "
    "kreativitet forankring tiltak referat møte budsjett planlegging ressurser kompetanse "
    "erfaring dialog felles mål visjon ansvar oppfølging tilrettelegging lokalet sommer høst "
    "vår ønsker lære prøve endre gjøre mer mindre kjent nytt praksis gruppe styret rådhuset"
).split()

COLLABORATION_NAMES = [
    "Møteplass Furulia", "Ungdomsløftet Nordbyen", "Grønn hage Øvre Ås", "Språkkafé Sentrum",
    "Aktiv senior Bråtan", "Nabolagskjøkkenet", "Sykkelverksted Elvebakken", "Leksehjelp Solsiden",
]


def _text(rng: random.Random, chars: int) -> str:
    """Plausible running text of about ``chars`` characters (never more)."""
    if chars <= 0:
        return ""
    words: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    text = " ".join(words)[:chars].rstrip()
    return text[0].upper() + text[1:] + ("." if len(text) < chars else "")


def question_set_doc() -> dict[str, Any]:
    """The standard question set as stored in every session file (a deep copy, safe to embed)."""
    return copy.deepcopy(dict(standard_question_set().source))


def generate_session(
    seed: int = 0,
    measures: int = 50,
    voices: int = 3,
    note_chars: int = 200,
    note_share: float = 0.5,
    not_applicable_share: float = 0.05,
    unanswered_share: float = 0.0,
    collaboration: str | None = None,
    time_label: str = "T1",
    date: str = "2026-03-14",
    qset: dict[str, Any] | None = None,
    measure_chars: int | None = None,
) -> dict[str, Any]:
    """One session document: every question of the standard set answered (a few 'not relevant'),
    voice scores on about a third, notes on ``note_share`` of answers and ``measures`` measures."""
    rng = random.Random(seed)
    qset = qset if qset is not None else question_set_doc()
    question_ids = [q["id"] for f in qset["fields"] for q in f["questions"]]
    voice_list = [
        {"id": f"v{i + 1}", "name": VOICE_POOL[i % len(VOICE_POOL)][0], "kind": VOICE_POOL[i % len(VOICE_POOL)][1]}
        for i in range(voices)
    ]
    answers: dict[str, Any] = {}
    for qid in question_ids:
        roll = rng.random()
        if roll < unanswered_share:
            continue
        answer: dict[str, Any] = {}
        if roll < unanswered_share + not_applicable_share:
            answer["not_applicable"] = True
        else:
            level = rng.randint(2, 9)
            answer["consensus"] = max(1, min(10, level + rng.randint(-1, 1)))
            if voice_list and rng.random() < 0.35:
                answer["voices"] = {v["id"]: max(1, min(10, level + rng.randint(-3, 3))) for v in voice_list}
        if rng.random() < note_share:
            answer["note"] = _text(rng, note_chars)
        answers[qid] = answer
    measure_list = []
    for n in range(1, measures + 1):
        measure: dict[str, Any] = {
            "id": f"m{n}",
            "question_id": rng.choice(question_ids),
            "text": _text(rng, measure_chars or rng.randint(60, 180)),
            "quadrant": rng.choice(QUADRANTS),
        }
        if rng.random() < 0.7:
            measure["owner"] = rng.choice(voice_list)["name"] if voice_list else "Fasilitator"
        if rng.random() < 0.6:
            measure["due"] = f"2026-{rng.randint(4, 12):02d}-{rng.randint(1, 28):02d}"
        measure["status"] = rng.choice(MEASURE_STATUSES)
        measure_list.append(measure)
    name = collaboration or rng.choice(COLLABORATION_NAMES)
    return {
        "format": "samson-session",
        "format_version": 1,
        "app_version": "0.1.0",
        "session_id": f"bench-{seed:06d}-{rng.getrandbits(48):012x}",
        "created_at": f"{date}T09:30:00+01:00",
        "modified_at": f"{date}T12:05:00+01:00",
        "language": "nb",
        "collaboration": {"name": name, "description": _text(rng, 300)},
        "time_point": {"label": time_label, "date": date, "place": "Frivilligsentralen", "phase": rng.choice(PHASES)},
        "facilitator": "Ingrid Fasilitator",
        "voices": voice_list,
        "question_set": qset,
        "weights": {v: rng.randint(4, 10) for v in VALUE_IDS},
        "answers": answers,
        "measures": measure_list,
    }


def to_bytes(doc: dict[str, Any]) -> bytes:
    """The bytes the app itself would write (same JSON layout as session_to_bytes)."""
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_session_file(path: Path, **options: Any) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_bytes(generate_session(**options)))
    return path


def write_portfolio(folder: Path, count: int, measures: int = 20) -> list[Path]:
    """``count`` sessions of 4 time points per collaboration, as a consultant's folder would hold."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    qset = question_set_doc()
    paths = []
    for i in range(count):
        collab, point = divmod(i, 4)
        path = folder / f"collab-{collab:05d}-t{point + 1}.samson"
        doc = generate_session(
            seed=i, measures=measures, collaboration=f"{COLLABORATION_NAMES[collab % len(COLLABORATION_NAMES)]} {collab}",
            time_label=f"T{point + 1}", date=f"{2023 + point}-0{3 + point}-14", qset=qset,
        )
        path.write_bytes(to_bytes(doc))
        paths.append(path)
    return paths


def options_for_size(target_bytes: int) -> dict[str, Any]:
    """Generator options for a file of roughly ``target_bytes``, grown through text alone.

    The embedded question set is a fixed ~50 KB, so smaller targets are not possible. Notes
    (every answer has one) grow first up to the schema's 20,000 characters; beyond that,
    measures with 5,000-character texts are added.
    """
    plain = dict(seed=0, measures=0, note_chars=0, note_share=1.0, not_applicable_share=0.0)
    base = len(to_bytes(generate_session(**plain)))
    per_note_char = (len(to_bytes(generate_session(**{**plain, "note_chars": 1000}))) - base) / 1000
    room = max(0, target_bytes - base)
    note_chars = min(20_000, int(room / per_note_char))
    options = {**plain, "note_chars": note_chars}
    room -= len(to_bytes(generate_session(**options))) - base
    one = len(to_bytes(generate_session(**{**options, "measures": 1, "measure_chars": 5000})))
    one -= len(to_bytes(generate_session(**options)))
    if room >= one / 2:
        options.update(measures=round(room / one), measure_chars=5000)
    return options


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench-session.samson")
    write_session_file(out)
    print(out)
