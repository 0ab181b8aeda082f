"""The benchmark harness works: generated sessions are valid, a benchmark runs, the scaling verdict is right (no timings asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bench_files, bench_portfolio, bench_seminar, generate  # noqa: E402
from benchmarks.harness import Result, Table, fmt_value, verdict  # noqa: E402
from samson_desktop.core.scoring import score_session  # noqa: E402
from samson_desktop.core.seminar import group_cases  # noqa: E402
from samson_desktop.fileformat import parse_session, read_session  # noqa: E402


def test_generated_session_is_valid_and_complete():
    doc = generate.generate_session(seed=5, measures=50, voices=3)
    session = parse_session(generate.to_bytes(doc), "generated")
    questions = session.question_set.questions()
    assert len(session.question_set.fields) == 7
    assert len(session.answers) == len(questions)
    assert len(session.measures) == 50
    assert [v.id for v in session.voices] == ["v1", "v2", "v3"]
    assert any(a.voices for a in session.answers.values())
    assert any(a.note for a in session.answers.values())
    assert score_session(session).overall is not None


def test_generator_is_deterministic():
    assert generate.to_bytes(generate.generate_session(seed=9)) == generate.to_bytes(generate.generate_session(seed=9))
    assert generate.to_bytes(generate.generate_session(seed=9)) != generate.to_bytes(generate.generate_session(seed=10))


def test_size_options_give_valid_files_that_grow(tmp_path):
    sizes = []
    for target in (60_000, 300_000):
        path = tmp_path / f"{target}.samson"
        path.write_bytes(generate.to_bytes(generate.generate_session(**generate.options_for_size(target))))
        read_session(path)
        sizes.append(path.stat().st_size)
    assert 0.8 * 300_000 < sizes[1] < 1.2 * 300_000
    assert sizes[0] < sizes[1]


def test_one_file_benchmark_runs(tmp_path):
    path = generate.write_session_file(tmp_path / "one.samson", seed=1, measures=5)
    samples = bench_files.bench_open(path, repeat=3)
    assert len(samples) == 3 and all(s > 0 for s in samples)


def test_portfolio_benchmark_loads_every_generated_session(tmp_path, qapp):
    paths = generate.write_portfolio(tmp_path / "folder", 6, measures=2)
    assert len(paths) == 6
    assert bench_portfolio.read_all(paths) == 6 == bench_portfolio.parse_only(paths)
    parse, read = bench_portfolio.bench_ratio(paths, pairs=2)
    assert len(parse) == len(read) == 2
    core, window = bench_portfolio.bench_reopen(tmp_path / "folder", count=6, repeat=1)
    assert len(core) == len(window) == 1


def test_portfolio_benchmark_notices_a_session_that_fails(tmp_path):
    paths = generate.write_portfolio(tmp_path / "folder", 3, measures=2)
    paths[1].write_bytes(b"{")
    with pytest.raises(RuntimeError):
        bench_portfolio.read_all(paths)


def test_scaling_verdicts():
    linear_with_overhead = Table("t", "unit", rows=[(10, 0.31), (100, 0.40), (1000, 1.30)])
    quadratic = Table("t", "unit", rows=[(100, 0.01), (1000, 1.0), (5000, 25.0)])
    assert not linear_with_overhead.super_linear()
    assert quadratic.super_linear()
    assert quadratic.growth()[1][3] == pytest.approx(2.0)


def test_result_verdicts():
    assert verdict(Result("fast", [0.001, 0.002, 0.003], "ms", 0.004)) == "pass"
    assert verdict(Result("slow", [0.005, 0.006, 0.007], "ms", 0.004)) == "FAIL"
    assert verdict(Result("missing", [], "s", 0.5, error="not there")).startswith("FAIL")
    assert verdict(Result("info", [1.0], "s")) == "(report)"
    assert fmt_value(0.0025, "ms") == "2.50 ms"
    assert fmt_value(1.5, "x") == "1.50×"


def test_seminar_benchmark_cases_are_distinct_collaborations(tmp_path):
    files = bench_seminar.write_cases(tmp_path / "seminar", 12)
    sessions = [read_session(f) for f in files]
    assert len(group_cases(sessions)) == 12


@pytest.mark.parametrize("kind", ["bare", "app"])
def test_the_instruction_count_probe_ends_each_start_at_its_first_paint(kind, tmp_path):
    """What callgrind counts for the start-up figure: a start that paints and then ends, with exit code 0."""
    session = generate.write_session_file(tmp_path / "s.samson", seed=3, measures=4, voices=2)
    args = ["bare"] if kind == "bare" else ["app", str(session)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(tmp_path / "home"),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")]))
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "first_paint_exit.py"), *args], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # Ended at the first paint: the app never built its other pages nor printed the smoke test's lines.
    assert "all pages built" not in done.stdout and "first paint" not in done.stdout
