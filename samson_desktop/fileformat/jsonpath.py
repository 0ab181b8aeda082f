"""Render a location inside a JSON document as a readable path like ``$.fields[2].title``."""

from __future__ import annotations

import json
import re
from typing import Iterable

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts: Iterable[str | int]) -> str:
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _PLAIN_KEY.match(part):
            out.append(f".{part}")
        else:
            out.append(f"[{json.dumps(part, ensure_ascii=False)[:80]}]")
    return "".join(out)
