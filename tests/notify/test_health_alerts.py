"""The monitor watches itself: a failing source raises one alert, and one on recovery."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monitor.clock import ManualClock
from monitor.health import judge
from tests.helpers import coinbase, monitor_from, write
from tests.servers import LocalServer, WebhookReceiver


def test_failing_source_alerts_once_then_recovers(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with LocalServer() as prices, WebhookReceiver() as receiver:
        write(tmp_path / "rules" / "none.yaml", "rules: []\n")
        config = write(
            tmp_path / "monitor.yaml",
            f"""\
database_url: "{db_url}"
rules: [rules]
sources:
  - id: btc-usd
    kind: crypto_spot
    max_failures: 3
    providers: [{{name: coinbase, url: "{prices.url}/spot"}}]
channels:
  - {{name: hook, kind: webhook, url: "{receiver.hook_url}"}}
""",
        )
        monitor = monitor_from(config, clock)
        raised = []
        for _ in range(5):  # 404 five times: unhealthy at the third, once
            clock.advance(timedelta(minutes=1))
            raised += [a.rule_id for r in monitor.poll() for a in r.alerts]
        prices.set_json("/spot", coinbase("70000"))
        clock.advance(timedelta(minutes=1))
        raised += [a.rule_id for r in monitor.poll() for a in r.alerts]
        clock.advance(timedelta(minutes=1))
        raised += [a.rule_id for r in monitor.poll() for a in r.alerts]
        monitor.dispatch()
        titles = [h.json()["title"] for h in receiver.deliveries()]
    assert raised == ["source-unhealthy", "source-recovered"]
    assert titles == ["Source btc-usd is unhealthy", "Source btc-usd is healthy again"]


def test_freshness_counts_only_when_news_is_expected(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    from monitor.sources.crypto_spot import CryptoSpotConfig, CryptoSpotSource
    from monitor.store.tables import SourceState

    source = CryptoSpotSource(CryptoSpotConfig(id="s", kind="crypto_spot", freshness_hours=2))
    now = clock.now()
    state = SourceState(
        source_id="s",
        last_poll_at=now,
        last_success_at=now,
        consecutive_failures=0,
        newest_item_at=now - timedelta(hours=3),
    )
    assert judge(source, state, now).status == "stale"
    state.newest_item_at = now - timedelta(hours=1)
    assert judge(source, state, now).status == "ok"
    state.consecutive_failures = 1
    assert judge(source, state, now).status == "degraded"
    source.expects_news = lambda _now: False  # type: ignore[method-assign]
    state.newest_item_at = now - timedelta(days=3)
    assert judge(source, state, now).status == "degraded"
