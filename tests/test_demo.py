"""`monitor demo` end to end: the bundled Cango scenario runs through the real scheduler,
fetcher, sources, extraction, rules and outbox, every shipped rule fires, the webhook sink
gets each alert exactly once, and the output shows the alerts live and where to look next.
The documents of the scenario are checked on their own too: each figure a rule needs comes
out of extraction, and no document claims an AI milestone (the invalidation line needs that).
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from sqlalchemy import select, text

from monitor.commands.demo import demo_command
from monitor.demo import database as demo_database
from monitor.demo import documents, scenario
from monitor.demo.report import Summary, hints
from monitor.extract import extract
from monitor.store import tables
from monitor.store.db import make_engine, session_factory, upgrade
from tests.conftest import POSTGRES_URL

RULES = Path(__file__).resolve().parent.parent / "rules"
ALERT_LINE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d)  (?:ALERT|THESIS) +(\w+) +(\S+) +(.+)$", re.M
)


def shipped_rule_ids() -> set[str]:
    return {
        rule["id"]
        for path in RULES.glob("*.yaml")
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
    }


@dataclass
class DemoRun:
    summary: Summary
    output: str
    alerts: list[tables.Alert]
    deliveries: list[tables.Delivery]
    thesis_evidence: dict[str, list[int]]  # condition key -> the alert ids linked to it

    def alert(self, rule_id: str) -> list[tables.Alert]:
        return [a for a in self.alerts if a.rule_id == rule_id]


def run_demo(url: str, *args: str) -> DemoRun:
    """`monitor demo --speed fast` against `url`; the stored alerts and deliveries."""
    result = CliRunner().invoke(
        demo_command,
        ["--speed", "fast", *args],
        env={"MONITOR_DATABASE_URL": url, "MONITOR_USER_AGENT": None},
        standalone_mode=False,
        catch_exceptions=False,
    )
    engine = make_engine(url)
    with session_factory(engine)() as session:
        alerts = list(session.scalars(select(tables.Alert).order_by(tables.Alert.id)))
        deliveries = list(session.scalars(select(tables.Delivery)))
        evidence: dict[str, list[int]] = {}
        for link in session.scalars(
            select(tables.ThesisEvidence).order_by(tables.ThesisEvidence.id)
        ):
            evidence.setdefault(link.condition_key, []).append(link.alert_id)
    engine.dispose()
    return DemoRun(result.return_value, result.output, alerts, deliveries, evidence)


@pytest.fixture(scope="module")
def sqlite_run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    return run_demo(url)


# --- the run -----------------------------------------------------------------------------


def test_every_shipped_rule_fires_and_nothing_else(sqlite_run: DemoRun) -> None:
    fired = Counter(a.rule_id for a in sqlite_run.alerts)
    # … and the shipped Cango thesis announces its own state changes beside them.
    assert set(fired) == shipped_rule_ids() | {"thesis:cango-sale"}, fired
    assert sqlite_run.summary.alerts_by_rule == dict(fired)


def test_the_cango_thesis_goes_from_active_to_at_risk_to_invalidated(sqlite_run: DemoRun) -> None:
    changes = [a.values for a in sqlite_run.alert("thesis:cango-sale") if "scope" in a.values]
    thesis = [(c["from"], c["to"]) for c in changes if c["scope"] == "thesis"]
    assert thesis == [("draft", "active"), ("active", "at_risk"), ("at_risk", "invalidated")]
    pillars = [(c["pillar"], c["to"]) for c in changes if c["scope"] == "pillar"]
    assert pillars == [
        ("opportunity-cost", "at_risk"),  # BTC back above the sale price in March
        ("treasury", "at_risk"),  # 120.5 BTC sold in March
        ("ai-pivot", "at_risk"),  # no build-out milestone by 2026-12-31
        ("invalidation", "broken"),  # the invalidation line breached
    ]
    invalidated = next(
        a for a in sqlite_run.alert("thesis:cango-sale") if a.values.get("to") == "invalidated"
    )
    assert invalidated.severity == "critical"
    assert invalidated.evidence[0]["rule_id"] == "invalidation-line"
    assert (
        "THESIS    CRITICAL thesis:cango-sale       Thesis cango-sale: at risk → invalidated"
        in (sqlite_run.output)
    )
    # The sale seen on-chain (the illustrative address set): its retraction does not count.
    linked = sqlite_run.thesis_evidence.get("treasury/sale-on-chain", [])
    on_chain = [
        a.values["retracted"] for a in sqlite_run.alert("treasury-outflow") if a.id in linked
    ]
    assert on_chain == [False, False]


def test_the_sink_receives_each_alert_exactly_once(sqlite_run: DemoRun) -> None:
    ids = [a.id for a in sqlite_run.alerts]
    assert sqlite_run.summary.received == Counter({alert_id: 1 for alert_id in ids})
    assert sorted(d.alert_id for d in sqlite_run.deliveries) == sorted(ids)
    assert {(d.status, d.attempts) for d in sqlite_run.deliveries} == {("sent", 1)}


def test_output_shows_each_alert_live_then_the_summary_and_hints(sqlite_run: DemoRun) -> None:
    output = sqlite_run.output
    live = ALERT_LINE.findall(output)
    # Two alerts of one poll may be posted by two dispatchers at once: order within a moment
    # is not part of the contract, the set of lines is.
    assert sorted((rule, title) for _at, _sev, rule, title in live) == sorted(
        (a.rule_id, a.title) for a in sqlite_run.alerts
    )
    assert {sev for _at, sev, _rule, _title in live} == {"CRITICAL", "WARNING", "INFO"}
    summary_at = output.index("alerts, by rule:")
    assert all(output.index(title) < summary_at for *_, title in live)
    assert "EDGAR+PRN 6-K: Cango Inc. Completes Bitcoin Sale" in output
    # MONITOR_DATABASE_URL was set by the user: the hints need no URL in front.
    assert "\n  monitor alerts list\n" in output[summary_at:]
    assert "\n  monitor web" in output[summary_at:]


README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_run_prints_the_readme_sample(sqlite_run: DemoRun, tmp_path: Path) -> None:
    """The alert lines (times included, in order) are the same on a second run, and they are
    the sample the README shows."""
    again = run_demo(f"sqlite:///{tmp_path / 'again.db'}", "--quiet")
    first = ALERT_LINE.findall(sqlite_run.output)
    assert ALERT_LINE.findall(again.output) == first
    sample = README.read_text(encoding="utf-8").split("```\n2026-01-15", 1)[1].split("```")[0]
    assert ALERT_LINE.findall("2026-01-15" + sample) == first


def test_alerts_carry_the_scenario_figures(sqlite_run: DemoRun) -> None:
    run = sqlite_run
    values = {a.rule_id: a.values for a in run.alerts}
    assert sorted(a.values["period"] for a in run.alert("further-btc-sales")) == [
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    assert [a.values["value"] for a in run.alert("further-btc-sales")] == [550.03, 4451, 120.5]
    assert [a.values["period"] for a in run.alert("btc-holdings-falling")] == [
        "2026-01",
        "2026-02",
    ]
    assert values["debt-rising"]["period"] == "2025-Q3"
    assert values["debt-rising"]["change_percent"] == pytest.approx(6.38, abs=0.01)
    assert values["debt-falling"]["period"] == "2025-Q4"
    assert values["debt-falling"]["value"] == 420_000_000
    assert values["debt-falling"]["change_percent"] == pytest.approx(-14.02, abs=0.01)
    easing = values["interest-expense-easing"]
    assert (easing["previous_value"], easing["value"]) == pytest.approx((12_300_000, 9_900_000))
    assert values["ai-capex-guidance"]["value"] == 200_000_000
    assert values["ai-capex-guidance"]["period"] == "2026-Q3"
    cross = values["btc-above-sale-price"]
    assert cross["previous_price"] <= 68_524 < cross["price"]
    assert values["stock-move"]["change_percent"] >= 15
    (stock,) = run.alert("stock-move")
    assert stock.fired_at.date().isoformat() == "2026-02-10"
    breach = values["invalidation-line"]
    assert breach["state"] == "breached"
    assert breach["missing"] == ["a reported AI build-out milestone"]
    assert len(breach["met"]) == 1 and breach["met"][0].startswith("total debt at least 10% below")


def test_alerts_fire_in_the_scenario_s_time(sqlite_run: DemoRun) -> None:
    fired = {a.rule_id: a.fired_at.replace(tzinfo=UTC) for a in sqlite_run.alerts}
    assert scenario.START < fired["debt-rising"] < scenario.END
    assert fired["invalidation-line"] >= datetime(2027, 1, 1, tzinfo=UTC)
    sale = scenario.release("bitcoin-sale").published
    assert sale < max(a.fired_at.replace(tzinfo=UTC) for a in sqlite_run.alert("further-btc-sales"))


def test_the_treasury_outflow_fires_with_txid_evidence_is_retracted_then_counted_again(
    sqlite_run: DemoRun,
) -> None:
    outflow, retraction, again = sqlite_run.alert("treasury-outflow")
    sale_txid = outflow.values["txid"]
    assert [a.values["txid"] for a in (retraction, again)] == [sale_txid, sale_txid]
    # 4,451 BTC to the exchange; 0.0002 BTC of fee also left the set.
    assert outflow.values["amount_btc"] == 4451.0002
    assert outflow.values["attribution"] == "analyst_hypothesis"
    assert "a hypothesis, not confirmed" in outflow.body
    (evidence,) = outflow.evidence
    assert evidence["txid"] == sale_txid and evidence["url"].endswith(f"/tx/{sale_txid}")
    assert retraction.title.startswith("RETRACTION: ")
    assert retraction.values["retracts_alert"] == outflow.id
    assert retraction.values["block_hash"] == outflow.values["block_hash"]
    assert again.values["block_hash"] != outflow.values["block_hash"]
    # Three days before the company announced the sale.
    sale = scenario.release("bitcoin-sale").published
    assert outflow.fired_at.replace(tzinfo=UTC) < sale - timedelta(days=2)
    (mismatch,) = sqlite_run.alert("treasury-holdings-mismatch")
    assert mismatch.values["period"] == "2026-01" and mismatch.values["direction"] == "below"


# --- the database it writes to ------------------------------------------------------------


def test_refuses_a_database_that_holds_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'used.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(tables.Event.__table__.insert().values(**_event()))
    result = CliRunner().invoke(
        demo_command, ["--speed", "fast"], env={"MONITOR_DATABASE_URL": url}
    )
    with engine.connect() as connection:
        count = connection.scalar(text("select count(*) from events"))
    engine.dispose()
    assert result.exit_code == 1
    assert "already holds 1 events" in result.output
    assert count == 1


def test_refuses_a_database_where_a_real_poll_failed(tmp_path: Path) -> None:
    """A failed poll stores no event, only the source's state (and its back-off)."""
    url = f"sqlite:///{tmp_path / 'failed.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            tables.SourceState.__table__.insert().values(
                source_id="btc-usd", consecutive_failures=3, last_error="HTTP 503"
            )
        )
    result = CliRunner().invoke(
        demo_command, ["--speed", "fast"], env={"MONITOR_DATABASE_URL": url}
    )
    with engine.connect() as connection:
        events = connection.scalar(text("select count(*) from events"))
    engine.dispose()
    assert result.exit_code == 1
    assert "already holds 1 source states; the demo writes a simulated history" in result.output
    assert events == 0


