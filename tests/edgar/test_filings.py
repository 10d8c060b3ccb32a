"""edgar_filings: new filings across polls, their documents, amendments, limits and 404s."""

from __future__ import annotations

from typing import Any

import pytest
import responses

from monitor.clock import ManualClock
from monitor.model import Observation
from monitor.sources.base import PollResult
from monitor.sources.edgar.filings import EdgarFilingsConfig, EdgarFilingsSource
from tests.edgar.support import (
    ANNUAL_2024,
    DATA,
    DECEMBER,
    DECEMBER_AMENDED,
    INTERIM_9M,
    INTERIM_H1,
    JANUARY,
    Q3_RESULTS,
    SALE,
    SIX_K_FILINGS,
    SUBMISSIONS,
    WWW,
    FakeStore,
    calls_to,
    context,
    filing_path,
    mock_sec,
    sec_fetcher,
    submissions_without,
)


def source(**options: Any) -> EdgarFilingsSource:
    config = {
        "id": "cango-filings",
        "kind": "edgar_filings",
        "cik": 1725123,
        "ticker": "CANG",
        "forms": ["6-K", "20-F"],
        "lookback_days": 120,
        **options,
    }
    return EdgarFilingsSource(EdgarFilingsConfig.model_validate(config))


class Poller:
    """Polls one source like the pipeline does: cursor and stored fingerprints carry over."""

    def __init__(self, src: EdgarFilingsSource, clock: ManualClock) -> None:
        self.source, self.clock = src, clock
        self.fetcher = sec_fetcher(clock)
        self.source.setup(self.fetcher)
        self.store = FakeStore()
        self.cursor: dict[str, Any] = {}
        self.http_cache: dict[str, Any] = {}

    def poll(self, **kwargs: Any) -> PollResult:
        ctx = context(self.fetcher, self.clock, self.store, self.cursor, self.http_cache, **kwargs)
        result = self.source.poll(ctx)
        self.store.keep(result.observations)
        self.cursor = result.cursor
        return result


def published(result: PollResult) -> dict[str, Observation]:
    return {o.subject: o for o in result.observations if o.kind == "filing_published"}


def documents(result: PollResult) -> dict[str, Observation]:
    return {o.subject: o for o in result.observations if o.kind == "filing_document"}


@responses.activate
def test_each_new_filing_is_detected_once_across_polls(clock: ManualClock) -> None:
    poller = Poller(source(), clock)
    mock_sec(responses.mock, submissions=submissions_without(SALE))
    first = poller.poll()
    assert list(published(first)) == SIX_K_FILINGS[:-1]  # oldest first, F-6 POS and 13G left out

    responses.reset()
    mock_sec(responses.mock)
    second = poller.poll()
    assert list(published(second)) == [SALE]
    assert set(documents(second)) == {f"{SALE}/tm265001d1_6k.htm", f"{SALE}/tm265001d1_ex99-1.htm"}
    # Known filings are not fetched again: only the new filing's directory was read.
    assert calls_to(responses.mock, "/Archives/") == [
        f"{WWW}/{filing_path(SALE, name)}"
        for name in (f"{SALE}-index-headers.html", "tm265001d1_6k.htm", "tm265001d1_ex99-1.htm")
    ]

    third = poller.poll()
    assert third.observations == []


@responses.activate
def test_filing_event_carries_form_dates_utc_acceptance_and_document_urls(
    clock: ManualClock,
) -> None:
    mock_sec(responses.mock)
    event = published(Poller(source(), clock).poll())[SALE]
    base = f"{WWW}/Archives/edgar/data/1725123/000110465926010001"
    assert event.entity == "CANG"
    # 07:01:12 "Z" on EDGAR is New York time: 12:01:12 UTC in February (EST, UTC-5).
    assert event.occurred_at.isoformat() == "2026-02-09T12:01:12+00:00"
    assert event.identity == (SALE,)
    payload = event.payload
    assert payload["accepted_at"] == "2026-02-09T12:01:12+00:00"
    assert (payload["form"], payload["filing_date"], payload["items"]) == ("6-K", "2026-02-09", [])
    assert payload["company"] == "Cango Inc."
    assert payload["primary_document_url"] == f"{base}/tm265001d1_6k.htm"
    assert payload["exhibits"] == [
        {
            "type": "EX-99.1",
            "filename": "tm265001d1_ex99-1.htm",
            "url": f"{base}/tm265001d1_ex99-1.htm",
        }
    ]
    assert payload["index_url"] == f"{base}/0001104659-26-010001-index.htm"
    assert payload["title"] == (
        "Cango Inc. Completes Bitcoin Sale to Strengthen Financial Position and Advance AI "
        "Transformation"
    )
    assert (payload["is_amendment"], payload["amends"]) == (False, None)


