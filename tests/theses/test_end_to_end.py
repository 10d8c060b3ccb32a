"""A thesis on a running monitor: price polls raise rule alerts, the thesis judges them in the
same transaction, and its state changes reach the webhook through the outbox; the CLI shows,
reviews and closes it."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.clock import ManualClock
from tests.helpers import monitor_from, price_config, quotes, write
from tests.servers import LocalServer, WebhookReceiver

THESIS = """\
theses:
  - id: btc-dip
    title: Bitcoin stays below the sale price
    statement: Selling at 68,524 was right; bitcoin does not come back, nor fall apart.
    entities: [BTC-USD]
    opened: 2026-02-01
    pillars:
      - id: timing
        title: Timing of the sale
        conditions:
          - {id: back-above, rule: btc-above, effect: weakens}
      - id: floor
        title: No collapse
        conditions:
          - id: collapse
            condition: {kind: price_cross, direction: below, level: 60000}
            effect: kills
"""


def _setup(tmp_path: Path, db_url: str, server: LocalServer, hook: str) -> Path:
    config = price_config(tmp_path, db_url, f"{server.url}/spot", hook)
    write(tmp_path / "theses" / "btc.yaml", THESIS)
    config.write_text(config.read_text() + "theses: [theses]\n")
    return config


def _cli(config: Path, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--config", str(config), "thesis", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output) if "json" in args else result.output


def test_state_changes_are_alerts_delivered_with_the_rule_alerts(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with LocalServer() as server, WebhookReceiver() as receiver:
        server.routes["/spot"] = quotes("67000", "69000", "59000")
        config = _setup(tmp_path, db_url, server, receiver.hook_url)
        monitor = monitor_from(config, clock)
        titles = []
        for _ in range(3):
            reports = monitor.poll()
            titles.append([a.title for r in reports for a in r.alerts])
            clock.advance(timedelta(minutes=1))
        monitor.dispatch()
        received = [(hit.json()["rule_id"], hit.json()["title"]) for hit in receiver.deliveries()]
        monitor.close()

    assert titles == [
        [],  # the first poll is a baseline; the thesis is judged on the timer: nothing news
        [
            "BTC-USD above 68,524",
            "Thesis btc-dip: pillar Timing of the sale holding → at risk",
            "Thesis btc-dip: active → at risk",
        ],
        [
            "BTC-USD: collapse (Bitcoin stays below the sale price)",
            "Thesis btc-dip: pillar No collapse holding → broken",
            "Thesis btc-dip: at risk → invalidated",
        ],
    ]
    assert sorted(received) == sorted(
        [
            ("btc-above", "BTC-USD above 68,524"),
            ("thesis:btc-dip", "Thesis btc-dip: pillar Timing of the sale holding → at risk"),
            ("thesis:btc-dip", "Thesis btc-dip: active → at risk"),
            ("btc-dip--collapse", "BTC-USD: collapse (Bitcoin stays below the sale price)"),
            ("thesis:btc-dip", "Thesis btc-dip: pillar No collapse holding → broken"),
            ("thesis:btc-dip", "Thesis btc-dip: at risk → invalidated"),
        ]
    )


def test_cli_lists_shows_reviews_and_closes_a_thesis(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with LocalServer() as server:
        server.routes["/spot"] = quotes("67000", "69000")
        config = _setup(tmp_path, db_url, server, "")
        monitor = monitor_from(config, clock)
        monitor.poll()
        monitor.poll()
        monitor.close()

    listed = _cli(config, "list", "--format", "json")
    assert [(t["id"], t["state"], t["pillars"]) for t in listed] == [
        ("btc-dip", "at_risk", {"at_risk": 1, "holding": 1})
    ]
    shown = _cli(config, "show", "btc-dip", "--format", "json")
    card = {
        p["id"]: [(c["id"], c["state"], c["effect"]) for c in p["conditions"]]
        for p in shown["scorecard"]
    }
    assert card == {
        "timing": [("back-above", "met", "weakens")],
        "floor": [("collapse", "pending", "kills")],
    }
    latest = shown["scorecard"][0]["conditions"][0]["latest_evidence"]
    assert latest["title"] == "BTC-USD above 68,524"
    changed = shown["since_last_review"]
    assert [(e["condition"], e["direction"]) for e in changed["evidence"]] == [
        ("back-above", "weakens")
    ]
    assert [
        (c["scope"], c["from"], c["to"]) for c in changed["changes"] if c["scope"] != "condition"
    ] == [
        ("pillar", None, "holding"),  # the first judgement, on the baseline poll's timer
        ("pillar", None, "holding"),
        ("thesis", None, "active"),
        ("pillar", "holding", "at_risk"),
        ("thesis", "active", "at_risk"),
    ]

    reviewed = _cli(
        config, "review", "btc-dip", "--note", "BTC rebounded; watching", "--format", "json"
    )
    assert reviewed["note"] == "BTC rebounded; watching"
    assert len(reviewed["changed"]["evidence"]) == 1  # what changed, shown as it is reviewed
    after = _cli(config, "show", "btc-dip", "--format", "json")
    assert after["since_last_review"]["evidence"] == []
    assert after["review"]["last_note"] == "BTC rebounded; watching"

    refused = CliRunner().invoke(
        main, ["--config", str(config), "thesis", "close", "btc-dip", "--note", " "]
    )
    assert refused.exit_code == 1
    assert "post-mortem note" in refused.output
    closed = _cli(config, "close", "btc-dip", "--note", "sold too early", "--format", "json")
    assert closed["alert_id"] is not None
    assert _cli(config, "list", "--format", "json")[0]["state"] == "closed"
    text = _cli(config, "show", "btc-dip")
    assert "state:    CLOSED" in text and "Timing of the sale" in text
    unknown = CliRunner().invoke(main, ["--config", str(config), "thesis", "show", "nope"])
    assert unknown.exit_code == 1 and "no thesis 'nope' (known: btc-dip)" in unknown.output


def test_monitor_check_validates_the_thesis_files_with_file_and_line(
    tmp_path: Path, db_url: str
) -> None:
    with LocalServer() as server:
        config = _setup(tmp_path, db_url, server, "")
    good = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert good.exit_code == 0, good.output
    assert good.output.strip().endswith("1 rules, 1 theses")
    thesis_file = tmp_path / "theses" / "btc.yaml"
    thesis_file.write_text(THESIS.replace("rule: btc-above", "rule: btc-abov"))
    bad = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert bad.exit_code == 2
    assert bad.output == (
        f"error: {thesis_file}:11: theses[0].pillars[0].conditions[0].rule: "
        "unknown rule 'btc-abov'\n"
    )


def test_alerts_show_names_the_theses_an_alert_is_evidence_for(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with LocalServer() as server:
        server.routes["/spot"] = quotes("67000", "69000")
        config = _setup(tmp_path, db_url, server, "")
        monitor = monitor_from(config, clock)
        monitor.poll()
        (crossed,) = [a for r in monitor.poll() for a in r.alerts if a.rule_id == "btc-above"]
        monitor.close()
    shown = CliRunner().invoke(
        main, ["--config", str(config), "alerts", "show", str(crossed.id), "--format", "json"]
    )
    assert json.loads(shown.output)["theses"] == ["btc-dip"]
    text = CliRunner().invoke(main, ["--config", str(config), "alerts", "show", str(crossed.id)])
    assert "Evidence for theses: btc-dip" in text.output


def test_a_thesis_that_cannot_be_judged_costs_the_poll_nothing_and_is_judged_next_time(
    tmp_path: Path, db_url: str, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.theses import tracker

    judge = tracker.evaluate

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in judging")

    with LocalServer() as server:
        server.routes["/spot"] = quotes("67000", "69000")
        config = _setup(tmp_path, db_url, server, "")
        monitor = monitor_from(config, clock)
        monitor.poll()
        monkeypatch.setattr(tracker, "evaluate", broken)
        clock.advance(timedelta(minutes=1))
        failing = [a.title for r in monitor.poll() for a in r.alerts]
        monkeypatch.setattr(tracker, "evaluate", judge)
        clock.advance(timedelta(minutes=1))
        repaired = [a.title for r in monitor.poll() for a in r.alerts]
        monitor.close()
    assert failing == ["BTC-USD above 68,524"]  # the rule's alert is stored all the same
    assert repaired == [
        "Thesis btc-dip: pillar Timing of the sale holding → at risk",
        "Thesis btc-dip: active → at risk",
    ]
