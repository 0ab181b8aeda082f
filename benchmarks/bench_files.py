"""Opening and validating one session file in-process: warm median, the cold first call, and the curve against file size."""

from __future__ import annotations

import json
from pathlib import Path

from .generate import generate_session, options_for_size, to_bytes, write_session_file
from .harness import PYTHON, Result, Table, median, run_process, time_calls

BUDGET_S = 0.020

#: Run in a fresh interpreter: the first read_session pays for the schema and the validator.
COLD_SCRIPT = """
import json, sys, time
from samson_desktop.fileformat import read_session
start = time.perf_counter()
read_session(sys.argv[1])
first = time.perf_counter() - start
print(json.dumps({"first": first}), flush=True)
"""


def bench_open(path: Path, repeat: int = 200) -> list[float]:
    from samson_desktop.fileformat import read_session

    return time_calls(lambda: read_session(path), repeat=repeat, warmup=5)


def bench_cold(path: Path, repeat: int = 5) -> list[float]:
    samples = []
    for _ in range(repeat):
        run = run_process([PYTHON, "-c", COLD_SCRIPT, str(path)], until=lambda line: line.startswith("{"))
        if run.returncode != 0 or not run.line:
            raise RuntimeError(f"cold read failed: {run.stderr.strip()[-500:]}")
        samples.append(json.loads(run.line)["first"])
    return samples


def run(workdir: Path, quick: bool = False) -> tuple[list[Result], list[Table]]:
    path = write_session_file(workdir / "open-one.samson", seed=7, measures=50)
    size_kb = path.stat().st_size / 1024
    warm = bench_open(path, repeat=20 if quick else 300)
    cold = bench_cold(path, repeat=1 if quick else 5)
    results = [
        Result("Open + validate one session (warm)", warm, "ms", BUDGET_S,
               note=f"{size_kb:.0f} KB file, 58 answers, 50 measures; median of {len(warm)}"),
        Result("Open + validate one session (cold, first call)", cold, "ms", None,
               note=f"first call in a fresh process (loads schema and validator); median of {len(cold)}"),
    ]
    table = Table("File open against file size", "MB", per=1e6)
    sizes = [50_000, 200_000, 2_000_000] if not quick else [50_000, 200_000]
    rows = []
    for target in sizes:
        data_path = workdir / f"size-{target}.samson"
        data_path.write_bytes(to_bytes(generate_session(**options_for_size(target))))
        actual = data_path.stat().st_size
        seconds = median(bench_open(data_path, repeat=5 if quick else (40 if actual > 1_000_000 else 100)))
        rows.append((actual, seconds))
    table.rows = rows
    table.note = ("Files grow through note text (up to the schema's 20,000 characters per note), "
                  "then 5,000-character measures; the embedded question set keeps every file above ~50 KB.")
    return results, [table]
