#!/usr/bin/env python3
"""Regenerate the two demo sessions in resources/demo/.

    python3 tools/make_demo_sessions.py

Writes ``demo-t1.samson`` and ``demo-t2.samson``: one fictional collaboration, «Møteplass
Furulia», at time 1 and about five months later at time 2. Both embed the standard question
set from ``resources/question_sets/samson-standard.json`` unchanged, so run this script again
whenever that file changes. Standard library only; the output is deterministic.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION_SET = ROOT / "resources" / "question_sets" / "samson-standard.json"
DEMO_DIR = ROOT / "resources" / "demo"

NA = "na"  # marker for "not relevant / don't know" in the tables below

COLLABORATION = {
    "name": "Møteplass Furulia",
    "description": (
        "Sørvik kommune (enhet for oppvekst og boligkontoret), den sosiale virksomheten "
        "Verkstedet Furulia og Furulia beboerforening samarbeider om en møteplass, aktiviteter "
        "og sommerjobber for ungdom i de kommunale boligblokkene i Furulia. Målet er at "
        "ungdommene selv skal være med og drive tilbudet."
    ),
}

VOICES = [
    {"id": "v1", "name": "Sørvik kommune", "kind": "municipality"},
    {"id": "v2", "name": "Verkstedet Furulia", "kind": "social_enterprise"},
    {"id": "v3", "name": "Furulia beboerforening", "kind": "voluntary"},
]


def v(a: int, b: int, c: int) -> dict[str, int]:
    """Scores per voice: municipality, social enterprise, voluntary organisation."""
    return {"v1": a, "v2": b, "v3": c}


# question id: (consensus score or NA, note or None, voice scores or None)
ANSWERS_T1 = {
    "equal-standing.every-voice-counts": (4, "Kommunen setter i praksis dagsorden. Beboerforeningen opplever å bli hørt for sent i prosessen.", v(6, 4, 3)),
    "equal-standing.trust-takes-time": (6, None, None),
    "equal-standing.beyond-old-roles": (4, "Beboerforeningen er vant til å søke kommunen om penger til sommeraktiviteter, og det preger fortsatt rollene.", None),
    "equal-standing.not-a-means": (4, "Uenighet: beboerforeningen føler seg brukt til å nå kommunens mål om flere aktivitetstilbud. Kommunen ser det ikke slik.", v(7, 5, 3)),
    "equal-standing.no-overload": (4, "Tre personer i beboerforeningens styre gjør nesten alt.", v(6, 5, 3)),
    "equal-standing.shared-meeting-places": (3, "Alle møtene så langt har vært på rådhuset, også dette.", v(6, 3, 2)),
    "equal-standing.confident-municipality": (5, None, None),
    "equal-standing.decided-together": (4, None, v(5, 4, 3)),
    "equal-standing.mutual-exchange": (6, None, None),
    "shared-goals.shared-vision": (7, "Alle vil at ungdommene skal ha et sted å være som de selv er med og driver.", None),
    "shared-goals.same-picture": (5, "Kommunen snakker om færre bekymringsmeldinger, Verkstedet om jobb og beboerforeningen om trivsel. Er det samme mål?", None),
    "shared-goals.concrete-goals": (5, None, None),
    "shared-goals.distinctive-purpose": (7, None, None),
    "shared-goals.own-agendas-open": (6, None, None),
    "shared-goals.goals-made-together": (4, "Målene kom i stor grad fra kommunens søknad om statlige tilskuddsmidler.", v(6, 5, 3)),
    "shared-goals.goals-evolve": (NA, "For tidlig å si. Vi har bare holdt på i fire måneder.", None),
    "shared-goals.goals-owned-broadly": (4, None, None),
    "communication.regular-dialogue": (5, "Vi møtes bare hver sjette uke, og mye går på e-post mellom møtene.", None),
    "communication.planned-communication": (3, "Ingen plan. Hvem som får vite hva, er ganske tilfeldig.", None),
    "communication.own-language": (4, "Mange forkortelser fra kommunen, som SLT og BTI. Ungdommene på forrige møte falt av.", v(6, 4, 3)),
    "communication.raise-disagreements": (4, None, None),
    "communication.same-information": (5, None, v(7, 5, 4)),
    "communication.informal-contact": (6, "Kommunen og Verkstedet snakker ofte sammen på telefon. Beboerforeningen er sjelden med på det.", v(8, 5, 5)),
    "communication.time-outside-project": (3, None, None),
    "communication.tell-the-world": (4, None, None),
    "communication.clear-representation": (5, "Hvem snakker for ungdommene? Ingen av dem sitter i gruppa.", None),
    "anchoring.rarely-heard": (3, "Vi møter stort sett de samme ungdommene. Foreldre med annen språkbakgrunn har vi nesten ikke nådd.", None),
    "anchoring.users-wishes": (5, "Ungdommene er ikke spurt direkte ennå. Det vi vet, kommer fra de ansatte i fritidsklubben.", None),
    "anchoring.local-community": (7, None, v(6, 7, 8)),
    "anchoring.leaders-support": (5, "Kommunalsjefen er positiv, men har ikke vært på et eneste møte.", v(4, 7, 5)),
    "anchoring.plans-and-budgets": (4, None, None),
    "anchoring.whole-organisation": (4, None, None),
    "anchoring.support-functions": (5, None, None),
    "anchoring.both-ways": (4, None, None),
    "facilitation.practicalities": (6, None, None),
    "facilitation.times-that-suit-all": (4, "Møtene er klokka 9–11. De frivillige må ta fri fra jobben for å komme.", v(7, 4, 2)),
    "facilitation.steady-rhythm": (5, None, None),
    "facilitation.where-it-happens": (3, "Bare to av oss har vært i lokalet i Furulia.", None),
    "facilitation.frames-made-together": (4, None, None),
    "facilitation.shared-drive": (4, "Det meste av innkalling og oppfølging hviler på Lars i kommunen.", v(6, 4, 3)),
    "facilitation.everyone-seen": (6, None, None),
    "facilitation.learning-loop": (5, None, None),
    "resource-focus.resources-before-problems": (7, "Verkstedet er flinke til å snakke om hva ungdommene kan, ikke hva de sliter med.", None),
    "resource-focus.citizens-contribute": (5, None, None),
    "resource-focus.solutions-not-causes": (5, None, None),
    "resource-focus.future-first": (7, None, v(6, 8, 7)),
    "resource-focus.ahead-not-firefighting": (4, "Mye brannslukking etter hærverket i lokalet i sommer.", None),
    "resource-focus.partner-strengths": (7, None, None),
    "resource-focus.beyond-old-explanations": (4, "Vi havner ofte i de samme forklaringene om «ungdommene i blokkene».", None),
    "resource-focus.sense-early": (5, None, None),
    "complementary-competences.different-backgrounds": (8, None, None),
    "complementary-competences.lived-experience-counts": (5, None, v(6, 7, 4)),
    "complementary-competences.professionals-share": (6, None, None),
    "complementary-competences.shared-language": (4, None, None),
    "complementary-competences.learning-together": (5, None, None),
    "complementary-competences.willing-to-change": (6, None, None),
    "complementary-competences.differences-as-strength": (5, None, None),
    "complementary-competences.knowledge-into-action": (NA, "Vi har ikke kommet langt nok til å vurdere dette ennå.", None),
}

ANSWERS_T2 = {
    "equal-standing.every-voice-counts": (6, None, v(7, 6, 5)),
    "equal-standing.trust-takes-time": (7, None, None),
    "equal-standing.beyond-old-roles": (5, None, None),
    "equal-standing.not-a-means": (6, "Bedre etter at beboerforeningen fikk en egen post i budsjettet for sommeren.", v(7, 6, 5)),
    "equal-standing.no-overload": (4, "Fortsatt for mye på de samme frivillige. To nye har meldt seg, men er ikke kommet i gang.", v(5, 4, 3)),
    "equal-standing.shared-meeting-places": (7, "Møtene går nå på omgang mellom Verkstedet og beboerlokalet.", v(7, 8, 7)),
    "equal-standing.confident-municipality": (6, None, None),
    "equal-standing.decided-together": (5, None, v(6, 5, 4)),
    "equal-standing.mutual-exchange": (7, None, None),
    "shared-goals.shared-vision": (8, "Visjonen fra framtidsverkstedet i januar henger nå på veggen i lokalet.", None),
    "shared-goals.same-picture": (7, None, None),
    "shared-goals.concrete-goals": (6, None, None),
    "shared-goals.distinctive-purpose": (7, None, None),
    "shared-goals.own-agendas-open": (7, None, None),
    "shared-goals.goals-made-together": (5, None, v(6, 5, 5)),
    "shared-goals.goals-evolve": (6, "Vi la til sommerjobber som mål etter innspill fra ungdommene.", None),
    "shared-goals.goals-owned-broadly": (4, None, None),
    "communication.regular-dialogue": (7, "Fast møte første torsdag i måneden, og referat til alle.", None),
    "communication.planned-communication": (7, None, None),
    "communication.own-language": (7, "Det gule kortet fungerer, og ungdommene bruker det mest.", v(7, 7, 6)),
    "communication.raise-disagreements": (6, None, None),
    "communication.same-information": (7, None, v(8, 7, 6)),
    "communication.informal-contact": (7, None, v(8, 7, 6)),
    "communication.time-outside-project": (7, "Middagene på Verkstedet er det alle nevner først.", None),
    "communication.tell-the-world": (5, None, None),
    "communication.clear-representation": (6, None, None),
    "anchoring.rarely-heard": (4, "Invitasjonene er oversatt, men vi har ennå ikke nådd de yngste.", None),
    "anchoring.users-wishes": (7, "To ungdommer sitter nå fast i gruppen, og lokalet er innredet etter ønskene deres.", None),
    "anchoring.local-community": (6, None, v(6, 6, 7)),
    "anchoring.leaders-support": (3, "Kommunalsjefen sluttet i januar, og den nye kjenner ikke samarbeidet.", v(2, 4, 3)),
    "anchoring.plans-and-budgets": (3, "Samarbeidet kom ikke med i budsjettet for 2026. Vi lever på tilskudd fram til juni.", None),
    "anchoring.whole-organisation": (3, None, None),
    "anchoring.support-functions": (4, "Økonomiavdelingen ber om nye rapporter hver gang vi får tilskudd.", None),
    "anchoring.both-ways": (4, None, None),
    "facilitation.practicalities": (8, None, None),
    "facilitation.times-that-suit-all": (7, "Møtene er flyttet til klokka 16–18 med middag. Det passer de frivillige, men er overtid for kommunen.", v(6, 7, 8)),
    "facilitation.steady-rhythm": (7, None, None),
    "facilitation.where-it-happens": (7, None, None),
    "facilitation.frames-made-together": (6, None, None),
    "facilitation.shared-drive": (6, "Vi har fordelt oppgavene mellom oss og skriver dem i referatet.", None),
    "facilitation.everyone-seen": (7, None, None),
    "facilitation.learning-loop": (6, None, None),
    "resource-focus.resources-before-problems": (7, None, None),
    "resource-focus.citizens-contribute": (6, None, None),
    "resource-focus.solutions-not-causes": (6, None, None),
    "resource-focus.future-first": (7, None, v(7, 8, 7)),
    "resource-focus.ahead-not-firefighting": (5, None, None),
    "resource-focus.partner-strengths": (7, None, None),
    "resource-focus.beyond-old-explanations": (6, None, None),
    "resource-focus.sense-early": (6, "Verkstedet merket uroen i lokalet i februar før den ble en sak.", None),
    "complementary-competences.different-backgrounds": (8, None, None),
    "complementary-competences.lived-experience-counts": (6, None, v(6, 7, 5)),
    "complementary-competences.professionals-share": (6, None, None),
    "complementary-competences.shared-language": (6, None, None),
    "complementary-competences.learning-together": (6, None, None),
    "complementary-competences.willing-to-change": (NA, "Vi rakk ikke dette spørsmålet i dag. Det tas først på neste møte.", None),
    "complementary-competences.differences-as-strength": (5, "Verkstedet og ungdomstjenesten er uenige om hvor strenge reglene i lokalet skal være.", None),
    "complementary-competences.knowledge-into-action": (6, None, None),
}

# Measures (tiltak). Quadrants follow seed 002, figure 2.
# id: (question id, text, quadrant, owner or None, due or None)
MEASURES = {
    "m1": ("communication.planned-communication",
           "Lage en enkel kommunikasjonsplan: fast månedsmøte, felles meldingsgruppe og kort referat til alle innen to dager.",
           "more-new", "Lars (kommunen)", "2025-12-01"),
    "m2": ("communication.own-language",
           "Innføre et gult kort som alle kan løfte når noen bruker ord eller forkortelser de ikke forstår.",
           "more-new", "Ingrid (fasilitator)", None),
    "m3": ("communication.raise-disagreements",
           "Sette av ti minutter på slutten av hvert møte til «det vi ikke har sagt».",
           "more-new", "Ingrid (fasilitator)", None),
    "m4": ("communication.time-outside-project",
           "Spise middag sammen på Verkstedet én gang i kvartalet, uten saksliste.",
           "more-new", "Amina (Verkstedet)", "2025-12-11"),
    "m5": ("communication.tell-the-world",
           "Lage et kort nyhetsbrev til beboerne og skolene i Furulia hver sjette uke.",
           "more-new", "Berit (beboerforeningen)", None),
    "m6": ("equal-standing.shared-meeting-places",
           "Slutte å legge alle samarbeidsmøtene til rådhuset. Møtes annenhver gang på Verkstedet og i beboerlokalet.",
           "less-known", "Lars (kommunen)", "2025-12-01"),
    "m7": ("facilitation.times-that-suit-all",
           "Flytte møtene fra formiddag til klokka 16–18, med en enkel middag.",
           "more-new", "Amina (Verkstedet)", "2025-12-01"),
    "m8": ("anchoring.users-wishes",
           "Invitere fire ungdommer fra Furulia til å sitte fast i samarbeidsgruppa, med honorar for møtene.",
           "more-new", "Amina (Verkstedet)", "2026-01-31"),
    "m9": ("anchoring.plans-and-budgets",
           "Be om at samarbeidet tas inn i kommunens handlingsplan og budsjett for 2026.",
           "more-new", "Lars (kommunen)", "2025-12-15"),
    "m10": ("anchoring.leaders-support",
            "Invitere kommunalsjefen og daglig leder i Verkstedet til et besøk i Furulia før jul.",
            "more-new", "Lars (kommunen)", "2025-12-19"),
    "m11": ("equal-standing.no-overload",
            "Gjøre mindre av at de samme tre i styret i beboerforeningen tar alle oppgavene, og fordele dem på flere frivillige.",
            "less-known", "Berit (beboerforeningen)", None),
    "m12": ("resource-focus.resources-before-problems",
            "Fortsette å starte hvert møte med en runde om hva ungdommene har fått til siden sist.",
            "more-known", "", None),
    "m13": ("complementary-competences.different-backgrounds",
            "Fortsette å sette sammen arbeidsgruppene med både ungdomsarbeidere, håndverkere fra Verkstedet og beboere.",
            "more-known", None, None),
    "m14": ("shared-goals.same-picture",
            "Holde et framtidsverksted der hver part beskriver Furulia om tre år, og skrive en felles visjon på én side.",
            "more-new", "Ingrid (fasilitator)", "2026-01-31"),
    "m15": ("facilitation.where-it-happens",
            "Holde hvert tredje møte i lokalet i Furulia og gå en runde i området sammen med ungdommene.",
            "more-new", "Berit (beboerforeningen)", None),
    "m16": ("anchoring.users-wishes",
            "Legge ned den digitale idéportalen fra i vår, som ingen ungdommer har brukt. Spørre dem heller direkte i lokalet.",
            "less-new", "Lars (kommunen)", "2025-11-30"),
    # new at T2
    "m17": ("anchoring.leaders-support",
            "Presentere samarbeidet for den nye kommunalsjefen og for hovedutvalget for oppvekst før sommeren.",
            "more-new", "Lars (kommunen)", "2026-06-10"),
    "m18": ("anchoring.support-functions",
            "Avtale med økonomiavdelingen én felles og enkel rapportmal for tilskuddet.",
            "more-new", "Amina (Verkstedet)", "2026-04-30"),
    "m19": ("anchoring.rarely-heard",
            "Oversette invitasjonene til somali, arabisk og polsk, og be ungdommene ta dem med hjem.",
            "more-new", "Berit (beboerforeningen)", "2026-05-01"),
    "m20": ("communication.planned-communication",
            "Slutte å bruke meldingsgruppa til diskusjoner fordi det ble for mye støy. Bruke den bare til praktiske beskjeder.",
            "less-new", "", None),
    "m21": ("complementary-competences.differences-as-strength",
            "Holde et eget møte om husreglene i lokalet, der ungdommene leder samtalen.",
            "more-new", "Ingrid (fasilitator)", "2026-04-23"),
}

STATUS_T1 = {
    "m1": "agreed", "m2": "agreed", "m3": "agreed", "m4": "agreed", "m5": "proposed",
    "m6": "agreed", "m7": "agreed", "m8": "agreed", "m9": "agreed", "m10": "proposed",
    "m11": "agreed", "m12": "agreed", "m13": "agreed", "m14": "agreed", "m15": "proposed",
    "m16": "agreed",
}

STATUS_T2 = {
    "m1": "done", "m2": "done", "m3": "in_progress", "m4": "done", "m5": "in_progress",
    "m6": "done", "m7": "done", "m8": "in_progress", "m9": "in_progress", "m10": "dropped",
    "m11": "in_progress", "m12": "in_progress", "m13": "in_progress", "m14": "done", "m15": "done",
    "m16": "done",
    "m17": "agreed", "m18": "proposed", "m19": "agreed", "m20": "agreed", "m21": "proposed",
}

SESSIONS = [
    {
        "file": "demo-t1.samson",
        "session_id": "6b0d6a3e-2f4c-4c59-9a0e-1d7f3c5e8a11",
        "created_at": "2025-10-30T08:45:00+01:00",
        "modified_at": "2025-10-30T12:10:00+01:00",
        "time_point": {"label": "T1", "date": "2025-10-30", "place": "Sørvik rådhus, møterom 3",
                       "phase": "mobilisation"},
        "weights": {"openness": 8, "democracy": 9, "creativity": 6, "leadership": 7},
        "answers": ANSWERS_T1,
        "status": STATUS_T1,
        "left_out": ["Ungdommene selv", "Foreldre med annen språkbakgrunn", "Skolene i Furulia"],
        "character": {"time_perspective": "project", "relation_depth": "task",
                      "citizen_roles": ["co_implementer"], "citizen_influence": "descriptive",
                      "citizen_resources": "addition", "goal_attainment": 4, "expectations_met": 5},
    },
    {
        "file": "demo-t2.samson",
        "session_id": "a4c2e9b7-51d3-4f0a-8e6b-3c9d2f7a1b42",
        "created_at": "2026-03-26T15:40:00+01:00",
        "modified_at": "2026-03-26T19:25:00+01:00",
        "time_point": {"label": "T2", "date": "2026-03-26", "place": "Verkstedet Furulia",
                       "phase": "implementation"},
        "weights": {"openness": 8, "democracy": 9, "creativity": 7, "leadership": 8},
        "answers": ANSWERS_T2,
        "status": STATUS_T2,
        "left_out": ["Foreldre med annen språkbakgrunn", "Skolene i Furulia"],
        "character": {"time_perspective": "project", "relation_depth": "mutual",
                      "citizen_roles": ["co_designer", "co_implementer"],
                      "citizen_influence": "acknowledging", "citizen_resources": "addition",
                      "goal_attainment": 6, "expectations_met": 7},
    },
]

FACILITATOR = "Ingrid Haugen"


def build_answers(question_ids: list[str], table: dict) -> dict:
    missing = [q for q in question_ids if q not in table]
    unknown = [q for q in table if q not in question_ids]
    if missing or unknown:
        raise SystemExit(f"answers out of step with the question set: missing {missing}, unknown {unknown}")
    answers = {}
    for qid in question_ids:  # keep the question set's order
        score, note, voices = table[qid]
        answer: dict = {}
        if score == NA:
            answer["not_applicable"] = True
        else:
            answer["consensus"] = score
        if voices:
            answer["voices"] = dict(voices)
        if note:
            answer["note"] = note
        answers[qid] = answer
    return answers


def build_measures(question_ids: set[str], status: dict[str, str]) -> list[dict]:
    measures = []
    for mid in sorted(status, key=lambda m: int(m[1:])):
        qid, text, quadrant, owner, due = MEASURES[mid]
        if qid not in question_ids:
            raise SystemExit(f"measure {mid} refers to unknown question {qid}")
        measure = {"id": mid, "question_id": qid, "text": text, "quadrant": quadrant}
        if owner is not None:
            measure["owner"] = owner
        if due is not None:
            measure["due"] = due
        measure["status"] = status[mid]
        measures.append(measure)
    return measures


def main() -> int:
    question_set = json.loads(QUESTION_SET.read_text(encoding="utf-8"))
    question_ids = [q["id"] for f in question_set["fields"] for q in f["questions"]]
    DEMO_DIR.mkdir(parents=True, exist_ok=True)
    for spec in SESSIONS:
        session = {
            "format": "samson-session",
            "format_version": 1,
            "app_version": "0.1.0",
            "session_id": spec["session_id"],
            "created_at": spec["created_at"],
            "modified_at": spec["modified_at"],
            "language": "nb",
            "collaboration": dict(COLLABORATION),
            "time_point": dict(spec["time_point"]),
            "facilitator": FACILITATOR,
            "voices": copy.deepcopy(VOICES),
            "question_set": copy.deepcopy(question_set),
            "weights": dict(spec["weights"]),
            "answers": build_answers(question_ids, spec["answers"]),
            "measures": build_measures(set(question_ids), spec["status"]),
            "left_out": list(spec["left_out"]),
            "character": dict(spec["character"]),
        }
        path = DEMO_DIR / spec["file"]
        path.write_text(json.dumps(session, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(session['answers'])} answers, "
              f"{len(session['measures'])} measures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
