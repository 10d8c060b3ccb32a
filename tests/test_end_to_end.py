"""End to end through the real `monitor` command, a real price server and a real receiver."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.clock import ManualClock
from tests.helpers import coinbase, monitor_from, price_config, write
from tests.servers import LocalServer, WebhookReceiver


def monitor_cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MONITOR_CONFIG": str(config)}
    env.pop("MONITOR_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_price_crossing_between_two_polls_reaches_the_webhook_once(
    tmp_path: Path, db_url: str, http_server: LocalServer, receiver: WebhookReceiver
) -> None:
    config = price_config(tmp_path, db_url, f"{http_server.url}/spot", receiver.hook_url)
    http_server.set_json("/spot", coinbase("67000.00"))
    first = monitor_cli(config, "poll")
    assert first.returncode == 0, first.stderr
    assert "btc-usd: 1 new events, 0 alerts" in first.stdout

    http_server.set_json("/spot", coinbase("69250.00"))
    second = monitor_cli(config, "poll")
    assert second.returncode == 0, second.stderr
    assert "ALERT #1 [info] btc-above" in second.stdout
    assert "deliveries: 1 sent" in second.stdout

    # Unchanged data and a restart: no new event, no new alert, nothing re-sent.
    third = monitor_cli(config, "poll")
    assert "btc-usd: 0 new events, 0 alerts" in third.stdout
    assert len(receiver.deliveries()) == 1
    assert receiver.deliveries()[0].json()["title"] == "BTC-USD above 68,524"

    listed = monitor_cli(config, "alerts", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    (alert,) = json.loads(listed.stdout)
    assert alert["rule_id"] == "btc-above"
    assert alert["deliveries"] == {"hook": "sent"}
    assert alert["values"] == {
        "price": 69250.0,
        "previous_price": 67000.0,
        "level": 68524.0,
        "currency": "USD",
    }

    events = json.loads(monitor_cli(config, "events", "--format", "json").stdout)
    assert [e["payload"]["price"] for e in events] == [69250.0, 67000.0]
    sources = json.loads(monitor_cli(config, "sources", "--format", "json").stdout)
    assert sources[0]["health"] == "ok" and sources[0]["events_total"] == 2


def test_a_failing_source_is_recorded_and_reported(
    tmp_path: Path, db_url: str, http_server: LocalServer
) -> None:
    config = price_config(tmp_path, db_url, f"{http_server.url}/missing", None)
    result = monitor_cli(config, "poll")
    assert result.returncode == 1
    assert "btc-usd: ERROR no provider answered for BTC-USD: coinbase: HTTP 404" in result.stdout
    sources = json.loads(monitor_cli(config, "sources", "--format", "json").stdout)
    assert sources[0]["consecutive_failures"] == 1
    assert "HTTP 404" in sources[0]["last_error"]


def test_conditional_get_304_creates_no_events(tmp_path: Path, db_url: str) -> None:
    clock = ManualClock(datetime(2026, 2, 1, tzinfo=UTC))
    with LocalServer() as server:
        server.set_json("/spot", coinbase("70000"), ETag='"a"')
        write(tmp_path / "rules" / "none.yaml", "rules: []\n")
        config = write(
            tmp_path / "monitor.yaml",
            f"""\
database_url: "{db_url}"
rules: [rules]
sources:
  - id: btc-usd
    kind: crypto_spot
    providers: [{{name: coinbase, url: "{server.url}/spot"}}]
""",
        )
        monitor = monitor_from(config, clock)
        counts = []
        for _ in range(3):
            clock.advance(timedelta(minutes=1))
            (report, _deadlines) = monitor.poll()
            counts.append(len(report.new_events))
        conditional = [r.headers.get("if-none-match") for r in server.received("/spot")]
    assert counts == [1, 0, 0]
    assert conditional == [None, '"a"', '"a"']  # the 2nd and 3rd polls were answered 304
