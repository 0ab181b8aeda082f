"""Render the peer-learning seminar window at 1280×720 into docs/screenshots/seminar-*.png, in nb and en: every
view at normal size, one case large, a case's questions, and the views in presentation mode and high contrast.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/seminar_screenshots.py``. Five cases are made
from the demo session (their names, places and notes stay hidden behind aliases); a temporary SAMSON_HOME
keeps the user's settings out of the pictures.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1280, 720
#: (file stem, collaboration, per-field shift of the demo's scores, keep the parties' own scores)
CASES = (
    ("furulia", "Møteplass Furulia", (0, 0, 0, 0, 0, 0, 0), True),
    ("nordbyen", "Ungdomsløftet Nordbyen", (3, 1, 2, -1, 2, 3, 0), False),
    ("sjoside", "Sjøsiden seniorkafé", (-2, 2, -1, 3, 1, -2, 2), True),
    ("bakkehaugen", "Bakkehaugen nærmiljø", (1, -3, 3, 2, -2, 1, -1), False),
    ("elvebredden", "Elvebredden arbeidstrening", (2, 3, -2, 1, 3, 0, 3), False),
)


def _shifted(score: int, shift: int) -> int:
    return max(1, min(10, score + shift))


def write_cases(folder: Path) -> None:
    """Five sessions from the demo: other names, scores moved per field, parties kept in two of them."""
    sys.path.insert(0, str(ROOT))
    from samson_desktop.fileformat.question_sets import demo_session_paths

    demo = json.loads(demo_session_paths()[0].read_text(encoding="utf-8"))
    fields = [f["id"] for f in demo["question_set"]["fields"]]
    for number, (stem, name, shifts, parties) in enumerate(CASES):
        doc = copy.deepcopy(demo)
        doc["session_id"] = f"seminar-{stem}"
        doc["collaboration"] = {"name": name, "description": ""}
        if not parties:
            doc["voices"] = []
        for question_id, answer in doc["answers"].items():
            shift = shifts[fields.index(question_id.split(".")[0])] if question_id.split(".")[0] in fields else 0
            if "consensus" in answer:
                answer["consensus"] = _shifted(answer["consensus"], shift)
            if parties:
                answer["voices"] = {v: _shifted(s, shift) for v, s in answer.get("voices", {}).items()}
            else:
                answer.pop("voices", None)
                answer.setdefault("consensus", _shifted(5, shift))
        doc["measures"] = doc["measures"][number::2]
        (folder / f"{stem}.samson").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="samson-seminar-shots-"))
    os.environ["SAMSON_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from samson_desktop.ui import i18n
    from samson_desktop.ui.seminar.window import FIELD_TAB, SIDE_TAB, SeminarWindow
    from samson_desktop.ui.theme import theme

    app = QApplication.instance() or QApplication(sys.argv)
    folder = home / "cases"
    folder.mkdir()
    write_cases(folder)
    OUT.mkdir(parents=True, exist_ok=True)
    slugs = ("cases", "side-by-side", "field-by-field", "strong", "inside")

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def shot(window, name: str) -> None:
        settle()
        window.grab().save(str(OUT / f"seminar-{name}.png"))

    for language in ("nb", "en"):
        i18n.manager().set_language(language)
        theme().apply()
        window = SeminarWindow()
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.add_folder(folder)
        window.deck.follow_interface()
        for tab, slug in enumerate(slugs):
            window.show_tab(tab)
            shot(window, f"{language}-{tab + 1}-{slug}")
        window.show_tab(SIDE_TAB)
        window.side_by_side.show_large(2)
        shot(window, f"{language}-2-side-by-side-large")
        window.side_by_side.show_grid()
        window.show_tab(FIELD_TAB)
        window.field_page.show_questions(2, 1)
        shot(window, f"{language}-3-field-by-field-questions")
        window.field_page.close_questions()
        window.set_presentation(True)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
        window.resize(WIDTH, HEIGHT)
        for tab in (SIDE_TAB, FIELD_TAB):
            window.show_tab(tab)
            shot(window, f"{language}-presentation-{tab + 1}-{slugs[tab]}")
        window.set_presentation(False)
        window.resize(WIDTH, HEIGHT)
        theme().set_high_contrast(True)
        for tab in (SIDE_TAB, FIELD_TAB):
            window.show_tab(tab)
            shot(window, f"{language}-high-contrast-{tab + 1}-{slugs[tab]}")
        theme().set_high_contrast(False)
        window.close()
        settle()
    print(f"seminar screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
