"""A real app process with the phone room open, for tests that kill it: ``python tests/room_app_driver.py FILE QUESTION``.

It opens FILE in the workshop window, opens the phone room on 127.0.0.1 with QUESTION open,
prints ``join: URL``, and then does what the facilitator would do with F7 each time new
answers arrive: accept them (through the window's undo stack, so autosave follows). It prints
``accepted N`` after each accept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from samson_desktop.fileformat import read_session
from samson_desktop.ui.app import create_application
from samson_desktop.ui.main_window import MainWindow
from samson_desktop.ui.room.window import LOOPBACK


def main() -> int:
    path, question_id = Path(sys.argv[1]), sys.argv[2]
    app = create_application()
    window = MainWindow(read_session(path), path)
    window.resize(1280, 720)
    window.show()
    window.show_question(question_id)
    room = window.room.open()
    room.address_combo.setCurrentIndex(room.address_combo.findData(LOOPBACK))
    room.toggle_room()
    room.open_current()
    accepted = [0]

    def accept_new() -> None:
        answered = room.controller.snapshot().get("counts", {}).get("answered", 0)
        if answered > accepted[0]:
            accepted[0] = answered
            room.controller.accept()
            print(f"accepted {answered}", flush=True)

    room.controller.changed.connect(accept_new)
    print(f"join: {room.controller.join_url}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
