"""Broken and hostile session files: each gets a clear message, and the file is never touched."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import session_doc
from samson_desktop.cli.main import main
from samson_desktop.fileformat import SessionFileError, read_session
from samson_desktop.fileformat.question_sets import demo_session_paths

DEMO = demo_session_paths()[0].read_bytes()


def _valid_doc():
    return session_doc(
        voices=[{"id": "v1", "name": "A", "kind": "citizen"}],
        weights={"openness": 5},
        answers={"f1.q1": {"consensus": 5, "voices": {"v1": 4}, "note": "n"}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": "t", "quadrant": "more-new", "status": "agreed"}],
    )


def _dump(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _mutated(path_keys, value):
    doc = _valid_doc()
    target = doc
    for key in path_keys[:-1]:
        target = target[key]
    target[path_keys[-1]] = value
    return _dump(doc)


HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b"   \n\t ",
    "truncated-early": DEMO[:200],
    "truncated-middle": DEMO[: len(DEMO) // 2],
    "truncated-end": DEMO[:-2],
    "invalid-utf8": DEMO[:100] + b"\xff\xfe\xfa" + DEMO[100:],
    "utf16": DEMO.decode("utf-8").encode("utf-16"),
    "binary-garbage": bytes(range(256)) * 20,
    "nan": _dump(_valid_doc()).replace(b'"consensus": 5', b'"consensus": NaN'),
    "infinity": _dump(_valid_doc()).replace(b'"openness": 5', b'"openness": Infinity'),
    "deep-arrays": b"[" * 200_000 + b"]" * 200_000,
    "deep-objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "deep-in-extra-key": _dump(_valid_doc())[:-1] + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge-note": _mutated(["answers", "f1.q1", "note"], "x" * 3_000_000),
    "huge-name": _mutated(["collaboration", "name"], "æ" * 100_000),
    "top-array": b"[]",
    "top-string": b'"samson"',
    "top-null": b"null",
    "top-number": b"42",
    "not-samson": _dump({"format": "something-else", "format_version": 1}),
    "missing-format": _dump({k: v for k, v in _valid_doc().items() if k != "format"}),
    "newer-major": _mutated(["format_version"], 2),
    "version-bool": _mutated(["format_version"], True),
    "version-string": _mutated(["format_version"], "1"),
    "version-zero": _mutated(["format_version"], 0),
    "score-bool": _mutated(["answers", "f1.q1", "consensus"], True),
    "score-float": _mutated(["answers", "f1.q1", "consensus"], 5.5),
    "score-negative": _mutated(["answers", "f1.q1", "consensus"], -3),
    "score-huge": _mutated(["answers", "f1.q1", "consensus"], 10**400),
    "answers-list": _mutated(["answers"], [1, 2, 3]),
    "weights-string": _mutated(["weights"], "heavy"),
    "unknown-value": _mutated(["weights", "kindness"], 5),
    "six-fields": _mutated(["question_set", "fields"], _valid_doc()["question_set"]["fields"][:6]),
    "no-questions": _mutated(["question_set", "fields", 0, "questions"], []),
    "value-link-unknown": _mutated(["question_set", "fields", 0, "questions", 0, "values"], {"kindness": 1}),
    "value-link-strength": _mutated(["question_set", "fields", 0, "questions", 0, "values"], {"openness": 2}),
    "zero-links": _mutated(["question_set", "fields", 0, "questions", 0, "values"], {"openness": 0}),
    "unresolved-answer": _mutated(["answers", "ghost.q"], {"consensus": 3}),
    "unresolved-voice": _mutated(["answers", "f1.q1", "voices"], {"ghost": 3}),
    "unresolved-measure": _mutated(["measures", 0, "question_id"], "ghost.q"),
    "duplicate-measure": _mutated(["measures"], _valid_doc()["measures"] * 2),
    "duplicate-question": _mutated(
        ["question_set", "fields", 1, "questions", 0, "id"], "f1.q1"),
    "bad-id-chars": _mutated(["session_id"], "../../etc/passwd"),
    "control-chars-id": _mutated(["session_id"], "a\u0000b"),
    "bad-date": _mutated(["time_point", "date"], "14.03.2026"),
    "bad-phase": _mutated(["time_point", "phase"], "done"),
    "bad-status": _mutated(["measures", 0, "status"], "finished"),
    "many-answers": _mutated(["answers"], {f"q{i}": {} for i in range(5000)}),
    "missing-question-set": _dump({k: v for k, v in _valid_doc().items() if k != "question_set"}),
    "lone-surrogate": _dump(_valid_doc()).replace(b'"note": "n"', b'"note": "\\ud800"'),
}


def _check_refused(path: Path) -> list[str]:
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(SessionFileError) as info:
        read_session(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    lines = info.value.lines()
    assert lines and all(line.startswith(path.name + ": ") for line in lines)
    for lang in ("en", "nb"):
        for line in info.value.lines(lang):
            assert_plain_message(line[len(path.name) + 2:])
    return lines


_QUOTED = re.compile(r'"(?:[^"\\…]|\\.)*(?:"|…)')  # a long value is cut with "…"
_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def assert_plain_message(text: str) -> None:
    """A message for a facilitator: one line in plain words, no JSON path, no word twice in a row."""
    assert text and "\n" not in text and len(text) < 400, text
    words = _QUOTED.sub('""', text)  # the user's data is quoted, and may hold anything
    assert "$" not in words and "Traceback" not in words, text
    assert not _DOUBLED.search(words), text
    assert text[0].isupper(), text


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_and_untouched(tmp_path, name, capsys):
    path = tmp_path / f"{name}.samson"
    path.write_bytes(HOSTILE[name])
    lines = _check_refused(path)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == len(lines) and all(e.startswith(str(path)) for e in err)


def test_files_that_are_not_files(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "missing.samson"), str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "is a folder" in err


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.samson"
    with path.open("wb") as fh:
        fh.truncate(40 * 1024 * 1024)  # sparse: costs no disk
    assert "too large" in _check_refused(path)[0]


def test_validate_lists_every_problem_one_line_each(tmp_path, capsys):
    doc = _valid_doc()
    doc["language"] = "sv"
    doc["answers"]["f1.q1"]["consensus"] = 0
    doc["measures"][0]["quadrant"] = "up"
    path = tmp_path / "three.samson"
    path.write_bytes(_dump(doc))
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3
    assert any(": Language: has \"sv\"" in e for e in err)
    assert any(": Field 1, question 1, score: should be at least 1, not 0" in e for e in err)
    assert any(": Measure 1, quadrant: has \"up\"" in e for e in err)


def test_validate_as_a_process_prints_no_traceback(tmp_path):
    path = tmp_path / "deep.samson"
    path.write_bytes(HOSTILE["deep-arrays"])
    good = demo_session_paths()[0]
    result = subprocess.run([sys.executable, "-m", "samson_desktop", "validate", str(good), str(path)],
                            capture_output=True, text=True, env={**os.environ})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "nested too deeply" in result.stderr
    assert f"{good}: valid" in result.stdout


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from _paths(value, (*prefix, index))


ALL_PATHS = [p for p in _paths(_valid_doc()) if p]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(ALL_PATHS), json_values, st.booleans())
def test_any_mutation_loads_or_is_refused_cleanly(tmp_path, key_path, value, delete):
    doc = copy.deepcopy(_valid_doc())
    target = doc
    for key in key_path[:-1]:
        target = target[key]
    if delete:
        del target[key_path[-1]]
    else:
        target[key_path[-1]] = value
    path = tmp_path / "fuzz.samson"
    data = json.dumps(doc).encode()
    path.write_bytes(data)
    try:
        read_session(path)
    except SessionFileError as exc:
        assert exc.problems
        for problem in exc.problems:
            # The values quoted from the file may hold anything, "$" and "…" too: check the wording.
            text = problem.text("nb")
            assert text and "\n" not in text and len(text) < 400 and text[0].isupper(), text
            assert "$" not in problem.message.template
    assert path.read_bytes() == data


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.integers(0, len(DEMO)).map(lambda n: DEMO[:n]))
def test_arbitrary_bytes_never_crash_the_reader(tmp_path, data):
    path = tmp_path / "bytes.samson"
    path.write_bytes(data)
    try:
        read_session(path)
    except SessionFileError:
        pass
    assert path.read_bytes() == data


def _with_literal(path_keys, literal: bytes) -> bytes:
    """A valid document with ``literal`` (not expressible in Python's json.dumps) at ``path_keys``."""
    return _mutated(path_keys, "@@literal@@").replace(b'"@@literal@@"', literal)


NON_FINITE = {
    "extra-1e400": (_with_literal(["x_extra"], b"1e400"), 'Key "x_extra": holds 1e400'),
    "extra-minus-1e999": (_with_literal(["collaboration", "x_size"], b"[1, -1e999]"),
                          'Collaboration, key "x_size", item 2: holds -1e999'),
    "voice-extra-nan": (_with_literal(["voices", 0, "x_weight"], b"NaN"), 'Voice 1, key "x_weight": holds NaN'),
    "measure-extra-minus-infinity": (_with_literal(["measures", 0, "x"], b"{\"a\": -Infinity}"),
                                     'Measure 1, key "x", key "a": holds -Infinity'),
}


@pytest.mark.parametrize("name", sorted(NON_FINITE))
def test_numbers_no_save_could_write_are_refused_at_load(tmp_path, name, capsys):
    """1e400 is read as inf and passed validation; every save then failed ("Out of range float values")."""
    data, expected = NON_FINITE[name]
    path = tmp_path / f"{name}.samson"
    path.write_bytes(data)
    lines = _check_refused(path)
    assert len(lines) == 1 and lines[0].startswith(f"{path.name}: {expected}, which is not a number"), lines
    for command in (["validate"], ["scores"], ["report", "-o", str(tmp_path / "r.pdf")], ["sheets"]):
        capsys.readouterr()
        assert main([command[0], str(path), *command[1:]]) == 1
        assert expected in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def _run_limited(*args: str) -> subprocess.CompletedProcess:
    """The command line in a process of its own, with 1 GiB of memory and 60 s: a hang or a
    4 GB read fails the test instead of stopping the run."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([sys.executable, "-m", "samson_desktop", *args], capture_output=True, text=True,
                          timeout=60, preexec_fn=limit, env={**os.environ})


def non_regular_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Things named like session files that are no ordinary files, with the words each is refused with."""
    made = {}
    zero = folder / "zero.samson"
    zero.symlink_to("/dev/zero")
    made["link-to-dev-zero"] = (zero, "not an ordinary file")
    fifo = folder / "fifo.samson"
    os.mkfifo(fifo)
    made["fifo"] = (fifo, "not an ordinary file")
    directory = folder / "folder.samson"
    directory.mkdir()
    made["folder"] = (directory, "a folder, not a file")
    dangling = folder / "dangling.samson"
    dangling.symlink_to(folder / "nowhere.samson")
    made["dangling-link"] = (dangling, "does not exist")
    return made


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")
def test_devices_pipes_and_folders_are_refused_without_reading_them(tmp_path):
    """A link to /dev/zero grew validate to 4 GB; a FIFO hung it forever."""
    for name, (path, words) in non_regular_files(tmp_path).items():
        result = _run_limited("validate", str(path))
        assert result.returncode == 1, (name, result.stderr[-500:])
        assert words in result.stderr and "Traceback" not in result.stderr, (name, result.stderr[-500:])
        assert len(result.stderr.strip().splitlines()) == 1


def test_the_size_limit_holds_when_the_file_claims_to_be_small(tmp_path, monkeypatch):
    """Files in /proc and on some network file systems report a size of 0: read no more than the limit."""
    from samson_desktop.fileformat import sessionfile

    path = tmp_path / "liar.samson"
    with path.open("wb") as fh:
        fh.truncate(sessionfile.MAX_FILE_BYTES * 3)
    real_fstat = os.fstat

    def small_fstat(fd):
        result = real_fstat(fd)
        return os.stat_result((*result[:6], 0, *result[7:]))

    reads = []
    real_read = os.read
    monkeypatch.setattr(sessionfile.os, "fstat", small_fstat)
    monkeypatch.setattr(sessionfile.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(SessionFileError, match="too large"):
        read_session(path)
    assert sum(reads) <= sessionfile.MAX_FILE_BYTES + 1
