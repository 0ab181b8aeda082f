"""Loading and summarising many generated sessions in-process, and its curve against the number of sessions."""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Callable

from .generate import write_portfolio
from .harness import Result, Table

BUDGET_S = 2.0


def loader() -> tuple[Callable[[Path], int], str]:
    """The portfolio loader when the app has one, else read_session + score_session per file."""
    try:
        from samson_desktop.core.portfolio import load_folder
    except ImportError:
        from samson_desktop.core.scoring import score_session
        from samson_desktop.fileformat import read_session

        def load_plain(folder: Path) -> int:
            done = 0
            for path in sorted(folder.glob("*.samson")):
                score_session(read_session(path))
                done += 1
            return done

        return load_plain, "read_session + score_session"

    def load_portfolio(folder: Path) -> int:
        portfolio = load_folder(folder)
        if portfolio.errors:
            raise RuntimeError(f"{len(portfolio.errors)} generated sessions failed to load: {portfolio.errors[0]}")
        portfolio.timelines()
        return len(portfolio.sessions)

    return load_portfolio, "core.portfolio.load_folder + timelines"


def bench_load(folder: Path, expected: int, repeat: int) -> list[float]:
    load, _name = loader()
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        count = load(folder)
        samples.append(time.perf_counter() - start)
        if count != expected:
            raise RuntimeError(f"loaded {count} sessions, expected {expected}")
    return samples


def run(workdir: Path, quick: bool = False) -> tuple[list[Result], list[Table]]:
    _load, how = loader()
    counts = [10, 40] if quick else [100, 1000, 5000]
    main_count = counts[-1] if quick else 1000
    table = Table("Portfolio load against number of sessions", "session")
    result = None
    for count in counts:
        folder = workdir / f"portfolio-{count}"
        write_portfolio(folder, count)
        repeat = 1 if quick else (5 if count <= 1000 else 3)
        # One untimed pass first, so the files are in the page cache as on a consultant's laptop.
        bench_load(folder, count, 1)
        samples = bench_load(folder, count, repeat)
        # The curve takes the fastest run: the work's own cost, with the least noise from the machine.
        table.rows.append((count, min(samples)))
        if count == main_count:
            result = Result(f"Load + summarise {count:,} sessions", samples, "s", BUDGET_S,
                            note=f"{how}; ~70 KB files, 20 measures each; median of {len(samples)}")
    table.note = f"{how}; 4 time points per collaboration."
    assert result is not None
    return [result], [table]
