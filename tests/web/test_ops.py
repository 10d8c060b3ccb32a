"""/healthz and /metrics: what a load balancer and Prometheus see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from monitor.clock import ManualClock
from monitor.config import Settings
from monitor.store.db import make_engine, session_factory
from monitor.web.app import create_app
from monitor.web.prometheus import CONTENT_TYPE
from tests.web import promtext
from tests.web.seed import NOW


def test_healthz_reports_the_database_and_each_source(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded" and body["database"] == "ok"
    assert body["sources"] == {
        "btc-usd": "ok",
        "cango-ir": "failing",
        "cango-news": "never polled",
        "retired-feed": "unconfigured",
    }
    assert body["unhealthy"] == ["cango-ir"]
    assert body["checked_at"] == "2026-05-21T09:00:00Z"


def test_strict_healthz_fails_on_an_unhealthy_source(client: TestClient) -> None:
    assert client.get("/healthz?strict=true").status_code == 503


@pytest.fixture
def unreachable(settings: Settings) -> Iterator[TestClient]:
    engine = make_engine(
        "postgresql://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
    )
    app = create_app(session_factory(engine), settings, ManualClock(NOW))
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client
    engine.dispose()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_healthz_is_503_when_the_database_is_unreachable(unreachable: TestClient) -> None:
    response = unreachable.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["database"].startswith("unreachable")
    metrics = unreachable.get("/metrics")
    assert metrics.status_code == 503
    assert promtext.value(promtext.parse(metrics.text), "monitor_database_up") == 0


def test_metrics_parse_as_prometheus_text(client: TestClient) -> None:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"] == CONTENT_TYPE
    families = promtext.parse(response.text)
    kinds = {name: family.kind for name, family in families.items()}
    assert kinds["monitor_source_polls_total"] == "counter"
    assert kinds["monitor_deliveries"] == "gauge"
    assert kinds["monitor_delivery_attempt_duration_seconds"] == "histogram"
    assert all(family.help for family in families.values())


def test_metrics_values(client: TestClient) -> None:
    families = promtext.parse(client.get("/metrics").text)

    def value(name: str, **labels: str) -> float:
        return promtext.value(families, name, **labels)

    assert value("monitor_database_up") == 1
    assert value("monitor_source_polls_total", source="btc-usd") == 201_600
    assert value("monitor_source_errors_total", source="cango-ir") == 31
    assert value("monitor_source_healthy", source="cango-ir") == 0
    assert value("monitor_source_healthy", source="btc-usd") == 1
    assert value("monitor_source_last_success_timestamp_seconds", source="btc-usd") == (
        NOW.timestamp() - 40
    )
    assert value("monitor_events_total", kind="metric_restated") == 1
    assert value("monitor_events_total", kind="press_release") == 1
    assert value("monitor_alerts_total", rule="btc-sold-large", severity="critical") == 1
    assert value("monitor_alerts_by_state", state="acknowledged") == 1
    assert value("monitor_deliveries", channel="analyst-email", status="pending") == 1
    assert value("monitor_deliveries", channel="analyst-webhook", status="sent") == 5
    assert value("monitor_deliveries", channel="analyst-webhook", status="failed") == 1
    assert value("monitor_delivery_attempts_total", channel="analyst-email", outcome="retry") == 2


def test_dispatch_latency_histogram(client: TestClient) -> None:
    families = promtext.parse(client.get("/metrics").text)

    def bucket(le: str) -> float:
        return promtext.value(
            families,
            "monitor_delivery_attempt_duration_seconds_bucket",
            channel="analyst-email",
            le=le,
        )

    # e-mail attempts took 236, 310, 2040 and 1985 ms
    assert bucket("0.25") == 1
    assert bucket("0.5") == 2
    assert bucket("2.5") == 4
    assert bucket("+Inf") == 4
    total = promtext.value(
        families, "monitor_delivery_attempt_duration_seconds_sum", channel="analyst-email"
    )
    assert total == pytest.approx(4.571)


def test_label_values_are_escaped() -> None:
    from monitor.web.prometheus import Family, render

    family = Family("x_total", "counter", "help with \\ and\nnewline")
    family.add(1, {"rule": 'a"b\\c\nd'})
    text = render([family])
    assert 'x_total{rule="a\\"b\\\\c\\nd"} 1' in text
    parsed = promtext.parse(text)
    assert parsed["x_total"].samples[0][1] == {"rule": 'a"b\\c\nd'}
