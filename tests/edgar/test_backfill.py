"""`monitor backfill SOURCE --since DATE`: history in rounds, with progress, without alerts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from monitor.app import Monitor, build_monitor
from monitor.cli import Context
from monitor.clock import ManualClock
from monitor.commands.backfill import backfill_command
from monitor.store import events as event_store
from tests.edgar.support import ANNUAL_2024, edgar_config, serve_sec
from tests.servers import LocalServer

SOURCES = """\
  - id: cango-filings
    kind: edgar_filings
    cik: 1725123
    ticker: CANG
    forms: [6-K, 20-F]
    max_filings_per_poll: 3
    requests_per_second: 10
    data_url: {url}
    archives_url: {url}/Archives
  - id: cango-facts
    kind: edgar_facts
    cik: 1725123
    ticker: CANG
    data_url: {url}
  - id: ghost
    kind: edgar_filings
    cik: 9999999
    data_url: {url}
  - id: btc-usd
    kind: crypto_spot
    symbol: BTC-USD
    providers: [{{name: coinbase, url: "{url}/spot"}}]
"""


class TestContext(Context):
    """The CLI's context, building monitors on a test clock and keeping them for inspection."""

    __test__ = False

    def __init__(self, config: Path, clock: ManualClock) -> None:
        super().__init__(str(config))
        self.clock = clock
        self.built: list[Monitor] = []

    def monitor(self, **kwargs: Any) -> Monitor:
        monitor = build_monitor(self.settings, clock=self.clock, migrate=True, **kwargs)
        self.built.append(monitor)
        return monitor


def filing_counts(line: str) -> tuple[str, int, int]:
    """("round n", documents, filings) from a progress line."""
    counts = dict((kind, int(n)) for n, kind in re.findall(r"(\d+) (filing_\w+)", line))
    return line.split(":")[0], counts.get("filing_document", 0), counts.get("filing_published", 0)


def run(ctx: TestContext, *args: str) -> Result:
    return CliRunner().invoke(backfill_command, list(args), obj=ctx)


def stored(ctx: TestContext, kind: str) -> list[Any]:
    with ctx.built[-1].sessions.begin() as session:
        return event_store.list_events(session, event_store.EventFilter(kind=kind, limit=1000))


def test_backfill_loads_history_in_rounds_with_progress_and_no_alerts(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    serve_sec(http_server)
    ctx = TestContext(edgar_config(tmp_path, db_url, SOURCES.format(url=http_server.url)), clock)
    result = run(ctx, "cango-filings", "--since", "2025-01-01")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "backfilling cango-filings since 2025-01-01…"
    # The 20-F (its primary document only) and seven 6-K/6-K/A (cover and EX-99.1 each),
    # three filings a round, oldest first. (Text extraction, when installed, adds metrics.)
    assert [filing_counts(line) for line in lines[1:5]] == [
        ("round 1", 5, 3),
        ("round 2", 6, 3),
        ("round 3", 4, 2),
        ("round 4", 0, 0),
    ]
    assert lines[4] == "round 4: 0 new events (nothing new)"
    assert lines[5].startswith("cango-filings: ")
    assert "in 4 rounds (15 filing_document, 8 filing_published" in lines[5]
    assert lines[5].endswith(
        "; 0 alerts (events before the backfill raise none; --alert to change)"
    )
    assert ANNUAL_2024 in {e.subject for e in stored(ctx, "filing_published")}
    assert ctx.built[-1].pipeline.alert_window == clock.now()


def test_backfill_of_facts_and_the_alert_flag(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    serve_sec(http_server)
    ctx = TestContext(edgar_config(tmp_path, db_url, SOURCES.format(url=http_server.url)), clock)
    result = run(ctx, "cango-facts", "--since", "2024-01-01", "--alert")
    assert result.exit_code == 0, result.output
    assert ctx.built[-1].pipeline.alert_window is None
    periods = {e.payload["period"] for e in stored(ctx, "metric_observed")}
    assert {"2024-12-31", "2024-Q4", "2025-Q3"} <= periods
    assert "2023-12-31" not in periods
    assert result.output.splitlines()[-1].endswith("; 0 alerts")


def test_unknown_source_and_failing_source(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    ctx = TestContext(edgar_config(tmp_path, db_url, SOURCES.format(url=http_server.url)), clock)
    unknown = run(ctx, "nope", "--since", "2025-01-01")
    assert unknown.exit_code == 2 and "unknown source: nope" in unknown.output
    failing = run(ctx, "ghost", "--since", "2025-01-01")
    assert failing.exit_code == 1
    assert "round 1: ERROR SEC has no company with CIK 9999999" in failing.output


def test_a_source_without_history_is_refused_before_any_poll(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    ctx = TestContext(edgar_config(tmp_path, db_url, SOURCES.format(url=http_server.url)), clock)
    result = run(ctx, "btc-usd", "--since", "2025-01-01")
    assert result.exit_code == 2
    assert "btc-usd is a crypto_spot source: it has no history to load" in result.output
    assert "cango-filings, cango-facts, ghost" in result.output
    assert "round 1" not in result.output and not http_server.requests
