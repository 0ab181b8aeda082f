"""Register the bundled DejaVu Sans fonts with reportlab once, so every PDF embeds them."""

from __future__ import annotations

from functools import cache

from ..resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> str:
    """Register the family and return its name.

    The TTFs ship in resources/fonts, so æøå, «» and the dashes look the same on every machine;
    reportlab embeds only the glyphs a report uses. The report sets no italic text, so only the
    regular and bold faces are read (each TTF costs ~10 ms to parse); <i> falls back to upright.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _fix_to_unicode_cmap()
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    # <b> inside a Paragraph picks the bold face through the family mapping.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def _utf16_hex(code_point: int) -> str:
    if code_point > 0xFFFF:
        code_point -= 0x10000
        return f"{0xD800 + (code_point >> 10):04X}{0xDC00 + (code_point & 0x3FF):04X}"
    return f"{code_point:04X}"


def _fix_to_unicode_cmap() -> None:
    """Make reportlab write characters beyond U+FFFF (emoji, 😀) as UTF-16 surrogate pairs.

    reportlab writes each ToUnicode entry as "<%04X>", which gives an odd-length hex string such
    as <1F600> for an emoji: invalid PDF, and the character is lost on copy-and-paste and text
    extraction. DejaVu Sans has glyphs for many such characters, so they print; this keeps them
    as text too. The function is looked up at call time, so replacing it here is enough.
    """
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "_samson_fixed", False):
        return

    def make_to_unicode_cmap(fontname: str, subset) -> str:
        # The same CMap as reportlab's makeToUnicodeCMap, with a correct target for each code.
        return "\n".join([
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(int(v))}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ])

    make_to_unicode_cmap._samson_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
