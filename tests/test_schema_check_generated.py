"""The ahead-of-time schema validator is current and judges files exactly as a run-time compiled one."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import fastjsonschema
import pytest

from samson_desktop.fileformat import _schema_check, validation
from samson_desktop.fileformat.schema_violation import SchemaViolation
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
    with pytest.raises(SchemaViolation) as generated_error:
        _schema_check.validate(doc)
    with pytest.raises(fastjsonschema.JsonSchemaException) as compiled_error:
        compiled(doc)
    assert generated_error.value.message == compiled_error.value.message
    assert generated_error.value.path == compiled_error.value.path


def test_a_stale_generated_module_is_not_used(monkeypatch):
    """After a schema change without regeneration, files are checked by a validator compiled at run
    time, which reports violations the same way."""
    monkeypatch.setattr(_schema_check, "SCHEMA_CRC32", _schema_check.SCHEMA_CRC32 ^ 1)
    validation._fast_check.cache_clear()
    try:
        check = validation._fast_check()
        assert check is not _schema_check.validate
        check(session_doc())
        with pytest.raises(SchemaViolation) as error:
            check(session_doc(language=7))
        assert error.value.path == ["data", "language"]
        assert validation.schema_problems(session_doc(language=7))
    finally:
        validation._fast_check.cache_clear()


def test_start_up_imports_neither_fastjsonschema_nor_hashlib():
    """The generated check brings its own exception class and a CRC, so reading a session at start-up
    needs neither library (together ~7 ms of every start)."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from samson_desktop.fileformat.sessionfile import parse_session\n"
            "from tests.factories import session_bytes\n"
            "parse_session(session_bytes())\n"
            "print(sorted(m for m in ('fastjsonschema', 'hashlib', 'jsonschema') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
