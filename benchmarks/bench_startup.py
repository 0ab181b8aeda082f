"""Start-up to the first painted window with a session open, against a bare PySide6 window, interleaved in one run."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path

from .harness import PYTHON, ROOT, ProcessRun, Result, median, run_process

RATIO_BUDGET = 2.0
BARE_SCRIPT = ROOT / "benchmarks" / "bare_window.py"
#: The smoke test prints one line with the time to the first paint, e.g. "first paint: 412 ms".
SMOKE_LINE = re.compile(r"paint", re.IGNORECASE)


@dataclass
class StartupRuns:
    bare: list[ProcessRun] = field(default_factory=list)
    app: list[ProcessRun] = field(default_factory=list)
    error: str = ""


def smoke_test_available() -> bool:
    return importlib.util.find_spec("samson_desktop.ui.app") is not None


def bare_command() -> list[str]:
    return [PYTHON, str(BARE_SCRIPT)]


def app_command(session: Path) -> list[str]:
    return [PYTHON, "-m", "samson_desktop", "--smoke-test", str(session)]


def _check(run: ProcessRun, what: str) -> None:
    if run.returncode != 0 or not run.line:
        raise RuntimeError(f"{what} failed (exit {run.returncode}, line {run.line!r}): {run.stderr.strip()[-800:]}")


def measure(session: Path, repeat: int, env: dict[str, str] | None = None) -> StartupRuns:
    """Alternate bare and app runs (the order flips every round) so drift on the machine hits both alike."""
    runs = StartupRuns()
    is_line = SMOKE_LINE.search
    # One untimed round each: bytecode and shared libraries into the caches.
    _check(run_process(bare_command(), until=lambda line: bool(line.strip()), env=env), "bare window")
    _check(run_process(app_command(session), until=is_line, env=env), "samson --smoke-test")
    for i in range(repeat):
        order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
        for kind in order:
            if kind == "bare":
                run = run_process(bare_command(), until=lambda line: bool(line.strip()), env=env)
                _check(run, "bare window")
                runs.bare.append(run)
            else:
                run = run_process(app_command(session), until=is_line, env=env)
                _check(run, "samson --smoke-test")
                runs.app.append(run)
    return runs


def results(runs: StartupRuns, repeat: int) -> list[Result]:
    name = "Start-up to first paint, session open (ratio to bare PySide6)"
    if runs.error:
        return [Result(name, [], "x", RATIO_BUDGET, error=runs.error)]
    app = [r.seconds for r in runs.app]
    bare = [r.seconds for r in runs.bare]
    ratio = median(app) / median(bare)
    reported = runs.app[len(runs.app) // 2].line
    return [
        Result(name, [], "x", RATIO_BUDGET, value_override=ratio,
               note=f"median {median(app) * 1000:.0f} ms vs {median(bare) * 1000:.0f} ms, {repeat} interleaved pairs; "
                    f"the app itself printed {reported!r}"),
        Result("Start-up: `samson --smoke-test FILE`", app, "ms", None, note=f"launch to printed line; median of {len(app)}"),
        Result("Start-up: bare PySide6 window", bare, "ms", None, note=f"launch to first paint; median of {len(bare)}"),
    ]
