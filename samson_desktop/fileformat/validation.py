"""Check a parsed session document against the JSON Schema and the rules the schema cannot express."""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Callable

from ..core.vocabulary import FIELD_COUNT, VALUE_IDS
from ..resources import resource_path
from .errors import Problem
from .jsonpath import json_path
from .schema_violation import SchemaViolation

SCHEMA_FILE = ("schema", "samson-session.schema.json")
_MAX_PROBLEMS = 50


@cache
def session_schema() -> dict[str, Any]:
    with resource_path(*SCHEMA_FILE).open(encoding="utf-8") as fh:
        return json.load(fh)


def schema_for_known_question_set(schema: dict[str, Any]) -> dict[str, Any]:
    """The session schema with the embedded question set checked only as an object.

    For documents whose question set is identical to one already found valid: the set is ~65 %
    of the checking work and the same in most files of a folder.
    """
    old_id = schema["$id"]
    new_id = old_id.removesuffix(".json") + "-known-question-set.json"
    # Its own id, and references that point into itself (never out to a URL that would be fetched).
    text = json.dumps(schema).replace(json.dumps(old_id)[:-1], json.dumps(new_id)[:-1])
    variant = json.loads(text)
    variant["properties"]["question_set"] = {"type": "object"}
    return variant


def _generated_or_compiled(name: str, schema: Callable[[], dict[str, Any]]) -> Callable[[Any], Any]:
    """A validator compiled to Python code: ~20× faster than jsonschema, but it stops at the first
    error, which it raises as a SchemaViolation."""
    import zlib

    # Generated ahead of time (tools/make_schema_check.py): compiling at run time costs ~40 ms per start.
    try:
        from . import _schema_check
    except ImportError:
        _schema_check = None
    schema_crc = zlib.crc32(resource_path(*SCHEMA_FILE).read_bytes())
    if _schema_check is not None and _schema_check.SCHEMA_CRC32 == schema_crc and hasattr(_schema_check, name):
        return getattr(_schema_check, name)
    import fastjsonschema

    compiled = fastjsonschema.compile(schema())

    def check(document: Any) -> None:
        try:
            compiled(document)
        except fastjsonschema.JsonSchemaValueException as exc:
            raise SchemaViolation(exc.message, exc.value, exc.name, exc.definition, exc.rule) from exc

    return check


@cache
def _fast_check() -> Callable[[Any], Any]:
    return _generated_or_compiled("validate", session_schema)


@cache
def _fast_check_known_set() -> Callable[[Any], Any]:
    return _generated_or_compiled("validate_known_question_set",
                                  lambda: schema_for_known_question_set(session_schema()))


