"""Cango end to end: a monitor watching CIK 1725123 against a real local server that serves
recorded-style SEC fixtures at SEC's paths."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from monitor.clock import ManualClock
from monitor.store import events as event_store
from monitor.store import tables
from tests.edgar.support import SALE, SEC_UA, SIX_K_FILINGS, edgar_config, serve_sec
from tests.helpers import monitor_from
from tests.servers import LocalServer

CANGO = """\
  - id: sec-latest
    kind: edgar_atom
    companies: [{{cik: 1725123, ticker: CANG}}]
    forms: [6-K, 20-F]
    requests_per_second: 10
    browse_url: {url}/cgi-bin/browse-edgar
    data_url: {url}
    archives_url: {url}/Archives
  - id: cango-filings
    kind: edgar_filings
    cik: 1725123
    ticker: CANG
    forms: [6-K, 20-F]
    lookback_days: 120
    data_url: {url}
    archives_url: {url}/Archives
  - id: cango-facts
    kind: edgar_facts
    cik: 1725123
    ticker: CANG
    data_url: {url}
"""


def test_cango_filings_with_exhibit_text_and_quarterly_debt_and_interest(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    serve_sec(http_server)
    config = edgar_config(tmp_path, db_url, CANGO.format(url=http_server.url))
    monitor = monitor_from(config, clock)
    reports = {r.source_id: r for r in monitor.poll()}
    assert all(r.error is None for r in reports.values()), reports

    # The feed saw the newest 6-K first; the submissions poll brought the rest, no doubles.
    by_source = {
        sid: sorted(e.subject for e in r.new_events if e.kind == "filing_published")
        for sid, r in reports.items()
    }
    assert by_source["sec-latest"] == [SALE]
    assert sorted(by_source["sec-latest"] + by_source["cango-filings"]) == sorted(SIX_K_FILINGS)

    with monitor.sessions.begin() as session:
        stored = event_store.list_events(session, event_store.EventFilter(limit=1000))
        documents = {d.sha256: d for d in session.scalars(select(tables.Document))}
    filings = {e.subject: e for e in stored if e.kind == "filing_published"}
    assert set(filings) == set(SIX_K_FILINGS)
    assert all(e.entity == "CANG" for e in filings.values())
    exhibits = {
        e.payload["accession"]: e
        for e in stored
        if e.kind == "filing_document" and e.payload["document_type"] == "EX-99.1"
    }
    assert set(exhibits) == set(SIX_K_FILINGS)  # one press release per 6-K, text kept
    for accession, exhibit in exhibits.items():
        document = documents[exhibit.document_sha256 or ""]
        assert document.url == exhibit.payload["url"]
        assert filings[accession].payload["title"] in document.text
    q3 = documents[exhibits["0001104659-25-117521"].document_sha256 or ""].text
    assert "Long-term debt – related party | $41.0 | $405.1" in q3

    metrics = {
        e.subject: e.payload["value"]
        for e in stored
        if e.kind == "metric_observed" and e.source_id == "cango-facts"
    }
    assert {k: v for k, v in metrics.items() if k.startswith("debt_total_usd")} == {
        "debt_total_usd:2025-03-31": 308_000_000,
        "debt_total_usd:2025-06-30": 459_200_000,
        "debt_total_usd:2025-09-30": 488_500_000,
    }
    quarterly_interest = {
        k: v for k, v in metrics.items() if k.startswith("interest_expense_usd:2025-Q")
    }
    assert quarterly_interest == {
        "interest_expense_usd:2025-Q1": 2_100_000,
        "interest_expense_usd:2025-Q2": 7_000_000,
        "interest_expense_usd:2025-Q3": 12_300_000,
    }

    # Every request declared who we are; the next cycle is answered by 304s and stores nothing.
    assert {r.headers["user-agent"] for r in http_server.requests} == {SEC_UA}
    assert all(not r.new_events and r.error is None for r in monitor.poll())
    monitor.close()
