"""The phone room under load: 60 simulated phones (a process of their own) answer every item of the demo session."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time

from .harness import BASE_ENV, PYTHON, ROOT, Result, median
from .qt_support import app, demo_document, process_until, settle, show

PHONES = 60
#: p99 from a phone's answer to its count on the projector.
LATENCY_BUDGET_S = 0.050
REDRAW_BUDGET_S = 0.016
STEADY_RATE = 60.0
#: A burst: every phone answers at a random moment within this many seconds of the question opening
#: (rooms see 20–60 answers "within seconds"; one second is the hard end of that).
BURST_SECONDS = 1.0


class Swarm:
    """The phone process; replies are read on a thread so the Qt event loop keeps running meanwhile."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([PYTHON, "-m", "benchmarks.phone_swarm"], cwd=ROOT, env=BASE_ENV,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.replies: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.replies.put(json.loads(line))

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def wait(self, timeout: float = 60.0) -> dict:
        """The reply to the last command, running the Qt event loop while waiting."""
        box: list[dict] = []

        def arrived() -> bool:
            try:
                box.append(self.replies.get_nowait())
            except queue.Empty:
                return False
            return True

        if not process_until(arrived, timeout=timeout):
            raise RuntimeError("the simulated phones did not answer in time")
        return box[0]

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


def _room(document):
    from samson_desktop.ui.room.controller import RoomController
    from samson_desktop.ui.room.projector import ProjectorView

    controller = RoomController(document)
    controller.start("127.0.0.1")
    projector = show(ProjectorView(controller, document))
    return controller, projector


def _shown_count(projector) -> int:
    words = projector.count.text().split()
    return int(words[0]) if words and words[0].isdigit() else 0


def run_answers(quick: bool) -> list[Result]:
    """Every phone answers every item; each answer is timed from its send to the projector's count."""
    from samson_desktop.room.items import item_order

    app()
    document = demo_document()
    controller, projector = _room(document)
    items = item_order(document.session)[: 6 if quick else None]
    seen: list[tuple[float, int]] = []
    controller.changed.connect(lambda: seen.append((time.perf_counter(), _shown_count(projector))))
    swarm = Swarm()
    latencies: list[float] = []
    lost, retries = 0, 0
    try:
        swarm.send(f"join {controller.join_url} {','.join(v.id for v in document.session.voices)} {PHONES}")
        swarm.wait()
        for item_id in items:
            controller.open_item(item_id)
            settle(1)
            seen.clear()
            swarm.send(f"answer {item_id} {BURST_SECONDS}")
            reply = swarm.wait()
            process_until(lambda: seen and seen[-1][1] >= PHONES, timeout=10)
            retries = reply["retries"]
            order = controller._call(lambda room: list(room.ballots.get(item_id, {}).keys()))
            lost += PHONES - len(order)
            for rank, key in enumerate(order, 1):
                shown = next((t for t, count in seen if count >= rank), None)
                if shown is None:
                    lost += 1
                else:
                    latencies.append(max(0.0, shown - reply["sent"][key]))
            controller.close_item()
            controller.accept()
    finally:
        swarm.close()
        controller.stop()
        projector.close()
        document.undo_stack.setClean()
        settle(2)
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else None
    note = (f"{PHONES} phones in a process of their own (aiohttp), each answering at a random moment within "
            f"{BURST_SECONDS:g} s of the question opening, × {len(items)} items; "
            f"{len(latencies)} answers timed from send to the projector's count; {retries} sends repeated after a 429")
    return [
        Result("Phone room: ballots lost", [float(lost)], "ballots", 0.0, note=note),
        Result("Phone room: answer → count on the projector, median", latencies, "ms", None, note=note),
        Result("Phone room: answer → count on the projector, p99", [], "ms", LATENCY_BUDGET_S,
               value_override=p99, note=note),
    ]


def run_redraw_under_load(quick: bool) -> list[Result]:
    """The question page's chart redraw while phones send 60 answers a second to an open question."""
    from . import bench_charts

    document, question, _overview, windows = bench_charts.build_pages()
    controller, projector = _room(document)
    swarm = Swarm()
    changes = 10 if quick else 120
    try:
        swarm.send(f"join {controller.join_url} {','.join(v.id for v in document.session.voices)} {PHONES}")
        swarm.wait()
        item_id = document.session.question_set.questions()[-1].id
        controller.open_item(item_id)
        seconds = 3 if quick else 12
        swarm.send(f"steady {item_id} {STEADY_RATE} {seconds}")
        settle(3)
        total, _update, _cpu = bench_charts.measure_redraw(question, [question.chart.current_chart()], changes)
        reply = swarm.wait()
    finally:
        swarm.close()
        controller.stop()
        projector.close()
        for window in windows:
            window.close()
        document.undo_stack.setClean()
        settle(2)
    rate = reply["sent"] / reply["seconds"]
    return [Result("Chart redraw while phones answer", total, "ms", REDRAW_BUDGET_S,
                   note=f"question page's field radar (overview page also on screen), projector view counting; "
                        f"{rate:.0f} answers/s sent by {PHONES} phones during the {len(total)} redraws")]


def run(quick: bool = False) -> list[Result]:
    return run_answers(quick) + run_redraw_under_load(quick)


if __name__ == "__main__":
    for result in run():
        value = result.value
        shown = f"{value * 1000:.2f} ms" if result.unit == "ms" and value is not None else value
        print(f"{result.name}: {shown}  ({result.note})")
