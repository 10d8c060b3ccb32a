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
from monitor.store.tables import SourceState
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


def sign_in(page: Any, site: str) -> None:
    page.goto(f"{site}/login")
    page.fill("input[name=token]", TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/alerts")


def test_signed_in_once_a_person_acts_in_one_click(page: Any, site: str, seeded: Seeded) -> None:
    sign_in(page, site)
    # Bulk: tick two open alerts, acknowledge them, come back to the same filtered list.
    page.select_option("select[name=entity]", "CANG")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/alerts?*entity=CANG*")
    for name in ("sale", "drop"):
        page.check(f'input[name=alert_id][value="{seeded.alerts[name]}"]')
    page.get_by_role("button", name="Acknowledge selected").click()
    page.wait_for_url("**/alerts?*entity=CANG*")
    for name in ("sale", "drop"):
        row = page.locator(f'tr[data-alert-id="{seeded.alerts[name]}"]')
        assert "acknowledged" in row.inner_text()
    # Un-acknowledge from the alert's page: no token asked for again.
    page.goto(f"{site}/alerts/{seeded.alerts['drop']}")
    assert page.locator("input[name=token]").count() == 0
    page.get_by_role("button", name="Un-acknowledge").click()
    page.wait_for_url(f"**/alerts/{seeded.alerts['drop']}")
    assert page.get_by_role("button", name="Acknowledge").is_visible()
    # Silence this rule for this entity, one click.
    page.get_by_role("button", name="Silence btc-holdings-drop for CANG").click()
    page.wait_for_url(f"**/alerts/{seeded.alerts['drop']}?silenced=*")
    assert "btc-holdings-drop for CANG" in page.locator("p.notice").inner_text()
    # Redeliver the unsent delivery.
    page.get_by_role("button", name="Redeliver (1 unsent)").click()
    page.wait_for_url(f"**/alerts/{seeded.alerts['drop']}?requeued=1")
    assert "1 deliveries queued again" in page.locator("p.notice").inner_text()


def test_filters_search_and_the_events_page(page: Any, site: str, seeded: Seeded) -> None:
    page.goto(f"{site}/alerts")
    page.select_option("select[name=rule]", "debt-keywords")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/alerts?*rule=debt-keywords*")
    assert page.locator("table.alerts tbody tr").count() == 1
    page.goto(f"{site}/alerts")
    page.fill("input[name=q]", "HASHRATE LOAN")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/alerts?*q=HASHRATE*")
    rows = page.locator("table.alerts tbody tr")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-alert-id") == str(seeded.alerts["script"])
    assert page.locator('meta[http-equiv="refresh"]').get_attribute("content") == "60"
    page.get_by_role("link", name="Events").click()
    page.wait_for_url("**/events")
    page.select_option("select[name=kind]", "metric_observed")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*kind=metric_observed*")
    kinds = page.locator("table.events tbody tr td:nth-child(3)").all_inner_texts()
    assert kinds and set(kinds) == {"metric_observed"}


LONG_URL = "https://www.sec.gov/cgi-bin/browse-edgar?" + "&".join(
    f"action=getcurrent&type=6-K&company=&dateb=&owner=include&start={n}&count=40&output=atom"
    for n in range(4)
)


@pytest.mark.parametrize("path", ["/sources", "/alerts", "/events", "/entities/CANG"])
def test_pages_fit_1400_pixels_without_sideways_scroll(
    browser: Any, site: str, path: str, sessions: sessionmaker[Session]
) -> None:
    # Real errors quote long URLs with no space to break at.
    with sessions.begin() as session:
        state = session.get_one(SourceState, "cango-ir")
        state.last_error = f"HTTP 503 Service Unavailable from {LONG_URL}"
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{site}{path}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"


def test_the_sources_page_shows_each_error_once(page: Any, site: str) -> None:
    page.goto(f"{site}/sources")
    row = page.locator('tr[data-source="cango-ir"]').inner_text()
    assert row.count("HTTP 503 from https://ir.cangoonline.com/news-releases") == 1


def test_chart_markers_match_the_legend_and_price_alerts_stay_off_the_treasury_chart(
    page: Any, site: str
) -> None:
    page.goto(f"{site}/entities/CANG")
    treasury = page.locator('svg[data-chart="treasury"]')
    fills = treasury.locator("a.marker path").evaluate_all(
        "paths => paths.map(p => [p.dataset.severity, p.getAttribute('fill')])"
    )
    legend = treasury.locator("path.legend-marker").evaluate_all(
        "paths => paths.map(p => [p.dataset.severity, p.getAttribute('fill')])"
    )
    assert fills and {tuple(f) for f in fills} == {tuple(entry) for entry in legend}
    titles = treasury.locator("a.marker title").evaluate_all("ts => ts.map(t => t.textContent)")
    assert titles and not any("btc-above" in t for t in titles)


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
