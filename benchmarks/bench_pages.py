"""A page switch in the workshop window: from the request to show another step until that page is painted (in-process)."""

from __future__ import annotations

import time
from collections import defaultdict

from msgspec.structs import replace

from .harness import Result, median
from .qt_support import PaintWatch, app, available, process_until, settle, show

MAIN_WINDOW_MODULE = "samson_desktop.ui.main_window"


def build_window():
    """The main window with the demo session, shown at 1280×720, every page built."""
    from samson_desktop.fileformat import read_session
    from samson_desktop.fileformat.question_sets import demo_session_paths
    from samson_desktop.ui.main_window import MainWindow

    app()
    path = demo_session_paths()[0]
    window = MainWindow(read_session(path), path)
    show(window)
    # The window builds the remaining pages right after its first paint.
    process_until(window.pages.all_built, timeout=10.0)
    settle(10)
    return window


def _touch_answer(window, n: int) -> None:
    """An answer changes between switches, as in a workshop, so pages that redraw on show do so."""

    document = window.document
    qid = document.session.question_set.questions()[0].id
    old = document.session.answer(qid)
    document.set_answer(qid, replace(old, consensus=3 if n % 2 else 8, not_applicable=False))


def measure_switches(window, rounds: int) -> dict[int, list[float]]:
    from samson_desktop.ui import main_window as mw

    steps = [mw.QUESTIONS, mw.OVERVIEW, mw.MEASURES, mw.REPORT, mw.SETUP, mw.WEIGHTING]
    samples: dict[int, list[float]] = defaultdict(list)
    n = 0
    for _ in range(rounds):
        for step in steps:
            _touch_answer(window, n)
            n += 1
            settle(1)
            page = window.page(step)
            watch = PaintWatch([page])
            start = time.perf_counter()
            window.go_to_step(step)
            ok = process_until(watch.all_painted, timeout=5.0)
            elapsed = time.perf_counter() - start
            watch.remove()
            if not ok:
                raise RuntimeError(f"page {step} was not painted within 5 s")
            samples[step].append(elapsed)
    return samples


def run(quick: bool = False) -> list[Result]:
    name = "Page switch in the workshop window"
    if not available(MAIN_WINDOW_MODULE):
        return [Result(name, [], "ms", None, error="the main window is not available")]
    window = build_window()
    try:
        per_step = measure_switches(window, rounds=2 if quick else 10)
    finally:
        window.document.undo_stack.setClean()  # nothing to save: the window closes without asking
        window.close()
        window.deleteLater()
        settle(2)
    from samson_desktop.ui.main_window import STEP_NAMES

    names = {step: STEP_NAMES[step] for step in per_step}  # the English source names, not the UI language
    everything = [s for values in per_step.values() for s in values]
    slowest = max(per_step, key=lambda step: median(per_step[step]))
    detail = ", ".join(f"{names[step]} {median(values) * 1000:.1f}" for step, values in per_step.items())
    return [Result(name, everything, "ms", None,
                   note=f"request → new page painted, an answer changed before each switch; "
                        f"median of {len(everything)}; per page (ms): {detail}; slowest: {names[slowest]}")]


if __name__ == "__main__":
    for result in run():
        print(result.name, f"{result.value * 1000:.2f} ms" if result.value else result.error, result.note)
