"""Press-release pages, feeds and quotes end to end: real server, build_monitor, real DB.

Runs on SQLite and PostgreSQL. A restart is a new Monitor on the same database: nothing is
reported twice, validators survive (the listing answers 304), and a broken source is
recorded without stopping the others.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.app import Monitor
from monitor.clock import ManualClock
from monitor.model import Observation
from monitor.pipeline import PollReport
from monitor.store import events as event_store
from monitor.store import source_state, tables
from tests.helpers import monitor_from, write
from tests.servers import LocalServer, Reply
from tests.sources.harness import fixture

METRICS_ROW = "Total number of Bitcoins sold | 550.03 | -"
LISTING = "/news/cango-inc/"
NEW_CARD = b"""<div class="row newsCards"><a href="/news-releases/cango-inc-new-302699999.html">
  <h3><small>Feb 10, 2026, 16:30 ET</small> Cango Inc. Announces a New Thing</h3></a></div>"""


def serve(server: LocalServer, listing: bytes, etag: str) -> None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    server.routes[LISTING] = Reply(200, listing, {**html, "ETag": etag})
    for path, name in (
        ("/news-releases/cango-inc-completes-bitcoin-sale-to-strengthen-financial-position-"
         "and-advance-ai-transformation-302683001.html", "prn_release_sale.html"),
        ("/news-releases/cango-inc-announces-january-2026-bitcoin-production-and-mining-"
         "operations-update-302677210.html", "prn_release_jan2026.html"),
        ("/news-releases/cango-inc-new-302699999.html", "prn_release_sale.html"),
    ):  # fmt: skip
        server.routes[path] = Reply(200, fixture(name), html)
    server.routes["/rss/news-releases.xml"] = Reply(
        200, fixture("ir_atom.xml"), {"Content-Type": "application/atom+xml"}
    )
    server.routes["/v8/finance/chart/CANG"] = Reply(
        200, fixture("yahoo_cang.json"), {"Content-Type": "application/json"}
    )
    server.routes["/broken/"] = Reply(200, b"<html><body>Down for maintenance</body></html>", html)


def config(tmp_path: Path, db_url: str, server: str) -> Path:
    write(tmp_path / "rules" / "none.yaml", "rules: []\n")
    text = f"""\
database_url: "{db_url}"
rules: [rules]
sources:
  - id: cango-prn
    kind: html_page
    preset: prnewswire
    url: "{server}{LISTING}"
    entity: CANG
    freshness_hours: 336
  - id: cango-ir-feed
    kind: feed
    url: "{server}/rss/news-releases.xml"
    entity: CANG
  - id: cang-stock
    kind: stock_price
    ticker: CANG
    providers:
      - {{name: yahoo, url: "{server}/v8/finance/chart/{{symbol}}"}}
    unit_changes:
      - {{date: 2025-11-17, ratio: 0.5, note: "ADS→Class A shares, 2 shares per ADS"}}
  - id: broken-page
    kind: html_page
    url: "{server}/broken/"
    entity: CANG
"""
    return write(tmp_path / "monitor.yaml", text)


class Recorder:
    """Stands in for extraction: what reached it."""

    def __init__(self) -> None:
        self.seen: list[Observation] = []

    def __call__(self, observation: Observation) -> list[Observation]:
        self.seen.append(observation)
        return []


def by_source(reports: list[PollReport]) -> dict[str, PollReport]:
    return {report.source_id: report for report in reports}


def start(path: Path, clock: ManualClock, recorder: Recorder) -> Monitor:
    return monitor_from(path, clock, enrich=recorder)


@pytest.fixture
def tuesday_morning() -> ManualClock:
    """Tuesday 09:00 ET: before the open."""
    return ManualClock(datetime(2026, 2, 10, 14, 0, tzinfo=UTC))


def test_pages_feeds_and_quotes_survive_polls_and_restarts(
    tmp_path: Path, db_url: str, http_server: LocalServer, tuesday_morning: ManualClock
) -> None:
    serve(http_server, fixture("prn_cango.html"), '"v1"')
    path = config(tmp_path, db_url, http_server.url)
    recorder = Recorder()
    monitor = start(path, tuesday_morning, recorder)

    first = by_source(monitor.poll())
    assert len(first["cango-prn"].new_events) == 3
    assert len(first["cango-ir-feed"].new_events) == 2
    (quote,) = first["cang-stock"].new_events
    assert quote.payload["price"] == 1.17 and quote.payload["adjusted_price"] == 2.34
    assert quote.payload["unit_note"] == "ADS→Class A shares, 2 shares per ADS"
    assert "no items match" in (first["broken-page"].error or "")

    # The release page's table reached extraction and is stored content-addressed.
    with_documents = [obs for obs in recorder.seen if obs.document is not None]
    assert any(METRICS_ROW in obs.document.text for obs in with_documents)  # type: ignore[union-attr]
    with monitor.sessions.begin() as session:
        texts = [doc.text for doc in session.scalars(select(tables.Document))]
        assert sum(METRICS_ROW in text for text in texts) == 2  # PRN page and Atom content
        prn = event_store.list_events(session, event_store.EventFilter(source_id="cango-prn"))
        december = next(e for e in prn if "December 2025" in e.payload["title"])
        assert december.document_sha256 is None  # www.prnewswire.com is another host
        assert december.payload["document_problem"].startswith("not followed")
        state = source_state.load(session, "cango-prn")
        assert state.newest_item_at is not None
        broken = source_state.load(session, "broken-page")
        assert broken.consecutive_failures == 1 and "no items match" in broken.last_error
    monitor.close()

    # A restart: same database, new everything else.
    restarted = start(path, tuesday_morning, Recorder())
    again = by_source(restarted.poll())
    sources = ("cango-prn", "cango-ir-feed", "cang-stock")
    assert [len(again[source].new_events) for source in sources] == [0, 0, 0]
    listing_requests = http_server.received(LISTING)
    assert listing_requests[-1].headers.get("if-none-match") == '"v1"'  # answered 304
    release_requests = [r for r in http_server.requests if r.path.startswith("/news-releases/")]
    assert len(release_requests) == 2  # each release fetched once, ever

    serve(http_server, fixture("prn_cango.html").replace(b"<main", NEW_CARD + b"<main", 1), '"v2"')
    (new,) = by_source(restarted.poll(["cango-prn"]))["cango-prn"].new_events
    assert new.payload["title"] == "Cango Inc. Announces a New Thing"
    assert new.document_sha256 is not None
    restarted.close()
