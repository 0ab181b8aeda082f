"""Render every page of the workshop window at 1280×720 into docs/screenshots/ (nb, en, presentation mode).

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
PRESENTED = (2, 3, 4)  # weighting, questions, overview: what a room looks at longest
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

    for language in ("nb", "en"):
        window.set_language(language)
        window.go_to_step(0)
        shoot(f"{language}-1-{SLUGS[0]}")
        window.open_demo(0)
        for step in range(1, len(SLUGS)):
            window.go_to_step(step)
            if step == QUESTIONS:
                window.show_question(QUESTION)
            shoot(f"{language}-{step + 1}-{SLUGS[step]}")
        window.set_presentation(True)
        for step in PRESENTED:
            window.go_to_step(step)
            shoot(f"{language}-presentation-{step + 1}-{SLUGS[step]}")
        window.set_presentation(False)
        window.resize(WIDTH, HEIGHT)

    window.set_language("nb")
    window.set_high_contrast(True)
    for step in (QUESTIONS, 4):
        window.go_to_step(step)
        shoot(f"nb-high-contrast-{step + 1}-{SLUGS[step]}")
    window.set_high_contrast(False)
    theme().set_zoom(1.0)

    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
