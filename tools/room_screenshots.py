"""Render the phone room for docs/phones.md: the facilitator's room window, the projector view and the phone page.

    python tools/room_screenshots.py

The room serves the first demo session on 127.0.0.1; twelve simulated phones answer one question;
Debian's chromium (driven by Playwright) shows the phone page at phone size.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
QUESTION = "communication.regular-dialogue"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SAMSON_HOME"] = tempfile.mkdtemp(prefix="samson-room-shots-")

from playwright.sync_api import sync_playwright  # noqa: E402

from browser import CHROMIUM_ARGS, PHONE, chromium_path  # noqa: E402
from samson_desktop.fileformat import read_session  # noqa: E402
from samson_desktop.fileformat.question_sets import demo_session_paths  # noqa: E402
from samson_desktop.ui import i18n  # noqa: E402
from samson_desktop.ui.app import create_application  # noqa: E402
from samson_desktop.ui.document import SessionDocument  # noqa: E402
from samson_desktop.ui.room.window import LOOPBACK, RoomWindow  # noqa: E402
from samson_desktop.ui.theme import theme  # noqa: E402
from test_room_server import Client, joined  # noqa: E402


def settle(app) -> None:
    for _ in range(30):
        app.processEvents()


def main() -> int:
    app = create_application()
    i18n.manager().set_language("nb")
    theme().apply(app)
    document = SessionDocument(read_session(demo_session_paths()[0]))
    window = RoomWindow(document, lambda: QUESTION)
    window.address_combo.setCurrentIndex(window.address_combo.findData(LOOPBACK))
    window.resize(1280, 720)
    window.show()
    window.toggle_room()
    window.open_current()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=PHONE, locale="nb-NO", device_scale_factor=1)
        page = context.new_page()
        page.goto(window.controller.join_url)
        page.get_by_role("heading").first.wait_for()
        page.screenshot(path=str(OUT / "phone-1-party.png"))
        page.locator("#parties button").first.click()
        page.get_by_role("button", name="7", exact=True).click()
        page.screenshot(path=str(OUT / "phone-2-answer.png"))
        page.locator("#send").click()
        page.get_by_text("Mottatt").wait_for()
        page.screenshot(path=str(OUT / "phone-3-received.png"))
        chance = random.Random(3)
        client = Client(window.controller.join_url)
        for voice in ["v1"] * 3 + ["v2"] * 5 + ["v3"] * 3:
            key = joined(client, voice)
            client.api("answer", {"key": key, "item": QUESTION, "score": chance.randint(3, 9)})
        settle(app)
        window.show_projector()
        window.projector.resize(1280, 720)
        settle(app)
        window.grab().save(str(OUT / "room-console.png"))
        window.projector.grab().save(str(OUT / "room-projector-waiting.png"))
        window.controller.close_item()
        window.controller.reveal()
        settle(app)
        window.projector.grab().save(str(OUT / "room-projector-answers.png"))
        page.get_by_text("Spørsmålet er lukket").first.wait_for()
        page.screenshot(path=str(OUT / "phone-4-closed.png"))
        browser.close()
    window.shutdown()
    document.undo_stack.setClean()
    return 0


if __name__ == "__main__":
    sys.exit(main())
