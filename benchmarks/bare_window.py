"""The baseline for start-up: a bare PySide6 window that prints one line after its first paint and quits.

It reports the way `samson --smoke-test` does (an event filter on the window sees its first
Paint event; the line is printed from a zero-delay timer once that paint has finished), so the two
processes are timed to the same moment.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print("first paint", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    reporter = FirstPaint(window)  # noqa: F841 - kept alive until the paint
    window.resize(1280, 720)
    window.setWindowTitle("bare")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