@responses.activate
def test_exhibit_text_is_stored_with_its_evidence_and_table_rows_on_one_line(
    clock: ManualClock,
) -> None:
    mock_sec(responses.mock)
    docs = documents(Poller(source(), clock).poll())
    exhibit = docs[f"{JANUARY}/tm264321d1_ex99-1.htm"]
    assert exhibit.document is not None
    text = exhibit.document.text
    assert "Total number of Bitcoins sold | 550.03 | -" in text
    assert "Total number of Bitcoins held | 7,474.7 | 7,528.3" in text
    assert exhibit.payload["document_type"] == "EX-99.1"
    assert exhibit.payload["title"] == (
        "Cango Inc. Announces January 2026 Bitcoin Production and Mining Operations Update"
    )
    assert exhibit.evidence == {
        "url": exhibit.document.url,
        "fetched_at": clock.now().isoformat(),
        "sha256": exhibit.document.sha256,
        "accession": JANUARY,
    }
    cover = docs[f"{JANUARY}/tm264321d1_6k.htm"]
    assert cover.payload["document_type"] == "6-K" and cover.payload["primary"] is True
    assert "Form 20-F ☒ Form 40-F ☐" in cover.document.text  # type: ignore[union-attr]


@responses.activate
def test_an_amendment_is_linked_to_the_filing_it_amends(clock: ManualClock) -> None:
    mock_sec(responses.mock)
    events = published(Poller(source(), clock).poll())
    amendment = events[DECEMBER_AMENDED].payload
    assert (amendment["form"], amendment["base_form"], amendment["is_amendment"]) == (
        "6-K/A",
        "6-K",
        True,
    )
    assert amendment["amends"] == DECEMBER


@responses.activate
def test_at_most_max_filings_per_poll_then_the_rest_on_the_next_poll(clock: ManualClock) -> None:
    poller = Poller(source(max_filings_per_poll=3), clock)
    mock_sec(responses.mock)
    rounds = []
    for _ in range(4):
        result = poller.poll()
        rounds.append((list(published(result)), result.cursor["backlog"]))
    assert rounds == [
        (SIX_K_FILINGS[0:3], 4),
        (SIX_K_FILINGS[3:6], 1),
        (SIX_K_FILINGS[6:], 0),
        ([], 0),
    ]


@responses.activate
def test_unchanged_submissions_cost_one_conditional_request(clock: ManualClock) -> None:
    poller = Poller(source(), clock)
    mock_sec(responses.mock)
    url = f"{DATA}/{SUBMISSIONS}"
    responses.replace(responses.GET, url, json=submissions_without(), headers={"ETag": '"v1"'})
    poller.poll()
    responses.replace(
        responses.GET,
        url,
        status=304,
        match=[responses.matchers.header_matcher({"If-None-Match": '"v1"'})],
    )
    before = len(responses.calls)
    result = poller.poll()
    assert result.unchanged and result.observations == []
    assert len(responses.calls) == before + 1


@responses.activate
def test_lookback_window_and_forms_filter(clock: ManualClock) -> None:
    mock_sec(responses.mock)
    recent = published(Poller(source(lookback_days=10), clock).poll())
    assert list(recent) == [JANUARY, SALE]  # 6-Ks of the last ten days only
    responses.calls.reset()
    everything = published(Poller(source(lookback_days=400, forms=["20-F"]), clock).poll())
    assert list(everything) == [ANNUAL_2024]
    # A 20-F's exhibits are not press releases: only the primary document is fetched.
    assert [u.rsplit("/", 1)[-1] for u in calls_to(responses.mock, "/Archives/")] == [
        f"{ANNUAL_2024}-index-headers.html",
        "tm253456d1_20f.htm",
    ]