def _event() -> dict[str, Any]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return {
        "fingerprint": "f" * 64,
        "source_id": "btc-usd",
        "kind": "price",
        "entity": "BTC-USD",
        "subject": "BTC-USD",
        "occurred_at": now,
        "observed_at": now,
        "payload": {"price": 87_000.0},
        "evidence": {},
    }


def test_without_the_variable_a_fresh_demo_db_in_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "Application Support" / "signal-monitor"
    data_dir.mkdir(parents=True)
    for name in ("demo.db", "demo.db-wal", "demo.db-shm"):
        (data_dir / name).write_text("left by the last run")
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    monkeypatch.setattr(demo_database, "default_data_dir", lambda: data_dir)

    chosen = demo_database.choose_database()

    assert chosen.url == f"sqlite:///{data_dir / 'demo.db'}"
    assert not chosen.from_environment
    assert not list(data_dir.iterdir())
    assert hints(chosen)[0] == f"MONITOR_DATABASE_URL='{chosen.url}' monitor alerts list"


# --- the scenario's documents ---------------------------------------------------------------

# (release key) -> the figures the rules read from it: (metric, period) -> value
# Holdings under a month's column are balances at its last day (the labelling convention).
NEEDED = {
    "production-2025-12": {("btc_held", "2025-12-31"): 7528.3},
    "production-2026-01": {("btc_held", "2026-01-31"): 7474.7, ("btc_sold", "2026-01"): 550.03},
    "bitcoin-sale": {("btc_sold", "2026-02"): 4451},
    "production-2026-02": {("btc_held", "2026-02-28"): 3313.4, ("btc_sold", "2026-02"): 4451},
    "production-2026-03": {("btc_held", "2026-03-31"): 3594.1, ("btc_sold", "2026-03"): 120.5},
    "results-2025-q4": {
        ("debt_total_usd", "2025-12-31"): 420_000_000,
        ("interest_expense_usd", "2025-Q4"): 9_900_000,
    },
    "ai-inference-plan": {
        ("ai_capex_usd", "2026-Q3"): 200_000_000,
        ("ai_capacity_mw", "2026-Q3"): 50,
        ("debt_issued_usd", "2026-04"): 50_000_000,
    },
}


