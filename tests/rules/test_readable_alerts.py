"""Every shipped rule's title and message, rendered over values shaped like the real ones
(float noise included), reads as text: no scientific notation, no Python reprs, no float
noise, no failed template, and a message that says more than the reason."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from monitor.config import shipped_rules_dir
from monitor.model import Event
from monitor.readable import money, number, percent, text, value_rows, words
from monitor.rules.base import Match
from monitor.rules.engine import RuleEngine
from monitor.rules.loader import load_rules

NOW = datetime(2026, 3, 25, 12, tzinfo=UTC)

# Values as the conditions record them for the demo's figures (Cango, 2025–2026).
CHANGE_DEBT_UP = {
    "metric": "debt_total_usd",
    "period": "2025-Q3",
    "value": 488500000.0,
    "previous_period": "2025-Q2",
    "previous_value": 459200000.0,
    "change": 29300000.0,
    "change_percent": 6.380662020905923,
    "explain": "LongTermDebt 488,500,000 (6-K 0001104659-26-004112, filed 2026-01-15)",
    "previous_explain": None,
}
CHANGE_DEBT_DOWN = CHANGE_DEBT_UP | {
    "period": "2025-Q4",
    "value": 420100000.0,
    "previous_value": 488500000.0,
    "change": -68400000.00000001,
    "change_percent": -14.002047082906857,
}
INTEREST_DOWN = {
    "metric": "interest_expense_usd",
    "period": "2025-Q4",
    "value": 8100000.0,
    "previous_period": "2025-Q3",
    "previous_value": 9100000.0,
    "change": -1000000.0000000009,
    "change_percent": -10.989010989010989,
    "explain": None,
    "previous_explain": None,
}
HELD_DOWN = {
    "metric": "btc_held",
    "period": "2026-01",
    "value": 7474.7,
    "previous_period": "2025-12",
    "previous_value": 7998.300000000001,
    "change": -523.6000000000013,
    "change_percent": -6.546390107898919,
    "explain": None,
    "previous_explain": None,
}
VALUES: dict[str, dict[str, Any]] = {
    "further-btc-sales": {
        "metric": "btc_sold",
        "value": 550.0300000000001,
        "unit": "BTC",
        "period": "2026-01",
        "threshold": 0.0,
        "op": ">",
    },
    "btc-holdings-falling": HELD_DOWN,
    "debt-falling": CHANGE_DEBT_DOWN,
    "debt-rising": CHANGE_DEBT_UP,
    "interest-expense-easing": INTEREST_DOWN,
    "ai-capex-guidance": {
        "metric": "ai_capex_usd",
        "value": 200000000.0,
        "unit": "USD",
        "period": "2026-Q3",
        "tied_to": ["ai_capacity_mw", "period"],
        "ai_capacity_mw": 50.0,
    },
    "invalidation-line": {
        "state": "breached",
        "deadline": "2026-12-31",
        "since": "2026-02-09",
        "require": "all",
        "missing": ["a reported AI build-out milestone"],
        "met": ["total debt at least 10% below the last figure reported before 2026-02-09"],
    },
    "btc-above-sale-price": {
        "price": 68912.42000000001,
        "previous_price": 68101.5,
        "level": 68524.0,
        "currency": "USD",
    },
    "stock-move": {
        "price": 1.3605000000000003,
        "reference_price": 1.17,
        "change_percent": 16.282051282051285,
        "window_hours": 24.0,
        "reference_at": "2026-02-09T20:00:00+00:00",
        "compared_on": "adjusted_price",
        "reference_adjusted_price": 2.34,
        "adjusted_price": 2.7210000000000005,
        "currency": "USD",
    },
}
VALUES["new-debt"] = {
    "metric": "debt_issued_usd",
    "value": 150000000.00000003,
    "unit": "USD",
    "period": "2026-03",
    "threshold": 0.0,
    "op": ">",
}
VALUES["treasury-outflow"] = {
    "txid": "0b8d52d21ca5" + "0" * 52,
    "amount_btc": 4451.0002,
    "amount_usd": 305012345.6700001,
    "price_usd": 68527.1,
    "fee_btc": 0.00012,
    "block_height": 935001,
    "block_hash": "00" * 32,
    "confirmations": 6,
    "min_confirmations": 6,
    "address_set": "cango-treasury",
    "attribution": "illustrative",
    "attribution_text": "an illustrative address set",
    "url": "https://mempool.example/tx/0b8d52d21ca5",
    "amount_text": "4,451.0002",
    "retracted": False,
}
VALUES["treasury-holdings-mismatch"] = {
    "onchain_btc": 3002.12345678,
    "reported_btc": 3313.4,
    "period": "2026-02",
    "difference_btc": -311.2765432199999,
    "difference_percent": -9.394474727227503,
    "tolerance_btc": 165.67000000000002,
    "direction": "below",
    "address_sets": ["cango-treasury"],
}
SENTENCE = "Cango plans to invest US$200 million in a 50 MW AI inference build-out by Q3 2026."

UNREADABLE = [
    (re.compile(r"\d[eE][+-]?\d"), "scientific notation"),
    (re.compile(r"\[|\]|'|\{|\}"), "a Python repr or template text"),
    # Satoshis have 8 decimals; float noise has more.
    (re.compile(r"\d\.\d{9,}"), "float noise"),
    (re.compile(r"template failed|None\b"), "a failed template"),
]


def _event(index: int, quote: str) -> Event:
    return Event(
        id=index,
        source_id="prn",
        kind="metric_observed",
        entity="CANG",
        subject=f"m{index}",
        occurred_at=NOW,
        observed_at=NOW,
        payload={},
        evidence={"quote": quote},
        fingerprint=f"f{index}",
    )


def assert_readable(what: str, rendered: str) -> None:
    for pattern, problem in UNREADABLE:
        assert not pattern.search(rendered), f"{what} has {problem}: {rendered!r}"


@pytest.mark.parametrize("rule", load_rules([shipped_rules_dir()]), ids=lambda r: r.id)
def test_every_shipped_rule_reads_as_text(rule: Any) -> None:
    values = VALUES[rule.id]
    # Two pieces of evidence quoting the same sentence, as a capex figure and its MW do.
    events = (_event(1, SENTENCE), _event(2, SENTENCE))
    match = Match(
        entity=rule.spec.entities[0] if rule.spec.entities else rule.spec.entity,
        subject="s",
        reason=f"the reason of {rule.id}",
        values=values,
        events=events,
    )
    draft = RuleEngine([rule], []).draft(rule, match, NOW)
    assert_readable("title", draft.title)
    assert_readable("message", draft.body)
    assert "the reason of" not in draft.body, "the message repeats the reason"
    assert draft.body.count(SENTENCE) <= 1, draft.body
    for name, shown in value_rows(values):
        assert_readable(name, shown)


def test_the_demo_figures_read_as_a_person_writes_them() -> None:
    rule = {r.id: r for r in load_rules([shipped_rules_dir()])}
    engine = RuleEngine(list(rule.values()), [])

    def draft(rule_id: str) -> Any:
        match = Match(entity="CANG", subject="s", reason="r", values=VALUES[rule_id], events=())
        return engine.draft(rule[rule_id], match, NOW)

    assert draft("debt-rising").title == "CANG debt up 6.4% in 2025-Q3"
    assert "by $29.3 million to $488.5 million in 2025-Q3" in draft("debt-rising").body
    assert draft("interest-expense-easing").title == "CANG interest expense down 11.0% in 2025-Q4"
    assert "traded at $1.17, then $1.36" in draft("stock-move").body
    invalidation = draft("invalidation-line").body
    assert "Still missing: a reported AI build-out milestone." in invalidation
    assert "Met: total debt at least 10% below" in invalidation
    capex = draft("ai-capex-guidance")
    assert capex.title == "CANG AI capex guidance: $200 million"
    assert "tied to 50 MW" in capex.body


@pytest.mark.parametrize(
    ("rendered", "expected"),
    [
        (money(488500000.0), "$488.5 million"),
        (money(200000000), "$200 million"),
        (money(-29300000.000000004), "-$29.3 million"),
        (money(1.2e9), "$1.2 billion"),
        (money(68524), "$68,524"),
        (money(1.3605000000000003), "$1.36"),
        (percent(6.380662020905923), "6.4%"),
        (percent(16.282, signed=True), "+16.3%"),
        (number(7474.700000000001), "7,474.7"),
        (number(4451.0), "4,451"),
        (number(1e-5), "0.00001"),
        (number(3.5e20), "350,000,000,000,000,000,000"),
        (words(["ai_capacity_mw", "period"]), "AI capacity and a period"),
        (words(["a", "b", "c"]), "a, b and c"),
        (text(["x"]), "x"),
        (text(0.30000000000000004), "0.3"),
    ],
)
def test_readable_forms(rendered: str, expected: str) -> None:
    assert rendered == expected
