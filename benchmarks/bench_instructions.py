"""Start-up to the first paint counted in instructions (valgrind's callgrind), the app against the bare window.

Wall-clock start-up on a shared 2-core machine scatters by a quarter between runs; an instruction count
does not. It leaves out what the processor waits for (disk, page faults), so it is a floor of the
wall-clock ratio, reported beside it, not a budget of its own. Skipped where valgrind is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .harness import BASE_ENV, PYTHON, ROOT, Result

PROBE = ROOT / "benchmarks" / "first_paint_exit.py"
NAME = "Start-up to the first paint in instructions (ratio to the bare window)"


def _count(args: list[str], home: Path) -> int:
    """Instructions of one start until its first paint."""
    env = dict(BASE_ENV, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(home), PYTHONHASHSEED="0",
               PYTHONMALLOC="malloc", PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")]))
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", PYTHON, str(PROBE),
                           *args], env=env, capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind counted nothing: {done.stderr.strip()[-400:]}")
    return int(found.group(1))


def run(session: Path) -> list[Result]:
    if shutil.which("valgrind") is None:
        return [Result(NAME, [], "x", None, error="valgrind is not installed")]
    with tempfile.TemporaryDirectory() as home, ThreadPoolExecutor(2) as pool:
        app = pool.submit(_count, ["app", str(session)], Path(home))
        bare = pool.submit(_count, ["bare"], Path(home))
        app_count, bare_count = app.result(), bare.result()
    return [Result(NAME, [], "x", None, value_override=app_count / bare_count,
                   note=f"{app_count / 1e6:,.0f} M instructions vs {bare_count / 1e6:,.0f} M, counted by callgrind "
                        "from launch to the first paint; the same every run, and a floor of the wall-clock ratio "
                        "(it leaves out waiting for the disk and for memory)")]
