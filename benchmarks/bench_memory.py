"""Peak memory (RSS) of the window with a session open: the smoke-test processes, and a window in use with every page built."""

from __future__ import annotations

from pathlib import Path

from .bench_startup import StartupRuns
from .harness import PYTHON, ROOT, Result, run_process

BUDGET_MIB = 150.0
IN_USE_SCRIPT = ROOT / "benchmarks" / "window_memory.py"


def in_use_peaks(session: Path, repeat: int) -> list[float]:
    peaks = []
    for _ in range(repeat):
        run = run_process([PYTHON, str(IN_USE_SCRIPT), str(session)], until=lambda line: line.startswith("ready"))
        if run.returncode != 0 or not run.line:
            raise RuntimeError(f"window in use failed (exit {run.returncode}): {run.stderr.strip()[-800:]}")
        peaks.append(run.peak_rss_mib)
    return peaks


def results(runs: StartupRuns, session: Path | None = None, repeat: int = 3) -> list[Result]:
    name = "Peak memory, window with a session open"
    if runs.error:
        return [Result(name, [], "MiB", BUDGET_MIB, error=runs.error)]
    smoke = [r.peak_rss_mib for r in runs.app]
    bare = sorted(r.peak_rss_mib for r in runs.bare)[len(runs.bare) // 2]
    out = [Result(name + " (smoke test)", smoke, "MiB", BUDGET_MIB,
                  note=f"peak RSS (wait4 ru_maxrss) of `samson --smoke-test FILE`, which builds every page once the "
                       f"session is on screen, then quits; a bare PySide6 window peaks at {bare:.1f} MiB; median of {len(smoke)}")]
    if session is not None:
        try:
            peaks = in_use_peaks(session, repeat)
            out.insert(0, Result(name + " (in use)", peaks, "MiB", BUDGET_MIB,
                                 note=f"peak RSS of a window with every page built, questions, overview, measures "
                                      f"and report shown and three answers given; median of {len(peaks)}"))
        except RuntimeError as exc:
            out.insert(0, Result(name + " (in use)", [], "MiB", BUDGET_MIB, error=str(exc)))
    return out
