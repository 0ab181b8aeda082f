"""Real SAMSON processes for tests: started through tests/app_driver.py, read line by line."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

DRIVER = Path(__file__).with_name("app_driver.py")
#: A guard against a hung process, not a measurement: real starts take 1-5 s on a busy machine.
WAIT_S = 90


class AppProcess:
    """``samson ARGS`` in its own process; ``expect`` waits for a line of the driver's protocol."""

    def __init__(self, samson_home: Path, *args: str, answer: str = "cancel", recover: str = "cancel",
                 module: bool = False):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(samson_home),
                   SAMSON_TEST_ANSWER=answer, SAMSON_TEST_RECOVER=recover)
        command = [sys.executable, "-m", "samson_desktop"] if module else [sys.executable, str(DRIVER)]
        self.proc = subprocess.Popen([*command, *args], env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def expect(self, prefix: str) -> str:
        """The next line that starts with ``prefix`` (the rest of the line); fails if the process ends first."""
        while True:
            try:
                line = self._queue.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no {prefix!r} line within {WAIT_S} s; got {self.lines}") from None
            if line is None:
                raise AssertionError(f"the process ended before {prefix!r}; got {self.lines}, "
                                     f"stderr: {self.proc.stderr.read()}")
            self.lines.append(line)
            if line.startswith(prefix):
                return line[len(prefix):].strip()

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def wait(self) -> int:
        return self.proc.wait(timeout=WAIT_S)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)  # it ends at the end of the output
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()
