"""Start-up to the first painted window with a session open, against a bare PySide6 window, interleaved in one run."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from .harness import PYTHON, ROOT, ProcessRun, Result, median, run_process

RATIO_BUDGET = 2.0
BARE_SCRIPT = ROOT / "benchmarks" / "bare_window.py"
#: The smoke test prints "first paint after 0.21 s" when the window is first painted and, with a
#: file, "session ready after 0.26 s" once the session is read into that window; then it quits.
FIRST_PAINT = "first paint"
SESSION_READY = "session ready"


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
    if run.returncode != 0 or not run.lines:
        raise RuntimeError(f"{what} failed (exit {run.returncode}, line {run.line!r}): {run.stderr.strip()[-800:]}")


def session_open_seconds(run: ProcessRun) -> float:
    """Launch → the session is in the window: "session ready" where the app reports it, else the
    first paint (a window that paints with its session already open)."""
    ready = run.time_of(SESSION_READY)
    if ready is not None:
        return ready
    painted = run.time_of(FIRST_PAINT)
    if painted is None:
        raise RuntimeError(f"the smoke test printed neither {FIRST_PAINT!r} nor {SESSION_READY!r}: {run.lines}")
    return painted


def _app_run(session: Path, env: dict[str, str] | None) -> ProcessRun:
    run = run_process(app_command(session), until=lambda line: line.startswith(SESSION_READY), env=env)
    _check(run, "samson --smoke-test")
    run.seconds = session_open_seconds(run)
    return run


def measure(session: Path, repeat: int, env: dict[str, str] | None = None) -> StartupRuns:
    """Alternate bare and app runs (the order flips every round) so drift on the machine hits both alike."""
    runs = StartupRuns()
    # One untimed round each: bytecode and shared libraries into the caches.
    _check(run_process(bare_command(), until=lambda line: bool(line.strip()), env=env), "bare window")
    _app_run(session, env)
    for i in range(repeat):
        order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
        for kind in order:
            if kind == "bare":
                run = run_process(bare_command(), until=lambda line: bool(line.strip()), env=env)
                _check(run, "bare window")
                runs.bare.append(run)
            else:
                runs.app.append(_app_run(session, env))
    return runs


def results(runs: StartupRuns, repeat: int) -> list[Result]:
    name = "Start-up to a painted window with the session open (ratio to bare PySide6)"
    if runs.error:
        return [Result(name, [], "x", RATIO_BUDGET, error=runs.error)]
    app = [r.seconds for r in runs.app]
    bare = [r.seconds for r in runs.bare]
    ratio = median(app) / median(bare)
    middle = runs.app[len(runs.app) // 2]
    printed = "; ".join(text for _t, text in middle.lines)
    out = [
        Result(name, [], "x", RATIO_BUDGET, value_override=ratio,
               note=f"median {median(app) * 1000:.0f} ms vs {median(bare) * 1000:.0f} ms, {repeat} interleaved pairs, "
                    f"each from launch to the line printed; the app printed {printed!r}"),
        Result("Start-up: `samson --smoke-test FILE`, session open", app, "ms", None,
               note=f"launch → \"{SESSION_READY}\", printed with \"{FIRST_PAINT}\": the session is read before the "
                    f"window is built, so the first paint shows it; median of {len(app)}"),
    ]
    out.append(Result("Start-up: bare PySide6 window", bare, "ms", None,
                      note=f"launch to first paint; median of {len(bare)}"))
    return out
