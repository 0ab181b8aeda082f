"""Headless Chromium for tests of the phone page: Debian's chromium driven by Playwright, with no network."""

from __future__ import annotations

import shutil

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]
#: A small phone held upright.
PHONE = {"width": 390, "height": 844}


def chromium_path() -> str:
    """The system's chromium; .ci/run installs it, so a missing one is an error, not a skip."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError("chromium is not installed: run 'apt-get install chromium' (see .ci/run)")

#: How long a phone-page test waits for what a person would see; a loaded two-core machine is slow.
WAIT_MS = 60_000


def phone_context(browser, locale: str = "nb-NO"):
    """A fresh phone: an empty profile at phone size, in ``locale``."""
    context = browser.new_context(viewport=PHONE, locale=locale, is_mobile=True, has_touch=True)
    context.set_default_timeout(WAIT_MS)
    return context
