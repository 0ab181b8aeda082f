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


# --- terminal escapes in user text ----------------------------------------------------------------

TITLE_ESCAPE = "\x1b]0;owned\x07"
CLEAR_SCREEN = "\x1b[2J"
C1_CSI = "\x9b31m"


def _hostile_session(tmp_path, name: str, label: str = "T1") -> str:
    path = tmp_path / f"{name}.samson"
    path.write_bytes(session_bytes(
        collaboration={"name": f"Nabolag{TITLE_ESCAPE}{CLEAR_SCREEN}{C1_CSI}\u202eevil", "description": ""},
        time_point={"label": label + "\x1b[1m", "date": "2026-03-14"},
        answers={"f1.q1": {"consensus": 3}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": "Møte\x1b[31m\nnytt", "quadrant": "more-new",
                   "status": "agreed"}]))
    return str(path)


def _assert_inert(text: str) -> None:
    """No character a terminal would obey: no escape, no bell, no C1 control, no bidi override."""
    assert not any(ord(c) < 0x20 and c != "\n" or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in text), repr(text)


def test_user_text_reaches_the_terminal_with_its_control_characters_visible(tmp_path, capsys):
    earlier = _hostile_session(tmp_path, "t1", "T1")
    later = _hostile_session(tmp_path, "t2", "T2")
    for command in (["scores", earlier], ["scores", earlier, "--json"], ["compare", earlier, later],
                    ["compare", earlier, later, "--json"], ["validate", earlier],
                    ["report", earlier, "-o", str(tmp_path / f"r{CLEAR_SCREEN}.pdf")],
                    ["sheets", earlier, "-o", str(tmp_path / f"s{TITLE_ESCAPE}.pdf")],
                    ["validate", str(tmp_path / f"missing{CLEAR_SCREEN}.samson")]):
        main(command)
        captured = capsys.readouterr()
        _assert_inert(captured.out)
        _assert_inert(captured.err)
        if command[0] == "scores" and "--json" not in command:
            assert "Nabolag␛]0;owned␇␛[2J" in captured.out  # shown, not obeyed
    main(["compare", earlier, later, "--json"])
    assert json.loads(capsys.readouterr().out)["later"]["collaboration"].startswith(
        f"Nabolag{TITLE_ESCAPE}{CLEAR_SCREEN}{C1_CSI}")  # JSON keeps the text exact


def test_an_id_with_a_line_break_stays_on_one_quoted_line(tmp_path, capsys):
    path = tmp_path / "ghost.samson"
    path.write_bytes(session_bytes(answers={"ghost\n": {"consensus": 3}}))
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err == f'{path}: Answer to "ghost\\n": is for a question that is not in the question set\n'


# --- commands and files that do not exist -------------------------------------------------------

def _run_without_display(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "samson_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.mark.parametrize("args, code, words", [
    (["valdate", "my.samson"], 2, "did you mean 'samson validate'"),
    (["frobnicate"], 2, "'frobnicate' is neither a command nor a file"),
    (["no-such-session.samson"], 2, "no-such-session.samson: no such file"),
    (["--frobnicate"], 2, "unrecognized arguments: --frobnicate"),
    (["scores"], 2, "samson scores: the following arguments are required"),
    ([os.path.dirname(__file__)], 1, "is a folder"),
])
def test_unknown_commands_and_missing_files_give_one_line_and_no_window(args, code, words):
    result = _run_without_display(*args)
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_pipe_or_an_unreadable_file_exits_1_without_a_window(tmp_path):
    fifo = tmp_path / "pipe.samson"
    os.mkfifo(fifo)
    result = _run_without_display(str(fifo))
    assert result.returncode == 1 and "not an ordinary file" in result.stderr
    locked = tmp_path / "locked.samson"
    locked.write_bytes(DEMO_T1.read_bytes())
    locked.chmod(0)
    if not os.access(locked, os.R_OK):  # as root every file is readable
        result = _run_without_display(str(locked))
        assert result.returncode == 1 and "permission denied" in result.stderr
