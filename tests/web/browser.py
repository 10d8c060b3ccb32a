"""Debian's Chromium driven by the `playwright` package (its own browser downloads are never
used), shared by the end-to-end test and scripts/screenshots.py."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
APT_INSTALL = "apt-get install -y chromium"


def chromium_path() -> str | None:
    """The system Chromium ($CHROMIUM overrides), or None when it is not installed."""
    candidates = [os.environ.get("CHROMIUM", ""), *CHROMIUM_PATHS, shutil.which("chromium") or ""]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def launch(playwright: Any, executable: str) -> Any:
    return playwright.chromium.launch(executable_path=executable, args=ARGS, headless=True)
