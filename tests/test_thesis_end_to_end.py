"""The thesis end to end: Cango's 6-Ks appear on a (local) EDGAR, their exhibits are read,
the figures become metric events, the shipped watch list fires, and the webhook receives the
alerts with the quoted table row and the filing's URL."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from monitor.clock import ManualClock
from monitor.config import shipped_rules_dir
from tests.edgar.support import JANUARY, SALE, SEC_UA, SUBMISSIONS, serve_sec, submissions_without
from tests.helpers import monitor_from, write
from tests.servers import LocalServer, Reply, WebhookReceiver


def test_new_6ks_raise_the_sales_and_holdings_alerts_with_their_evidence(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with LocalServer() as sec, WebhookReceiver() as receiver:
        serve_sec(sec)
        earlier = json.dumps(submissions_without(JANUARY, SALE)).encode()
        sec.routes[f"/{SUBMISSIONS}"] = Reply(200, earlier, {"ETag": '"before"'})
        config = write(
            tmp_path / "monitor.yaml",
            f"""\
database_url: "{db_url}"
rules: ["{shipped_rules_dir()}"]
http: {{user_agent: "{SEC_UA}", max_retries: 0}}
sources:
  - id: cango-filings
    kind: edgar_filings
    cik: 1725123
    ticker: CANG
    forms: [6-K]
    lookback_days: 120
    data_url: {sec.url}
    archives_url: {sec.url}/Archives
channels:
  - {{name: hook, kind: webhook, url: "{receiver.hook_url}"}}
""",
        )
        monitor = monitor_from(config, clock)
        baseline = monitor.poll()
        assert all(r.error is None and not r.alerts for r in baseline), baseline

        serve_sec(sec)  # the January update and the sale are published
        sec.routes[f"/{SUBMISSIONS}"] = Reply(
            200, sec.routes[f"/{SUBMISSIONS}"].body, {"ETag": '"after"'}
        )
        clock.advance(timedelta(minutes=5))
        reports = monitor.poll()
        fired = sorted((a.rule_id, a.values.get("period")) for r in reports for a in r.alerts)
        monitor.dispatch()
        received = [hit.json() for hit in receiver.deliveries()]

    # The sale's release also states the balance left ("Following the sale, the Company
    # continues to hold approximately 3,023.7 Bitcoin"): holdings fell again in February.
    assert fired == [
        ("btc-holdings-falling", "2026-01"),
        ("btc-holdings-falling", "2026-02"),
        ("further-btc-sales", "2026-01"),
        ("further-btc-sales", "2026-02"),
    ]
    january = next(a for a in received if a["title"] == "CANG sold 550.03 BTC (2026-01)")
    quote = next(e for e in january["evidence"] if e.get("quote"))
    assert quote["quote"] == "Total number of Bitcoins sold | 550.03 | -"
    assert quote["url"].endswith("/000110465926009876/tm264321d1_ex99-1.htm")
    assert quote["accession"] == JANUARY
    sale = next(a for a in received if a["values"]["period"] == "2026-02")
    assert sale["values"]["value"] == 4451
    assert "sold 4,451 Bitcoin" in next(e["quote"] for e in sale["evidence"] if e.get("quote"))
    assert len(received) == 4
