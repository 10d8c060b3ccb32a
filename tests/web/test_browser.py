"""End to end in a real headless browser: Debian's Chromium (apt-get install -y chromium),
driven by the `playwright` package with its own browser downloads never used. The app runs
under uvicorn on 127.0.0.1 in a thread, over a seeded SQLite database.

Skips only when Chromium or playwright is missing outside CI; with $CI set, that fails."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.config import Settings
from monitor.web.app import create_app
from monitor.web.server import serve_in_thread
from monitor.web.settings import WebSettings
from tests.web.browser import APT_INSTALL, chromium_path, launch
from tests.web.conftest import TOKEN, TOKEN_ENV
from tests.web.seed import NOW, SALE_QUOTE, SALE_URL, SCRIPT, Seeded

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _missing(what: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI must install it)")
    pytest.skip(what)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        _missing(f"Chromium is not installed: {APT_INSTALL}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        chromium = launch(playwright, executable)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def site(
    sessions: sessionmaker[Session],
    settings: Settings,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    app = create_app(sessions, settings, ManualClock(NOW), web=WebSettings(token_env=TOKEN_ENV))
    handle = serve_in_thread(app, "127.0.0.1", 0)
    yield handle.url
    handle.stop()


def test_a_person_reviews_the_alert_history(page: Any, site: str, seeded: Seeded) -> None:
    page.goto(f"{site}/alerts")
    assert page.title() == "Alerts · Signal Monitor"
    rows = page.locator("table.alerts tbody tr")
    assert rows.count() == 6
    assert "Cango's total debt fell to US$300 million" in rows.nth(0).inner_text()
    assert "Cango sold 4,451 BTC in 2026-02" in rows.nth(5).inner_text()

    page.select_option("select[name=severity]", "critical")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/alerts?*severity=critical*")
    assert rows.count() == 1

    page.get_by_role("link", name="Cango sold 4,451 BTC in 2026-02").click()
    page.wait_for_url(f"**/alerts/{seeded.alerts['sale']}")
    assert page.locator("h1").inner_text() == "Cango sold 4,451 BTC in 2026-02"
    reason = page.locator("p.reason").inner_text()
    assert reason == "btc_sold for 2026-02 is 4,451, above the threshold of 1,000"
    assert page.locator("blockquote.quote").first.inner_text() == SALE_QUOTE
    link = page.get_by_role("link", name="source document").first
    assert link.get_attribute("href") == SALE_URL
    webhook = page.locator('div.delivery[data-channel="analyst-webhook"]')
    log = webhook.locator("table.attempts tbody tr")
    assert log.count() == 2
    assert "retry" in log.nth(0).inner_text() and "HTTP 503" in log.nth(0).inner_text()
    assert "sent" in log.nth(1).inner_text()


def test_scraped_script_is_shown_not_run(page: Any, site: str, seeded: Seeded) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{site}/alerts/{seeded.alerts['script']}")
    assert SCRIPT in page.locator("blockquote.quote").inner_text()
    assert "Cango <b>repays</b> part" in page.locator("table.values").inner_text()
    page.goto(f"{site}/entities/CANG")
    assert dialogs == []


def test_the_entity_page_draws_its_charts(page: Any, site: str) -> None:
    page.goto(f"{site}/entities/CANG")
    treasury = page.locator('svg[data-chart="treasury"]')
    assert treasury.is_visible()
    box = treasury.bounding_box()
    assert box["width"] > 600 and box["height"] > 200
    assert treasury.locator("rect.bar").count() == 7  # 5 months held, 2 months sold
    assert treasury.locator("polyline.line").count() == 1  # BTC-USD
    assert page.locator('svg[data-chart="debt"] rect.bar').count() == 3
    markers = treasury.locator("a.marker")
    assert markers.count() >= 2
    markers.first.click()
    page.wait_for_url("**/alerts/*")
    assert page.locator("h1.alert-title").is_visible()


def test_a_person_signs_in_and_acknowledges(page: Any, site: str, seeded: Seeded) -> None:
    page.goto(f"{site}/login")
    page.fill("input[name=token]", TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/alerts")
    assert page.get_by_role("button", name="Sign out").is_visible()
    page.goto(f"{site}/alerts/{seeded.alerts['drop']}")
    page.get_by_role("button", name="Acknowledge").click()
    page.wait_for_url(f"**/alerts/{seeded.alerts['drop']}")
    assert "Acknowledged 2026-05-21 09:00 UTC." in page.locator("main").inner_text()


def test_a_person_follows_a_thesis_from_the_nav_to_its_scorecard(page: Any, site: str) -> None:
    page.goto(f"{site}/alerts")
    page.get_by_role("link", name="Theses", exact=True).click()
    page.wait_for_url("**/theses")
    page.get_by_role("link", name="Cango's BTC sale funds deleveraging and an AI pivot").click()
    page.wait_for_url("**/theses/cango-sale")
    assert page.locator("h1").inner_text() == (
        "Cango's BTC sale funds deleveraging and an AI pivot at risk"
    )
    pillars = page.locator("table.scorecard tr.pillar-row")
    assert pillars.count() == 5
    opportunity = page.locator("#pillar-opportunity-cost")
    assert "at risk" in opportunity.locator("tr.pillar-row").inner_text()
    crossed = opportunity.locator("#condition-opportunity-cost-btc-above-sale-price")
    assert "met" in crossed.inner_text()
    crossed.get_by_role("link", name="BTC-USD crossed above 68,524 (Cango's sale price)").click()
    page.wait_for_url("**/alerts/*")
    assert page.locator("h1").inner_text() == "BTC-USD crossed above 68,524 (Cango's sale price)"
    page.goto(f"{site}/entities/CANG")
    page.get_by_role("link", name="Cango's BTC sale funds deleveraging and an AI pivot").click()
    page.wait_for_url("**/theses/cango-sale")
