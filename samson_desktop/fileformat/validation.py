"""Check a parsed session document against the JSON Schema and the rules the schema cannot express."""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Callable

from ..core.vocabulary import FIELD_COUNT, VALUE_IDS
from ..resources import resource_path
from .errors import Problem
from .messages import Text, msg, quoted
from .places import place_of
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


_TYPE_WORDS = {"object": "an object", "array": "a list", "string": "a text", "integer": "a whole number",
               "number": "a number", "boolean": "true or false", "null": "nothing (null)"}


def _kinds(expected: Any) -> Text:
    """"a text or nothing (null)" for a JSON Schema type or list of types."""
    wanted = [msg(_TYPE_WORDS.get(w, str(w))) for w in (expected if isinstance(expected, list) else [expected])]
    out = wanted[0]
    for other in wanted[1:]:
        out = msg("{first} or {second}", first=out, second=other)
    return out


def _describe(error) -> Text:
    """Turn a jsonschema error into a sentence for a facilitator, not a developer."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        return msg("should be {expected}, not {value}", expected=_kinds(expected), value=quoted(value))
    if kind == "required":
        # One error per missing key; its message starts with that key, e.g. "'name' is a required property".
        missing = [key for key in expected if isinstance(value, dict) and key not in value]
        named = [key for key in missing if error.message.startswith(repr(key) + " ")]
        key = named[0] if named else missing[0] if missing else expected
        return msg("is missing the required key {key}", key=quoted(key))
    if kind == "enum":
        return msg("has {value}, which is not one of {allowed}", value=quoted(value),
                   allowed=", ".join(map(str, expected)))
    if kind == "const":
        return msg("should be {expected}, not {value}", expected=quoted(expected), value=quoted(value))
    if kind in ("minimum", "maximum"):
        template = "should be at least {bound}, not {value}" if kind == "minimum" else "should be at most {bound}, not {value}"
        return msg(template, bound=expected, value=quoted(value))
    if kind == "maxLength":
        return msg("is too long ({length} characters; at most {bound})", length=len(value), bound=expected)
    if kind == "pattern":
        return msg("has {value}, which is not in the expected form", value=quoted(value))
    if kind == "minItems" and expected == 1:
        return msg("should not be empty")
    if kind in ("minItems", "maxItems"):
        template = "should have at least {bound} items, not {count}" if kind == "minItems" else "should have at most {bound} items, not {count}"
        return msg(template, bound=expected, count=len(value))
    if kind in ("minProperties", "maxProperties"):
        template = ("should have at least {bound} entries, not {count}" if kind == "minProperties"
                    else "should have at most {bound} entries, not {count}")
        return msg(template, bound=expected, count=len(value))
    detail = error.message if len(error.message) <= 200 else error.message[:197] + "…"
    return msg("does not follow the file format ({detail})", detail=quoted(detail, 200))


def schema_problems(document: Any, question_set_known: bool = False) -> list[Problem]:
    """Every schema violation with its place; an empty list for a valid document.

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
        detail = f"must {rule}" if rule else first.message
        problems = [_problem(document, path, msg("does not follow the file format ({detail})",
                                                 detail=quoted(detail, 200)))]
    return problems


def _all_schema_problems(document: Any) -> list[Problem]:
    found = []
    for error in _validator().iter_errors(document):
        # propertyNames errors point at the object; name the offending key instead.
        path = list(error.absolute_path)
        message = _describe(error)
        if error.parent is None and "propertyNames" in error.absolute_schema_path:
            message = msg("has the key {key}, which is not allowed here", key=quoted(error.instance))
        found.append((path, message))
        if len(found) >= _MAX_PROBLEMS:
            break
    found.sort(key=lambda item: [str(part) for part in item[0]])
    return [_problem(document, path, message) for path, message in found]


def _problem(document: Any, path: list[str | int], message: Text) -> Problem:
    # A rule about the whole file names the file, so that the sentence has a subject.
    return Problem(message if path else msg("the file {predicate}", predicate=message), place_of(document, path))


