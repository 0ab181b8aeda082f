"""The one number formatter: every number a person sees, in every view, with one decimal, half rounded up."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

#: Shown where there is no number.
DASH = "–"
#: The typographic minus: a hyphen reads as a dash in a table at 8 m.
MINUS = "−"
_DECIMAL_MARK = {"nb": ",", "en": "."}
# Means of integers come out of float arithmetic a hair off their decimal value
# (5.25 as 5.249999999999999); snapping to nine places first keeps them on their true half.
_SNAP = Decimal("1e-9")


def round_half_up(value: float | int, places: int = 1) -> Decimal:
    """``value`` rounded to ``places`` decimals, a half away from zero (5.25 → 5.3, −0.05 → −0.1).

    Works on the decimal written form of the float, so 2.675 (stored as 2.67499999…) rounds to 2.7
    as a person reading "2.675" expects.
    """
    exact = Decimal(repr(float(value))).quantize(_SNAP, rounding=ROUND_HALF_UP)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_number(value: float | int | None, language: str = "en", signed: bool = False) -> str:
    """One decimal, half rounded up, with the language's decimal mark: 5.25 → "5,3" (nb), "5.3" (en).

    ``signed`` marks a change: "+0,4", "−0,1", and "0,0" where the rounded change is nothing.
    A missing or non-finite value is a dash.
    """
    if value is None or isinstance(value, bool):
        return DASH
    try:
        if not math.isfinite(value):
            return DASH
        rounded = round_half_up(value)
    except (TypeError, ValueError, InvalidOperation, OverflowError):
        return DASH
    if rounded == 0:
        rounded = abs(rounded)  # never "−0,0"
    digits = f"{abs(rounded):.1f}".replace(".", _DECIMAL_MARK.get(language, "."))
    if rounded < 0:
        return MINUS + digits
    if signed and rounded > 0:
        return "+" + digits
    return digits

