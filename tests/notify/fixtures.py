"""Raising alerts directly in a store for delivery tests, with a config for channels."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from monitor.app import Monitor
from monitor.clock import ManualClock
from monitor.model import AlertDraft
from monitor.store import alerts
from tests.helpers import monitor_from, write

SCRAPED_TITLE = "Cango sold 4,451 BTC <script>alert('x')</script>"


def config(tmp_path: Path, db_url: str, channels_yaml: str, extra: str = "") -> Path:
    write(tmp_path / "rules" / "none.yaml", "rules: []\n")
    return write(
        tmp_path / "monitor.yaml",
        f"""\
database_url: "{db_url}"
rules: [rules]
delivery: {{first_retry_seconds: 1, max_retry_seconds: 2, lease_seconds: 60}}
{extra}
channels:
{channels_yaml}""",
    )


def raise_alert(
    monitor: Monitor,
    clock: ManualClock,
    key: str,
    channels: tuple[str, ...],
    rule_id: str = "further-btc-sales",
    entity: str = "CANG",
    title: str = SCRAPED_TITLE,
) -> int:
    draft = AlertDraft(
        rule_id=rule_id,
        entity=entity,
        dedup_key=key,
        severity="warning",
        title=title,
        body="CANG sold 4,451 BTC (about US$305 million).",
        reason="btc_sold 4451 > 0",
        fired_at=clock.now(),
        values={"value": 4451, "period": "2026-02"},
        evidence=[
            {
                "kind": "metric_observed",
                "subject": "btc_sold:2026-02",
                "quote": "sold 4,451 Bitcoin <b>for</b> US$305 million",
                "url": "https://www.sec.gov/Archives/edgar/data/1725123/x.htm",
            }
        ],
        event_ids=(),
        channels=channels,
    )
    with monitor.sessions.begin() as session:
        alert = alerts.raise_alert(session, draft, channels, clock.now())
    assert alert is not None
    return alert.id


def build(
    tmp_path: Path, db_url: str, channels_yaml: str, clock: ManualClock, extra: str = ""
) -> Monitor:
    return monitor_from(config(tmp_path, db_url, channels_yaml, extra), clock)


def at(clock: ManualClock) -> datetime:
    return clock.now()
