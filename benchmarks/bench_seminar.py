"""The peer-learning seminar's deck, timed as a whole `samson seminar` process, and its growth with the cases."""

from __future__ import annotations

from pathlib import Path

from .bench_report import command_available, time_command
from .generate import COLLABORATION_NAMES, write_session_file
from .harness import Result, Table

BUDGET_S = 1.0
NAME = "Seminar deck PDF, 10 cases (whole process)"


def write_cases(folder: Path, count: int) -> list[str]:
    """``count`` collaborations, one session each: full answers, three voices, 20 measures."""
    folder.mkdir(parents=True, exist_ok=True)
    return [str(write_session_file(folder / f"case-{i:03d}.samson", seed=100 + i, measures=20, voices=3,
                                   collaboration=f"{COLLABORATION_NAMES[i % len(COLLABORATION_NAMES)]} {i}"))
            for i in range(count)]


def bench_deck(files: list[str], out: Path, repeat: int) -> list[float]:
    args = ["seminar", *files]
    time_command(args, out, 1)  # warm the page cache and bytecode
    return time_command(args, out, repeat)


def run(workdir: Path, quick: bool = False) -> tuple[list[Result], list[Table]]:
    if not command_available("seminar"):
        return [Result(NAME, [], "s", BUDGET_S, error="`samson seminar` is not available")], []
    repeat = 1 if quick else 7
    files = write_cases(workdir / "seminar", 50)
    results: list[Result] = []
    try:
        samples = bench_deck(files[:10], workdir / "seminar-10.pdf", repeat)
        results.append(Result(NAME, samples, "s", BUDGET_S,
                              note=f"`samson seminar` of 10 sessions (58 questions, 3 voices, 20 measures each): "
                                   f"25 landscape pages; median of {repeat}"))
    except RuntimeError as exc:
        results.append(Result(NAME, [], "s", BUDGET_S, error=str(exc)))
    table = Table("Seminar deck time against number of cases", "case")
    try:
        for count in ([10, 50] if quick else [10, 20, 50]):
            samples = bench_deck(files[:count], workdir / f"seminar-{count}.pdf", 1 if quick else 3)
            table.rows.append((count, min(samples)))  # the fastest run: least noise from the machine
        table.note = "`samson seminar` as a whole process; the fixed cost of starting Python is included."
    except RuntimeError as exc:
        table.error = str(exc)
    return results, [table]
