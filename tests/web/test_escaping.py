"""Scraped text is shown as text: a release quoting <script> never becomes markup, a scraped
javascript: URL never becomes a link, and no page may run a script at all (CSP)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from monitor.web.charts import Marker, PeriodChart, Series, render_chart
from monitor.web.evidence import evidence_view, safe_url
from tests.web.seed import RELEASE_URL, Seeded

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_a_release_quoting_script_shows_as_text_on_the_alert_page(
    client: TestClient, seeded: Seeded
) -> None:
    html = client.get(f"/alerts/{seeded.alerts['script']}").text
    assert "<script" not in html
    assert f"The mining hashrate loan {ESCAPED} bears interest at 10% per annum." in html
    assert ESCAPED in html.split("Why it fired", 1)[1].split("Values compared", 1)[0]  # reason
    assert "Cango &lt;b&gt;repays&lt;/b&gt; part of its hashrate loan" in html  # values
    assert "<b>repays" not in html


def test_scraped_text_is_escaped_on_every_page(client: TestClient, seeded: Seeded) -> None:
    for path in (
        "/entities/CANG",
        "/sources",
        "/alerts",
        "/events",
        f"/alerts/{seeded.alerts['script']}",
    ):
        html = client.get(path).text
        assert "<script" not in html and "<em>busy" not in html and "<b>repays" not in html
    assert ESCAPED in client.get("/entities/CANG").text
    assert "&lt;em&gt;busy&lt;/em&gt;" in client.get("/sources").text


def test_only_http_links_are_links(client: TestClient, seeded: Seeded) -> None:
    html = client.get(f"/alerts/{seeded.alerts['script']}").text
    assert f'<a href="{RELEASE_URL}"' in html
    assert 'href="javascript:' not in html
    assert "<dt>document_url</dt><dd>javascript:alert(2)</dd>" in html


def test_json_carries_the_raw_text(client: TestClient, seeded: Seeded) -> None:
    body = client.get(f"/api/alerts/{seeded.alerts['script']}").json()
    assert "<script>alert(1)</script>" in body["evidence"][0]["quote"]


def test_security_headers_forbid_scripts_and_framing(client: TestClient) -> None:
    headers = client.get("/alerts").headers
    assert headers["content-security-policy"].startswith("default-src 'none'")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_chart_labels_are_escaped() -> None:
    chart = PeriodChart(
        key="x",
        title="<script>t</script>",
        categories=("2026-01", "<i>2026-02</i>"),
        bars=(Series("<b>held</b>", (1.0, 2.0), "B&C"),),
        markers=(Marker(1, '"><script>m</script>', '/alerts/1"onload="x', "critical"),),
    )
    svg = str(render_chart(chart))
    assert "<script" not in svg and "<b>" not in svg and "<i>" not in svg
    assert "&lt;b&gt;held&lt;/b&gt;" in svg and "B&amp;C" in svg
    assert 'href="/alerts/1&#34;onload=&#34;x"' in svg


def test_safe_url() -> None:
    assert safe_url("https://www.sec.gov/x") == "https://www.sec.gov/x"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil", "", 5):
        assert safe_url(bad) is None


def test_evidence_view_separates_quote_links_and_fields() -> None:
    view = evidence_view(
        {"quote": "q", "url": "https://a.example/f", "release_url": "ftp://x", "start": 3},
        skip=("kind",),
    )
    assert view.quote == "q"
    assert [(link.label, link.url) for link in view.links] == [
        ("source document", "https://a.example/f")
    ]
    assert view.fields == [("release_url", "ftp://x")]
