"""Runs a rule over scripted events through the real replay path (scratch SQLite DB).

Events are written in a short form:
  {metric: btc_sold, value: 550.03, period: 2026-01, at: 2026-02-03}       metric_observed
  {metric: ..., restated: true, ...}                                         metric_restated
  {price: 69000, entity: BTC-USD, at: 2026-03-01T10:00}                      price
  {event: filing_published, subject: ..., payload: {...}, at: ...}          any kind
Optional on every event: entity (default CANG), observed (default = at), document.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.model import Alert
from monitor.replay import load_jsonl_events, replay, scratch_sessions
from monitor.rules import CONDITIONS
from monitor.rules.engine import Rule, RuleEngine
from monitor.rules.spec import rule_model


def expand(short: dict[str, Any], index: int) -> dict[str, Any]:
    at = str(short["at"])
    entity = short.get("entity", "CANG")
    if "metric" in short:
        period = None if short.get("period") is None else str(short["period"])
        payload = {
            "metric": short["metric"],
            "value": short.get("value"),
            "unit": short.get("unit", ""),
            "period": period,
            **short.get("payload", {}),
        }
        kind = "metric_restated" if short.get("restated") else "metric_observed"
        event = {
            "kind": kind,
            "subject": f"{short['metric']}:{period or '-'}",
            "payload": payload,
            "evidence": {"quote": short.get("quote", f"#{index}")},
        }
    elif "price" in short:
        event = {
            "kind": "price",
            "subject": entity,
            "payload": {"price": short["price"], **short.get("payload", {})},
        }
    else:
        event = {
            "kind": short["event"],
            "subject": short.get("subject", f"s{index}"),
            "payload": short.get("payload", {}),
        }
    event.update(entity=entity, occurred_at=at, observed_at=str(short.get("observed", at)))
    if short.get("document"):
        event["document_sha256"] = short["document"]
    return event


def run_rules(
    specs: list[dict[str, Any]], events: list[dict[str, Any]], tmp: Path, until: str | None = None
) -> list[Alert]:
    rules = []
    for spec in specs:
        model = rule_model().model_validate(spec)
        rules.append(Rule(model, CONDITIONS.get(model.condition.kind)(model.condition)))
    lines = [json.dumps(expand(e, i), default=str) for i, e in enumerate(events)]
    (tmp / "events.jsonl").write_text("\n".join(lines) + "\n")
    sessions = scratch_sessions(tmp)
    load_jsonl_events(tmp / "events.jsonl", sessions)
    end = datetime.fromisoformat(until).replace(tzinfo=UTC) if until else None
    alerts = list(replay(sessions, RuleEngine(rules, []), until=end))
    sessions.kw["bind"].dispose()
    return alerts
