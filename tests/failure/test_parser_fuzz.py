"""Every parser fed what real servers send on a bad day (hypothesis): good payloads with parts
replaced by the wrong type or deleted, cut off, spliced with noise, re-encoded (UTF-16,
Latin-1), nested thousands deep, empty, or megabytes long. Each source's poll must answer
with observations or a SourceError — never another exception — and the pipeline must record
that error on the source and go on with the others.

tests/sources/test_robustness.py and tests/failure/test_bad_input.py cover the listing, feed
and crypto parsers from other angles; this file drives every source kind through its poll.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.extract import extract
from monitor.http import FetchResult
from monitor.ratelimit import HostLimiter
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, Source
from monitor.sources.edgar.companyfacts import parse_company_facts
from monitor.sources.edgar.exhibits import index_filenames, index_headers
from monitor.sources.edgar.feed import parse_feed as parse_edgar_feed
from monitor.sources.edgar.submissions import parse_submissions
from monitor.store import source_state
from monitor.textify import html_to_text
from tests.edgar.support import FACTS, FEED, SUBMISSIONS, read
from tests.helpers import monitor_from, write
from tests.servers import LocalServer, Reply
from tests.sources.harness import fixture

# Monday 10:00 in New York: the stock market is open, so stock_price always fetches.
NOW = datetime(2026, 2, 9, 15, 0, tzinfo=UTC)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
INDEX = "Archives/edgar/data/1725123/000110465926010001/index.json"
EXHIBIT = "Archives/edgar/data/1725123/000110465926010001/tm265001d1_ex99-1.htm"

# --- bodies -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            found += _paths(child, (*prefix, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any, delete: bool) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    head, rest = path[0], path[1:]
    if delete and not rest:
        del copy[head]
    else:
        copy[head] = _replace(copy[head], rest, new, delete)
    return copy


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    """`base` with one to three of its parts replaced by any JSON value, or deleted."""
    value = base
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(value)
        path = draw(st.sampled_from(paths))
        delete = bool(path) and draw(st.booleans())
        value = _replace(value, path, draw(json_values), delete)
    return value


def _spliced(good: bytes) -> st.SearchStrategy[bytes]:
    return st.builds(
        lambda cut, noise, keep: good[:cut] + noise + (good[cut:] if keep else b""),
        st.integers(0, len(good)),
        st.binary(max_size=40),
        st.booleans(),
    )


def _reencoded(good: bytes) -> st.SearchStrategy[bytes]:
    text = good.decode("utf-8", errors="replace") + " café – ü"
    return st.sampled_from(
        [
            text.encode("utf-16"),
            text.encode("latin-1", errors="replace"),
            b"\xff\xfe\x00\x00" + good,
            good.replace(b"a", b"\xe9\xff", 5),
        ]
    )


def bodies(good: bytes, *, json_base: Any = None, markup: bool = False) -> st.SearchStrategy[bytes]:
    """What a server might send instead of `good`."""
    nasty = [
        b"",
        b" \r\n",
        b"null",
        b"[]",
        b"{}",
        b'"a string"',
        b"[" * 50_000 + b"]" * 50_000,  # deeper than any parser's recursion
        b"<div>" * 20_000,
        good * max(1, 3_000_000 // max(1, len(good))),  # megabytes of the real thing
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>"
        b"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;'>"
        b"<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>]><feed><entry>&d;&d;&d;</entry></feed>",
        b"<html><head><meta charset='x-no-such-charset'></head><body><article><h3><a href='/1'>"
        b"T</a></h3></article></body></html>",
    ]
    options = [
        st.sampled_from(nasty),
        st.binary(max_size=300),
        _spliced(good),
        _reencoded(good),
        json_values.map(lambda v: json.dumps(v).encode()),
    ]
    if json_base is not None:
        options.append(mutated(json_base).map(lambda v: json.dumps(v).encode()))
    if markup:
        options.append(
            st.text(alphabet="<>/=\"' abcdehilprt&;#x0123", max_size=300).map(str.encode)
        )
    return st.one_of(options)


# --- polling a source directly ------------------------------------------------------------


class FakeFetcher:
    """Answers every GET with the body chosen for its URL (no network, no limiter waits)."""

    def __init__(self, answer: Callable[[str], bytes], content_type: str) -> None:
        self.answer = answer
        self.content_type = content_type
        self.user_agent = "Fuzz tests fuzz@example.com"
        self.limiter = HostLimiter(1000, sleep=lambda _seconds: None)
        self.stopping = False  # as HttpFetcher's: the monitor is not stopping

    def get(self, url: str, **_kwargs: Any) -> FetchResult:
        headers = {"content-type": self.content_type}
        return FetchResult(url, 200, self.answer(url), NOW, 1.0, headers)


def source_of(config: dict[str, Any]) -> Source:
    kind = SOURCES.get(config["kind"])
    return kind(kind.Config.model_validate(config))


def poll_with(
    config: dict[str, Any], answer: Callable[[str], bytes], content_type: str, **cursor: Any
) -> None:
    """Observations or a SourceError; any other exception fails the test."""
    source = source_of(config)
    ctx = PollContext(
        FakeFetcher(answer, content_type),  # type: ignore[arg-type]
        ManualClock(NOW),
        dict(cursor),
        {},
        lambda _fingerprints: set(),
    )
    try:
        result = source.poll(ctx)
    except SourceError as exc:
        assert str(exc)  # a SourceError says what went wrong
        return
    for observation in result.observations:
        assert observation.fingerprint and observation.entity
    json.dumps(result.cursor)  # the cursor must be storable as JSON


COINBASE = {"data": {"amount": "67000.00", "base": "BTC", "currency": "USD"}}
CRYPTO = {
    "coinbase": COINBASE,
    "kraken": {"error": [], "result": {"XXBTZUSD": {"c": ["67000.1", "0.01"]}}},
    "bitstamp": {"last": "67000.00", "timestamp": "1770647400"},
    "coingecko": {"bitcoin": {"usd": 67000}},
}


@pytest.mark.parametrize("provider", sorted(CRYPTO))
def test_crypto_spot_providers(provider: str) -> None:
    good = json.dumps(CRYPTO[provider]).encode()

    @FUZZ
    @given(body=bodies(good, json_base=CRYPTO[provider]))
    def check(body: bytes) -> None:
        config = {
            "id": "btc",
            "kind": "crypto_spot",
            "providers": [{"name": provider, "url": "https://prices.example/q"}],
        }
        poll_with(config, lambda _url: body, "application/json")

    check()


YAHOO = json.loads(fixture("yahoo_cang.json"))
STOOQ = (
    b"Symbol,Date,Time,Open,High,Low,Close,Volume\r\nCANG.US,2026-02-09,22:00:11,1,1,1,1.17,9\r\n"
)


@pytest.mark.parametrize("provider", ["yahoo", "stooq"])
def test_stock_price_providers(provider: str) -> None:
    good = json.dumps(YAHOO).encode() if provider == "yahoo" else STOOQ
    strategy = bodies(good, json_base=YAHOO if provider == "yahoo" else None)

    @FUZZ
    @given(body=strategy)
    def check(body: bytes) -> None:
        config = {
            "id": "cang",
            "kind": "stock_price",
            "ticker": "CANG",
            "providers": [{"name": provider}],
        }
        poll_with(config, lambda _url: body, "application/json")

    check()


EDGAR = {"data_url": "https://data.sec.example", "archives_url": "https://www.sec.example/Archives"}
SUBMISSIONS_JSON = json.loads(read(SUBMISSIONS))
INDEX_JSON = json.loads(read(INDEX))
FILINGS = {
    "id": "cang",
    "kind": "edgar_filings",
    "cik": 1725123,
    "ticker": "CANG",
    "forms": ["6-K"],
    "lookback_days": 60,
    **EDGAR,
}


@FUZZ
@given(body=bodies(read(SUBMISSIONS), json_base=SUBMISSIONS_JSON))
def test_edgar_filings_with_a_bad_submissions_document(body: bytes) -> None:

    def answer(url: str) -> bytes:
        return (
            body
            if "/submissions/" in url
            else read(INDEX)
            if url.endswith("index.json")
            else b"<p>x</p>"
        )

    poll_with(FILINGS, answer, "application/json")


@FUZZ
@given(index=bodies(read(INDEX), json_base=INDEX_JSON), exhibit=bodies(read(EXHIBIT), markup=True))
def test_edgar_filings_with_a_bad_filing_index_or_exhibit(index: bytes, exhibit: bytes) -> None:

    def answer(url: str) -> bytes:
        if "/submissions/" in url:
            return read(SUBMISSIONS)
        return index if url.endswith("index.json") else exhibit

    poll_with(FILINGS, answer, "text/html")


@FUZZ
@given(body=bodies(read(FACTS), json_base=json.loads(read(FACTS))))
def test_edgar_facts_with_a_bad_companyfacts_document(body: bytes) -> None:
    config = {
        "id": "cang-facts",
        "kind": "edgar_facts",
        "cik": 1725123,
        "ticker": "CANG",
        "data_url": EDGAR["data_url"],
    }
    poll_with(config, lambda _url: body, "application/json")


@FUZZ
@given(body=bodies(read(FEED), markup=True))
def test_edgar_atom_with_a_bad_feed(body: bytes) -> None:
    config = {
        "id": "latest",
        "kind": "edgar_atom",
        "companies": [{"cik": 1725123}],
        "browse_url": "https://www.sec.example/cgi-bin/browse-edgar",
        **EDGAR,
    }

    def answer(url: str) -> bytes:
        if "browse-edgar" in url:
            return body
        if "/submissions/" in url:
            return read(SUBMISSIONS)
        return read(INDEX) if url.endswith("index.json") else read(EXHIBIT)

    poll_with(config, answer, "application/atom+xml")


@FUZZ
@given(
    page=bodies(fixture("ir_newsroom.html"), markup=True), release=bodies(b"<p>x</p>", markup=True)
)
def test_html_page_with_a_bad_listing_or_release(page: bytes, release: bytes) -> None:
    config = {
        "id": "news",
        "kind": "html_page",
        "entity": "CANG",
        "url": "https://www.cangoonline.com/news/",
    }
    poll_with(config, lambda url: page if url.endswith("/news/") else release, "text/html")


@pytest.mark.parametrize("name", ["gnw_riot.xml", "ir_atom.xml"])
def test_feeds_with_a_bad_body(name: str) -> None:
    @FUZZ
    @given(feed=bodies(fixture(name), markup=True), article=bodies(b"<p>x</p>", markup=True))
    def check(feed: bytes, article: bytes) -> None:
        config = {
            "id": "wire",
            "kind": "feed",
            "entity": "RIOT",
            "fetch_article": "always",
            "url": "https://www.globenewswire.com/rss/x",
            "allowed_hosts": ["*"],
        }
        poll_with(config, lambda url: feed if url.endswith("/rss/x") else article, "text/xml")

    check()


# --- the parsers on their own, with arbitrary (already decoded) JSON ------------------------


@FUZZ
@given(data=json_values | mutated(SUBMISSIONS_JSON))
def test_parse_submissions_fails_only_with_source_error(data: Any) -> None:
    with contextlib.suppress(SourceError):
        parse_submissions(data)


@FUZZ
@given(data=json_values | mutated(json.loads(read(FACTS))))
def test_parse_company_facts_fails_only_with_source_error(data: Any) -> None:
    with contextlib.suppress(SourceError):
        parse_company_facts(data, ["Bitcoin", "LongTermDebt"], ["us-gaap", "ifrs-full"])


@FUZZ
@given(data=json_values | mutated(INDEX_JSON))
def test_index_filenames_fail_only_with_source_error(data: Any) -> None:
    try:
        listed = index_filenames(data)
    except SourceError:
        return
    assert all(isinstance(file.name, str) and file.doc_type is None for file in listed)


@FUZZ
@given(page=st.text())
def test_index_headers_never_raise_and_list_only_stated_documents(page: str) -> None:
    for file in index_headers(page):
        assert file.name and file.doc_type and "\n" not in file.name


@FUZZ
@given(body=bodies(read(FEED), markup=True))
def test_the_edgar_feed_parser_fails_only_with_source_error(body: bytes) -> None:
    with contextlib.suppress(SourceError):
        parse_edgar_feed(body)


WORDS = [
    "sold ",
    "4,451 ",
    "bitcoin ",
    "BTC ",
    "US$",
    "305 ",
    "million ",
    "in ",
    "January ",
    "2026",
    ". ",
    "total debt ",
    "of ",
    "$1.2 billion ",
    "capex ",
    "| ",
    "\n",
    "(",
    ")",
]
TEXTS = st.one_of(
    st.text(max_size=400),
    st.binary(max_size=400),
    bodies(read(EXHIBIT), markup=True),
    st.lists(st.sampled_from(WORDS), max_size=60).map("".join),
)


@FUZZ
@given(document=TEXTS, content_type=st.sampled_from(["text/html", "text/plain"]))
def test_text_and_extraction_never_crash(document: str | bytes, content_type: str) -> None:
    text = html_to_text(document)
    assert isinstance(text, str)
    for found in extract(document, content_type=content_type):
        assert found.metric and found.value is not None


# --- through the pipeline: the error is recorded on the source, the others go on ----------

JSON = {"Content-Type": "application/json"}
BAD = {
    "/prices": Reply(200, b'{"data": {"amount": ["67000"]}}', JSON),
    "/yahoo": Reply(200, b"\xff\xfe<html>", {"Content-Type": "text/html"}),
    "/news": Reply(200, b"<html><body>Access denied</body></html>", {"Content-Type": "text/html"}),
    "/rss": Reply(200, b"<rss><channel><item><title>cut", {"Content-Type": "text/xml"}),
    "/submissions/CIK0001725123.json": Reply(200, b"[" * 50_000, JSON),
    "/api/xbrl/companyfacts/CIK0001725123.json": Reply(200, b'{"facts": []}', JSON),
    "/ok": Reply(200, json.dumps(COINBASE).encode(), JSON),
}

PIPELINE_SOURCES = """\
sources:
  - {{id: crypto, kind: crypto_spot, providers: [{{name: coinbase, url: "{url}/prices"}}]}}
  - {{id: stock, kind: stock_price, ticker: CANG, poll_when_closed: true,
      providers: [{{name: yahoo, url: "{url}/yahoo"}}]}}
  - {{id: page, kind: html_page, entity: CANG, url: "{url}/news"}}
  - {{id: wire, kind: feed, entity: CANG, url: "{url}/rss"}}
  - {{id: filings, kind: edgar_filings, cik: 1725123, data_url: "{url}", archives_url: "{url}"}}
  - {{id: facts, kind: edgar_facts, cik: 1725123, data_url: "{url}"}}
  - {{id: fine, kind: crypto_spot, providers: [{{name: coinbase, url: "{url}/ok"}}]}}
"""


def test_each_bad_body_is_a_source_error_recorded_on_its_source(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.routes.update(BAD)
    write(tmp_path / "rules" / "none.yaml", "rules: []\n")
    config = write(
        tmp_path / "monitor.yaml",
        f'database_url: "{db_url}"\nrules: [rules]\n'
        'http: {user_agent: "Fuzz tests fuzz@example.com", max_retries: 0}\n'
        + PIPELINE_SOURCES.format(url=http_server.url),
    )
    monitor = monitor_from(config, clock)
    reports = {r.source_id: r for r in monitor.poll()}
    with monitor.sessions() as session:
        states = source_state.all_states(session)
    bad = ["crypto", "stock", "page", "wire", "filings", "facts"]
    for source_id in bad:
        error = reports[source_id].error
        assert error, source_id
        # A SourceError's own message: not an exception class name from deep in a parser.
        assert not error.startswith(
            (
                "RecursionError",
                "TypeError",
                "KeyError",
                "ValueError",
                "AttributeError",
                "IndexError",
            )
        ), error
        assert states[source_id].last_error == error
        assert states[source_id].consecutive_failures == 1
    assert reports["fine"].error is None and len(reports["fine"].new_events) == 1
    monitor.close()
