"""Render every page of the workshop window at 1280×720 into docs/screenshots/: in nb and en, each at
normal size, in presentation mode, in high contrast and zoomed to 125 %.

Run with ``make screenshots``. The window shows the first demo session; a private, temporary
SAMSON_HOME keeps the user's own settings and recent files out of the pictures.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1280, 720
SLUGS = ("start", "setup", "weighting", "questions", "overview", "measures", "report")
#: The looks every page is shown in, and the file name part of each (normal size has none).
MODES = (("normal", ""), ("presentation", "presentation-"), ("high-contrast", "high-contrast-"),
         ("zoom-125", "zoom-125-"))
QUESTION = "communication.regular-dialogue"


def _prepare_environment(home: Path) -> None:
    """A virtual 1280×720 screen, so that presentation mode (full screen) has the projector's size."""
    config = home / "screen.json"
    config.write_text('{"screens": [{"name": "projector", "x": 0, "y": 0, "width": %d, "height": %d, '
                      '"logicalDpi": 96, "dpr": 1}]}' % (WIDTH, HEIGHT), encoding="utf-8")
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["SAMSON_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="samson-shots-"))
    _prepare_environment(home)
    from PySide6.QtWidgets import QApplication

    from samson_desktop.fileformat.question_sets import demo_session_paths
    from samson_desktop.ui.app import create_application
    from samson_desktop.ui.main_window import QUESTIONS, MainWindow
    from samson_desktop.ui.settings import Settings
    from samson_desktop.ui.theme import theme

    app = create_application()
    folder = home / "Workshops"
    folder.mkdir()
    settings = Settings(path=home / "settings.json")
    for demo in reversed(demo_session_paths()):
        copy = folder / demo.name
        shutil.copyfile(demo, copy)
        settings.add_recent(copy)
    window = MainWindow(settings=settings)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.finish_setup()
    OUT.mkdir(parents=True, exist_ok=True)
    # Only this script's own pictures are replaced; the folder holds other views' screenshots too.
    for language in ("nb", "en"):
        for old in OUT.glob(f"{language}-*.png"):
            old.unlink()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        image = window.grab()
        if (image.width(), image.height()) != (WIDTH, HEIGHT):
            print(f"warning: {name} is {image.width()}×{image.height()}", file=sys.stderr)
        image.save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    def set_mode(mode: str, on: bool) -> None:
        if mode == "presentation":
            window.set_presentation(on)
        elif mode == "high-contrast":
            window.set_high_contrast(on)
        elif mode == "zoom-125":
            theme().set_zoom(1.25 if on else 1.0)
        if not on:
            window.resize(WIDTH, HEIGHT)

    for language in ("nb", "en"):
        window.set_language(language)
        for mode, prefix in MODES:
            set_mode(mode, True)
            window.go_to_step(0)
            shoot(f"{language}-{prefix}1-{SLUGS[0]}")
            window.open_demo(0)
            for step in range(1, len(SLUGS)):
                window.go_to_step(step)
                if step == QUESTIONS:
                    window.show_question(QUESTION)
                shoot(f"{language}-{prefix}{step + 1}-{SLUGS[step]}")
            window.document.undo_stack.setClean()
            set_mode(mode, False)
    theme().set_zoom(1.0)

    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
