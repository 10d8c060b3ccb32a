"""price_cross: data-driven sequences — fires on the crossing, re-arms after crossing back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import OperationalError

from monitor.model import Alert, Event
from monitor.rules.conditions.price_cross import PriceCross, PriceCrossConfig
from monitor.rules.engine import Rule, RuleEngine
from monitor.rules.spec import rule_model

START = datetime(2026, 3, 1, tzinfo=UTC)


@dataclass
class MemoryHistory:
    events: list[Event] = field(default_factory=list)

    def previous(self, kind: str, entity: str, subject: str, before: Event) -> Event | None:
        earlier = [
            e
            for e in self.events
            if e.id < before.id and e.kind == kind and e.entity == entity and e.subject == subject
        ]
        return earlier[-1] if earlier else None

    def last_alert(self, rule_id: str, entity: str) -> Alert | None:
        return None


def price_event(index: int, price: float) -> Event:
    moment = START + timedelta(minutes=index)
    return Event(
        index + 1,
        f"fp{index}",
        "btc",
        "price",
        "BTC-USD",
        "BTC-USD",
        moment,
        moment,
        {"price": price},
        {},
    )


CASES = [
    # (name, direction, prices, indexes of the prices that fire)
    ("crossing up fires once", "above", [68000, 69000, 70000], [1]),
    ("first price above does not fire", "above", [70000, 71000], []),
    ("re-arms after crossing back", "above", [68000, 69000, 68000, 69500, 69600], [1, 3]),
    ("touching the level is not crossing", "above", [68000, 68524, 68000], []),
    ("from exactly the level upward fires", "above", [68524, 68600], [1]),
    ("crossing down", "below", [69000, 68000, 67000, 69000, 60000], [1, 4]),
    ("never crosses", "below", [70000, 69000, 68600], []),
]


@pytest.mark.parametrize(
    ("name", "direction", "prices", "firing"), CASES, ids=[c[0] for c in CASES]
)
def test_price_cross_sequences(
    name: str, direction: str, prices: list[float], firing: list[int]
) -> None:
    condition = PriceCross(PriceCrossConfig(kind="price_cross", direction=direction, level=68524))
    history = MemoryHistory()
    fired = []
    for index, price in enumerate(prices):
        event = price_event(index, price)
        history.events.append(event)
        if condition.on_event(event, "BTC-USD", history):
            fired.append(index)
    assert fired == firing


def test_engine_builds_a_draft_with_values_reason_evidence_and_unique_dedup_keys() -> None:
    spec = rule_model().model_validate(
        {
            "id": "btc-above",
            "entity": "BTC-USD",
            "severity": "warning",
            "condition": {"kind": "price_cross", "direction": "above", "level": 68524},
            "title": "{{ entity }} above {{ level | money }}",
        }
    )
    engine = RuleEngine([Rule(spec, PriceCross(spec.condition))], ["hook"])
    history = MemoryHistory()
    drafts = []
    for index, price in enumerate([68000, 69000, 68000, 69100]):
        event = price_event(index, price)
        history.events.append(event)
        drafts += engine.evaluate([event], history, START)
    assert [d.values["price"] for d in drafts] == [69000, 69100]
    first = drafts[0]
    assert first.title == "BTC-USD above $68,524.00"
    assert first.severity == "warning" and first.channels == ("hook",)
    assert "from 68,000.00 to 69,000.00" in first.reason
    assert first.event_ids == (1, 2)
    assert [e["event_id"] for e in first.evidence] == [1, 2]
    assert drafts[0].dedup_key != drafts[1].dedup_key
    assert first.dedup_key.startswith("btc-above:BTC-USD:")


class HistoryAway(MemoryHistory):
    """A history whose database went away mid-poll."""

    def previous(self, kind: str, entity: str, subject: str, before: Event) -> Event | None:
        raise OperationalError(
            "SELECT … FROM events", {}, Exception("server closed the connection")
        )


def test_a_database_error_in_a_rule_fails_the_poll_instead_of_skipping_the_rule(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Swallowed as "rule failed; skipped", it logged one traceback per rule per event while the
    database was away (and left the session unusable for every rule after it)."""
    spec = rule_model().model_validate(
        {
            "id": "btc-above",
            "entity": "BTC-USD",
            "condition": {"kind": "price_cross", "direction": "above", "level": 68524},
        }
    )
    engine = RuleEngine([Rule(spec, PriceCross(spec.condition))], ["hook"])
    with pytest.raises(OperationalError):
        engine.evaluate([price_event(1, 69000)], HistoryAway(), START)
    assert not caplog.records
