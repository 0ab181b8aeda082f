"""Render the pictures of docs/cycle.md at 1280×720 into docs/screenshots/: the start page offering a new
time point, the new session's setup, the follow-up step, a question with time 1's values, the comparison's
Changes tab with an explanation, and the report's "Since last time" page, in nb and en.

Run with ``make screenshots`` (after tools/screenshots.py) or on its own. It uses the demo's first time
point, in a private, temporary SAMSON_HOME, like tools/screenshots.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from msgspec.structs import replace
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import HEIGHT, OUT, WIDTH, _prepare_environment  # noqa: E402

NOTES = {
    "nb": ("Vi har hatt fast månedsmøte siden januar; meldingsgruppa brukes lite.",
           "Kortet ble brukt i to møter og så glemt."),
    "en": ("We have met every month since January; the message group is little used.",
           "The card was used in two meetings and then forgotten."),
}

EXPLAINED = {
    "nb": "Lederen i kommunen sluttet i mars, og tre av fem møter ble avlyst.",
    "en": "The municipality's lead left in March, and three of five meetings were cancelled.",
}
FIRST_QUESTION = "equal-standing.every-voice-counts"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="samson-cycle-shots-"))
    _prepare_environment(home)
    from PySide6.QtWidgets import QApplication

    from samson_desktop.fileformat import read_session
    from samson_desktop.fileformat.question_sets import demo_session_paths
    from samson_desktop.report.session_report import build_session_report
    from samson_desktop.ui.app import create_application
    from samson_desktop.core.followup import largest_changes
    from samson_desktop.ui.compare_view import open_compare
    from samson_desktop.ui.main_window import FOLLOWUP, QUESTIONS, SETUP, START, MainWindow
    from samson_desktop.ui.settings import Settings

    app = create_application()
    folder = home / "Workshops"
    folder.mkdir()
    t1 = folder / "Furulia T1.samson"
    shutil.copyfile(demo_session_paths()[0], t1)
    settings = Settings.load()  # the private SAMSON_HOME's settings, which every part of the window reads
    settings.add_recent(t1)
    settings.save()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(window, name: str) -> None:
        settle()
        image = window.grab()
        if (image.width(), image.height()) != (WIDTH, HEIGHT):
            print(f"warning: {name} is {image.width()}×{image.height()}", file=sys.stderr)
        image.save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    for language in ("nb", "en"):
        window = MainWindow(settings=settings)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.set_language(language)
        window.go_to_step(START)
        window.page(START).load_details()
        shoot(window, f"cycle-{language}-1-start")
        window.files.next_time_point(t1)
        window.go_to_step(SETUP)
        shoot(window, f"cycle-{language}-2-setup")
        window.go_to_step(FOLLOWUP, focus=True)
        page = window.page(FOLLOWUP)
        for key, note in zip((2, 1), NOTES[language]):
            page.answer_key(key)
            measure = next(m for m in window.document.session.measures if m.id == page.current_measure_id())
            window.document.update_measure(replace(measure, note=note))
            page.next_measure()
        shoot(window, f"cycle-{language}-3-followup")
        # Answered as the demo's second session: the question page then shows time 1's values.
        answered = read_session(demo_session_paths()[1])
        for question_id, answer in answered.answers.items():
            window.document.set_answer(question_id, answer)
        for value_id, weight in answered.weights.items():
            window.document.set_weight(value_id, weight)
        window.go_to_step(QUESTIONS)
        window.page(QUESTIONS).show_question(FIRST_QUESTION)
        shoot(window, f"cycle-{language}-5-question")
        # The comparison's Changes tab, with the group's words on the largest fall.
        compare = open_compare(window, window.document)
        compare.set_earlier_path(t1)
        compare.resize(WIDTH, HEIGHT)
        compare.show()
        _ups, downs = largest_changes(compare.compare_data().comparison.fields, 1)
        window.document.set_explanation("field", downs[0].id, read_session(t1).session_id, EXPLAINED[language])
        compare.tabs.setCurrentWidget(compare.tables.changes_page)
        compare.tables.select_change("field", downs[0].id)
        shoot(compare, f"cycle-{language}-6-changes")
        compare.close()
        later = window.document.session
        pdf = home / f"report-{language}.pdf"
        build_session_report(later, pdf, language, earlier=read_session(t1))
        _since_page(pdf, language)
        window.document.undo_stack.setClean()
        window.close()
        settle()
    QApplication.processEvents()
    shutil.rmtree(home, ignore_errors=True)
    return 0


def _since_page(pdf: Path, language: str) -> None:
    """The page of the report that starts "Since last time", as a PNG (pdftoppm)."""
    heading = "Siden sist" if language == "nb" else "Since last time"
    pages = [i for i, page in enumerate(PdfReader(pdf).pages, 1)
             if heading in page.extract_text() and i > 2]
    if not pages or shutil.which("pdftoppm") is None:
        print(f"warning: no '{heading}' page rendered", file=sys.stderr)
        return
    target = OUT / f"cycle-{language}-4-report"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(pages[0]), "-l", str(pages[0]), "-singlefile",
                    str(pdf), str(target)], check=True)
    print(f"{target}.png")


if __name__ == "__main__":
    sys.exit(main())
