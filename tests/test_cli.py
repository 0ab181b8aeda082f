"""The command line: --version, validate and scores, their exit codes and the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from factories import session_bytes
from samson_desktop import __version__
from samson_desktop.cli.main import main
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import read_session
from samson_desktop.fileformat.question_sets import demo_session_paths

DEMO_T1 = demo_session_paths()[0]


def _run(*args, **env):
    return subprocess.run([sys.executable, "-m", "samson_desktop", *args], capture_output=True,
                          text=True, env={**os.environ, **env})


def test_version():
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"samson {__version__}"


def test_usage_errors_exit_2():
    assert _run("scores").returncode == 2
    assert _run("validate").returncode == 2
    assert _run("scores", str(DEMO_T1), "--bogus").returncode == 2


def test_validate_demo_is_valid(capsys):
    assert main(["validate", *map(str, demo_session_paths())]) == 0
    assert capsys.readouterr().out.count(": valid") == 2


def test_scores_json_has_the_product_shape_and_unrounded_numbers(capsys):
    assert main(["scores", str(DEMO_T1), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"session_id", "overall", "values", "fields", "questions", "priority"}
    expected = score_session(read_session(DEMO_T1))
    assert out["overall"] == expected.overall
    assert [v["id"] for v in out["values"]] == ["openness", "democracy", "creativity", "leadership"]
    assert {"id", "weight", "score", "gap"} <= set(out["values"][0])
    assert {"id", "score", "importance", "gap", "answered", "not_applicable", "questions"} <= set(out["fields"][0])
    assert set(out["questions"][0]) == {"id", "field", "score", "importance", "gap", "spread"}
    assert out["priority"] == list(expected.priority)
    for got, want in zip(out["questions"], expected.questions):
        assert got["score"] == want.score and got["importance"] == want.importance


def test_scores_json_for_a_non_standard_question_set(tmp_path, capsys):
    path = tmp_path / "custom.samson"
    path.write_bytes(session_bytes(weights={"openness": 6, "democracy": 9},
                                   answers={"f1.q1": {"consensus": 3}, "f1.q2": {"not_applicable": True}}))
    assert main(["scores", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    f1 = out["fields"][0]
    assert (f1["id"], f1["score"], f1["answered"], f1["not_applicable"], f1["questions"]) == ("f1", 3.0, 1, 1, 2)
    assert f1["importance"] == pytest.approx((6 + (6 + 4.5) / 1.5) / 2)
    assert out["overall"] is None
    assert out["fields"][1]["score"] is None
    assert out["priority"] == ["f1.q1"]


def test_scores_text_shows_one_decimal(capsys):
    assert main(["scores", str(DEMO_T1)]) == 0
    out = capsys.readouterr().out
    overall = score_session(read_session(DEMO_T1)).overall
    assert f"Overall: {overall:.1f}" in out


def test_scores_on_a_bad_file_exits_1_with_a_message(tmp_path, capsys):
    path = tmp_path / "bad.samson"
    path.write_text("{", encoding="utf-8")
    assert main(["scores", str(path)]) == 1
    assert "not valid JSON" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["--version"], ["validate", str(DEMO_T1)], ["scores", str(DEMO_T1), "--json"]])
def test_headless_commands_import_no_qt(command):
    code = (
        "import sys\n"
        "from samson_desktop.cli.main import main\n"
        "try:\n"
        f"    main({command!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'reportlab', 'numpy'))\n"
        "print('IMPORTED', bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "IMPORTED []" in result.stdout, result.stdout + result.stderr


def test_core_and_fileformat_never_import_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import samson_desktop.core, samson_desktop.fileformat\n"
        "for pkg in (samson_desktop.core, samson_desktop.fileformat):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
