"""The ahead-of-time schema validator is current and judges files exactly as a run-time compiled one."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import fastjsonschema
import pytest

from samson_desktop.fileformat import _schema_check, validation
from samson_desktop.fileformat.question_sets import demo_session_paths

from factories import session_doc

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("make_schema_check", ROOT / "tools" / "make_schema_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_module_matches_the_schema():
    expected = _tool().generated_source()
    actual = (ROOT / "samson_desktop" / "fileformat" / "_schema_check.py").read_text(encoding="utf-8")
    assert actual == expected, "run: python3 tools/make_schema_check.py"


def test_validation_uses_the_generated_module():
    validation._fast_check.cache_clear()
    try:
        assert validation._fast_check() is _schema_check.validate
    finally:
        validation._fast_check.cache_clear()


@pytest.mark.parametrize("broken", [
    {"language": 7},
    {"weights": {"openness": 11}},
    {"measures": [{"id": "m1", "question_id": "f1.q1", "text": "x", "quadrant": "sideways", "status": "agreed"}]},
    {"answers": {"f1.q1": {"consensus": 0}}},
])
def test_generated_and_compiled_validators_agree(broken):
    compiled = fastjsonschema.compile(validation.session_schema())
    for path in demo_session_paths():
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert _schema_check.validate(doc) == compiled(doc)
    doc = session_doc(**broken)
    with pytest.raises(fastjsonschema.JsonSchemaException) as generated_error:
        _schema_check.validate(doc)
    with pytest.raises(fastjsonschema.JsonSchemaException) as compiled_error:
        compiled(doc)
    assert generated_error.value.message == compiled_error.value.message
    assert generated_error.value.path == compiled_error.value.path
