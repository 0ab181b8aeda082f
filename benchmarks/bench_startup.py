"""Start-up against a bare PySide6 window, interleaved in one run: to the first paint with a session open, to every
page built, and the longest event-loop stall in the first 3 s after the first paint."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from .harness import PYTHON, ROOT, ProcessRun, Result, median, run_process

RATIO_BUDGET = 2.0
#: From launch until every page is built, against the bare window's whole process (launch to exit).
ALL_BUILT_GOAL = 3.0
#: The longest time the event loop may not turn after the first paint, in seconds.
STALL_BUDGET_S = 0.050
BARE_SCRIPT = ROOT / "benchmarks" / "bare_window.py"
PROBE_SCRIPT = ROOT / "benchmarks" / "responsive_probe.py"
#: The smoke test prints "first paint after 0.21 s" when the window is first painted and, with a
#: file, "session ready after 0.26 s" once the session is read into that window; then it quits.
FIRST_PAINT = "first paint"
SESSION_READY = "session ready"
ALL_BUILT = "all pages built"
STALL = "longest stall"


@dataclass
class StartupRuns:
    bare: list[ProcessRun] = field(default_factory=list)
    app: list[ProcessRun] = field(default_factory=list)
    #: Launch to exit of each bare run, and launch to every page built of each app run.
    bare_whole: list[float] = field(default_factory=list)
    all_built: list[float] = field(default_factory=list)
    stalls: list[float] = field(default_factory=list)
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
    run = run_process(app_command(session), until=lambda line: line.startswith(ALL_BUILT), env=env)
    _check(run, "samson --smoke-test")
    run.seconds = session_open_seconds(run)
    return run


def _bare_run(env: dict[str, str] | None) -> tuple[ProcessRun, float]:
    """The bare window, timed to its exit; ``seconds`` is set to its first paint, the exit is returned beside."""
    run = run_process(bare_command(), env=env)
    _check(run, "bare window")
    whole, run.seconds = run.seconds, run.time_of(FIRST_PAINT)
    return run, whole


def _stall_run(session: Path, env: dict[str, str] | None) -> float:
    run = run_process([PYTHON, str(PROBE_SCRIPT), str(session)], env=env)
    _check(run, "responsive probe")
    text = next((line for _t, line in run.lines if line.startswith(STALL)), "")
    if not text:
        raise RuntimeError(f"the probe printed no {STALL!r}: {run.lines}")
    return float(text.split()[2]) / 1000


def measure(session: Path, repeat: int, env: dict[str, str] | None = None) -> StartupRuns:
    """Alternate bare and app runs (the order flips every round) so drift on the machine hits both alike."""
    runs = StartupRuns()
    # One untimed round each: bytecode and shared libraries into the caches.
    _bare_run(env)
    _app_run(session, env)
    for i in range(repeat):
        order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
        for kind in order:
            if kind == "bare":
                run, whole = _bare_run(env)
                runs.bare.append(run)
                runs.bare_whole.append(whole)
            else:
                run = _app_run(session, env)
                runs.app.append(run)
                runs.all_built.append(run.time_of(ALL_BUILT))
    for _ in range(max(1, repeat // 3)):
        runs.stalls.append(_stall_run(session, env))
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
    whole, built = median(runs.bare_whole), median(runs.all_built)
    out.append(Result("Start-up until every page is built (ratio to the bare window's whole process)", [], "x",
                      ALL_BUILT_GOAL, value_override=built / whole,
                      note=f"launch → \"{ALL_BUILT}\" of `samson --smoke-test FILE` (pages built one per idle turn "
                           f"after the first paint), median {built * 1000:.0f} ms, vs the bare window from launch to "
                           f"exit, median {whole * 1000:.0f} ms; {len(runs.all_built)} interleaved pairs"))
    out.append(Result("Longest event-loop stall in the first 3 s after the first paint", runs.stalls, "ms",
                      STALL_BUDGET_S,
                      note=f"benchmarks/responsive_probe.py: the largest gap between ticks of a 5 ms timer, less "
                           f"5 ms, while the window builds its pages; median of {len(runs.stalls)} starts"))
    return out
