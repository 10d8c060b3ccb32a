"""EDGAR sources inside a whole monitor: errors recorded per source while others keep working,
nothing stored twice across polls and restarts."""

from __future__ import annotations

from pathlib import Path

import responses
from sqlalchemy import func, select

from monitor.clock import ManualClock
from monitor.store import source_state, tables
from tests.edgar.support import (
    DATA,
    JANUARY,
    SALE,
    edgar_config,
    mock_sec,
    serve_sec,
)
from tests.helpers import monitor_from
from tests.servers import LocalServer

SOURCES = """\
  - id: cango
    kind: edgar_filings
    cik: 1725123
    ticker: CANG
    forms: [6-K]
    lookback_days: 10
    requests_per_second: 10
    data_url: {data}
    archives_url: {archives}
"""


@responses.activate
def test_a_missing_company_and_malformed_json_are_source_errors_others_keep_working(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    mock_sec(responses.mock)
    responses.get(
        f"{DATA}/submissions/CIK0009999999.json", status=404, body=b"<html>Not Found</html>"
    )
    responses.get(
        f"{DATA}/submissions/CIK0001839826.json", body=b'{"cik": "1839826", "filings": {"rec'
    )
    sources = (
        SOURCES.format(data=DATA, archives="https://www.sec.gov/Archives")
        + """\
  - {id: ghost, kind: edgar_filings, cik: 9999999}
  - {id: broken, kind: edgar_filings, cik: 1839826, ticker: BTDR}
"""
    )
    monitor = monitor_from(edgar_config(tmp_path, db_url, sources), clock)
    reports = {r.source_id: r for r in monitor.poll()}
    assert reports["ghost"].error == (
        "SEC has no company with CIK 9999999 (HTTP 404 for "
        "https://data.sec.gov/submissions/CIK0009999999.json)"
    )
    assert reports["broken"].error is not None
    assert reports["broken"].error.startswith(
        "malformed JSON in submissions from https://data.sec.gov/"
    )
    assert reports["cango"].error is None
    assert {e.subject for e in reports["cango"].new_events if e.kind == "filing_published"} == {
        JANUARY,
        SALE,
    }
    with monitor.sessions.begin() as session:
        states = source_state.all_states(session)
        assert states["ghost"].consecutive_failures == 1
        assert "HTTP 404" in (states["ghost"].last_error or "")
        assert "malformed JSON" in (states["broken"].last_error or "")
        assert states["cango"].last_error is None and states["cango"].events_total >= 6
    monitor.close()


def count_events(monitor: object) -> int:
    with monitor.sessions.begin() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(tables.Event)) or 0)


def test_nothing_is_stored_twice_on_repoll_or_restart(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    serve_sec(http_server, etags=False)  # no 304s: the store alone must prevent doubles
    sources = SOURCES.format(data=http_server.url, archives=f"{http_server.url}/Archives")
    config = edgar_config(tmp_path, db_url, sources)
    first = monitor_from(config, clock)
    filing_events = [e for e in first.poll()[0].new_events if e.kind.startswith("filing_")]
    assert len(filing_events) == 6  # two 6-Ks, each with cover and EX-99.1
    # (text extraction, when installed, may add metric events from the exhibits)
    assert first.poll()[0].new_events == []
    first.close()
    stored = count_events(first)

    http_server.requests.clear()
    restarted = monitor_from(config, clock)
    (report, _deadlines) = restarted.poll()
    assert report.error is None and report.new_events == []
    assert count_events(restarted) == stored
    # The known filings' documents were not fetched again.
    assert [r.path for r in http_server.requests] == ["/submissions/CIK0001725123.json"]
    restarted.close()