def _figures(html: str, published: datetime) -> dict[tuple[str, str | None], float | None]:
    """(metric, period) -> the figure a rule reads: of one document's figures for a period,
    the largest (a part beside its total, e.g. a balance sheet's short-term borrowings beside
    total debt, never stands for the period: monitor.rules.series)."""
    found = extract(html, content_type="text/html", published=published.date(), entity="CANG")
    figures: dict[tuple[str, str | None], float | None] = {}
    for x in found:
        value = None if x.value is None else float(x.value)
        earlier = figures.get((x.metric, x.period))
        if earlier is None or (value is not None and value > earlier):
            figures[(x.metric, x.period)] = value
    return figures


@pytest.mark.parametrize("key", sorted(NEEDED))
def test_each_document_yields_the_figures_its_rules_need(key: str) -> None:
    item = scenario.release(key)
    copies = [documents.exhibit(f) for f in scenario.FILINGS if f.release == key]
    if item.prn_id is not None:
        copies.append(documents.prn_release(item))
    assert copies
    for html in copies:
        figures = _figures(html, item.published)
        assert {k: figures.get(k) for k in NEEDED[key]} == pytest.approx(NEEDED[key])


def test_no_document_reports_an_ai_milestone() -> None:
    pages = [(documents.exhibit(f), f.accepted) for f in scenario.FILINGS if f.release is not None]
    pages += [(documents.cover(f), f.accepted) for f in scenario.FILINGS if f.release]
    pages += [(documents.prn_release(r), r.published) for r in scenario.RELEASES if r.prn_id]
    milestones = [
        key for html, day in pages for key in _figures(html, day) if key[0] == "ai_milestone"
    ]
    assert len(pages) > 25
    assert milestones == []


# --- PostgreSQL --------------------------------------------------------------------------


@pytest.fixture
def empty_postgres_url(postgres_url: str) -> Iterator[str]:
    """A schema of its own on the test server: the demo refuses one that holds events."""
    schema = f"demo_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def test_demo_on_postgresql_quietly(empty_postgres_url: str) -> None:
    run = run_demo(empty_postgres_url, "--quiet")
    assert {a.rule_id for a in run.alerts} == shipped_rule_ids() | {"thesis:cango-sale"}
    assert run.summary.received == Counter({a.id: 1 for a in run.alerts})
    assert len(ALERT_LINE.findall(run.output)) == len(run.alerts)
    assert "EDGAR+PRN" not in run.output  # quiet: no narration, only alerts and summary
    assert "\n  monitor alerts list\n" in run.output
