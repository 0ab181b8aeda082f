"""Render the app icon (resources/icons/samson.svg) to the PNG, ICO and ICNS files the platforms need.

The generated files are kept in the repository so that building a bundle needs no SVG tools.
Run this only after changing the SVG:

    python packaging/make_icons.py      # needs rsvg-convert (librsvg2-bin) and Pillow
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "samson.svg"
PNG_DIR = ROOT / "resources" / "icons"
BUILD_ICON_DIR = ROOT / "packaging" / "icons"

#: hicolor theme sizes installed on Linux (and used for the window icon).
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> Image.Image:
    """Render the SVG at ``size`` pixels; each size is rendered from the vector, not scaled down."""
    png = subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)],
        check=True, capture_output=True,
    ).stdout
    return Image.open(io.BytesIO(png)).convert("RGBA")


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert not found (Debian/Ubuntu: apt-get install librsvg2-bin)", file=sys.stderr)
        return 1
    images = {size: render(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        images[size].save(PNG_DIR / f"samson-{size}.png", optimize=True)
    BUILD_ICON_DIR.mkdir(exist_ok=True)
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        BUILD_ICON_DIR / "samson.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest_ico],
    )
    largest_icns = max(ICNS_SIZES)
    images[largest_icns].save(
        BUILD_ICON_DIR / "samson.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != largest_icns],
    )
    print(f"wrote {len(PNG_SIZES)} PNGs to {PNG_DIR}, samson.ico and samson.icns to {BUILD_ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
