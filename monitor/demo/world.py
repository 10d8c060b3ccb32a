"""The demo's world: every endpoint's answer at the current simulated moment.

One World answers for SEC (submissions, companyfacts, filing archives), PR Newswire (the
organisation page and release pages), Coinbase (BTC-USD spot) and Yahoo (the CANG chart),
at the paths those services use. Each polled endpoint belongs to a *feed* with a version
that changes exactly when its content does; the driver uses versions to know which
sources must look again before the clock moves on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.demo import chain, documents, edgar, markets
from monitor.demo.scenario import CIK, RELEASES, TICKER, Release

SUBMISSIONS = "edgar-submissions"
FACTS = "edgar-facts"
PRN = "prnewswire"
BTC = "coinbase"
CANG = "yahoo"
CHAIN = chain.CHAIN
FEEDS = (SUBMISSIONS, FACTS, PRN, BTC, CANG, CHAIN)

SUBMISSIONS_PATH = f"/submissions/CIK{CIK:010d}.json"
FACTS_PATH = f"/api/xbrl/companyfacts/CIK{CIK:010d}.json"
PRN_LISTING_PATH = "/news/cango-inc/"
COINBASE_PATH = "/v2/prices/BTC-USD/spot"
YAHOO_PATH = f"/v8/finance/chart/{TICKER}"
JSON = "application/json"
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str
    feed: str | None = None  # the polled feed this answers, for the driver's bookkeeping
    etag: str | None = None


NOT_FOUND = Response(404, b"Not Found", "text/plain")


class World:
    """Renders each path as of a given moment."""

    def __init__(self) -> None:
        self._feeds: dict[str, tuple[str, Callable[[datetime], Any]]] = {
            SUBMISSIONS_PATH: (SUBMISSIONS, edgar.submissions),
            FACTS_PATH: (FACTS, edgar.company_facts),
            COINBASE_PATH: (BTC, markets.coinbase_spot),
            YAHOO_PATH: (CANG, markets.yahoo_chart),
        }

    def respond(self, path: str, now: datetime) -> Response:
        """The answer for a GET of `path` at `now` (query strings are ignored: no page of
        the demo depends on one)."""
        path = path.split("?", 1)[0]
        if path in self._feeds:
            feed, render = self._feeds[path]
            return self._json(feed, render(now), now)
        if path == PRN_LISTING_PATH:
            page = documents.prn_listing(public_releases(now))
            return Response(200, page.encode(), HTML, PRN, self._etag(PRN, now))
        if path.startswith(edgar.ARCHIVE_DIR + "/"):
            return self._archive(path, now)
        if path.startswith("/news-releases/"):
            return self._release(path, now)
        if path.startswith(chain.API + "/"):
            return self._chain(path, now)
        return NOT_FOUND

    def version(self, feed: str, now: datetime) -> Hashable:
        """Changes exactly when the feed's content does."""
        if feed == SUBMISSIONS:
            return len(edgar.public_filings(now))
        if feed == FACTS:
            return sum(1 for filing in edgar.public_filings(now) if filing.xbrl)
        if feed == PRN:
            return len(public_releases(now))
        if feed == BTC:
            return markets.btc_usd(now)
        if feed == CANG:
            quote = markets.cang_quote(now)
            return quote.price, quote.market_time
        if feed == CHAIN:
            return chain.version(now)
        raise KeyError(feed)

    def _json(self, feed: str, data: Any, now: datetime) -> Response:
        etag = self._etag(feed, now) if feed in (SUBMISSIONS, FACTS) else None
        return Response(200, json.dumps(data, indent=1).encode(), JSON, feed, etag)

    def _etag(self, feed: str, now: datetime) -> str:
        digest = hashlib.sha256(f"{feed}:{self.version(feed, now)}".encode()).hexdigest()
        return f'"{digest[:20]}"'

    def _archive(self, path: str, now: datetime) -> Response:
        found = edgar.filing_at(path, now)
        if found is None:
            return NOT_FOUND
        filing, name = found
        if name == "index.json":
            return Response(200, json.dumps(edgar.directory_listing(filing)).encode(), JSON)
        if name == f"{filing.accession}-index-headers.html":
            return Response(200, edgar.index_headers(filing).encode(), HTML)
        html = edgar.document(filing, name)
        return NOT_FOUND if html is None else Response(200, html.encode(), HTML)

    def _chain(self, path: str, now: datetime) -> Response:
        status, data = chain.respond(path, now)
        body, content_type = chain.body(data)
        # A poll asks many paths; its first, the tip, is the one the driver counts.
        feed = CHAIN if path == chain.TIP_HASH_PATH else None
        return Response(status, body, content_type, feed)

    def _release(self, path: str, now: datetime) -> Response:
        for item in public_releases(now):
            if item.prn_path == path:
                return Response(200, documents.prn_release(item).encode(), HTML)
        return NOT_FOUND


def public_releases(now: datetime) -> list[Release]:
    """Releases on the wire by `now`."""
    return [r for r in RELEASES if r.prn_id is not None and r.published <= now]
