"""The theses pages: the list in the nav, a thesis's scorecard with its latest evidence, what
changed since the last review, deadlines, the JSON twin, and the entity page's link."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Settings
from monitor.model import AlertDraft
from monitor.store import alerts as alert_store
from monitor.theses import reviews
from monitor.theses.loader import configured_theses
from monitor.theses.tracker import ThesisTracker
from tests.web.seed import NOW, SCRIPT, Seeded, at

DEBT_QUOTE = f"Total debt fell to US$300.0 million {SCRIPT}"


@pytest.fixture
def tracked(sessions: sessionmaker[Session], settings: Settings, seeded: Seeded) -> ThesisTracker:
    """The shipped Cango thesis judged over the seeded alerts plus a debt cut, then reviewed
    once before the debt cut arrived."""
    tracker = ThesisTracker(configured_theses(settings), [])
    with sessions.begin() as session:
        tracker.on_timer(session, at("2026-03-05T00:00"))
        reviews.review(session, tracker.theses[0], "BTC rebounded", at("2026-03-06T00:00"))
        draft = AlertDraft(
            rule_id="debt-falling",
            entity="CANG",
            dedup_key="debt-falling:CANG:2026-Q1",
            severity="info",
            title="CANG debt down 37.5% in 2026-Q1",
            body="",
            reason="debt_total_usd fell 37.5%",
            fired_at=at("2026-05-20T12:00"),
            evidence=[{"quote": DEBT_QUOTE, "url": "https://www.sec.gov/x.htm"}],
        )
        alert = alert_store.raise_alert(session, draft, (), draft.fired_at)
        assert alert is not None
        tracker.after_alerts(session, [alert], draft.fired_at)
        tracker.on_timer(session, NOW)
    return tracker


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_theses_page_is_in_the_nav_and_lists_the_cango_thesis(
    client: TestClient, tracked: ThesisTracker
) -> None:
    page = client.get("/alerts")
    assert '<a href="/theses">Theses</a>' in page.text
    listing = client.get("/theses")
    assert listing.status_code == 200
    text = _text(listing.text)
    assert "Cango's BTC sale funds deleveraging and an AI pivot cango-sale at risk" in text
    assert "1 at risk · 4 holding CANG 2026-03-06 00:00 UTC due" in text


def test_the_thesis_page_shows_scorecard_changes_since_review_and_deadlines(
    client: TestClient, tracked: ThesisTracker
) -> None:
    page = client.get("/theses/cango-sale")
    assert page.status_code == 200
    text = _text(page.text)
    assert "Cango's sale of 4,451 BTC" in text  # the statement
    # The scorecard: the pillar the BTC rebound weakens, its condition and its evidence.
    assert (
        "Opportunity cost Selling at about $68,524 looks early if bitcoin trades back above it. "
        "at risk the latest evidence weakens it: opportunity-cost/btc-above-sale-price"
    ) in text
    debt_row = "debt-falling Total debt down at least 10% quarter over quarter. · rule debt-falling"
    assert f"{debt_row} confirms met" in text
    assert "CANG debt down 37.5% in 2026-Q1" in text
    # Scraped text in a quote is shown, never run.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and SCRIPT not in page.text
    # Since the review on 6 March: only the debt cut, which moved nothing above it.
    since = text.split("Since the last review", 1)[1].split("Upcoming deadlines", 1)[0]
    assert "Since 2026-03-06 00:00" in since
    assert "strengthens deleveraging/debt-falling: CANG debt down 37.5% in 2026-Q1" in since
    assert "BTC-USD crossed above" not in since
    deadlines = text.split("Upcoming deadlines", 1)[1].split("Evidence log", 1)[0]
    assert "2026-12-31 · ai-pivot/build-out-milestone (pending, 224 days left)" in deadlines
    assert "2026-03-06 00:00 UTC · review: BTC rebounded" in text


def test_the_thesis_json_is_the_cli_s_json(client: TestClient, tracked: ThesisTracker) -> None:
    detail = client.get("/api/theses/cango-sale").json()
    assert detail["state"] == "at_risk"
    pillars = {p["id"]: p["state"] for p in detail["scorecard"]}
    assert pillars == {
        "deleveraging": "holding",
        "ai-pivot": "holding",
        "treasury": "holding",
        "opportunity-cost": "at_risk",
        "invalidation": "holding",
    }
    onchain = detail["scorecard"][2]["conditions"][1]
    assert (onchain["id"], onchain["state"]) == ("sale-on-chain", "unverifiable")
    assert [t["id"] for t in client.get("/api/theses").json()] == ["cango-sale"]
    assert client.get("/api/theses/nope").status_code == 404


def test_the_entity_page_links_the_theses_naming_it(
    client: TestClient, tracked: ThesisTracker
) -> None:
    for entity in ("CANG", "BTC-USD"):  # BTC-USD: a condition of the thesis watches it
        page = client.get(f"/entities/{entity}")
        assert '<a href="/theses/cango-sale">' in page.text, entity
    assert client.get("/theses/nope", headers={"accept": "text/html"}).status_code == 404


def test_an_alert_a_thesis_uses_links_to_it(
    client: TestClient, tracked: ThesisTracker, seeded: Seeded
) -> None:
    used = client.get("/api/theses/cango-sale").json()["evidence"]
    alert_id = next(e["alert_id"] for e in used if e["condition"] == "btc-above-sale-price")
    page = client.get(f"/alerts/{alert_id}")
    assert '<a href="/theses/cango-sale">thesis cango-sale</a>' in page.text
    unused = client.get(f"/alerts/{seeded.alerts['script']}")
    assert "thesis cango-sale" not in unused.text
