"""Convert between validated session documents (plain dicts) and the core model, keeping unknown keys."""

from __future__ import annotations

from typing import Any, Mapping

from ..core.character import character_from_dict, character_to_dict
from ..core.model import (
    Answer,
    CarriedMeasure,
    Collaboration,
    Explanation,
    EarlierRef,
    Field,
    Measure,
    Question,
    QuestionSet,
    Session,
    TimePoint,
    Value,
    Voice,
)


def _extra(obj: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    # Most objects hold known keys only: one set comparison instead of a loop per object.
    if obj.keys() <= known:
        return {}
    return {k: v for k, v in obj.items() if k not in known}


def _whole(value: int | float | None) -> int | None:
    # JSON Schema counts 7.0 as an integer; keep the model's scores true ints.
    return value if type(value) is int or value is None else int(value)


def _score(value: int | float) -> int | float:
    # A party's score is whole when typed, and may carry decimals when it is the mean of phone ballots.
    return int(value) if float(value).is_integer() else float(value)


def voice_scores(voices: Mapping[str, int | float]) -> dict[str, int | float]:
    """The voices' scores for the model: whole ones as int (7.0 is 7), means of ballots with their decimals."""
    for score in voices.values():
        if type(score) is not int:
            return {vid: _score(s) for vid, s in voices.items()}
    # Scores typed as whole numbers, nearly all of them: no conversion needed.
    return dict(voices)


def question_set_from_dict(doc: Mapping[str, Any]) -> QuestionSet:
    return QuestionSet(
        id=doc["id"],
        version=doc["version"],
        title=dict(doc.get("title", {})),
        values=tuple(
            Value(v["id"], dict(v["title"]), dict(v.get("description", {}))) for v in doc["values"]
        ),
        fields=tuple(
            Field(
                id=f["id"],
                number=f["number"],
                title=dict(f["title"]),
                description=dict(f.get("description", {})),
                questions=tuple(
                    Question(q["id"], dict(q["text"]), dict(q.get("help", {})), dict(q["values"]))
                    for q in f["questions"]
                ),
            )
            for f in sorted(doc["fields"], key=lambda f: f["number"])
        ),
        source=doc,
    )


_ANSWER_KEYS = frozenset(("consensus", "voices", "not_applicable", "note", "not_applicable_voices"))
_MEASURE_KEYS = frozenset(("id", "question_id", "text", "quadrant", "status", "owner", "due", "note"))
_VOICE_KEYS = frozenset(("id", "name", "kind"))
_COLLABORATION_KEYS = frozenset(("name", "description"))
_TIME_POINT_KEYS = frozenset(("label", "date", "place", "phase"))
_TOP_KEYS = frozenset((
    "format", "format_version", "app_version", "session_id", "created_at", "modified_at",
    "language", "collaboration", "time_point", "facilitator", "voices", "question_set",
    "weights", "answers", "measures", "anonymous_report", "character", "left_out", "earlier",
    "explanations", "earlier_reveal",
))
_EXPLANATION_KEYS = frozenset(("kind", "target", "text", "since"))
_EARLIER_KEYS = frozenset(("session_id", "label", "date", "carried"))


def _answer(a: Mapping[str, Any]) -> Answer:
    voices = a.get("voices")
    return Answer(
        consensus=_whole(a.get("consensus")),
        voices=voice_scores(voices) if voices else {},
        not_applicable=a.get("not_applicable", False),
        note=a.get("note", ""),
        not_applicable_voices=tuple(a.get("not_applicable_voices", ())),
        extra=_extra(a, _ANSWER_KEYS),
    )


def _measure(m: Mapping[str, Any]) -> Measure:
    return Measure(id=m["id"], question_id=m["question_id"], text=m["text"], quadrant=m.get("quadrant"),
                   status=m["status"], owner=m.get("owner"), due=m.get("due"), note=m.get("note", ""),
                   extra=_extra(m, _MEASURE_KEYS))


def earlier_from_dict(doc: Mapping[str, Any]) -> EarlierRef:
    return EarlierRef(
        session_id=doc["session_id"],
        label=doc.get("label", ""),
        date=doc.get("date"),
        carried=tuple(CarriedMeasure(c["id"], c["status"]) for c in doc.get("carried", ())),
        extra=_extra(doc, _EARLIER_KEYS),
    )


def earlier_to_dict(ref: EarlierRef) -> dict[str, Any]:
    out: dict[str, Any] = {"session_id": ref.session_id, "label": ref.label}
    if ref.date:
        out["date"] = ref.date
    if ref.carried:
        out["carried"] = [{"id": c.id, "status": c.status} for c in ref.carried]
    out.update(ref.extra)
    return out


def session_from_dict(doc: Mapping[str, Any], question_set: QuestionSet | None = None,
                      answers: dict[str, Answer] | None = None, measures: list[Measure] | None = None) -> Session:
    """The model of a validated document; ``question_set``, when given, is one already built from an
    identical embedded set and is shared instead of built again; ``answers`` and ``measures``, when
    given, are the document's own, already built (by the batch reader's typed path)."""
    collab = doc["collaboration"]
    tp = doc.get("time_point", {})
    return Session(
        session_id=doc["session_id"],
        created_at=doc.get("created_at", ""),
        modified_at=doc.get("modified_at", ""),
        language=doc["language"],
        app_version=doc.get("app_version", ""),
        collaboration=Collaboration(
            collab["name"], collab.get("description", ""), _extra(collab, _COLLABORATION_KEYS)
        ),
        time_point=TimePoint(
            label=tp.get("label", ""),
            date=tp.get("date"),
            place=tp.get("place", ""),
            phase=tp.get("phase"),
            extra=_extra(tp, _TIME_POINT_KEYS),
        ),
        facilitator=doc.get("facilitator", ""),
        voices=[Voice(v["id"], v["name"], v["kind"], _extra(v, _VOICE_KEYS)) for v in doc.get("voices", [])],
        question_set=question_set or question_set_from_dict(doc["question_set"]),
        weights={vid: int(w) for vid, w in doc.get("weights", {}).items()},
        answers=answers if answers is not None else {qid: _answer(a) for qid, a in doc.get("answers", {}).items()},
        measures=measures if measures is not None else [_measure(m) for m in doc.get("measures", [])],
        anonymous_report=bool(doc.get("anonymous_report", False)),
        character=character_from_dict(doc["character"]) if "character" in doc else None,
        left_out=list(doc.get("left_out", [])),
        explanations=[Explanation(e["kind"], e["target"], e["text"], e.get("since", ""),
                                  _extra(e, _EXPLANATION_KEYS)) for e in doc.get("explanations", [])],
        earlier=earlier_from_dict(doc["earlier"]) if "earlier" in doc else None,
        earlier_reveal=doc.get("earlier_reveal", "after_answer"),
        extra=_extra(doc, _TOP_KEYS),
    )


def question_set_to_dict(qset: QuestionSet) -> dict[str, Any]:
    if qset.source:
        return dict(qset.source)
    return {
        "id": qset.id,
        "version": qset.version,
        "title": dict(qset.title),
        "values": [
            {"id": v.id, "title": dict(v.title), "description": dict(v.description)} for v in qset.values
        ],
        "fields": [
            {
                "id": f.id,
                "number": f.number,
                "title": dict(f.title),
                "description": dict(f.description),
                "questions": [
                    {"id": q.id, "text": dict(q.text), "help": dict(q.help), "values": dict(q.values)}
                    for q in f.questions
                ],
            }
            for f in qset.fields
        ],
    }


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if answer.consensus is not None:
        out["consensus"] = answer.consensus
    if answer.voices:
        out["voices"] = dict(answer.voices)
    if answer.not_applicable:
        out["not_applicable"] = True
    if answer.not_applicable_voices:
        out["not_applicable_voices"] = list(answer.not_applicable_voices)
    if answer.note:
        out["note"] = answer.note
    out.update(answer.extra)
    return out


def measure_to_dict(measure: Measure) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": measure.id,
        "question_id": measure.question_id,
        "text": measure.text,
    }
    # No key while the measure is not placed yet: the state of its own that the schema allows.
    if measure.quadrant is not None:
        out["quadrant"] = measure.quadrant
    if measure.owner is not None:
        out["owner"] = measure.owner
    if measure.due:
        out["due"] = measure.due
    out["status"] = measure.status
    if measure.note:
        out["note"] = measure.note
    out.update(measure.extra)
    return out


