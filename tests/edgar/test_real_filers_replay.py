"""The shipped debt and interest rules over real filers: backfill, replay, check every alert.

Each real filer's companyfacts are served by a local server at SEC's path and loaded with
`monitor backfill` (no alerts for the past), then the shipped watch list's period-over-period
rules are replayed over the stored history, as `monitor replay` does. Every alert must be a
change the answer key itself shows (same quarters, same direction, past the rule's
threshold), and every such change in the key must raise its alert: a replay in arrival order
gives the alerts the final series would.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from monitor.clock import ManualClock
from monitor.commands.series import series_command
from monitor.model import Alert
from monitor.notify.payload import alert_document
from monitor.replay import replay
from monitor.rules.engine import Rule, RuleEngine
from monitor.rules.loader import load_rules
from monitor.vocabulary.periods import Period
from tests.edgar.real_filers import Filer, KeyRow, filers
from tests.edgar.support import at, edgar_config
from tests.edgar.test_backfill import TestContext, run
from tests.servers import LocalServer, Reply

WATCHLIST = Path(__file__).parents[2] / "rules" / "watchlist.yaml"
FILERS = filers()
METRICS = ("debt_total_usd", "interest_expense_usd")


def shipped_rules(ticker: str, tmp_path: Path) -> list[Rule]:
    """The watch list's period-over-period debt and interest rules, watching `ticker`."""
    doc = yaml.safe_load(WATCHLIST.read_text(encoding="utf-8"))
    chosen = [
        {**rule, "entities": [ticker]}
        for rule in doc["rules"]
        if rule["condition"]["kind"] == "change" and rule["condition"]["metric"] in METRICS
    ]
    assert {r["id"] for r in chosen} == {"debt-falling", "debt-rising", "interest-expense-easing"}
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"rules": chosen}), encoding="utf-8")
    return load_rules([path])


def backfilled(filer: Filer, tmp_path: Path, server: LocalServer) -> TestContext:
    server.routes[f"/api/xbrl/companyfacts/CIK{filer.cik:010d}.json"] = Reply(
        200, filer.body(), {"Content-Type": "application/json"}
    )
    source = (
        f"  - id: facts\n    kind: edgar_facts\n    cik: {filer.cik}\n"
        f"    ticker: {filer.ticker}\n    data_url: {server.url}\n"
    )
    db_url = f"sqlite:///{tmp_path / 'monitor.db'}"
    clock = ManualClock(at("2026-01-05T12:00:00"))
    ctx = TestContext(edgar_config(tmp_path, db_url, source), clock)
    result = run(ctx, "facts", "--since", "1990-01-01")
    assert result.exit_code == 0, result.output
    return ctx


