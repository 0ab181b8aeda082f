"""This computer's addresses that phones may reach, best first (Qt's view of the network interfaces)."""

from __future__ import annotations

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from ...room.network import rank_addresses

_KINDS = {
    QNetworkInterface.InterfaceType.Wifi: "wifi",
    QNetworkInterface.InterfaceType.Ethernet: "ethernet",
    QNetworkInterface.InterfaceType.Virtual: "virtual",
    QNetworkInterface.InterfaceType.Loopback: "loopback",
}


def reachable_addresses() -> list[tuple[str, str, str]]:
    """(interface name, kind, IPv4 address) of the interfaces that are up, Wi-Fi first."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or not (flags & QNetworkInterface.InterfaceFlag.IsRunning):
            continue
        kind = _KINDS.get(interface.type(), "other")
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((interface.humanReadableName(), kind, address.toString()))
    return rank_addresses(found)
