"""The projector view ("Publikumsvisning"): the question, how to join, how many have answered, then the answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ..document import SessionDocument
from ..widgets.labels import plain_label
from .controller import RoomController
from .distribution import DistributionView
from .qr import qr_pixmap
from .texts import connection_hint, count_text, distribution_rows, item_title


class ProjectorView(QWidget):
    """A window for the second screen; F11 makes it full screen, Esc leaves full screen or closes it."""

    def __init__(self, controller: RoomController, document: SessionDocument, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self._controller, self._doc = controller, document
        self.show_small_parties = False
        self._qr_url = ""
        self.setObjectName("ProjectorView")
        self.title = plain_label(self, "h1", wrap=True)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignCenter)
        self.address = plain_label(self, "h2", wrap=True)
        self.address.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.code = plain_label(self, "h1", wrap=True)
        self.door = plain_label(self, "h2", wrap=True)
        self.hint = plain_label(self, "h2", wrap=True)
        self.count = plain_label(self, "h1", wrap=True)
        self.distribution = DistributionView(self)
        join = QWidget(self)
        join_layout = QVBoxLayout(join)
        join_layout.addWidget(self.qr)
        join_layout.addWidget(self.address)
        join_layout.addWidget(self.code)
        join_layout.addWidget(self.door)
        join_layout.addWidget(self.hint)
        join_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        waiting = QWidget(self)
        waiting_layout = QHBoxLayout(waiting)
        waiting_layout.addWidget(join, 1)
        waiting_layout.addWidget(self.count, 1, Qt.AlignCenter)
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.distribution)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence(Qt.Key_F11), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self._escape)
        controller.changed.connect(self.refresh)
        self.resize(1280, 720)
        self.refresh()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _escape(self) -> None:
        self.showNormal() if self.isFullScreen() else self.close()

    def refresh(self) -> None:
        self.setWindowTitle(self.tr("SAMSON – projector view"))
        snapshot = self._controller.snapshot()
        if not snapshot["running"]:
            self.title.setText(self.tr("The phone room is closed"))
            self.stack.setCurrentIndex(0)
            self.qr.clear()
            for label in (self.address, self.code, self.door, self.hint, self.count):
                label.clear()
            self._qr_url = ""
            return
        session = self._doc.session
        self.title.setText(item_title(session, snapshot["item"]))
        if self._qr_url != self._controller.join_url:
            self._qr_url = self._controller.join_url
            self.qr.setPixmap(qr_pixmap(self._qr_url, 320))
        self.address.setText(self._controller.join_url)
        self.code.setText(self.tr("Room code: %1").replace("%1", self._controller.code))
        self.door.setText(self.tr("Or open %1 and type the room code").replace("%1", self._controller.base_url))
        self.hint.setText(connection_hint())
        self.count.setText(count_text(snapshot))
        revealed = snapshot["phase"] == "revealed"
        if revealed:
            self.distribution.set_rows(distribution_rows(session, snapshot, hide_small=not self.show_small_parties))
        self.stack.setCurrentIndex(1 if revealed else 0)
