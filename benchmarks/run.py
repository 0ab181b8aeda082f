"""`make bench`: measure every budget of PRODUCT.md's quality bars, print one table, write docs/performance.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (  # noqa: E402
    bench_charts,
    bench_files,
    bench_instructions,
    bench_measures,
    bench_memory,
    bench_pages,
    bench_portfolio,
    bench_report,
    bench_room,
    bench_seminar,
    bench_startup,
)
from benchmarks.generate import write_session_file  # noqa: E402
from benchmarks.harness import Result, Table, fmt_budget, fmt_value, machine_info, verdict  # noqa: E402
from benchmarks.profile_notes import PROFILE_NOTES  # noqa: E402

DOC = ROOT / "docs" / "performance.md"
#: Start-up pairs (bare window, app). On this 2-core machine the ratio of two medians of 15 pairs moved
#: from 1.8 to 2.2 between runs minutes apart; 31 narrow that, and the instruction count below does not move.
STARTUP_PAIRS, STARTUP_PAIRS_QUICK = 31, 2


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _guarded(name: str, budget: float | None, unit: str, fn):
    """Run one group; a crash becomes a 'not measured' row instead of stopping the suite."""
    started = time.perf_counter()
    try:
        out = fn()
    except Exception as exc:  # noqa: BLE001
        traceback.print_exc()
        out = ([Result(name, [], unit, budget, error=f"{type(exc).__name__}: {exc}")], [])
    log(f"{name}: {time.perf_counter() - started:.1f} s")
    return out


def run_all(workdir: Path, quick: bool) -> tuple[list[Result], list[Table]]:
    results: list[Result] = []
    tables: list[Table] = []

    def add(out) -> None:
        res, tabs = out
        results.extend(res)
        tables.extend(tabs)

    # Process figures first, while the machine is quiet and this process is small.
    session = write_session_file(workdir / "startup.samson", seed=3, measures=16, voices=3)

    def startup():
        if not bench_startup.smoke_test_available():
            runs = bench_startup.StartupRuns(error="`samson --smoke-test` is not available")
        else:
            runs = bench_startup.measure(session, repeat=STARTUP_PAIRS_QUICK if quick else STARTUP_PAIRS)
        memory = bench_memory.results(runs, session if not runs.error else None, repeat=1 if quick else 3)
        return bench_startup.results(runs, len(runs.app)) + memory, []

    add(_guarded("Start-up and peak memory", bench_startup.RATIO_BUDGET, "x", startup))
    if not quick:
        add(_guarded("Start-up in instructions", None, "x", lambda: (bench_instructions.run(session), [])))
    add(_guarded("Reports", bench_report.BUDGET_S, "s", lambda: bench_report.run(workdir, quick)))
    add(_guarded("Chart redraw", bench_charts.BUDGET_S, "ms", lambda: (bench_charts.run_in_process(quick), [])))
    add(_guarded("Page switch", None, "ms", lambda: (bench_pages.run(quick), [])))
    add(_guarded("Seminar deck", bench_seminar.BUDGET_S, "s", lambda: bench_seminar.run(workdir, quick)))
    add(_guarded("Files", bench_files.BUDGET_S, "ms", lambda: bench_files.run(workdir, quick)))
    add(_guarded("Portfolio", bench_portfolio.BUDGET_S, "s", lambda: bench_portfolio.run(workdir, quick)))
    add(_guarded("Many measures and sessions", bench_measures.OPEN_BUDGET_S, "s",
                 lambda: bench_measures.run(workdir, quick)))
    add(_guarded("Phone room", bench_room.LATENCY_BUDGET_S, "ms", lambda: (bench_room.run(quick), [])))
    return _ordered(results), tables


ORDER = ["Start-up to a painted", "Start-up to the first paint in instructions", "Start-up:", "Start-up until",
         "Longest event-loop stall", "Chart redraw", "Page switch",
         "Session report", "Comparison report", "Seminar deck", "Open + validate one session (warm)",
         "Open + validate one session (cold", "Read, validate and score",
         "Load + summarise", "Reopen an unchanged folder", "Peak memory"]


def _ordered(results: list[Result]) -> list[Result]:
    def key(r: Result) -> int:
        for i, prefix in enumerate(ORDER):
            if r.name.startswith(prefix):
                return i
        return len(ORDER)

    return sorted(results, key=key)


# --------------------------------------------------------------------------- output

def table_lines(results: list[Result]) -> list[str]:
    rows = [("Figure", "Median", "Budget", "Result")]
    rows += [(r.name, fmt_value(r.value, r.unit), fmt_budget(r), verdict(r)) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) if i < 3 else cell
                               for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _size(table: Table, n: int) -> str:
    return f"{n / 1000:,.0f} KB" if table.per == 1e6 else f"{n:,}"


def scaling_lines(table: Table) -> list[str]:
    if table.error:
        return [f"{table.title}: not measured ({table.error})"]
    lines = [f"{table.title}:"]
    for n, t, per_unit, k in table.growth():
        growth = "" if k is None else f"   growth exponent {k:.2f}"
        lines.append(f"  {_size(table, n):>10}  {t * 1000:9.1f} ms  {per_unit:9.3f} ms/{table.unit_name}{growth}")
    lines.append("  -> " + ("SUPER-LINEAR growth: a bug to fix" if table.super_linear() else "linear or better"))
    return lines


def markdown(results: list[Result], tables: list[Table], info: dict[str, str], started: dt.datetime,
             seconds: float) -> str:
    out = [
        "# Performance",
        "",
        "Measured by `make bench` (`benchmarks/run.py`); this file is written by it, so edit the",
        "scripts, not the numbers. Budgets are PRODUCT.md's quality bars. Every figure is a median",
        "over repeated runs; processes run with `QT_QPA_PLATFORM=offscreen`.",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} (run took {seconds:.0f} s)",
        f"- Machine: {info.get('cpu', 'unknown CPU')}, {info['cores']} cores, {info['system']}",
        f"- Python {info['python']}, PySide6 {info['pyside6']}, Qt {info['qt']}",
        "",
        "| Figure | Median | Budget | Result | How |",
        "|---|---:|---:|---|---|",
    ]
    for r in results:
        how = r.note if not r.error else f"not measured: {r.error}"
        how = how.replace("|", "\\|").replace("\n", " ")
        out.append(f"| {r.name} | {fmt_value(r.value, r.unit)} | {fmt_budget(r)} | {verdict(r)} | {how} |")
    out += ["", "## Scaling", "",
            "Each row is the fastest of its repeated runs (file open: the median of many), which shows the",
            "work's own cost with the least noise from the machine. Growth exponent k of each step: time ∝",
            "work^k between two rows. k ≤ 1 is linear or better",
            "(a fixed cost, such as starting Python, makes k fall below 1); a step with k > 1.15 is flagged",
            "as super-linear.", ""]
    for table in tables:
        out.append(f"### {table.title}")
        out.append("")
        if table.error:
            out += [f"Not measured: {table.error}", ""]
            continue
        unit = table.unit_name
        out += ["| Work | Time | Per " + unit + " | Growth exponent |", "|---:|---:|---:|---:|"]
        for n, t, per_unit, k in table.growth():
            out.append(f"| {_size(table, n)} | {t * 1000:,.1f} ms | {per_unit:.3f} ms | {'—' if k is None else f'{k:.2f}'} |")
        out.append("")
        verdict_text = "**Super-linear: a bug to fix.**" if table.super_linear() else "Linear or better."
        out += [f"{verdict_text} {table.note}".strip(), ""]
    out += ["## Profiles", "", PROFILE_NOTES.strip(), ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few repetitions, to check the harness itself")
    parser.add_argument("--no-write", action="store_true", help="print the table only; leave docs/performance.md")
    args = parser.parse_args(argv)

    started = dt.datetime.now()
    clock = time.perf_counter()
    info = machine_info()
    with tempfile.TemporaryDirectory(prefix="samson-bench-") as tmp:
        os.environ["SAMSON_HOME"] = str(Path(tmp, "home"))  # children never touch the real data folders
        from benchmarks import harness

        harness.BASE_ENV["SAMSON_HOME"] = os.environ["SAMSON_HOME"]
        results, tables = run_all(Path(tmp), args.quick)
    seconds = time.perf_counter() - clock

    print()
    print(f"SAMSON desktop benchmarks, {started:%Y-%m-%d %H:%M}: {info['cores']} cores, Python {info['python']}, "
          f"PySide6 {info['pyside6']} (Qt {info['qt']})")
    print()
    print("\n".join(table_lines(results)))
    for table in tables:
        print()
        print("\n".join(scaling_lines(table)))
    failed = [r for r in results if r.budget is not None and not r.passed]
    print()
    print(f"{len(results) - len(failed)} of {len(results)} figures within budget or without one; "
          f"{len(failed)} over budget or not measured. ({seconds:.0f} s)")
    if not args.no_write and not args.quick:
        DOC.write_text(markdown(results, tables, info, started, seconds), encoding="utf-8")
        print(f"Wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
