"""The baseline for start-up: a bare PySide6 window that prints one line at its first paint and quits."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = FirstPaint()
    window.resize(1280, 720)
    window.setWindowTitle("bare")
    window.show()
    sys.exit(app.exec())
