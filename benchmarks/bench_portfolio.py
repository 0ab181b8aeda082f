"""The portfolio: reading 1,000 sessions against merely parsing them, reopening from the cache, and a process pool tried."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .generate import write_portfolio
from .harness import Result, Table

BUDGET_S = 2.0
#: Reading, checking and scoring, as a multiple of parsing the same files with the standard json module.
RATIO_BUDGET = 2.0
#: Reopening an unchanged folder of 1,000 sessions until the window shows it.
REOPEN_BUDGET_S = 0.3
COUNT = 1000


def parse_only(files: list[Path]) -> int:
    """What the ratio is measured against: read each file and parse it with the standard json module."""
    for path in files:
        json.loads(path.read_bytes())
    return len(files)


def read_all(files: list[Path]) -> int:
    """Read, validate and score every file, with no cache: the portfolio's work for a new folder."""
    from samson_desktop.fileformat.portfolio_files import load_files

    portfolio = load_files(files)
    if portfolio.errors:
        raise RuntimeError(f"{len(portfolio.errors)} generated sessions failed to load: {portfolio.errors[0]}")
    portfolio.timelines()
    return len(portfolio.sessions)


def _read_chunk(files: list[Path]) -> int:
    return read_all(files)


def read_pooled(files: list[Path], workers: int) -> int:
    """The same work spread over a pool of fresh processes (spawned: forking a Qt process is unsafe)."""
    size = max(1, len(files) // (workers * 4))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return sum(pool.map(_read_chunk, chunks))


def _timed(fn, *args) -> float:
    gc.collect()
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def bench_ratio(files: list[Path], pairs: int) -> tuple[list[float], list[float]]:
    """Interleaved pairs, so that both sides see the same load on a shared machine."""
    parse, read = [], []
    for _ in range(pairs):
        parse.append(_timed(parse_only, files))
        read.append(_timed(read_all, files))
    return parse, read


def bench_reopen(folder: Path, count: int, repeat: int) -> tuple[list[float], list[float]]:
    """Reopening an unchanged folder with the cache: in the core, and until the window's table is painted."""
    from benchmarks import qt_support
    from samson_desktop.fileformat.portfolio_files import load_folder
    from samson_desktop.fileformat.summary_cache import SummaryCache
    from samson_desktop.ui.portfolio_view import PortfolioWindow

    load_folder(folder, cache=SummaryCache())  # the first opening fills the cache
    core = [_timed(lambda: load_folder(folder, cache=SummaryCache())) for _ in range(repeat)]
    app = qt_support.app()
    window_times = []
    for _ in range(repeat):
        window = PortfolioWindow()
        window.resize(*qt_support.SCREEN)
        window.show()
        app.processEvents()
        start = time.perf_counter()
        window.load_folder(folder)
        window.table.viewport().repaint()
        app.processEvents()
        window_times.append(time.perf_counter() - start)
        if window.model.rowCount() != count:
            raise RuntimeError(f"the window shows {window.model.rowCount()} sessions, expected {count}")
        window.close()
        window.deleteLater()
        app.processEvents()
    return core, window_times


def run(workdir: Path, quick: bool = False) -> tuple[list[Result], list[Table]]:
    os.environ.setdefault("SAMSON_HOME", str(workdir / "home"))
    counts = [10, 40] if quick else [100, 1000, 5000]
    count = counts[-1] if quick else COUNT
    table = Table("Portfolio load against number of sessions", "session")
    results: list[Result] = []
    folders = {}
    for n in counts:
        folder = workdir / f"portfolio-{n}"
        write_portfolio(folder, n)
        folders[n] = sorted(folder.glob("*.samson"))
        read_all(folders[n])  # untimed: the files are in the page cache, as on a consultant's laptop
        repeat = 1 if quick else (5 if n <= 1000 else 3)
        table.rows.append((n, min(_timed(read_all, folders[n]) for _ in range(repeat))))
    files = folders[count]
    parse, read = bench_ratio(files, 2 if quick else 9)
    ratios = [r / p for p, r in zip(parse, read)]
    results.append(Result(
        f"Read, validate and score {count:,} sessions (ratio to parsing them with json)", ratios, "x", RATIO_BUDGET,
        note=f"median of {len(ratios)} interleaved pairs: fileformat.portfolio_files.load_files without cache "
             f"{statistics.median(read):.3f} s against json.loads of the same files {statistics.median(parse):.3f} s"))
    results.append(Result(f"Load + summarise {count:,} sessions", read, "s", BUDGET_S,
                          note=f"no cache; ~70 KB files, 20 measures each; median of {len(read)}"))
    core, window = bench_reopen(files[0].parent, count, 2 if quick else 7)
    results.append(Result(f"Reopen an unchanged folder of {count:,} sessions (window shows it)", window, "s",
                          REOPEN_BUDGET_S,
                          note=f"PortfolioWindow.load_folder until the table is painted, summaries from the cache "
                               f"in the user cache folder; the core's share {statistics.median(core) * 1000:.0f} ms; "
                               f"median of {len(window)}"))
    workers = min(os.cpu_count() or 1, 4)
    if workers > 1:
        pooled = [_timed(read_pooled, files, workers) for _ in range(2 if quick else 5)]
        single = statistics.median(read)
        verdict = "slower, so the app reads in one process" if statistics.median(pooled) >= single else \
            "faster than one process"
        results.append(Result(f"Load + summarise {count:,} sessions in a pool of {workers} processes", pooled, "s",
                              None, note=f"spawned workers, each reading a share of the files: {verdict} "
                                         f"({single:.3f} s in one process); median of {len(pooled)}"))
    table.note = "fileformat.portfolio_files.load_files without cache; 4 time points per collaboration."
    return results, [table]