@cache
def _validator():
    # Only bad files get here, so jsonschema's cost is paid only when a full problem list is needed.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(session_schema())


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def _describe(error) -> str:
    """Turn a jsonschema error into a sentence for a facilitator, not a developer."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        names = {"object": "an object", "array": "a list", "string": "a text",
                 "integer": "a whole number", "number": "a number", "boolean": "true or false"}
        wanted = expected if isinstance(expected, list) else [expected]
        return f"should be {' or '.join(names.get(w, w) for w in wanted)}, not {_short(value)}"
    if kind == "required":
        missing = [key for key in expected if isinstance(value, dict) and key not in value]
        return f"is missing the required key {_short(missing[0] if missing else expected)}"
    if kind == "enum":
        return f"has {_short(value)}, which is not one of {', '.join(map(str, expected))}"
    if kind == "const":
        return f"should be {_short(expected)}, not {_short(value)}"
    if kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        return f"should be {bound} {expected}, not {_short(value)}"
    if kind == "maxLength":
        return f"is too long ({len(value)} characters; at most {expected})"
    if kind == "pattern":
        return f"has {_short(value)}, which is not in the expected form"
    if kind in ("minItems", "maxItems"):
        bound = "at least" if kind == "minItems" else "at most"
        return f"should have {bound} {expected} items, not {len(value)}"
    if kind in ("minProperties", "maxProperties"):
        bound = "at least" if kind == "minProperties" else "at most"
        return f"should have {bound} {expected} entries, not {len(value)}"
    return error.message if len(error.message) <= 200 else error.message[:197] + "…"


def schema_problems(document: Any, question_set_known: bool = False) -> list[Problem]:
    """Every schema violation with its JSON path; an empty list for a valid document.

    ``question_set_known``: the embedded question set is identical to one already found valid.
    """
    try:
        (_fast_check_known_set() if question_set_known else _fast_check())(document)
        return []
    except SchemaViolation as exc:
        first = exc
    problems = _all_schema_problems(document)
    if not problems:
        # The two validators disagree only on corner cases; never let a bad file through.
        path = list(first.path or [])[1:]  # fastjsonschema paths start with "data"
        _subject, _sep, rule = first.message.partition(" must ")
        problems = [Problem(json_path(path), f"must {rule}" if rule else first.message)]
    return problems


def _all_schema_problems(document: Any) -> list[Problem]:
    problems = []
    for error in _validator().iter_errors(document):
        # propertyNames errors point at the object; name the offending key instead.
        path = list(error.absolute_path)
        message = _describe(error)
        if error.parent is None and "propertyNames" in error.absolute_schema_path:
            message = f"has the key {_short(error.instance)}, which is not allowed here"
        problems.append(Problem(json_path(path), message))
        if len(problems) >= _MAX_PROBLEMS:
            break
    problems.sort(key=lambda p: p.path)
    return problems


def _duplicates(items: list[Any], key: str, base: list[str | int], what: str) -> list[Problem]:
    seen: set[Any] = set()
    problems = []
    for index, item in enumerate(items):
        ident = item.get(key)
        if ident in seen:
            problems.append(Problem(json_path([*base, index, key]), f"repeats the {what} {_short(ident)}"))
        seen.add(ident)
    return problems


def reference_problems(doc: dict[str, Any], question_ids: set[str] | None = None) -> list[Problem]:
    """Rules beyond the schema: unique ids, references that resolve, texts in the session language.

    Only called on documents that already passed the schema, so the shapes are known.
    ``question_ids``: the ids of an embedded question set already found valid in this language,
    whose own rules need no second check.
    """
    problems: list[Problem] = []
    if question_ids is None:
        question_ids = set()
        problems += _question_set_problems(doc["question_set"], doc["language"], question_ids)
    problems += _session_problems(doc, question_ids)
    return problems[:_MAX_PROBLEMS]


def _question_set_problems(qset: dict[str, Any], language: str, question_ids: set[str]) -> list[Problem]:
    """The question set's own rules; fills ``question_ids`` on the way."""
    problems: list[Problem] = []
    values = qset["values"]
    problems += _duplicates(values, "id", ["question_set", "values"], "value id")
    if {v["id"] for v in values} != set(VALUE_IDS):
        problems.append(Problem("$.question_set.values", "must hold exactly the values " + ", ".join(VALUE_IDS)))
    fields = qset["fields"]
    problems += _duplicates(fields, "id", ["question_set", "fields"], "field id")
    problems += _duplicates(fields, "number", ["question_set", "fields"], "field number")
    if len(fields) != FIELD_COUNT:
        problems.append(Problem("$.question_set.fields", f"must hold {FIELD_COUNT} action fields"))
    for index, value in enumerate(values):
        if not value["title"].get(language):
            problems.append(Problem(json_path(["question_set", "values", index, "title"]),
                                    f"has no text in the session language {language!r}"))
    for f_index, fld in enumerate(fields):
        base = ["question_set", "fields", f_index]
        if not fld["title"].get(language):
            problems.append(Problem(json_path([*base, "title"]), f"has no text in the session language {language!r}"))
        for q_index, question in enumerate(fld["questions"]):
            q_base = [*base, "questions", q_index]
            if question["id"] in question_ids:
                problems.append(Problem(json_path([*q_base, "id"]), f"repeats the question id {_short(question['id'])}"))
            question_ids.add(question["id"])
            if not question["text"].get(language):
                problems.append(Problem(json_path([*q_base, "text"]), f"has no text in the session language {language!r}"))
            if sum(question["values"].values()) <= 0:
                problems.append(Problem(json_path([*q_base, "values"]), "needs at least one value link with a strength above 0"))
    return problems


def _session_problems(doc: dict[str, Any], question_ids: set[str]) -> list[Problem]:
    """Voices, answers and measures: unique ids and references that resolve."""
    problems: list[Problem] = []
    voices = doc.get("voices", [])
    problems += _duplicates(voices, "id", ["voices"], "voice id")
    voice_ids = {v["id"] for v in voices}
    for question_id, answer in doc.get("answers", {}).items():
        if question_id not in question_ids:
            problems.append(Problem(json_path(["answers", question_id]), "answers a question that is not in the question set"))
        for voice_id in answer.get("voices", {}):
            if voice_id not in voice_ids:
                problems.append(Problem(json_path(["answers", question_id, "voices", voice_id]), "names a voice that is not in the session's voices"))
    measures = doc.get("measures", [])
    problems += _duplicates(measures, "id", ["measures"], "measure id")
    for index, measure in enumerate(measures):
        if measure["question_id"] not in question_ids:
            problems.append(Problem(json_path(["measures", index, "question_id"]), f"names the question {_short(measure['question_id'])}, which is not in the question set"))
    return problems
