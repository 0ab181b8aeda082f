"""The adversarial corpus: every file is either refused with a plain message, or opened, saved,
reported and exported without error, on the command line and in the window."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from factories import question_set_doc, session_doc
from samson_desktop.cli.main import main
from samson_desktop.fileformat import FORMAT_VERSION, SessionFileError, read_session, write_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.report.session_report import build_session_report
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.settings import Settings
from test_hostile_files import HOSTILE, NON_FINITE, assert_plain_message, non_regular_files

CONTROL = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"
MARKUP = "<b>fet</b> &amp; <img src=x> ]]> 😀 «sitat» æøå"


def _voices_doc(count: int) -> dict:
    qset = question_set_doc(2)
    voices = [{"id": f"v{i}", "name": f"Deltaker {i} {MARKUP}", "kind": "participant"} for i in range(count)]
    answers = {q["id"]: {"voices": {v["id"]: 1 + (i + k) % 10 for i, v in enumerate(voices)}}
               for k, q in enumerate(q for f in qset["fields"] for q in f["questions"])}
    return session_doc(question_set=qset, voices=voices, answers=answers)


def _measures_doc(count: int) -> dict:
    quadrants = ("more-known", "more-new", "less-known", "less-new")
    measures = [{"id": f"m{i}", "question_id": f"f{1 + i % 7}.q{1 + i % 2}", "text": f"Tiltak {i} " + "ord " * 20,
                 "quadrant": quadrants[i % 4], "status": "proposed"} for i in range(count)]
    return session_doc(measures=measures)


def _control_doc() -> dict:
    return session_doc(
        collaboration={"name": f"Nabolag{CONTROL}", "description": f"Linje\nto\ttab{CONTROL}"},
        facilitator=f"Kari{CONTROL}",
        voices=[{"id": "v1", "name": f"Stemme{CONTROL}", "kind": "citizen"}],
        answers={"f1.q1": {"consensus": 4, "voices": {"v1": 3}, "note": f"Notat{CONTROL}\x00\x01"}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": f"Tiltak{CONTROL}", "quadrant": "more-new",
                   "status": "agreed", "owner": f"Eier{CONTROL}"}])


def _dump(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _long_name(length: int) -> str:
    stem = "ø" * ((length - len(".samson")) // 2)
    return stem + "x" * (length - len(".samson") - len(stem.encode())) + ".samson"


def build_corpus(folder: Path) -> dict[str, Path]:
    """Write the corpus into ``folder``: hostile contents, odd files, and the largest valid sessions."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {f"hostile-{name}": data for name, data in HOSTILE.items()}
    files.update({f"non-finite-{name}": data for name, (data, _words) in NON_FINITE.items()})
    files["two-hundred-voices"] = _dumpable(_voices_doc(200))
    files["ten-thousand-measures"] = _dumpable(_measures_doc(10_000))
    files["control-characters"] = _dumpable(_control_doc())
    files["demo"] = demo_session_paths()[0].read_bytes()
    corpus = {}
    for name, data in files.items():
        path = folder / f"{name}.samson"
        path.write_bytes(data)
        corpus[name] = path
    for length in (242, 255):
        path = folder / _long_name(length)
        path.write_bytes(files["demo"])
        corpus[f"name-of-{length}-bytes"] = path
    if hasattr(os, "mkfifo"):
        odd = folder / "odd"
        odd.mkdir()
        corpus.update({f"not-a-file-{name}": path for name, (path, _words) in non_regular_files(odd).items()})
    return corpus


def _dumpable(doc: dict) -> bytes:
    assert doc["format_version"] == FORMAT_VERSION
    return _dump(doc)


SLOW = {"ten-thousand-measures"}
CORPUS_NAMES = sorted([f"hostile-{n}" for n in HOSTILE] + [f"non-finite-{n}" for n in NON_FINITE]
                      + ["two-hundred-voices", "ten-thousand-measures", "control-characters", "demo",
                         "name-of-242-bytes", "name-of-255-bytes"]
                      + (["not-a-file-link-to-dev-zero", "not-a-file-fifo", "not-a-file-folder",
                          "not-a-file-dangling-link"] if hasattr(os, "mkfifo") else []))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


