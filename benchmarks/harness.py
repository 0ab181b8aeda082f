"""Shared benchmark plumbing: results, medians, timed subprocesses with their peak memory, machine facts."""

from __future__ import annotations

import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
#: Children run headless. Bytecode caching stays on, as in an installed app (pip and PyInstaller
#: ship compiled modules); a shell's PYTHONDONTWRITEBYTECODE would make every start recompile.
BASE_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
BASE_ENV["QT_QPA_PLATFORM"] = "offscreen"


@dataclass
class Result:
    """One figure of the table: the median of ``samples`` against an optional budget."""

    name: str
    samples: list[float]
    unit: str  # "s", "ms", "MiB" or "x" (a ratio)
    budget: float | None = None
    note: str = ""
    #: Set when the figure could not be measured (the feature is missing or failed).
    error: str = ""
    #: A figure derived from others (a ratio) gives its own value instead of a median of samples.
    value_override: float | None = None

    @property
    def value(self) -> float | None:
        if self.value_override is not None:
            return self.value_override
        return statistics.median(self.samples) if self.samples else None

    @property
    def passed(self) -> bool | None:
        if self.error or self.value is None:
            return None if self.budget is None else False
        return None if self.budget is None else self.value <= self.budget


@dataclass
class Table:
    """A small scaling table: one row per work size, with per-unit cost and a verdict."""

    title: str
    unit_name: str  # what one unit of work is: "measure", "session", "MB"
    #: Row sizes are divided by this to get units (bytes → MB uses 1e6).
    per: float = 1.0
    rows: list[tuple[int, float]] = field(default_factory=list)  # (units, seconds)
    note: str = ""
    error: str = ""

    def growth(self) -> list[tuple[int, float, float, float | None]]:
        """(units, seconds, ms per unit, local growth exponent k in time ∝ units^k)."""
        out = []
        for i, (n, t) in enumerate(self.rows):
            k = None
            if i:
                n0, t0 = self.rows[i - 1]
                if t0 > 0 and t > 0 and n != n0:
                    k = math.log(t / t0) / math.log(n / n0)
            out.append((n, t, t * 1000 / (n / self.per), k))
        return out

    def super_linear(self) -> bool:
        """Time growing faster than the work: a step whose growth exponent is above 1.15, i.e. the
        cost per unit rising by more than a noise margin as the work grows."""
        return any(k is not None and k > 1.15 for *_rest, k in self.growth())


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def time_calls(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds per call of ``fn``, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


@dataclass
class ProcessRun:
    seconds: float  # from just before launch to the awaited line (or to exit)
    line: str
    peak_rss_mib: float
    returncode: int
    stderr: str
    #: Every stdout line up to the awaited one, with its time from launch.
    lines: list[tuple[float, str]] = field(default_factory=list)

    def time_of(self, prefix: str) -> float | None:
        for seconds, text in self.lines:
            if text.startswith(prefix):
                return seconds
        return None


def run_process(args: Sequence[str], until: Callable[[str], bool] | None = None,
                env: dict[str, str] | None = None, timeout: float = 60.0) -> ProcessRun:
    """Start ``args`` and time it: up to the first stdout line for which ``until`` is true,
    or up to its exit when ``until`` is None. The child's own peak RSS comes from wait4."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(args), stdout=subprocess.PIPE, stderr=err, env=env or BASE_ENV,
                                cwd=ROOT, text=True, bufsize=1)
        # A child that hangs (a modal dialog, a lost signal) must fail the figure, not stop the suite.
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        seconds = None
        line = ""
        lines: list[tuple[float, str]] = []
        assert proc.stdout is not None
        if until is not None:
            for raw in proc.stdout:
                lines.append((time.perf_counter() - start, raw.strip()))
                if until(raw):
                    seconds = lines[-1][0]
                    line = raw.strip()
                    break
        for raw in proc.stdout:  # drain, so the child never blocks on a full pipe
            lines.append((time.perf_counter() - start, raw.strip()))
        # Wait without reaping, so the watchdog can never signal a reused process id; then reap.
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
        watchdog.cancel()
        watchdog.join()
        _pid, status, usage = os.wait4(proc.pid, 0)
        if seconds is None and until is None:
            seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # ru_maxrss is in KiB on Linux.
    return ProcessRun(seconds if seconds is not None else math.nan, line, usage.ru_maxrss / 1024,
                      proc.returncode, stderr, lines)


def machine_info() -> dict[str, str]:
    info = {
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()} ({platform.machine()})",
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        info["pyside6"] = PySide6.__version__
        info["qt"] = QtCore.qVersion()
    except ImportError:
        info["pyside6"] = info["qt"] = "not installed"
    return info


def fmt_value(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "n/a"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value * 1000:.2f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:g} {unit}"


def fmt_budget(result: Result) -> str:
    if result.budget is None:
        return "—"
    return "≤ " + fmt_value(result.budget, result.unit).replace(".00×", ".0×")


def verdict(result: Result) -> str:
    if result.error:
        return "NOT MEASURED" if result.budget is None else "FAIL (not measured)"
    if result.passed is None:
        return "(report)"
    return "pass" if result.passed else "FAIL"
