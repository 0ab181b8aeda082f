"""Which address of this computer the room serves on when the facilitator has not chosen one."""

from __future__ import annotations

import ipaddress
import socket


def is_private_lan(address: str) -> bool:
    """True for an IPv4 address of a local network (10/8, 172.16/12, 192.168/16), not loopback."""
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return ip.is_private and not ip.is_loopback and not ip.is_link_local


def default_host() -> str:
    """This computer's address on its default network, or 127.0.0.1 when it has none.

    Connecting a UDP socket sends nothing; it only asks the system which interface and address
    it would route through.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 9))
        address = probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
    return address if is_private_lan(address) else "127.0.0.1"


#: Interface names of virtual adapters (VPN, containers, virtual machines) that phones cannot reach.
_VIRTUAL_PREFIXES = ("docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "vethernet", "tun", "tap",
                     "utun", "wg", "zt", "tailscale", "lxc", "lxd", "podman", "cni", "flannel", "awdl", "llw")


def is_virtual(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith(_VIRTUAL_PREFIXES) or "virtual" in lowered or "hyper-v" in lowered


def rank_addresses(candidates: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Order (interface name, kind, IPv4 address) by how likely phones can reach them.

    kind is "wifi", "ethernet", "virtual", "loopback" or "other". Wi-Fi (the venue's network or
    the laptop's own hotspot) comes first, then cable; virtual adapters and loopback are left out.
    """
    order = {"wifi": 0, "ethernet": 1, "other": 2}
    usable = [c for c in candidates
              if c[1] in order and not is_virtual(c[0]) and is_private_lan(c[2])]
    return sorted(usable, key=lambda c: (order[c[1]], c[0]))
