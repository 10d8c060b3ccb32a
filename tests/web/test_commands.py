"""`monitor series` and `monitor web`, run through click."""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.commands import web as web_module
from monitor.commands.series import series_command
from monitor.commands.web import describe_access, web_command
from monitor.config import Settings
from tests.web.seed import Seeded


def run(command: Any, args: list[str], settings: Settings) -> Any:
    return CliRunner().invoke(command, args, obj=SimpleNamespace(settings=settings))


def test_series_table(settings: Settings, seeded: Seeded) -> None:
    result = run(series_command, ["CANG", "btc_held"], settings)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["PERIOD", "VALUE", "UNIT", "RESTATED_FROM"]
    assert [line.split()[:2] for line in lines[1:]] == [
        ["2025-12", "7,528.3"],
        ["2026-01", "7,474.7"],
        ["2026-02", "3,313.4"],
        ["2026-03", "3,798.1"],
        ["2026-04", "4,287.9"],
    ]
    assert lines[4].split()[3] == "3,802.6"  # what the restatement replaced


def test_series_json_by_quarter(settings: Settings, seeded: Seeded) -> None:
    result = run(
        series_command, ["CANG", "debt_total_usd", "--by", "quarter", "--format", "json"], settings
    )
    points = json.loads(result.output)
    assert [(p["period"], p["value"]) for p in points] == [
        ("2025-Q3", 500_000_000),
        ("2025-Q4", 480_000_000),
        ("2026-Q1", 300_000_000),
    ]


def test_series_csv(settings: Settings, seeded: Seeded) -> None:
    result = run(series_command, ["CANG", "btc_sold", "--format", "csv"], settings)
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["period"], r["value"], r["figures"]) for r in rows] == [
        ("2026-01", "550.03", "1"),
        ("2026-02", "4451", "2"),
    ]


def test_series_of_nothing_names_the_known_metrics(settings: Settings, seeded: Seeded) -> None:
    result = run(series_command, ["CANG", "btc_hold"], settings)
    assert result.exit_code == 1
    hint = "no figures of btc_hold for CANG; metrics stored for CANG: btc_held, btc_sold"
    assert hint in result.output  # on stderr, which click's runner shows in output


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_web_command_serves_the_app_with_uvicorn(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    result = run(web_command, ["--port", "8123"], settings)
    assert result.exit_code == 0, result.output
    (call,) = calls
    assert call["host"] == "127.0.0.1" and call["port"] == 8123
    assert call["app"].title == "Signal Monitor"
    assert "serving:  http://127.0.0.1:8123/" in result.output
    assert "actions:  disabled — no web.token_env configured (read-only)" in result.output


def test_web_command_says_who_can_act() -> None:
    assert describe_access("MONITOR_WEB_TOKEN", True, "127.0.0.1") == [
        "actions:  need the bearer token from $MONITOR_WEB_TOKEN"
    ]
    assert describe_access("MONITOR_WEB_TOKEN", False, "0.0.0.0") == [
        "actions:  disabled — $MONITOR_WEB_TOKEN is not set (read-only)",
        "warning:  listening on 0.0.0.0: anyone who can reach it can read alerts",
    ]
    assert web_module.LOOPBACK[0] == "127.0.0.1"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_monitor_web_reads_the_web_section(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "web.yaml"
    config.write_text(
        f'database_url: "{db_url}"\nweb: {{port: 9001, token_env: MONITOR_TEST_WEB_TOKEN}}\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("MONITOR_TEST_WEB_TOKEN", "t0ken")
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append(kwargs))
    result = CliRunner().invoke(main, ["--config", str(config), "web"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 9001, "log_level": "info"}]
    assert "actions:  need the bearer token from $MONITOR_TEST_WEB_TOKEN" in result.output


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_monitor_series_through_the_cli(settings: Settings, seeded: Seeded) -> None:
    assert settings.path is not None
    result = CliRunner().invoke(
        main, ["--config", str(settings.path), "series", "CANG", "interest_expense_usd"]
    )
    assert result.exit_code == 0, result.output
    assert [line.split()[:2] for line in result.output.splitlines()[1:]] == [
        ["2025-Q3", "9400000"],
        ["2025-Q4", "9000000"],
        ["2026-Q1", "7000000"],
    ]


def test_sources_command_lists_what_the_sources_page_lists(
    settings: Settings, seeded: Seeded, client: Any
) -> None:
    result = CliRunner().invoke(
        main, ["--config", str(settings.path), "sources", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    listed = {row["id"]: row for row in json.loads(result.output)}
    page = client.get("/sources").text
    assert set(listed) == {"btc-usd", "cango-ir", "cango-news", "retired-feed"}
    assert all(f'data-source="{sid}"' in page for sid in listed)
    assert listed["retired-feed"]["kind"] == "(not configured)"
    assert listed["cango-ir"]["health"] == "failing"
    # The error is shown once: in its own column, not again in the verdict.
    error = listed["cango-ir"]["last_error"]
    assert error and error not in listed["cango-ir"]["health_reason"]
    assert page.count(html.escape(error)) == 1


def test_series_entity_is_matched_without_regard_to_case(
    settings: Settings, seeded: Seeded
) -> None:
    result = run(series_command, ["cang", "btc_held", "--format", "json"], settings)
    assert result.exit_code == 0, result.output
    assert [p["period"] for p in json.loads(result.output)][:2] == ["2025-12", "2026-01"]
    missing = run(series_command, ["NOPE", "btc_held"], settings)
    assert missing.exit_code == 1
    assert "no figures of btc_held for NOPE; entities stored: BTC-USD, CANG" in missing.output


def events_cli(settings: Settings, *args: str) -> Any:
    return CliRunner().invoke(main, ["--config", str(settings.path), "events", *args])


def test_events_filters_match_what_is_stored(settings: Settings, seeded: Seeded) -> None:
    found = events_cli(
        settings, "--entity", "cang", "--kind", "metric_observed", "--format", "json"
    )
    assert found.exit_code == 0, found.output
    rows = json.loads(found.output)
    assert rows and {r["entity"] for r in rows} == {"CANG"}
    wrong_kind = events_cli(settings, "--kind", "filing")
    assert wrong_kind.exit_code == 2
    assert "no events with kind 'filing' (stored: " in wrong_kind.output
    assert "filing_published" in wrong_kind.output
    wrong_entity = events_cli(settings, "--entity", "CANGO")
    assert wrong_entity.exit_code == 2
    assert "no events with entity 'CANGO' (stored: BTC-USD, CANG" in wrong_entity.output
