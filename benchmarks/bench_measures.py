"""Many measures and many sessions: the window, the report and the export with 1,000–10,000 measures, and
`samson export` of up to 1,000 sessions (time and peak memory), each with its scaling table."""

from __future__ import annotations

import time
from pathlib import Path

from msgspec.structs import replace

from .generate import write_portfolio, write_session_file
from .harness import PYTHON, Result, Table, run_process
from .qt_support import PaintWatch, app, process_until, settle, show

OPEN_BUDGET_S = 2.0
EDIT_BUDGET_S = 0.05
REPORT_BUDGET_S = 5.0
EXPORT_BUDGET_MIB = 150.0
SIZES = (1000, 3000, 10000)
SIZES_QUICK = (300, 1000)
EXPORT_SIZES = (250, 500, 1000)
EXPORT_SIZES_QUICK = (20, 40)


def _session(workdir: Path, count: int, chars: int | None = None) -> Path:
    name = f"measures-{count}" + (f"x{chars}" if chars else "") + ".samson"
    return write_session_file(workdir / name, seed=19, measures=count, voices=3, measure_chars=chars)


def open_seconds(path: Path, repeat: int) -> list[float]:
    """`samson --smoke-test FILE` from launch to exit: the window painted with the session, every page built."""
    samples = []
    for _ in range(repeat):
        run = run_process([PYTHON, "-m", "samson_desktop", "--smoke-test", str(path)], timeout=120)
        if run.returncode != 0:
            raise RuntimeError(f"smoke test failed (exit {run.returncode}): {run.stderr.strip()[-600:]}")
        samples.append(run.seconds)
    return samples


def report_seconds(path: Path, out: Path, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        out.unlink(missing_ok=True)
        run = run_process([PYTHON, "-m", "samson_desktop", "report", str(path), "-o", str(out)], timeout=600)
        if run.returncode != 0 or not out.exists():
            raise RuntimeError(f"`samson report` failed (exit {run.returncode}): {run.stderr.strip()[-600:]}")
        samples.append(run.seconds)
    return samples


def edit_seconds(path: Path, repeat: int, matrix: bool = False) -> list[float]:
    """One edit of a measure's text through the document (as the table's editor makes it), from the
    change until the table (or the matrix) has repainted."""
    from samson_desktop.fileformat import read_session
    from samson_desktop.ui.document import SessionDocument
    from samson_desktop.ui.pages.measures_page import MeasuresPage

    app()
    document = SessionDocument(read_session(path), path)
    page = MeasuresPage(document)
    show(page)
    page.show_matrix(matrix)
    settle()
    samples = []
    for n in range(repeat + 1):
        # A measure on screen (the first rows, the first lines of a quadrant), so that its repaint is seen.
        measure = document.session.measures[n % 5]
        if matrix:
            quadrant = "less-new" if measure.quadrant == "more-known" else "more-known"
            surface = page.matrix.cell(quadrant).list.viewport()
        else:
            surface = page.table.viewport()
        watch = PaintWatch([surface])
        start = time.perf_counter()
        if matrix:
            document.update_measure(replace(measure, quadrant=quadrant))
        else:
            document.update_measure(replace(measure, text=measure.text + f" {n}"))
        process_until(watch.all_painted, timeout=10.0)
        elapsed = time.perf_counter() - start
        watch.remove()
        if n:  # the first edit warms caches
            samples.append(elapsed)
        measures = document.session.measures
    document.undo_stack.setClean()
    page.close()
    page.deleteLater()
    settle(2)
    return samples


#: Runs its arguments as a child and prints the child's own peak RSS. Linux keeps a process's peak
#: across fork and exec, so a child of this (large) benchmark process would report the benchmark's
#: memory; a grandchild forked from a fresh, small Python reports its own.
PEAK_WRAPPER = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[1:])\n"
    "_pid, status, usage = os.wait4(child.pid, 0)\n"
    "print(f'peak {usage.ru_maxrss / 1024:.1f}', flush=True)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def export_run(paths: list[Path], out: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of `samson export FILES --csv OUT` as a whole process."""
    run = run_process([PYTHON, "-c", PEAK_WRAPPER, PYTHON, "-m", "samson_desktop", "export", *map(str, paths),
                       "--csv", str(out)], timeout=600)
    peaks = [float(text.split()[1]) for _t, text in run.lines if text.startswith("peak ")]
    if run.returncode != 0 or not peaks:
        raise RuntimeError(f"`samson export` failed (exit {run.returncode}): {run.stderr.strip()[-600:]}")
    return run.seconds, peaks[0]