def explanation_to_dict(explanation: Explanation) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": explanation.kind, "target": explanation.target}
    if explanation.since:
        out["since"] = explanation.since
    out["text"] = explanation.text
    out.update(explanation.extra)
    return out


def session_to_dict(session: Session, format_version: int) -> dict[str, Any]:
    tp = session.time_point
    time_point: dict[str, Any] = {"label": tp.label}
    if tp.date:
        time_point["date"] = tp.date
    time_point["place"] = tp.place
    if tp.phase:
        time_point["phase"] = tp.phase
    time_point.update(tp.extra)
    doc: dict[str, Any] = {
        "format": "samson-session",
        "format_version": format_version,
        "app_version": session.app_version,
        "session_id": session.session_id,
        "created_at": session.created_at,
        "modified_at": session.modified_at,
        "language": session.language,
        "collaboration": {
            "name": session.collaboration.name,
            "description": session.collaboration.description,
            **session.collaboration.extra,
        },
        "time_point": time_point,
        "facilitator": session.facilitator,
        "voices": [{"id": v.id, "name": v.name, "kind": v.kind, **v.extra} for v in session.voices],
        "question_set": question_set_to_dict(session.question_set),
        "weights": dict(session.weights),
        "answers": {
            qid: answer_to_dict(a) for qid, a in session.answers.items() if not a.is_empty()
        },
        "measures": [measure_to_dict(m) for m in session.measures],
    }
    if not doc["created_at"]:
        del doc["created_at"]
    if not doc["modified_at"]:
        del doc["modified_at"]
    if session.anonymous_report:
        doc["anonymous_report"] = True
    if session.character is not None and not session.character.is_empty():
        doc["character"] = character_to_dict(session.character)
    if session.left_out:
        doc["left_out"] = list(session.left_out)
    if session.explanations:
        doc["explanations"] = [explanation_to_dict(e) for e in session.explanations]
    if session.earlier is not None:
        doc["earlier"] = earlier_to_dict(session.earlier)
    if session.earlier_reveal != "after_answer":
        doc["earlier_reveal"] = session.earlier_reveal
    doc.update(session.extra)
    return doc
