"""Chart redraw after an answer changes, with the field radar and the overview radar on screen (offscreen).

The figures are taken in a fresh process of their own (``run_in_process``), as a user's window is:
in the process of ``make bench`` the heap left by the figures before them (reports, portfolios)
made every redraw ~30 % slower through the garbage collector and the caches.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time

from .harness import PYTHON, Result, median, run_process
from .qt_support import PaintWatch, app, available, demo_document, process_until, settle, show

BUDGET_S = 0.004
OVERVIEW_MODULE = "samson_desktop.ui.pages.overview_page"


def _overview_page(document):
    from samson_desktop.ui.pages.overview_page import OverviewPage

    return OverviewPage(document)


def _visible_charts(widget) -> list:
    from samson_desktop.ui.charts import ChartPanel

    return [panel.current_chart() for panel in widget.findChildren(ChartPanel) if panel.isVisibleTo(widget)]


def _list_delay_ms() -> int:
    from samson_desktop.ui.pages.overview_page import LIST_DELAY_MS

    return LIST_DELAY_MS


def build_pages():
    """The question page and the overview page, each in its own 1280×720 window, both showing."""
    from samson_desktop.ui.pages.question_page import QuestionPage

    app()
    document = demo_document()
    question = QuestionPage(document)
    question.catch_up()  # the first question, as the window's page stack shows it
    windows = [show(question)]
    overview = None
    if available(OVERVIEW_MODULE):
        overview = _overview_page(document)
        windows.append(show(overview))
    return document, question, overview, windows


def measure_redraw(question, watched: list, changes: int) -> tuple[list[float], list[float], list[float]]:
    """Per change, in seconds: answer → charts painted (wall clock), answer → data set (wall clock),
    and the CPU time of this thread over the first span; the score alternates 3 ↔ 8."""
    watch = PaintWatch(watched)
    total, update, cpu = [], [], []
    try:
        for i in range(changes):
            settle(1)
            watch.reset()
            cpu_start = time.thread_time()
            start = time.perf_counter()
            question.answer_key(3 if i % 2 == 0 else 8)
            updated = time.perf_counter()
            if not process_until(watch.all_painted, timeout=2.0):
                raise RuntimeError("a chart was not repainted within 2 s of an answer change")
            total.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - cpu_start)
            update.append(updated - start)
    finally:
        watch.remove()
    return total, update, cpu


def _charts_that_repaint(question, charts: list) -> list:
    """Of the visible charts, those an answer change repaints (the others show nothing that changed)."""
    settle()
    watches = [(chart, PaintWatch([chart])) for chart in charts]
    for key in (4, 7):
        question.answer_key(key)
        settle()
    repainting = [chart for chart, watch in watches if watch.all_painted()]
    for _chart, watch in watches:
        watch.remove()
    return repainting


def run_in_window(changes: int) -> Result:
    """The same change in the workshop window on its questions page, where the overview is a hidden page."""
    from samson_desktop.ui import main_window as mw

    from .bench_pages import build_window

    name = "Chart redraw in the workshop window (questions page)"
    window = build_window()
    try:
        window.go_to_step(mw.QUESTIONS)
        settle(5)
        page = window.page(mw.QUESTIONS)
        total, update, cpu = measure_redraw(page, [page.chart.current_chart()], changes)
        return Result(name, total, "ms", BUDGET_S,
                      note=f"MainWindow at 1280×720, the field radar on screen and the overview page hidden; "
                           f"{changes} changes; {median(update) * 1000:.2f} ms synchronous update; "
                           f"median CPU time {median(cpu) * 1000:.2f} ms")
    finally:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        settle(2)


def run(quick: bool = False) -> list[Result]:

    name = "Chart redraw, field radar + overview radar on screen"
    changes = 10 if quick else 200
    results: list[Result] = []
    try:
        document, question, overview, windows = build_pages()
    except Exception as exc:  # noqa: BLE001 - report the figure as not measured, keep the run going
        results.append(Result(name, [], "ms", BUDGET_S, error=f"pages could not be built: {type(exc).__name__}: {exc}"))
    else:
        try:
            field_radar = question.chart.current_chart()
            overview_charts = _visible_charts(overview) if overview is not None else []
            watched = [field_radar, *_charts_that_repaint(question, overview_charts)]
            total, update, cpu = measure_redraw(question, watched, changes)
            where = (f"question page and overview page, each in a 1280×720 window; answer → the field radar and "
                     f"{len(watched) - 1} overview charts painted (the overview's priority list follows "
                     f"{_list_delay_ms()} ms later)"
                     if overview is not None else "question page only (no overview page)")
            results.append(Result(name, total, "ms", BUDGET_S,
                                  note=f"{where}; {changes} changes; {median(update) * 1000:.2f} ms synchronous "
                                       f"update; median CPU time {median(cpu) * 1000:.2f} ms"))
        finally:
            for window in windows:
                window.close()
                window.deleteLater()
            settle(2)
            del document
    if available("samson_desktop.ui.main_window"):
        try:
            results.append(run_in_window(changes))
        except Exception as exc:  # noqa: BLE001
            results.append(Result("Chart redraw in the workshop window (questions page)", [], "ms", BUDGET_S,
                                  error=f"{type(exc).__name__}: {exc}"))
    return results


RESULT_LINE = "chart-results "


def run_in_process(quick: bool = False) -> list[Result]:
    """``run`` in a fresh Python process; its results come back as one JSON line."""
    args = [PYTHON, "-m", "benchmarks.bench_charts", "--json"] + (["--quick"] if quick else [])
    done = run_process(args, until=lambda line: line.startswith(RESULT_LINE), timeout=600.0)
    line = next((text for _t, text in done.lines if text.startswith(RESULT_LINE)), "")
    if done.returncode != 0 or not line:
        raise RuntimeError(f"the chart benchmark failed (exit {done.returncode}): {done.stderr.strip()[-800:]}")
    return [Result(**fields) for fields in json.loads(line[len(RESULT_LINE):])]


if __name__ == "__main__":
    results = run(quick="--quick" in sys.argv)
    if "--json" in sys.argv:
        print(RESULT_LINE + json.dumps([dataclasses.asdict(r) for r in results]), flush=True)
    else:
        for result in results:
            print(result.name, f"{result.value * 1000:.2f} ms" if result.value else result.error, result.note)