@responses.activate
def test_missing_index_falls_back_to_the_primary_document_and_a_missing_exhibit_is_named(
    clock: ManualClock,
) -> None:
    later = (INTERIM_9M, DECEMBER, DECEMBER_AMENDED, JANUARY, SALE)
    mock_sec(responses.mock, submissions=submissions_without(*later), archives=False)
    for filing in (Q3_RESULTS, INTERIM_H1):  # no headers page: the index.json decides
        responses.get(f"{WWW}/{filing_path(filing, f'{filing}-index-headers.html')}", status=404)
    responses.get(f"{WWW}/{filing_path(Q3_RESULTS, 'index.json')}", status=404)
    responses.get(f"{WWW}/{filing_path(Q3_RESULTS, 'tm2532465d1_6k.htm')}", body=b"<p>6-K</p>")
    data = {
        "directory": {"item": [{"name": "tm2530001d1_6k.htm"}, {"name": "tm2530001d1_ex99-1.htm"}]}
    }
    responses.get(f"{WWW}/{filing_path(INTERIM_H1, 'index.json')}", json=data)
    responses.get(f"{WWW}/{filing_path(INTERIM_H1, 'tm2530001d1_6k.htm')}", body=b"<p>6-K</p>")
    responses.get(f"{WWW}/{filing_path(INTERIM_H1, 'tm2530001d1_ex99-1.htm')}", status=404)
    result = Poller(source(), clock).poll()
    events = published(result)
    assert list(events) == [INTERIM_H1, Q3_RESULTS]
    q3 = events[Q3_RESULTS].payload
    assert q3["exhibits"] == [] and q3["primary_document_url"].endswith("tm2532465d1_6k.htm")
    h1 = events[INTERIM_H1].payload
    assert h1["missing_documents"] == [f"{WWW}/{filing_path(INTERIM_H1, 'tm2530001d1_ex99-1.htm')}"]
    assert set(documents(result)) >= {
        f"{Q3_RESULTS}/tm2532465d1_6k.htm",
        f"{INTERIM_H1}/tm2530001d1_6k.htm",
    }


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["6-K"], SIX_K_FILINGS),
        (["20-F", "F-6 POS"], ["0001104659-25-099001"]),
        (["SC 13G"], ["0001213900-25-110342"]),
    ],
    ids=["6-K-covers-6-K/A", "other-forms", "old-13G-spelling-covers-SCHEDULE-13G/A"],
)
@responses.activate
def test_form_families(clock: ManualClock, forms: list[str], expected: list[str]) -> None:
    mock_sec(responses.mock)
    thirteen_g = "Archives/edgar/data/1725123/000121390025110342"
    responses.get(f"{WWW}/{thirteen_g}/0001213900-25-110342-index-headers.html", status=404)
    responses.get(
        f"{WWW}/{thirteen_g}/index.json",
        json={"directory": {"item": [{"name": "primary_doc.xml"}]}},
    )
    f6 = "0001104659-25-099001"
    responses.get(f"{WWW}/{filing_path(f6, f'{f6}-index-headers.html')}", status=404)
    responses.get(f"{WWW}/{filing_path(f6, 'index.json')}", status=404)
    responses.get(
        f"{WWW}/{filing_path('0001104659-25-099001', 'e664910_f6pos-cango.htm')}",
        body=b"<p>F-6</p>",
    )
    assert list(published(Poller(source(forms=forms), clock).poll())) == expected


@responses.activate
def test_an_exhibit_in_an_unknown_charset_never_fails_the_poll(clock: ManualClock) -> None:
    """`text/html; charset=x-bogus` on one document raised LookupError out of the poll."""
    mock_sec(responses.mock)
    exhibit = f"{WWW}/{filing_path(JANUARY, 'tm264321d1_ex99-1.htm')}"
    body = responses.mock.registered()
    original = next(r for r in body if r.url == exhibit)
    responses.mock.replace(
        responses.GET,
        exhibit,
        body=original.body,
        content_type="text/plain; charset=x-bogus",
    )
    docs = documents(Poller(source(), clock).poll())
    text = docs[f"{JANUARY}/tm264321d1_ex99-1.htm"].document.text  # type: ignore[union-attr]
    assert "Total number of Bitcoins sold" in text
    assert f"{JANUARY}/tm264321d1_6k.htm" in docs  # the rest of the filing as before
