"""Every HTML page, in-process, over a seeded database of each backend."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.metrics import metric_observation
from tests.web.seed import SALE_QUOTE, SALE_URL, Seeded, _insert, at

HTML = {"accept": "text/html"}


def rows(html: str, table_class: str) -> list[str]:
    table = re.search(rf'<table class="{table_class}">(.*?)</table>', html, re.S)
    assert table, f"no table.{table_class}"
    return re.findall(r"<tr[ >].*?</tr>", table.group(1).split("<tbody>", 1)[1], re.S)


def alert_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-alert-id="(\d+)"', html)]


def test_home_redirects_to_alerts(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/alerts"


def test_alert_list_is_newest_first_with_deliveries(client: TestClient, seeded: Seeded) -> None:
    response = client.get("/alerts")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    ids = alert_ids(response.text)
    assert ids[0] == seeded.alerts["debt"]
    assert ids[-1] == seeded.alerts["sale"]
    assert len(ids) == 6
    assert "6 matching" in response.text
    assert "Cango sold 4,451 BTC in 2026-02" in response.text
    assert 'class="badge st-pending">pending' in response.text  # the e-mail still retrying


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("entity=CANG", ["debt", "drop", "script", "sale"]),
        ("severity=critical", ["sale"]),
        ("state=acknowledged", ["debt"]),
        ("rule=btc-above-sale-price", ["cross"]),
        ("since=2026-03-01&until=2026-03-03", ["drop", "cross"]),
        ("since=2026-03-01&until=2026-03-02", ["cross"]),
        ("entity=CANG&severity=warning", ["drop", "script"]),
        ("entity=&severity=&state=", ["debt", "unhealthy", "drop", "cross", "script", "sale"]),
        ("entity=NOPE", []),
    ],
)
def test_alert_filters(client: TestClient, seeded: Seeded, query: str, expected: list[str]) -> None:
    response = client.get(f"/alerts?{query}")
    assert response.status_code == 200
    assert alert_ids(response.text) == [seeded.alerts[name] for name in expected]
    if not expected:
        assert "No alerts match these filters." in response.text


def test_alert_list_paginates(client: TestClient, seeded: Seeded) -> None:
    first = client.get("/alerts?entity=CANG&per_page=3")
    second = client.get("/alerts?entity=CANG&per_page=3&page=2")
    assert alert_ids(first.text) == [seeded.alerts[n] for n in ("debt", "drop", "script")]
    assert alert_ids(second.text) == [seeded.alerts["sale"]]
    assert "page 1 of 2" in first.text and "page 2 of 2" in second.text
    assert 'href="/alerts?entity=CANG&amp;page=2&amp;per_page=3"' in first.text
    assert 'href="/alerts?entity=CANG&amp;page=1&amp;per_page=3"' in second.text
    assert 'rel="next"' not in second.text


def test_bad_filter_value_is_a_400_page(client: TestClient) -> None:
    response = client.get("/alerts?since=yesterday", headers=HTML)
    assert response.status_code == 400
    assert "since: &#39;yesterday&#39; is not an ISO date or datetime" in response.text


def test_alert_detail_explains_itself(client: TestClient, seeded: Seeded) -> None:
    html = client.get(f"/alerts/{seeded.alerts['sale']}").text
    assert "btc_sold for 2026-02 is 4,451, above the threshold of 1,000" in html  # reason
    assert '<th scope="row">threshold</th><td>1,000 BTC</td>' in html  # values compared
    assert '<th scope="row">previous</th><td>550.03</td>' in html
    assert f'<blockquote class="quote">{SALE_QUOTE}</blockquote>' in html  # evidence quote
    assert f'<a href="{SALE_URL}" rel="noopener noreferrer nofollow"' in html  # filing link
    assert "0001104659-26-011408" in html  # accession
    assert len(rows(html, "events")) == 2  # triggering events: the figure and the 6-K
    assert "btc_sold 2026-02 = <strong>4,451</strong> BTC" in html


def test_alert_detail_shows_the_delivery_log(client: TestClient, seeded: Seeded) -> None:
    html = client.get(f"/alerts/{seeded.alerts['sale']}").text
    webhook = html.split('data-channel="analyst-webhook"', 1)[1]
    attempts = rows(webhook, "attempts small")
    assert len(attempts) == 2
    assert "HTTP 503 Service Unavailable" in attempts[0] and "1,210 ms" in attempts[0]
    assert "2026-02-09 11:01:31 UTC" in attempts[1] and "HTTP 200" in attempts[1]
    drop = client.get(f"/alerts/{seeded.alerts['drop']}").text
    assert "SMTP 451 4.7.1 try again later" in drop
    assert "next attempt" in drop


def test_alert_without_token_shows_disabled_acknowledge(client: TestClient, seeded: Seeded) -> None:
    html = client.get(f"/alerts/{seeded.alerts['sale']}").text
    assert '<button type="button" disabled>Acknowledge</button>' in html
    assert "read-only" in html


def test_acknowledged_alert_says_when(client: TestClient, seeded: Seeded) -> None:
    html = client.get(f"/alerts/{seeded.alerts['debt']}").text
    assert "Acknowledged 2026-05-20 15:30 UTC." in html


def test_unknown_alert_is_a_404_page(client: TestClient) -> None:
    response = client.get("/alerts/999999", headers=HTML)
    assert response.status_code == 404
    assert "no alert #999999" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_sources_page_shows_health_errors_and_freshness(client: TestClient) -> None:
    html = client.get("/sources").text
    source_rows = {
        re.search(r'data-source="([^"]+)"', row).group(1): row  # type: ignore[union-attr]
        for row in rows(html, "sources")
    }
    assert set(source_rows) == {"btc-usd", "cango-ir", "cango-news", "retired-feed"}
    assert "st-ok" in source_rows["btc-usd"] and "40 s ago" in source_rows["btc-usd"]
    assert "st-failing" in source_rows["cango-ir"]
    assert source_rows["cango-ir"].count("6 failures in a row") == 1
    assert "failure(s) in a row" not in source_rows["cango-ir"]
    assert "HTTP 503 from https://ir.cangoonline.com/news-releases" in source_rows["cango-ir"]
    assert "2026-05-19 04:45 UTC" in source_rows["cango-ir"]  # last success
    assert "never polled" in source_rows["cango-news"]
    assert "unconfigured" in source_rows["retired-feed"]


def test_entities_page_lists_what_is_stored(client: TestClient) -> None:
    html = client.get("/entities").text
    names = re.findall(r'<a href="/entities/([^"]+)">', html)
    assert names == ["BTC-USD", "CANG", "cango-ir"]


def test_entity_page_has_charts_figures_alerts_and_events(client: TestClient) -> None:
    html = client.get("/entities/CANG").text
    charts = re.findall(r'<svg [^>]*data-chart="([a-z]+)"', html)
    assert charts == ["treasury", "debt", "price"]
    treasury = html.split('data-chart="treasury"', 1)[1].split("</svg>", 1)[0]
    assert "BTC held, 2026-01: 7,474.7 BTC" in treasury
    assert "BTC held, 2026-03: 3,798.1 BTC" in treasury  # the restatement wins
    assert "BTC sold, 2026-02: 4,451 BTC" in treasury
    assert "BTC-USD close, 2026-02:" in treasury
    assert 'href="/alerts/' in treasury  # alert markers link to alerts
    debt = html.split('data-chart="debt"', 1)[1].split("</svg>", 1)[0]
    assert "Total debt, 2025-Q4: 480,000,000 USD" in debt  # the as-of date in its quarter
    assert "Interest expense, 2026-Q1: 7,000,000 USD" in debt
    assert len(rows(html, "alerts")) == 4
    assert len(rows(html, "events")) == 20


def test_price_entity_page_charts_its_price(client: TestClient) -> None:
    html = client.get("/entities/BTC-USD").text
    assert re.findall(r'data-chart="([a-z]+)"', html) == ["price"]
    assert "BTC-USD close, 2026-04: 78,300 USD" in html


def test_unknown_entity_is_a_404(client: TestClient) -> None:
    assert client.get("/entities/NOPE", headers=HTML).status_code == 404


def test_silences_page(client: TestClient, seeded: Seeded) -> None:
    html = client.get("/silences").text
    (row,) = rows(html, "silences")
    assert "btc-above-sale-price" in row and "price noise while the sale settles" in row
    assert "Actions are disabled" in html


def test_silence_link_prefills_the_form(token_client: TestClient) -> None:
    html = token_client.get("/silences?rule_id=debt-down&entity=CANG").text
    assert '<input name="rule_id" value="debt-down"' in html
    assert '<input name="entity" value="CANG"' in html


def test_api_page_lists_the_documented_routes(client: TestClient) -> None:
    html = client.get("/api").text
    for route in ("/api/alerts", "/api/alerts/{alert_id}", "/api/entities/{entity}/series/{metric}",
                  "/healthz", "/metrics", "/api/silences"):  # fmt: skip
        assert f"<code>{route}</code>" in html


def test_pages_load_nothing_from_elsewhere(client: TestClient, seeded: Seeded) -> None:
    for path in ("/alerts", f"/alerts/{seeded.alerts['sale']}", "/entities/CANG", "/sources"):
        response = client.get(path)
        assert "<script" not in response.text
        assert not re.search(r'(src|href)="(https?:)?//(?!www\.sec\.gov|ir\.cango)', response.text)
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp


def test_entity_latest_figures_show_the_latest_period_in_its_unit(
    client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    """An XBRL half-year stored after the quarters must not pass for the latest figure, and
    a metric reported without a figure is not a row among the figures."""
    late = [
        ("interest_expense_usd", "2025-H1", 18_200_000.0, "2026-06-01T12:00"),
        ("ai_milestone", "2026-Q2", None, "2026-06-02T12:00"),
    ]
    with sessions.begin() as session:
        for n, (metric, period, value, seen) in enumerate(late):
            obs = metric_observation(
                entity="CANG",
                metric=metric,
                value=value,
                unit="USD" if value else "",
                period=period,
                occurred_at=at(seen),
                identity=("late", n),
                evidence={"quote": f"late {n}"},
            )
            _insert(session, "cango-edgar", obs, at(seen))
    html = client.get("/entities/CANG").text
    interest = next(r for r in rows(html, "metrics") if "Interest expense" in r)
    assert "<td>2026-Q1</td>" in interest and "$7 million" in interest
    assert "$300 million" in next(r for r in rows(html, "metrics") if "Total debt" in r)
    assert not any("milestone" in r for r in rows(html, "metrics"))
    assert "Also reported, without a figure: AI build-out milestone." in html
    assert "no numeric figure" not in html
