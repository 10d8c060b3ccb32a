"""Every JSON route, in-process, over a seeded database of each backend."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.seed import SALE_QUOTE, Seeded


def test_openapi_documents_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/alerts",
        "/api/alerts/{alert_id}",
        "/api/alerts/{alert_id}/ack",
        "/api/events",
        "/api/sources",
        "/api/entities",
        "/api/entities/{entity}/series/{metric}",
        "/api/silences",
        "/api/silences/{silence_id}/expire",
        "/healthz",
        "/metrics",
    } <= set(paths)
    assert "/alerts" not in paths  # the pages are not part of the API
    assert paths["/api/alerts"]["get"]["responses"]["200"]["content"]["application/json"]


def test_docs_pages_that_need_a_cdn_are_off(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_alerts_newest_first_with_filters_and_paging(client: TestClient, seeded: Seeded) -> None:
    body = client.get("/api/alerts").json()
    assert body["total"] == 6 and body["limit"] == 100 and body["offset"] == 0
    assert body["items"][0]["id"] == seeded.alerts["debt"]
    page = client.get("/api/alerts?entity=CANG&limit=2&offset=2").json()
    assert page["total"] == 4
    assert [a["id"] for a in page["items"]] == [seeded.alerts["script"], seeded.alerts["sale"]]
    sale = page["items"][1]
    assert sale["deliveries"] == {"analyst-email": "sent", "analyst-webhook": "sent"}
    assert sale["url"] == f"/alerts/{seeded.alerts['sale']}"
    assert sale["values"]["value"] == 4451


def test_alerts_reject_a_bad_date(client: TestClient) -> None:
    response = client.get("/api/alerts?until=31/12/2026")
    assert response.status_code == 400
    assert "until" in response.json()["detail"]


def test_alert_detail(client: TestClient, seeded: Seeded) -> None:
    body = client.get(f"/api/alerts/{seeded.alerts['sale']}").json()
    assert body["reason"].startswith("btc_sold for 2026-02 is 4,451")
    assert body["evidence"][0]["quote"] == SALE_QUOTE
    assert [e["kind"] for e in body["events"]] == ["metric_observed", "filing_published"]
    webhook = next(d for d in body["delivery_log"] if d["channel"] == "analyst-webhook")
    assert [a["outcome"] for a in webhook["log"]] == ["retry", "sent"]
    assert webhook["log"][0]["duration_ms"] == 1210.0
    assert body["acknowledged_at"] is None


def test_unknown_alert_is_404_json(client: TestClient) -> None:
    response = client.get("/api/alerts/424242", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.json() == {"detail": "no alert #424242"}


def test_events(client: TestClient, seeded: Seeded) -> None:
    body = client.get("/api/events?entity=CANG&kind=press_release").json()
    (event,) = body["items"]
    assert event["id"] == seeded.events["script"]
    prices = client.get("/api/events?entity=BTC-USD&since=2026-04-01&until=2026-04-30").json()
    days = [e["occurred_at"][:10] for e in prices["items"]]
    assert days == sorted(days, reverse=True)
    assert days[0] == "2026-04-30" and days[-1] >= "2026-04-01"
    assert len(client.get("/api/events?limit=5").json()["items"]) == 5


def test_sources(client: TestClient) -> None:
    body = {s["id"]: s for s in client.get("/api/sources").json()}
    assert body["cango-ir"]["health"] == "failing"
    assert body["cango-ir"]["healthy"] is False
    assert body["cango-ir"]["consecutive_failures"] == 6
    assert body["btc-usd"]["health"] == "ok"
    assert body["btc-usd"]["polls_total"] == 201_600
    assert body["retired-feed"]["health"] == "unconfigured"


def test_entities(client: TestClient) -> None:
    body = {e["entity"]: e for e in client.get("/api/entities").json()}
    assert body["CANG"]["alerts"] == 4
    assert body["BTC-USD"]["events"] > 50
    assert body["cango-ir"] == {
        "entity": "cango-ir",
        "events": 0,
        "alerts": 1,
        "last_event_at": None,
        "metrics": None,
    }


def test_series_by_month_applies_restatements(client: TestClient) -> None:
    body = client.get("/api/entities/CANG/series/btc_held").json()
    assert body["granularity"] is None
    points = {p["period"]: p for p in body["points"]}
    assert list(points) == ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    assert points["2026-01"]["value"] == 7474.7
    assert points["2026-02"]["value"] == 3313.4
    assert points["2026-03"]["value"] == 3798.1
    assert points["2026-03"]["restated_from"] == 3802.6
    assert points["2026-03"]["figures"] == 2


def test_series_of_repeated_figures_is_not_a_restatement(client: TestClient) -> None:
    points = client.get("/api/entities/CANG/series/btc_sold").json()["points"]
    assert [(p["period"], p["value"], p["figures"], p["restated_from"]) for p in points] == [
        ("2026-01", 550.03, 1, None),
        ("2026-02", 4451.0, 2, None),
    ]


def test_series_by_quarter_places_as_of_dates(client: TestClient) -> None:
    debt = client.get("/api/entities/CANG/series/debt_total_usd?by=quarter").json()
    assert [(p["period"], p["value"]) for p in debt["points"]] == [
        ("2025-Q3", 500_000_000),
        ("2025-Q4", 480_000_000),
        ("2026-Q1", 300_000_000),
    ]
    stored = client.get("/api/entities/CANG/series/debt_total_usd").json()
    assert [p["period"] for p in stored["points"]] == ["2025-09-30", "2025-12-31", "2026-03-31"]
    assert client.get("/api/entities/CANG/series/debt_total_usd?by=week").status_code == 400


def test_series_of_unknown_metric_is_empty(client: TestClient) -> None:
    body = client.get("/api/entities/CANG/series/btc").json()  # a prefix of btc_held: no match
    assert body["points"] == []


def test_silences(client: TestClient, seeded: Seeded) -> None:
    (silence,) = client.get("/api/silences").json()
    assert silence["id"] == seeded.silence_id
    assert silence["active"] is True
    assert silence["rule_id"] == "btc-above-sale-price" and silence["entity"] is None