def _duplicates(doc: dict[str, Any], items: list[Any], key: str, base: list[str | int]) -> list[Problem]:
    seen: set[Any] = set()
    problems = []
    template = "repeats the field number {value}" if key == "number" else "repeats the id {value}, which is used above"
    for index, item in enumerate(items):
        ident = item.get(key)
        if ident in seen:
            problems.append(Problem(msg(template, value=quoted(ident)), place_of(doc, [*base, index, key])))
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
        problems += _question_set_problems(doc, question_ids)
    problems += _session_problems(doc, question_ids)
    return problems[:_MAX_PROBLEMS]


def _question_set_problems(doc: dict[str, Any], question_ids: set[str]) -> list[Problem]:
    """The question set's own rules; fills ``question_ids`` on the way."""
    problems: list[Problem] = []

    def add(path: list[str | int], template: str, **values: Any) -> None:
        problems.append(Problem(msg(template, **values), place_of(doc, path)))

    language = doc["language"]
    no_text = "has no text in the session language {language}"
    qset = doc["question_set"]
    values = qset["values"]
    problems += _duplicates(doc, values, "id", ["question_set", "values"])
    if {v["id"] for v in values} != set(VALUE_IDS):
        add(["question_set", "values"], "must hold exactly the values {ids}", ids=", ".join(VALUE_IDS))
    fields = qset["fields"]
    problems += _duplicates(doc, fields, "id", ["question_set", "fields"])
    problems += _duplicates(doc, fields, "number", ["question_set", "fields"])
    if len(fields) != FIELD_COUNT:
        add(["question_set", "fields"], "must hold {count} action fields", count=FIELD_COUNT)
    for index, value in enumerate(values):
        if not value["title"].get(language):
            add(["question_set", "values", index, "title"], no_text, language=quoted(language))
    for f_index, fld in enumerate(fields):
        base = ["question_set", "fields", f_index]
        if not fld["title"].get(language):
            add([*base, "title"], no_text, language=quoted(language))
        for q_index, question in enumerate(fld["questions"]):
            q_base = [*base, "questions", q_index]
            if question["id"] in question_ids:
                add([*q_base, "id"], "repeats the id {value}, which is used above", value=quoted(question["id"]))
            question_ids.add(question["id"])
            if not question["text"].get(language):
                add([*q_base, "text"], no_text, language=quoted(language))
            if sum(question["values"].values()) <= 0:
                add([*q_base, "values"], "needs at least one value link with a strength above 0")
    return problems


def _session_problems(doc: dict[str, Any], question_ids: set[str]) -> list[Problem]:
    """Voices, answers and measures: unique ids and references that resolve."""
    problems: list[Problem] = []

    def add(path: list[str | int], template: str, **values: Any) -> None:
        problems.append(Problem(msg(template, **values), place_of(doc, path)))

    voices = doc.get("voices", [])
    problems += _duplicates(doc, voices, "id", ["voices"])
    voice_ids = {v["id"] for v in voices}
    for question_id, answer in doc.get("answers", {}).items():
        if question_id not in question_ids:
            add(["answers", question_id], "is for a question that is not in the question set")
        for voice_id in answer.get("voices", {}):
            if voice_id not in voice_ids:
                add(["answers", question_id, "voices", voice_id], "names a voice that is not in the session's voices")
        scored = answer.get("voices", {})
        for index, voice_id in enumerate(answer.get("not_applicable_voices", [])):
            where = ["answers", question_id, "not_applicable_voices", index]
            if voice_id not in voice_ids:
                add(where, "names a voice that is not in the session's voices")
            elif voice_id in scored:
                add(where, "marks a voice not relevant that also gave a score")
    measures = doc.get("measures", [])
    problems += _duplicates(doc, measures, "id", ["measures"])
    for index, measure in enumerate(measures):
        if measure["question_id"] not in question_ids:
            add(["measures", index, "question_id"], "names the question {id}, which is not in the question set",
                id=quoted(measure["question_id"]))
    return problems
