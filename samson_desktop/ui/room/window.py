"""The facilitator's phone-room window ("Mobilrom"): where the room serves, how to join, and the room's controls."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ..document import SessionDocument
from ..widgets.labels import plain_label
from .addresses import reachable_addresses
from .controller import RoomController
from .distribution import DistributionView
from .projector import ProjectorView
from .qr import qr_pixmap
from .texts import count_text, distribution_rows, item_title, lonely_hint, small_parties

#: Always offered last: serves this computer only, for trying the room out alone.
LOOPBACK = "127.0.0.1"


class RoomWindow(QWidget):
    """Opens and closes the room, shows the join code, and opens, reveals and accepts one item at a time."""

    def __init__(self, document: SessionDocument, current_item: Callable[[], str | None],
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self._doc, self._current_item = document, current_item
        self.controller = RoomController(document, self)
        self.projector: ProjectorView | None = None
        self._qr_url = ""
        self.title = plain_label(self, "h1", wrap=True)
        self.address_label = plain_label(self)
        self.address_combo = QComboBox(self)
        self.start_button = QPushButton(self)
        self.status = plain_label(self, "help", wrap=True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.qr = QLabel(self)
        self.lonely = plain_label(self, "help", wrap=True)
        self.lonely.hide()
        self.item = plain_label(self, "h2", wrap=True)
        self.open_button = QPushButton(self)
        self.reveal_button = QPushButton(self)
        self.accept_button = QPushButton(self)
        self.projector_button = QPushButton(self)
        self.count = plain_label(self, "h2", wrap=True)
        self.parties = plain_label(self, wrap=True)
        self.message = plain_label(self, "help", wrap=True)
        self.distribution = DistributionView(self)
        self._build_layout()
        self._connect()
        self.fill_addresses()
        self.retranslate()
        self.refresh()

    def _build_layout(self) -> None:
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_label)
        address_row.addWidget(self.address_combo, 1)
        address_row.addWidget(self.start_button)
        buttons = QGridLayout()
        for index, button in enumerate((self.open_button, self.reveal_button, self.accept_button, self.projector_button)):
            buttons.addWidget(button, index // 2, index % 2)
        right = QVBoxLayout()
        right.addWidget(self.item)
        right.addLayout(buttons)
        right.addWidget(self.count)
        right.addWidget(self.parties)
        right.addWidget(self.message)
        right.addWidget(self.distribution, 3)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.qr, 0, Qt.AlignTop)
        left.addWidget(self.status)
        left.addWidget(self.lonely)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(address_row)
        layout.addLayout(body, 1)
        self.resize(1100, 680)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.toggle_room)
        self.open_button.clicked.connect(self.open_current)
        self.reveal_button.clicked.connect(self.reveal)
        self.accept_button.clicked.connect(self.accept)
        self.projector_button.clicked.connect(self.show_projector)
        for key, slot in ((Qt.Key_F5, self.open_current), (Qt.Key_F6, self.reveal),
                          (Qt.Key_F7, self.accept), (Qt.Key_F8, self.show_projector)):
            QShortcut(QKeySequence(key), self, activated=slot)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self.close)
        self.controller.changed.connect(self.refresh)
        self.controller.lonely.connect(self._on_lonely)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SAMSON – phone room"))
        self.title.setText(self.tr("Phone room"))
        self.address_label.setText(self.tr("Phones connect to:"))
        self.open_button.setText(self.tr("Open the current question (F5)"))
        self.reveal_button.setText(self.tr("Close and show the answers (F6)"))
        self.accept_button.setText(self.tr("Accept the answers (F7)"))
        self.projector_button.setText(self.tr("Projector view (F8)"))
        self.lonely.setText(lonely_hint())
        self.refresh()

    def fill_addresses(self) -> None:
        self.address_combo.clear()
        for name, kind, address in reachable_addresses():
            kind_text = {"wifi": self.tr("Wi-Fi"), "ethernet": self.tr("Cable")}.get(kind, self.tr("Network"))
            self.address_combo.addItem(f"{address} – {kind_text} ({name})", address)
        self.address_combo.addItem(self.tr("%1 – this computer only").replace("%1", LOOPBACK), LOOPBACK)

    # --- actions ------------------------------------------------------------------------
    def toggle_room(self) -> None:
        if self.controller.is_running():
            self.controller.stop()
            return
        host = self.address_combo.currentData()
        try:
            self.controller.start(host)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Phone room"), self.tr("The room cannot be opened on %1: %2")
                                .replace("%1", host).replace("%2", exc.strerror or str(exc)))

    def open_current(self) -> None:
        if not self.controller.is_running():
            return
        item_id = self._current_item()
        if item_id is None:
            self.message.setText(self.tr("Go to a question or to the weighting first."))
            return
        if self.projector is not None:
            self.projector.show_small_parties = False
        self.message.clear()
        self.controller.open_item(item_id)

    def reveal(self) -> None:
        snapshot = self.controller.snapshot()
        if not snapshot["running"] or snapshot["item"] is None:
            return
        small = small_parties(self._doc.session, snapshot)
        show_small = False
        if small:
            answer = QMessageBox.question(self, self.tr("Phone room"), self.tr(
                "Few people answered for %1, so their answers could be recognised. "
                "Show them on the projector too?").replace("%1", ", ".join(small)))
            show_small = answer == QMessageBox.Yes
        if self.projector is not None:
            self.projector.show_small_parties = show_small
        self.controller.close_item()
        self.controller.reveal()

    def accept(self) -> None:
        if not self.controller.is_running():
            return
        if self.controller.accept():
            self.message.setText(self.tr("Accepted: each party's score is the mean of its phones' answers."))
        else:
            self.message.setText(self.tr("There are no answers to accept yet."))

    def show_projector(self) -> None:
        if self.projector is None:
            self.projector = ProjectorView(self.controller, self._doc)
        self.projector.show()
        self.projector.raise_()

    def _on_lonely(self) -> None:
        self.lonely.show()

    # --- view ---------------------------------------------------------------------------
    def refresh(self) -> None:
        running = self.controller.is_running()
        self.start_button.setText(self.tr("Close the room") if running else self.tr("Open the room"))
        self.address_combo.setEnabled(not running)
        for button in (self.open_button, self.reveal_button, self.accept_button, self.projector_button):
            button.setEnabled(running)
        if not running:
            self.status.setText(self.tr("The room is closed. Open it, then show the projector view on the wall."))
            self.qr.clear()
            self._qr_url = ""
            self.lonely.hide()
            for label in (self.item, self.count, self.parties):
                label.clear()
            self.distribution.set_rows([])
            return
        snapshot = self.controller.snapshot()
        if self._qr_url != self.controller.join_url:
            self._qr_url = self.controller.join_url
            self.qr.setPixmap(qr_pixmap(self._qr_url, 220))
        self.status.setText(self.tr("Serving on %1 (%2) – room code %3").replace("%1", self.controller.join_url)
                            .replace("%2", self.address_combo.currentText()).replace("%3", self.controller.code))
        if snapshot["counts"]["joined"]:
            self.lonely.hide()
        session = self._doc.session
        self.item.setText(item_title(session, snapshot["item"]))
        self.count.setText(count_text(snapshot))
        names = {v.id: v.name for v in session.voices}
        self.parties.setText("\n".join(
            self.tr("%1: %2 of %3").replace("%1", names.get(vid, vid)).replace("%2", str(c["answered"]))
            .replace("%3", str(c["joined"])) for vid, c in snapshot["counts"]["parties"].items()))
        revealed = snapshot["phase"] == "revealed"
        self.distribution.setVisible(revealed)
        if revealed:
            self.distribution.set_rows(distribution_rows(session, snapshot, hide_small=False))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Closing this window leaves the room open; the room stops with the session or the app.
        if self.projector is not None and not self.controller.is_running():
            self.projector.close()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the server and close the projector view (the session or the app is closing)."""
        self.controller.stop()
        if self.projector is not None:
            self.projector.close()
