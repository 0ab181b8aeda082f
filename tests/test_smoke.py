"""`samson --smoke-test [FILE]`: the real start-up path, in a separate process."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.ui.settings import Settings
from tests.factories import session_bytes

FIRST_PAINT = re.compile(r"^first paint after (\d+\.\d\d) s$", re.M)
SESSION_READY = re.compile(r"^session ready after (\d+\.\d\d) s$", re.M)


def run_smoke(samson_home, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(samson_home))
    return subprocess.run([sys.executable, "-m", "samson_desktop", "--smoke-test", *args],
                          env=env, capture_output=True, text=True, timeout=120)


def run_probe(samson_home, tmp_path, source: str, *args):
    """Run ``source`` (a script that patches the app, then starts it) with ``args``."""
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(samson_home))
    return subprocess.run([sys.executable, str(probe), *args], env=env, capture_output=True, text=True,
                          timeout=120)


def run_with_session(samson_home, tmp_path, source: str, name: str = "s.samson"):
    """Write a session file named ``name`` and run the probe ``source`` with it; the file and the result."""
    session = tmp_path / name
    session.write_bytes(session_bytes())
    return session, run_probe(samson_home, tmp_path, source, str(session))


def smoke_start_with_session(samson_home, tmp_path, patch: str):
    """A smoke-test start with a session file, after the probe lines ``patch`` (``sys`` and ``launch``
    are imported for them); the file and the lines printed, once the start exited cleanly."""
    source = ("import sys\nimport samson_desktop.ui.launch as launch\n" + patch
              + "sys.exit(launch.launch(sys.argv[1:], smoke_test=True))\n")
    session, result = run_with_session(samson_home, tmp_path, source)
    assert result.returncode == 0, result.stderr
    return session, result.stdout.splitlines()


def test_smoke_test_without_a_file(samson_home):
    result = run_smoke(samson_home)
    assert result.returncode == 0, result.stderr
    assert FIRST_PAINT.search(result.stdout), result.stdout


def test_smoke_test_with_the_demo_session(samson_home):
    demo = demo_session_paths()[0]
    if not demo.is_file():
        pytest.skip("demo sessions not bundled")
    before = demo.read_bytes()
    result = run_smoke(samson_home, str(demo))
    assert result.returncode == 0, result.stderr
    # The session is read before the window is built: the first paint shows it.
    lines = result.stdout.splitlines()
    assert FIRST_PAINT.match(lines[0]) and SESSION_READY.match(lines[1]), result.stdout
    assert float(SESSION_READY.match(lines[1]).group(1)) >= float(FIRST_PAINT.match(lines[0]).group(1))
    assert demo.read_bytes() == before
    # A clean close leaves no autosave behind.
    assert not list((samson_home / "data" / "autosave").glob("*.samson"))


def test_a_session_named_at_start_joins_the_recent_files_saved_after_the_first_paint(samson_home, tmp_path):
    """The recent files are written once the window is on screen: the write waits for the disk."""
    session, lines = smoke_start_with_session(samson_home, tmp_path, (
        "from samson_desktop.ui.settings import Settings\n"
        "save = Settings.save\n"
        "def announced(self):\n"
        "    print('settings saved', flush=True)\n"
        "    return save(self)\n"
        "Settings.save = announced\n"))
    # Saved after the first paint (and again when the window closes, with its geometry).
    assert FIRST_PAINT.match(lines[0]) and "settings saved" in lines[1:], lines
    assert Settings.load().recent_files == [str(session.resolve())]


def test_smoke_test_with_a_bad_file_says_why_and_fails(samson_home, tmp_path):
    bad = tmp_path / "bad.samson"
    bad.write_bytes(session_bytes(format_version=99))
    result = run_smoke(samson_home, str(bad))
    assert result.returncode == 1
    assert "bad.samson" in result.stderr and "newer SAMSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert FIRST_PAINT.search(result.stdout)  # the window still opened, empty


@pytest.mark.parametrize("with_file", [False, True])
def test_start_up_imports_no_heavy_library_before_the_first_paint(samson_home, tmp_path, with_file):
    """pyqtgraph, reportlab and jsonschema wait until after the first paint, with or without a file."""
    session = tmp_path / "s.samson"
    session.write_bytes(session_bytes())
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\n"
        "import samson_desktop.ui.app as app\n"
        "report = app._FirstPaintReporter._report\n"
        "def checked(self):\n"
        "    heavy = sorted(m for m in ('pyqtgraph', 'reportlab', 'jsonschema', 'numpy') if m in sys.modules)\n"
        "    print('heavy before paint:', heavy)\n"
        "    report(self)\n"
        "app._FirstPaintReporter._report = checked\n"
        "from samson_desktop.ui.launch import launch\n"
        "sys.exit(launch(sys.argv[1:], smoke_test=True))\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSON_HOME=str(samson_home))
    args = [str(session)] if with_file else []
    result = subprocess.run([sys.executable, str(probe), *args], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "heavy before paint: []" in result.stdout


def test_a_page_that_cannot_be_built_fails_the_smoke_test(samson_home, tmp_path):
    """Every page is built before the run ends, so a broken page is caught here, not in a workshop."""
    source = (
        "import sys\n"
        "import samson_desktop.ui.app as app\n"
        "import samson_desktop.ui.pages.measures_page as measures\n"
        "def broken(self, *args, **kwargs):\n"
        "    raise RuntimeError('the measures table is broken')\n"
        "measures.MeasuresPage.__init__ = broken\n"
        "from samson_desktop.ui.launch import launch\n"
        "sys.exit(launch(sys.argv[1:], smoke_test=True))\n")
    for args in ([], [str(demo_session_paths()[0])]):
        result = run_probe(samson_home, tmp_path, source, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "the measures table is broken" in result.stderr
        assert FIRST_PAINT.search(result.stdout)


def test_an_error_during_the_smoke_test_ends_it_instead_of_waiting_for_a_dialog(samson_home, tmp_path):
    source = (
        "import sys\n"
        "import samson_desktop.ui.app as app\n"
        "from samson_desktop.ui.pages.setup_page import SetupPage\n"
        "def paint(self, event):\n"
        "    raise ValueError('a slot failed')\n"
        "SetupPage.paintEvent = paint\n"
        "from samson_desktop.ui.launch import launch\n"
        "sys.exit(launch(sys.argv[1:], smoke_test=True))\n")
    result = run_probe(samson_home, tmp_path, source, str(demo_session_paths()[0]))
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "ValueError: a slot failed" in result.stderr


def test_a_file_the_system_asks_to_open_opens_in_the_running_window(samson_home, tmp_path):
    """macOS delivers a session opened from the Finder as a FileOpen event to the running app."""
    source = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from PySide6.QtGui import QFileOpenEvent\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import samson_desktop.ui.app as app\n"
        "import samson_desktop.ui.main_window as mw\n"
        "def check():\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, mw.MainWindow))\n"
        "    print('opened:', window.document.path.name if window.document.path else None, flush=True)\n"
        "    QApplication.instance().quit()\n"
        "original = mw.MainWindow._on_first_paint\n"
        "def on_first_paint(self):\n"
        "    original(self)\n"
        "    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(sys.argv[1]))\n"
        "    QTimer.singleShot(200, check)\n"
        "mw.MainWindow._on_first_paint = on_first_paint\n"
        "from samson_desktop.ui.launch import launch\n"
        "sys.exit(launch([]))\n")
    _session, result = run_with_session(samson_home, tmp_path, source, "from-finder.samson")
    assert "opened: from-finder.samson" in result.stdout, (result.stdout, result.stderr)


def test_sessions_are_read_before_the_window_is_built(samson_home, tmp_path):
    """Reading a session needs no module that start-up has not imported before PySide6 (which
    looks at the source of every module imported after it), and the first paint shows the session."""
    _session, lines = smoke_start_with_session(samson_home, tmp_path, (
        "read = launch.read_session_files\n"
        "def checked(files, settings):\n"
        "    before = set(sys.modules)\n"
        "    opened = read(files, settings)\n"
        "    print('imported by reading:', sorted(set(sys.modules) - before), flush=True)\n"
        "    return opened\n"
        "launch.read_session_files = checked\n"))
    assert lines[0] == "imported by reading: []", lines
    assert FIRST_PAINT.match(lines[1]) and SESSION_READY.match(lines[2]), lines


def test_the_collector_is_off_while_the_program_loads_and_on_once_the_pages_are_built(samson_home, tmp_path):
    """``samson`` starts with the garbage collector off; the window turns it on once every page is
    built, so a workshop never runs without it, with what the program loaded set aside."""
    session = tmp_path / "s.samson"
    session.write_bytes(session_bytes())
    source = (
        "import atexit, gc, sys\n"
        "import samson_desktop.__main__ as entry\n"
        "print('on at load:', gc.isenabled())\n"
        "import samson_desktop.ui.app as app\n"
        "report = app._FirstPaintReporter._report\n"
        "def checked(self):\n"
        "    print('on at first paint:', gc.isenabled())\n"
        "    report(self)\n"
        "app._FirstPaintReporter._report = checked\n"
        "atexit.register(lambda: print('on at exit:', gc.isenabled(), 'set aside:', gc.get_freeze_count() > 10000))\n"
        "sys.argv = ['samson', '--smoke-test', *sys.argv[1:]]\n"
        "entry.console_main()\n")
    result = run_probe(samson_home, tmp_path, source, str(session))
    assert result.returncode == 0, result.stderr
    assert "on at load: False" in result.stdout
    assert "on at first paint: False" in result.stdout
    assert "on at exit: True set aside: True" in result.stdout


def test_a_command_runs_with_the_collector_on(samson_home, tmp_path):
    session = tmp_path / "s.samson"
    session.write_bytes(session_bytes())
    source = (
        "import gc, sys\n"
        "import samson_desktop.__main__ as entry\n"
        "import samson_desktop.cli.validate_cmd as validate\n"
        "run = validate.run\n"
        "def checked(args):\n"
        "    print('on while the command runs:', gc.isenabled())\n"
        "    return run(args)\n"
        "validate.run = checked\n"
        "sys.argv = ['samson', 'validate', *sys.argv[1:]]\n"
        "entry.console_main()\n")
    result = run_probe(samson_home, tmp_path, source, str(session))
    assert result.returncode == 0, result.stderr
    assert "on while the command runs: True" in result.stdout
