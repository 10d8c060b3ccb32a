"""`monitor extract` through click's CliRunner: files, stdin, URLs (faked), formats, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner

from monitor.commands import extract as extract_module
from monitor.commands.extract import extract_command
from monitor.textify import html_to_text

CANGO_EX99 = """<html><body>
<p>Cango Inc. Announces January 2026 Bitcoin Production and Mining Operations Update</p>
<p>DALLAS, Feb. 3, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced its unaudited
bitcoin production and mining operations update for January 2026.</p>
<table>
 <tr><td>Metrics</td><td>Jan 2026</td><td>Dec 2025</td></tr>
 <tr><td>Number of Bitcoins produced</td><td>496.4</td><td>569.0</td></tr>
 <tr><td>Total number of Bitcoins held<sup>1</sup></td><td>7,474.7</td><td>7,528.3</td></tr>
 <tr><td>Total number of Bitcoins sold</td><td>550.03</td><td>-</td></tr>
 <tr><td>Deployed hashrate</td><td>50 EH/s</td><td>50 EH/s</td></tr>
</table></body></html>"""

SALE = (
    "DALLAS, Feb. 9, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced that it has "
    "sold 4,451 Bitcoin for approximately US$305 million in USDT, and used the proceeds to "
    "partially repay a Bitcoin-collateralized loan."
)
JSON_KEYS = {"metric", "value", "unit", "period", "evidence", "start", "end", "currency", "kind"}


def _invoke(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(extract_command, list(args), input=input, catch_exceptions=False)


def test_html_file_as_json(tmp_path: Path) -> None:
    page = tmp_path / "ex99-1.htm"
    page.write_text(CANGO_EX99, encoding="utf-8")
    result = _invoke(str(page), "--published", "2026-02-03", "--entity", "CANG", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["metric"], r["value"], r["unit"], r["period"]) for r in rows] == [
        ("btc_produced", 496.4, "BTC", "2026-01"),
        ("btc_held", 7474.7, "BTC", "2026-01-31"),  # held under a month column: at its end
        ("btc_sold", 550.03, "BTC", "2026-01"),
    ]
    assert all(set(row) >= JSON_KEYS for row in rows)
    clean = html_to_text(CANGO_EX99)
    for row in rows:
        assert clean[row["start"] : row["end"]] == row["evidence"]
    assert rows[2]["evidence"] == "Total number of Bitcoins sold | 550.03 | -"
    assert rows[2]["row_label"] == "Total number of Bitcoins sold"


def test_stdin_text_as_table() -> None:
    result = _invoke("-", "--published", "2026-02-09", "--entity", "cang", input=SALE)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["METRIC", "VALUE", "UNIT", "PERIOD", "KIND", "EVIDENCE"]
    table = [line.split()[:5] for line in lines[1:]]
    assert table == [
        ["btc_sold", "4451", "BTC", "2026-02", "figure"],
        ["btc_sale_proceeds_usd", "305000000", "USD", "2026-02", "figure"],
        ["debt_repaid_usd", "305000000", "USD", "2026-02", "figure"],
    ]


def test_default_source_is_stdin_and_json_numbers_are_numbers() -> None:
    result = _invoke("--format", "json", input="Riot sold 0 bitcoin in October 2024.")
    rows = json.loads(result.output)
    assert rows == [
        {
            "metric": "btc_sold",
            "value": 0,
            "unit": "BTC",
            "currency": None,
            "period": "2024-10",
            "evidence": "Riot sold 0 bitcoin in October 2024.",
            "start": 0,
            "end": 36,
            "kind": "figure",
            "detail": None,
            "row_label": None,
            "column_label": None,
        }
    ]


def test_html_on_stdin_is_sniffed() -> None:
    result = _invoke("-", "--format", "json", input=b"<p>MARA sold 1,000 BTC in March 2025.</p>")
    rows = json.loads(result.output)
    assert [(r["metric"], r["value"], r["period"]) for r in rows] == [("btc_sold", 1000, "2025-03")]


def test_nothing_found_prints_none() -> None:
    result = _invoke("-", input="Bitcoin traded at $70,410 on Monday.")
    assert result.exit_code == 0
    assert result.output.strip() == "(none)"


def test_non_usd_currency_is_kept() -> None:
    text = "For the fourth quarter of 2024, interest expense was RMB12.6 million (US$1.7 million)."
    rows = json.loads(_invoke("-", "--format", "json", input=text).output)
    assert [(r["value"], r["unit"], r["currency"]) for r in rows] == [
        (12600000, "RMB", "RMB"),
        (1700000, "USD", "USD"),
    ]


class _FakeResponse:
    def __init__(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.content = body
        self.headers = {"Content-Type": content_type}
        self.status_code = status

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code} Client Error")


def test_url_is_fetched_with_timeout_and_user_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def fake_get(url: str, **kwargs: Any) -> _FakeResponse:
        calls.append({"url": url, **kwargs})
        return _FakeResponse(CANGO_EX99.encode(), "text/html; charset=utf-8")

    monkeypatch.setattr(extract_module.requests, "get", fake_get)
    result = _invoke(
        "https://example.test/ex99.htm", "--published", "2026-02-03", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert [row["metric"] for row in json.loads(result.output)] == [
        "btc_produced",
        "btc_held",
        "btc_sold",
    ]
    assert calls[0]["url"] == "https://example.test/ex99.htm"
    assert calls[0]["timeout"] == extract_module.FETCH_TIMEOUT_SECONDS
    assert calls[0]["headers"]["User-Agent"]


@pytest.mark.parametrize(
    "failure",
    [
        requests.ConnectionError("connection refused"),
        requests.Timeout("read timed out"),
    ],
)
def test_url_failure_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, failure: Exception) -> None:
    def fake_get(url: str, **kwargs: Any) -> _FakeResponse:
        raise failure

    monkeypatch.setattr(extract_module.requests, "get", fake_get)
    result = _invoke("https://example.test/missing")
    assert result.exit_code == 1
    assert "could not fetch https://example.test/missing" in result.output
    assert str(failure) in result.output


def test_http_error_status_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        extract_module.requests, "get", lambda url, **kw: _FakeResponse(b"gone", "text/html", 404)
    )
    result = _invoke("https://example.test/gone")
    assert result.exit_code == 1
    assert "404" in result.output


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = _invoke(str(tmp_path / "nope.htm"))
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_bad_published_date_is_a_usage_error() -> None:
    result = _invoke("-", "--published", "09/02/2026", input="x")
    assert result.exit_code == 2
    assert "--published" in result.output


def test_content_type_override_reads_markup_as_text() -> None:
    text = "<p>sold 10 BTC in May 2025</p>"
    as_text = json.loads(
        _invoke("-", "--format", "json", "--content-type", "text/plain", input=text).output
    )
    assert as_text[0]["evidence"] == text