def quarter_of(row: KeyRow) -> Period:
    """The key's own placing of a row in a quarter: fiscal quarters as labelled; a balance
    date in the calendar quarter it closes (a 52/53-week end on 1 July closes June)."""
    if "-Q" in row.period:
        year, quarter = row.period.split("-Q")
        return Period("quarter", int(year), int(quarter))
    day = date.fromisoformat(row.period)
    if day.day <= 7:
        day = day.replace(day=1) - timedelta(days=1)
    return Period("quarter", day.year, (day.month - 1) // 3 + 1)


def expected_alerts(filer: Filer, rules: list[Rule]) -> set[tuple[str, str]]:
    """(rule id, quarter) for every change between consecutive quarters of the key that
    passes a rule's threshold in its direction."""
    expected = set()
    for rule in rules:
        config: Any = rule.condition.config
        key = {quarter_of(r): r.value for r in filer.key() if r.metric == config.metric}
        for quarter, now in key.items():
            before = key.get(quarter.previous())
            if before is None or before == 0:
                continue
            change = (now - before) if config.direction == "increase" else (before - now)
            if change > 0 and change / abs(before) * 100 >= config.min_percent:
                expected.add((rule.id, str(quarter)))
    return expected


def judged_quarters(filer: Filer) -> dict[str, set[str]]:
    """Quarters the key decides, per metric (an alert about any other cannot be checked)."""
    found: dict[str, set[str]] = {metric: set() for metric in METRICS}
    for row in filer.key():
        if row.metric in found:
            found[row.metric].add(str(quarter_of(row)))
    return found


@pytest.mark.parametrize("filer", FILERS, ids=[f.ticker for f in FILERS])
def test_shipped_rules_raise_exactly_the_keys_changes(
    filer: Filer, tmp_path: Path, http_server: LocalServer
) -> None:
    rules = shipped_rules(filer.ticker, tmp_path)
    ctx = backfilled(filer, tmp_path, http_server)
    alerts: list[Alert] = list(replay(ctx.built[-1].sessions, RuleEngine(rules, [])))
    fired = {(a.rule_id, a.values["period"]) for a in alerts}
    judged = judged_quarters(filer)
    for alert in alerts:
        metric = alert.values["metric"]
        # Both quarters compared are quarters the key decides.
        assert {alert.values["period"], alert.values["previous_period"]} <= judged[metric], (
            alert.title
        )
    expected = expected_alerts(filer, rules)
    assert fired - expected == set(), "false alerts"
    assert expected - fired == set(), "missed alerts"


def tesla(tmp_path: Path, server: LocalServer) -> tuple[TestContext, list[Alert]]:
    (filer,) = [f for f in FILERS if f.ticker == "TSLA"]
    rules = shipped_rules(filer.ticker, tmp_path)
    ctx = backfilled(filer, tmp_path, server)
    return ctx, list(replay(ctx.built[-1].sessions, RuleEngine(rules, [])))


def test_series_explain_prints_each_figures_provenance(
    tmp_path: Path, http_server: LocalServer
) -> None:
    ctx, _alerts = tesla(tmp_path, http_server)
    result = CliRunner().invoke(series_command, ["TSLA", "debt_total_usd", "--explain"], obj=ctx)
    assert result.exit_code == 0, result.output
    table, explained = result.output.split("\n\n", 1)
    assert table.splitlines()[0].startswith("PERIOD")
    lines = explained.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("2015-12-31  ")))
    assert lines[start : start + 6] == [
        "2015-12-31  LongTermDebtAndCapitalLeaseObligationsCurrent 627,927,000 [2015-12-31]"
        " (10-K 0001564590-17-003118, filed 2017-03-01)",
        "            - CapitalLeaseObligationsCurrent 15,451,000 [2015-12-31]"
        " (10-K 0001564590-16-013195, filed 2016-02-24)",
        "            + LongTermDebtAndCapitalLeaseObligations 2,021,093,000 [2015-12-31]"
        " (10-K 0001564590-17-003118, filed 2017-03-01)",
        "            - CapitalLeaseObligationsNoncurrent 17,222,000 [2015-12-31]"
        " (10-K 0001564590-16-013195, filed 2016-02-24)",
        "            = 2,616,347,000 USD (sum)",
        "2016-03-31  LongTermDebtAndCapitalLeaseObligationsCurrent 635,285,000 [2016-03-31]"
        " (10-Q 0001564590-16-018886, filed 2016-05-10)",
    ]
    assert "includes finance-lease liabilities: no lease figure" in result.output
    as_json = CliRunner().invoke(
        series_command, ["TSLA", "debt_total_usd", "--explain", "--format", "json"], obj=ctx
    )
    rows = {row["period"]: row for row in json.loads(as_json.output)}
    assert [p["concept"] for p in rows["2022-09-30"]["provenance"]] == [
        "DebtCurrent",
        "LongTermDebt",
    ]


def test_a_debt_alert_shows_where_its_figures_come_from(
    tmp_path: Path, http_server: LocalServer
) -> None:
    _ctx, alerts = tesla(tmp_path, http_server)
    # Debt up with the SolarCity acquisition: Q3 2016 (combined lines) to the 2016 year end.
    (alert,) = [a for a in alerts if a.rule_id == "debt-rising" and a.values["period"] == "2016-Q4"]
    now = (
        "DebtCurrent 1,114,652,000 (10-K 0001564590-18-002956, filed 2018-02-23)"
        " + LongTermDebt 5,892,016,000 (10-K 0001564590-18-002956, filed 2018-02-23)"
        " = 7,006,668,000 USD"
    )
    assert alert.values["explain"] == now
    assert alert.values["previous_explain"].endswith(
        "= 2,704,191,000 USD (includes finance-lease liabilities: no lease figure for this "
        "date in any filing)"
    )
    assert f"2016-Q4: {now}." in alert.body  # the rendered message
    document = alert_document(alert, delivery_id=1)  # what the webhook receives
    assert document["values"]["explain"] == now
    (latest,) = [e for e in document["evidence"] if e["subject"] == "debt_total_usd:2016-12-31"]
    assert [
        (p["concept"], p["accession"], p["form"], p["filed"]) for p in latest["provenance"]
    ] == [
        ("DebtCurrent", "0001564590-18-002956", "10-K", "2018-02-23"),
        ("LongTermDebt", "0001564590-18-002956", "10-K", "2018-02-23"),
    ]
