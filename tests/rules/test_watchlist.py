"""The shipped watch list replayed over a scripted Cango timeline: exactly these alerts, in
this order."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import yaml
from click.testing import CliRunner

from monitor.cli import main
from monitor.config import shipped_rules_dir
from monitor.replay import load_jsonl_events, replay, scratch_sessions
from monitor.rules.engine import RuleEngine
from monitor.rules.loader import load_rules, rule_files
from tests.rules.runner import expand

TIMELINE = yaml.safe_load((Path(__file__).parent / "cango_timeline.yaml").read_text())
SHIPPED_IDS = {
    "further-btc-sales",
    "btc-holdings-falling",
    "debt-falling",
    "debt-rising",
    "new-debt",
    "interest-expense-easing",
    "ai-capex-guidance",
    "invalidation-line",
    "btc-above-sale-price",
    "stock-move",
    "treasury-outflow",
    "treasury-holdings-mismatch",
}
EXPECTED = [
    ("further-btc-sales", "CANG", "2026-01"),
    ("btc-holdings-falling", "CANG", "2026-01"),
    ("further-btc-sales", "CANG", "2026-02"),
    ("stock-move", "CANG", "up:2026-02-10"),
    ("btc-above-sale-price", "BTC-USD", "above-68524@"),
    ("btc-holdings-falling", "CANG", "2026-02"),
    ("ai-capex-guidance", "CANG", "2026-Q3:ai"),
    ("new-debt", "CANG", "2026-04"),
    ("debt-falling", "CANG", "2026-Q1"),
    ("interest-expense-easing", "CANG", "2026-Q1"),
    ("invalidation-line", "CANG", "breached:2026-12-31"),
]


def write_timeline(path: Path) -> Path:
    ordered = sorted(TIMELINE, key=lambda e: str(e["at"]))
    lines = [json.dumps(expand(e, i), default=str) for i, e in enumerate(ordered)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_every_shipped_rule_file_loads_with_the_required_ids() -> None:
    assert rule_files([shipped_rules_dir()])
    assert {rule.id for rule in load_rules([shipped_rules_dir()])} == SHIPPED_IDS


def test_replay_of_the_cango_timeline_gives_exactly_the_expected_alerts(tmp_path: Path) -> None:
    sessions = scratch_sessions(tmp_path)
    load_jsonl_events(write_timeline(tmp_path / "timeline.jsonl"), sessions)
    engine = RuleEngine(load_rules([shipped_rules_dir()]), [])
    alerts = list(replay(sessions, engine, until=datetime(2027, 1, 10, tzinfo=UTC)))
    got = [(a.rule_id, a.entity, a.dedup_key.split(":", 2)[2]) for a in alerts]
    assert len(got) == len(EXPECTED), got
    for (rule, entity, subject), (want_rule, want_entity, want_subject) in zip(
        got, EXPECTED, strict=True
    ):
        assert (rule, entity) == (want_rule, want_entity)
        assert subject.startswith(want_subject), (rule, subject)
    titles: dict[str, str] = {}
    for alert in alerts:
        titles.setdefault(alert.rule_id, alert.title)  # the first alert of each rule
    assert titles["further-btc-sales"] == "CANG sold 550.03 BTC (2026-01)"
    assert titles["debt-falling"] == "CANG debt down 37.5% in 2026-Q1"
    assert titles["new-debt"].startswith("CANG took on new debt: $80")
    assert titles["new-debt"].endswith("(2026-04)")
    assert titles["invalidation-line"] == "CANG invalidation line breached (2026-12-31)"
    assert titles["btc-above-sale-price"].startswith("BTC-USD back above $68,524 (")


def test_rules_test_command_runs_one_rule_over_a_jsonl_file(tmp_path: Path) -> None:
    events = write_timeline(tmp_path / "timeline.jsonl")
    result = CliRunner().invoke(
        main, ["rules", "test", "further-btc-sales", "--events", str(events), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    fired = json.loads(result.output)
    assert [a["values"]["period"] for a in fired] == ["2026-01", "2026-02"]
    assert {a["rule_id"] for a in fired} == {"further-btc-sales"}


def test_rules_test_reports_a_bad_line(tmp_path: Path) -> None:
    events = tmp_path / "bad.jsonl"
    events.write_text('{"kind": "price"}\n')
    result = CliRunner().invoke(main, ["rules", "test", "stock-move", "--events", str(events)])
    assert result.exit_code == 1
    assert "bad.jsonl:1: bad event" in result.output


def test_replay_command_prints_the_timeline_from_the_database(tmp_path: Path) -> None:
    sessions = scratch_sessions(tmp_path)
    load_jsonl_events(write_timeline(tmp_path / "timeline.jsonl"), sessions)
    config = tmp_path / "monitor.yaml"
    config.write_text(
        f"database_url: sqlite:///{tmp_path / 'scratch.db'}\nrules: [{shipped_rules_dir()}]\n"
    )
    result = CliRunner().invoke(
        main, ["--config", str(config), "replay", "--until", "2026-03-05", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    fired = [a["rule_id"] for a in json.loads(result.output)]
    assert fired == [r for r, _e, _s in EXPECTED[:6]]
