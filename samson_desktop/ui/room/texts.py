"""The room's words shared by the facilitator's window and the projector view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.model import Session, localized
from ..widgets.labels import ui_language


def item_title(session: Session, item: Any) -> str:
    """What the room is answering, as a heading: "Spørsmål 3-2: …" or the value's name."""
    if item is None:
        return QCoreApplication.translate("PhoneRoom", "No question is open")
    text = localized(item.text, ui_language(session))
    if item.kind == "weight":
        return QCoreApplication.translate("PhoneRoom", "How important is this value? %1").replace("%1", text)
    return QCoreApplication.translate("PhoneRoom", "Question %1: %2").replace("%1", item.label).replace("%2", text)


def count_text(snapshot: dict[str, Any]) -> str:
    counts = snapshot["counts"]
    return QCoreApplication.translate("PhoneRoom", "%1 of %2 have answered").replace("%1", str(counts["answered"])).replace("%2", str(counts["joined"]))


def distribution_rows(session: Session, snapshot: dict[str, Any], hide_small: bool) -> list:
    """Rows for the distribution view; parties with 1–2 phones left out when ``hide_small``."""
    names = {v.id: v.name for v in session.voices}
    rows = []
    for party in snapshot["distribution"]:
        answered = len(party["scores"]) + party["not_applicable"]
        if answered == 0 or (hide_small and answered < 3):
            continue
        name = names.get(party["voice"], party["voice"])
        if party["not_applicable"]:
            name = QCoreApplication.translate("PhoneRoom", "%1 (%2 not relevant)").replace("%1", name).replace("%2", str(party["not_applicable"]))
        rows.append((name, party["scores"], party["not_applicable"], party["mean"]))
    return rows


def small_parties(session: Session, snapshot: dict[str, Any]) -> list[str]:
    """Names of parties with one or two answers: shown to the room only when the facilitator agrees."""
    names = {v.id: v.name for v in session.voices}
    return [names.get(p["voice"], p["voice"]) for p in snapshot["distribution"]
            if 0 < len(p["scores"]) + p["not_applicable"] < 3]


def connection_hint() -> str:
    return QCoreApplication.translate("PhoneRoom", "Turn off mobile data and stay on this Wi-Fi while you answer.")


def lonely_hint() -> str:
    return QCoreApplication.translate("PhoneRoom", "No phone has joined yet. The network may keep its devices apart (guest Wi-Fi) or the firewall "
              "may block the room: open the laptop's own hotspot, let the phones join it, and choose its "
              "address above. See the help on the phone room.")
