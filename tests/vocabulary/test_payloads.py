"""One frozen payload type per event kind: stored dicts read back into it and are written
again exactly (the same keys in the same order), and every kind has one."""

from __future__ import annotations

import dataclasses
import json

import pytest

from monitor.vocabulary.kinds import EVENT_KINDS, METRIC_RESTATED, PRICE
from monitor.vocabulary.payloads import PAYLOADS, MetricPayload, PricePayload
from monitor.vocabulary.periods import Period


def test_every_event_kind_has_one_payload_type() -> None:
    assert set(PAYLOADS) == set(EVENT_KINDS)
    assert len(EVENT_KINDS) == len(set(EVENT_KINDS))


# Stored payloads as the sources wrote them (crypto_spot, stock_price, edgar_facts).
STORED = [
    (PRICE, '{"symbol": "BTC-USD", "price": 87540.0, "price_text": "87540.00", '
            '"currency": "USD", "provider": "coinbase"}'),
    (PRICE, '{"symbol": "CANG", "price": 1.49, "price_text": "1.49", "currency": "USD", '
            '"provider": "yahoo", "exchange": "NYSE", "market_open": false, '
            '"adjusted_price": 2.98}'),
    (METRIC_RESTATED, '{"metric": "interest_expense_usd", "value": 1500000000.0, '
                      '"unit": "USD", "period": "2025-9M", "previous_value": 1400000000.0}'),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), STORED)
def test_a_stored_payload_is_written_back_byte_for_byte(kind: str, text: str) -> None:
    payload = PAYLOADS[kind].from_payload(json.loads(text))
    assert json.dumps(payload.to_payload()) == text


def test_typed_fields_and_details_are_read_apart() -> None:
    payload = PricePayload.from_payload(json.loads(STORED[1][1]))
    assert (payload.price, payload.currency, dict(payload.details)) == (
        1.49,
        "USD",
        {"exchange": "NYSE", "market_open": False, "adjusted_price": 2.98},
    )


def test_a_payload_missing_a_field_reads_it_as_none() -> None:
    payload = MetricPayload.from_payload({"metric": "btc_held", "value": 3.0})
    assert (payload.unit, payload.period, payload.reporting_period) == (None, None, None)


def test_a_metric_payload_names_its_period() -> None:
    payload = MetricPayload(metric="btc_held", value=1.0, unit="BTC", period="2025-H1")
    assert payload.reporting_period == Period.of_half(2025, 1)


def test_payloads_are_frozen() -> None:
    payload = MetricPayload(metric="btc_held", value=1.0, unit="BTC", period="2026-01")
    with pytest.raises(dataclasses.FrozenInstanceError):
        payload.value = 2.0  # type: ignore[misc]
