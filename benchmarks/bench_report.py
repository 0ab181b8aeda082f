"""The PDF session report and the comparison report, each timed as a whole `samson` process."""

from __future__ import annotations

from pathlib import Path

from .generate import write_session_file
from .harness import PYTHON, Result, Table, run_process

BUDGET_S = 0.5


def command_available(name: str) -> bool:
    import importlib.util

    from samson_desktop.cli.main import SUBCOMMANDS

    return name in SUBCOMMANDS and importlib.util.find_spec(SUBCOMMANDS[name][0]) is not None


def time_command(args: list[str], out: Path, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        out.unlink(missing_ok=True)
        run = run_process([PYTHON, "-m", "samson_desktop", *args, "-o", str(out)])
        if run.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            raise RuntimeError(f"`samson {' '.join(args)}` failed (exit {run.returncode}): {run.stderr.strip()[-800:]}")
        samples.append(run.seconds)
    return samples


def bench_report(session: Path, out: Path, repeat: int) -> list[float]:
    time_command(["report", str(session)], out, 1)  # warm the page cache and bytecode
    return time_command(["report", str(session)], out, repeat)


def run(workdir: Path, quick: bool = False) -> tuple[list[Result], list[Table]]:
    results: list[Result] = []
    tables: list[Table] = []
    repeat = 1 if quick else 7
    session = write_session_file(workdir / "report-50.samson", seed=11, measures=50, voices=3)
    if command_available("report"):
        try:
            samples = bench_report(session, workdir / "report.pdf", repeat)
            results.append(Result("Session report PDF (whole process)", samples, "s", BUDGET_S,
                                  note=f"`samson report`: 7 fields, 58 questions, 50 measures, 3 voices; median of {repeat}"))
        except RuntimeError as exc:
            results.append(Result("Session report PDF (whole process)", [], "s", BUDGET_S, error=str(exc)))
        table = Table("Report time against number of measures", "measure")
        try:
            for count in ([10, 100] if quick else [10, 100, 1000]):
                path = write_session_file(workdir / f"report-m{count}.samson", seed=11, measures=count, voices=3)
                samples = bench_report(path, workdir / f"report-m{count}.pdf", 1 if quick else 3)
                table.rows.append((count, min(samples)))  # the fastest run: least noise from the machine
            table.note = "`samson report` as a whole process; the fixed cost of starting Python is included."
        except RuntimeError as exc:
            table.error = str(exc)
        tables.append(table)
    else:
        results.append(Result("Session report PDF (whole process)", [], "s", BUDGET_S,
                              error="`samson report` is not available"))
    if command_available("compare"):
        later = write_session_file(workdir / "report-later.samson", seed=12, measures=50, voices=3,
                                   time_label="T2", date="2026-09-14")
        try:
            time_command(["compare", str(session), str(later)], workdir / "compare.pdf", 1)
            samples = time_command(["compare", str(session), str(later)], workdir / "compare.pdf", repeat)
            results.append(Result("Comparison report PDF (whole process)", samples, "s", None,
                                  note=f"`samson compare A B -o`; median of {repeat}"))
        except RuntimeError as exc:
            results.append(Result("Comparison report PDF (whole process)", [], "s", None, error=str(exc)))
    else:
        results.append(Result("Comparison report PDF (whole process)", [], "s", None,
                              error="`samson compare` is not available"))
    return results, tables
