"""Build an example peer-learning seminar and render pages of its deck into docs/screenshots/ (pdftoppm).

Run with ``.venv/bin/python tools/seminar_deck_pictures.py``. Six made-up collaborations: the two demo
sessions are one case shown with its change, two cases share their names, one a chosen name, and the
rest keep their alias. The seminar file and the deck are written to a temporary folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import write_session_file  # noqa: E402
from samson_desktop.cli.main import main as samson  # noqa: E402
from samson_desktop.core.seminar import NAME_CHOSEN, NAME_REAL, Sharing  # noqa: E402
from samson_desktop.fileformat.question_sets import demo_session_paths  # noqa: E402
from samson_desktop.fileformat.seminar_file import SeminarCase, SeminarFile, write_seminar  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
#: (page number, file name part) of the pages kept for the documentation.
PAGES = ((1, "title"), (2, "field-by-field"), (3, "side-by-side"), (4, "case"), (10, "field"))
CASES = (("Nabolagskjøkkenet", Sharing(name=NAME_REAL)),
         ("Språkkafé Sentrum", Sharing(name=NAME_CHOSEN, chosen_name="Kafégjengen")),
         ("Aktiv senior Bråtan", Sharing()),
         ("Sykkelverksted Elvebakken", Sharing(measures=False)),
         ("Leksehjelp Solsiden", Sharing(name=NAME_REAL, party_names=True)))


def build(folder: Path) -> Path:
    """Write the sessions and the seminar file into ``folder``; return the seminar file."""
    sessions = folder / "sessions"
    sessions.mkdir(parents=True)
    cases = []
    for demo in demo_session_paths():
        shutil.copy(demo, sessions / demo.name)
    cases.append(SeminarCase([f"sessions/{p.name}" for p in demo_session_paths()], Sharing(name=NAME_REAL)))
    for seed, (name, sharing) in enumerate(CASES, 40):
        path = write_session_file(sessions / f"case-{seed}.samson", seed=seed, measures=12, voices=3,
                                  collaboration=name)
        cases.append(SeminarCase([f"sessions/{path.name}"], sharing))
    target = folder / "hostsamling.samson-seminar"
    write_seminar(SeminarFile(cases, "Høstsamling 2026", "nb"), target)
    return target


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="samson-deck-") as tmp:
        target = build(Path(tmp))
        for lang in ("nb", "en"):
            deck = Path(tmp) / f"deck-{lang}.pdf"
            if samson(["seminar", str(target), "-o", str(deck), "--lang", lang]) != 0:
                return 1
            for page, name in PAGES:
                stem = OUT / f"seminar-deck-{lang}-{page:02d}-{name}"
                subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", str(page), "-l", str(page), "-singlefile",
                                str(deck), str(stem)], check=True)
                print(f"{stem.relative_to(ROOT)}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