def run(workdir: Path, quick: bool = False) -> tuple[list[Result], list[Table]]:
    sizes = SIZES_QUICK if quick else SIZES
    repeat = 1 if quick else 3
    largest = sizes[-1]
    results: list[Result] = []
    tables: list[Table] = []
    paths = {count: _session(workdir, count) for count in sizes}

    opened = Table("Window open (smoke test) against number of measures", "measure")
    reports = Table("Session report against number of measures", "measure")
    open_samples: list[float] = []
    report_samples: list[float] = []
    for count in sizes:
        samples = open_seconds(paths[count], repeat)
        opened.rows.append((count, min(samples)))
        open_samples = samples
        samples = report_seconds(paths[count], workdir / f"measures-{count}.pdf", repeat)
        reports.rows.append((count, min(samples)))
        report_samples = samples
    opened.note = "`samson --smoke-test FILE` from launch to exit (every page built); Python's start is included."
    reports.note = "`samson report FILE -o OUT` as a whole process."
    tables += [opened, reports]
    results.append(Result(f"Window with {largest:,} measures: open to a responsive window", open_samples, "s",
                          OPEN_BUDGET_S, note=f"`samson --smoke-test FILE` launch to exit, every page built; "
                                              f"median of {len(open_samples)}"))
    edits = edit_seconds(paths[largest], 5 if quick else 20)
    results.append(Result(f"One measure edited, {largest:,} measures (table)", edits, "ms", EDIT_BUDGET_S,
                          note=f"the document's change until the table has repainted; median of {len(edits)}"))
    placed = edit_seconds(paths[largest], 5 if quick else 20, matrix=True)
    results.append(Result(f"One measure placed, {largest:,} measures (matrix)", placed, "ms", EDIT_BUDGET_S,
                          note=f"a measure moved to another quadrant until the matrix has repainted; median of {len(placed)}"))
    results.append(Result(f"Session report, {largest:,} measures", report_samples, "s", REPORT_BUDGET_S,
                          note=f"`samson report` as a whole process; median of {len(report_samples)}"))
    long_texts = _session(workdir, 300 if quick else 3000, chars=3000)
    samples = report_seconds(long_texts, workdir / "long.pdf", 1)
    results.append(Result(f"Session report, {300 if quick else 3000:,} measures of 3,000 characters", samples, "s",
                          None, note="`samson report` as a whole process; one run"))

    export_sizes = EXPORT_SIZES_QUICK if quick else EXPORT_SIZES
    folder = workdir / "export-sessions"
    sessions = write_portfolio(folder, export_sizes[-1])
    exports = Table("`samson export --csv` against number of sessions", "session")
    peaks: list[float] = []
    for count in export_sizes:
        seconds, peak = export_run(sessions[:count], workdir / f"export-{count}.csv")
        exports.rows.append((count, seconds))
        peaks.append(peak)
    exports.note = (f"20 measures a session; peak memory (MiB) per row: "
                    f"{', '.join(f'{p:.0f}' for p in peaks)}: flat, the sessions stream through.")
    tables.append(exports)
    results.append(Result(f"`samson export --csv` of {export_sizes[-1]:,} sessions: peak memory", [peaks[-1]], "MiB",
                          EXPORT_BUDGET_MIB, note=f"peak RSS (wait4) of the whole process; it took "
                                               f"{exports.rows[-1][1]:.1f} s"))
    return results, tables


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="samson-bench-measures-") as tmp:
        res, tabs = run(Path(tmp), quick="--quick" in sys.argv)
    for r in res:
        value = r.value
        shown = "n/a" if value is None else (f"{value * 1000:.1f} ms" if r.unit == "ms" else f"{value:.2f} {r.unit}")
        print(f"{r.name}: {shown} (budget {r.budget}) {r.note}")
    for t in tabs:
        print(t.title)
        for n, secs, per, k in t.growth():
            print(f"  {n:>6}  {secs * 1000:9.1f} ms  {per:.3f} ms/{t.unit_name}  k={k if k is None else round(k, 2)}")

