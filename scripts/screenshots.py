"""Save screenshots of the main pages for the README: docs/alerts.png, docs/alert.png,
docs/entity.png, docs/sources.png, signed in (so the page shows what can be done). Seeds a
scratch SQLite database with the Cango test data, serves the app on 127.0.0.1 and
photographs it with Debian's headless Chromium (apt-get install -y chromium; pip install
playwright — its own browser download is never used).

    python scripts/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from monitor.clock import ManualClock  # noqa: E402
from monitor.store.db import make_engine, session_factory, upgrade  # noqa: E402
from monitor.web.app import create_app  # noqa: E402
from monitor.web.server import serve_in_thread  # noqa: E402
from monitor.web.settings import WebSettings  # noqa: E402
from tests.web.browser import chromium_path, launch  # noqa: E402
from tests.web.seed import NOW, seed, web_settings_file  # noqa: E402

VIEWPORT = {"width": 1280, "height": 900}
TOKEN_ENV = "SCREENSHOTS_WEB_TOKEN"
TOKEN = secrets.token_urlsafe(16)  # a throwaway for this run's scratch server
MAX_HEIGHT = 2200  # the entity page goes on with its event log; the charts are the point


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    executable = chromium_path()
    if executable is None:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'monitor.db'}"
        engine = make_engine(url)
        upgrade(engine)
        sessions = session_factory(engine)
        seeded = seed(sessions)
        settings = web_settings_file(Path(scratch), url)
        os.environ[TOKEN_ENV] = TOKEN
        web = WebSettings(token_env=TOKEN_ENV)
        app = create_app(sessions, settings, ManualClock(NOW), web=web)
        server = serve_in_thread(app, "127.0.0.1", 0)
        try:
            pages = {
                "alerts.png": "/alerts",
                "alert.png": f"/alerts/{seeded.alerts['sale']}",
                "entity.png": "/entities/CANG",
                "sources.png": "/sources",
            }
            shoot(executable, server.url, pages, args.out)
        finally:
            server.stop()
            engine.dispose()
    return 0


def shoot(executable: str, base: str, pages: dict[str, str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright, executable)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(base + "/login")
        page.fill("input[name=token]", TOKEN)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/alerts")
        for name, path in pages.items():
            page.goto(base + path)
            height = min(MAX_HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
            clip = {"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height}
            page.screenshot(path=str(out / name), full_page=True, clip=clip)
            print(f"saved {out / name}")
        browser.close()


if __name__ == "__main__":
    raise SystemExit(main())