def _params():
    return [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in CORPUS_NAMES]


def _inert(text: str) -> None:
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in text), repr(text)


def _copy(path: Path, folder: Path) -> Path:
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


def test_the_corpus_is_built_as_named(corpus):
    assert sorted(corpus) == CORPUS_NAMES


@pytest.mark.parametrize("name", _params())
def test_command_line_refuses_plainly_or_does_everything(corpus, name, tmp_path, capsys):
    path = corpus[name]
    code = main(["validate", str(path)])
    out = capsys.readouterr()
    _inert(out.out + out.err)
    if code == 1:
        lines = out.err.strip().splitlines()
        assert lines and all(line.startswith(f"{path}: ") for line in lines)
        for line in lines:
            assert_plain_message(line[len(str(path)) + 2:])
        for command in ("scores", "report", "sheets"):
            assert main([command, str(path)]) == 1
        assert main(["export", str(path), "--csv", str(tmp_path / "x.csv")]) == 1
        assert not (tmp_path / "x.csv").exists()
        _inert("".join(capsys.readouterr()))
        return
    assert code == 0, out.err
    copy = _copy(path, tmp_path)
    assert main(["scores", str(copy)]) == 0
    assert main(["report", str(copy), "-o", str(tmp_path / "r.pdf")]) == 0
    assert main(["export", str(copy), "--csv", str(tmp_path / "r.csv")]) == 0
    session = read_session(copy)
    write_session(session, copy)
    write_session(read_session(copy), copy)  # and again, over the backup
    assert read_session(copy).session_id == session.session_id
    out = capsys.readouterr()
    _inert(out.out + out.err)
    assert (tmp_path / "r.pdf").stat().st_size > 0 and (tmp_path / "r.csv").stat().st_size > 0


def _refused(path: Path) -> bool:
    try:
        read_session(path)
    except SessionFileError:
        return True
    return False


@pytest.mark.timeout(200)
def test_window_refuses_every_unusable_file_plainly(corpus, tmp_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    original = window.document.session
    refused = [path for name, path in sorted(corpus.items()) if _refused(path)]
    assert len(refused) == len(HOSTILE) + len(NON_FINITE) + (4 if hasattr(os, "mkfifo") else 0)
    try:
        for path in refused:
            shown.clear()
            assert not window.open_path(path)
            assert len(shown) == 1 and window.document.session is original
            text = shown[0].replace("<p>", "").replace("</p>", "\n").replace("<br />", "\n")
            lines = [line for line in text.splitlines() if line.startswith(path.name + ": ")]
            assert lines, text
            for line in lines:
                assert_plain_message(line[len(path.name) + 2:])
    finally:
        window.close()


VALID = [name for name in CORPUS_NAMES if not name.startswith(("hostile-", "non-finite-", "not-a-file-"))]


@pytest.mark.timeout(200)
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in VALID])
def test_window_opens_saves_and_reports_every_usable_file(corpus, name, tmp_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    try:
        copy = _copy(corpus[name], tmp_path)
        assert window.open_path(copy), shown
        assert window.save(), shown
        assert not shown
        assert read_session(copy).session_id == window.document.session.session_id
        build_session_report(window.document.session, tmp_path / "window.pdf")
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_portfolio_names_every_unusable_file_plainly_in_both_languages(corpus):
    from samson_desktop.fileformat.portfolio_files import load_files
    from samson_desktop.fileformat import messages

    usable = [p for n, p in corpus.items() if n not in SLOW]
    portfolio = load_files(usable)
    assert len(portfolio.errors) == len(HOSTILE) + len(NON_FINITE) + (4 if hasattr(os, "mkfifo") else 0)
    messages.MISSING.clear()
    for error in portfolio.errors:
        for lang in ("nb", "en"):
            assert_plain_message(error.reason_in(lang))
    assert not messages.MISSING, f"no Norwegian wording for {sorted(messages.MISSING)}"
    by_name = {e.path.name: e for e in portfolio.errors}
    truncated = by_name["hostile-truncated-middle.samson"]
    assert truncated.reason_in("nb").startswith("Linje ") and ", kolonne " in truncated.reason_in("nb")
    assert truncated.reason_in("en").startswith("Line ") and ", column " in truncated.reason_in("en")
