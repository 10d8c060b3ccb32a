"""edgar_atom: the latest-filings feed, filtered to watched companies, harvested like
edgar_filings and with the same fingerprints."""

from __future__ import annotations

from typing import Any

import pytest
import responses

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.sources.base import PollResult
from monitor.sources.edgar.atom import EdgarAtomConfig, EdgarAtomSource
from monitor.sources.edgar.feed import parse_feed
from monitor.sources.edgar.filings import EdgarFilingsConfig, EdgarFilingsSource
from tests.edgar.support import (
    DATA,
    FEED,
    SALE,
    SIX_K_FILINGS,
    SUBMISSIONS,
    WWW,
    FakeStore,
    at,
    context,
    mock_sec,
    read,
    sec_fetcher,
    submissions_without,
)

FEED_URL = f"{WWW}/cgi-bin/browse-edgar"


def test_feed_entries() -> None:
    entries = {(e.accession, e.cik): e for e in parse_feed(read(FEED))}
    assert len(entries) == 5  # the 13G/A appears for its subject and for its filer
    sale = entries[(SALE, 1725123)]
    assert (sale.form, sale.company, sale.role) == ("6-K", "Cango Inc.", "Filer")
    assert sale.updated == at("2026-02-09T12:01:12")  # the feed's offset is honest
    subject = entries[("0001213900-26-012345", 1725123)]
    assert (subject.form, subject.role) == ("SCHEDULE 13G/A", "Subject")
    assert entries[("0001213900-26-012345", 1839608)].role == "Filed by"


@pytest.mark.parametrize(
    "body",
    [
        b"<feed><entry>",
        b"<html><body>Not a feed</body></html>",
        # found by the fuzz test: a declaration naming an encoding Python does not know
        b'<?xml version="1.0" encoding="I-SO-8859-1" ?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>',
    ],
    ids=["broken", "html", "unknown-encoding"],
)
def test_a_broken_feed_is_a_source_error(body: bytes) -> None:
    with pytest.raises(SourceError, match="Atom feed"):
        parse_feed(body)


def atom(**options: Any) -> EdgarAtomSource:
    config = {
        "id": "miners",
        "kind": "edgar_atom",
        "companies": [{"cik": 1725123, "ticker": "CANG"}, {"cik": 1839826, "ticker": "BTDR"}],
        "forms": ["6-K", "8-K", "10-Q", "10-K", "20-F"],
        **options,
    }
    return EdgarAtomSource(EdgarAtomConfig.model_validate(config))


def filings() -> EdgarFilingsSource:
    config = {
        "id": "cango",
        "kind": "edgar_filings",
        "cik": 1725123,
        "ticker": "CANG",
        "forms": ["6-K"],
        "lookback_days": 120,
    }
    return EdgarFilingsSource(EdgarFilingsConfig.model_validate(config))


def poll(src: Any, fetcher: Any, clock: ManualClock, store: FakeStore) -> PollResult:
    src.setup(fetcher)
    result: PollResult = src.poll(context(fetcher, clock, store))
    store.keep(result.observations)
    return result


@responses.activate
def test_one_feed_request_then_only_the_watched_company_with_news(clock: ManualClock) -> None:
    mock_sec(responses.mock)
    responses.get(FEED_URL, body=read(FEED), content_type="application/atom+xml")
    fetcher, store = sec_fetcher(clock), FakeStore()
    result = poll(atom(), fetcher, clock, store)
    published = [o for o in result.observations if o.kind == "filing_published"]
    assert [o.subject for o in published] == [SALE]  # 13G/A: not a watched form family
    assert result.newest_item_at == at("2026-02-09T12:01:12")
    # One feed request, Cango's submissions, and the new filing's directory; nothing for BTDR.
    assert [c.request.url.split("?")[0] for c in responses.calls] == [
        FEED_URL,
        f"{DATA}/{SUBMISSIONS}",
        *[
            f"{WWW}/Archives/edgar/data/1725123/000110465926010001/{n}"
            for n in (f"{SALE}-index-headers.html", "tm265001d1_6k.htm", "tm265001d1_ex99-1.htm")
        ],
    ]
    query = responses.calls[0].request.url.split("?")[1]
    assert "action=getcurrent" in query and "count=100" in query and "output=atom" in query

    # The submissions poll then stores every other filing, never this one a second time …
    by_filings = poll(filings(), fetcher, clock, store)
    again = [o.subject for o in by_filings.observations if o.kind == "filing_published"]
    assert again == SIX_K_FILINGS[:-1]
    # … and the feed, polled again, finds nothing new and fetches nothing else.
    responses.calls.reset()
    assert poll(atom(), fetcher, clock, store).observations == []
    assert len(responses.calls) == 1


@responses.activate
def test_the_same_filing_from_both_kinds_has_one_fingerprint(clock: ManualClock) -> None:
    mock_sec(responses.mock)
    responses.get(FEED_URL, body=read(FEED), content_type="application/atom+xml")
    from_feed = poll(atom(), sec_fetcher(clock), clock, FakeStore()).observations
    from_submissions = poll(filings(), sec_fetcher(clock), clock, FakeStore()).observations
    feed_sale = {o.fingerprint: o for o in from_feed}
    both = [o for o in from_submissions if o.fingerprint in feed_sale]
    assert sorted(o.subject for o in both) == [
        SALE,
        f"{SALE}/tm265001d1_6k.htm",
        f"{SALE}/tm265001d1_ex99-1.htm",
    ]
    for obs in both:
        assert obs.payload == feed_sale[obs.fingerprint].payload


@responses.activate
def test_a_filing_not_yet_in_the_submissions_waits_for_the_next_poll(clock: ManualClock) -> None:
    mock_sec(responses.mock, submissions=submissions_without(SALE))
    responses.get(FEED_URL, body=read(FEED), content_type="application/atom+xml")
    fetcher, store = sec_fetcher(clock), FakeStore()
    waiting = poll(atom(), fetcher, clock, store)
    assert waiting.observations == [] and waiting.cursor == {"backlog": 1}
    # A second later, SEC's API has it.
    responses.upsert(responses.GET, f"{DATA}/{SUBMISSIONS}", body=read(SUBMISSIONS))
    found = poll(atom(), fetcher, clock, store)
    assert [o.subject for o in found.observations if o.kind == "filing_published"] == [SALE]
    assert found.cursor == {"backlog": 0}


def test_companies_are_listed_once() -> None:
    with pytest.raises(ValueError, match="CIK listed twice: 1725123"):
        atom(companies=[{"cik": 1725123}, {"cik": 1725123, "ticker": "CANG"}])


@responses.activate
def test_feed_types_each_cost_one_request(clock: ManualClock) -> None:
    responses.get(FEED_URL, body=read(FEED), content_type="application/atom+xml")
    src = atom(companies=[{"cik": 1839826}], feed_types=["6-K", "8-K"], count=40)
    poll(src, sec_fetcher(clock), clock, FakeStore())
    queries = [c.request.url.split("?")[1] for c in responses.calls]
    assert len(queries) == 2
    assert "type=6-K" in queries[0] and "type=8-K" in queries[1] and "count=40" in queries[0]
