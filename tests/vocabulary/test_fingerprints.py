# ruff: noqa: E501  (the recorded payload JSON is compared as one string, byte for byte)
"""Fingerprints and stored payload JSON of representative events do not change.

The expected values below were computed by running the ORIGINAL code (branch vocab23 at
0d2a3ca, before `monitor.vocabulary` existed) through the same builders with the same inputs,
so existing databases keep deduplicating (the fingerprint is the store's unique key) and keep
their payloads byte for byte (the JSON text is compared, key order included).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from monitor.metrics import metric_observation
from monitor.model import Observation
from monitor.sources.crypto_spot import CryptoSpotConfig, CryptoSpotSource, Quote
from monitor.sources.release import Listing, ReleaseItem, release_observation
from monitor.sources.stock_price import StockPriceConfig, StockPriceSource
from monitor.sources.stock_quotes import StockQuote
from monitor.vocabulary.kinds import METRIC_RESTATED

AT = datetime(2026, 2, 9, 21, 0, tzinfo=UTC)


def observations() -> Iterator[tuple[str, Observation]]:
    crypto = CryptoSpotSource(
        CryptoSpotConfig.model_validate({"id": "btc", "kind": "crypto_spot", "symbol": "BTC-USD"})
    )
    yield "price-crypto", crypto._observation(Quote(Decimal("87540.00"), AT, "coinbase"))
    stock = StockPriceSource(
        StockPriceConfig.model_validate(
            {
                "id": "cang",
                "kind": "stock_price",
                "ticker": "CANG",
                "unit_changes": [
                    {
                        "date": "2025-11-17",
                        "ratio": 0.5,
                        "note": "ADS to Class A shares, 2 shares per ADS",
                    }
                ],
            }
        )
    )
    quote = StockQuote(Decimal("1.49"), AT, "USD", "NYSE", "yahoo")
    yield (
        "price-stock",
        stock._observation(
            quote,
            {"url": "https://example.test/q"},
            {"market_time": "2026-02-06T21:00:00+00:00"},
            AT,
        ),
    )
    yield (
        "metric-observed",
        metric_observation(
            entity="CANG",
            metric="btc_held",
            value=7528.3,
            unit="BTC",
            period="2026-01",
            occurred_at=AT,
            identity=("doc-sha", 120),
            evidence={"quote": "held 7,528.3 BTC"},
            extra={"method": "figure"},
        ),
    )
    yield (
        "metric-restated",
        metric_observation(
            entity="AAPL",
            metric="interest_expense_usd",
            value=1.5e9,
            unit="USD",
            period="2025-9M",
            occurred_at=AT,
            identity=("xbrl", "USD", "0000320193-25-000079", 1.5e9),
            evidence={},
            extra={"previous_value": 1.4e9, "previous_accession": "0000320193-25-000057"},
            kind=METRIC_RESTATED,
        ),
    )
    listing = Listing("https://example.test/news", AT, "ab" * 32)
    item = ReleaseItem(
        "https://example.test/news/1",
        "Cango announces January 2026 production",
        "https://example.test/news/1",
        AT,
        "teaser",
    )
    yield "release", release_observation("press_release", "CANG", item, listing, None, None)
    yield (
        "release-updated",
        release_observation(
            "press_release_updated",
            "CANG",
            item,
            listing,
            None,
            "timed out",
            identity=(item.key, "v2"),
            extra={"previous_title": "Old"},
        ),
    )


# (name, kind, fingerprint, payload JSON) as the original code built them.
EXPECTED = [
    (
        "price-crypto",
        "price",
        "b78d9ceb01caecac5808645f80d45a6f55f44db48b94b13505f9fded3534e694",
        '{"symbol": "BTC-USD", "price": 87540.0, "price_text": "87540.00", "currency": "USD", "provider": "coinbase"}',
    ),
    (
        "price-stock",
        "price",
        "0dc5b2929f1db936ae3cb4a9873bcdaf3b91ed509f55ff67c25d98515229fae8",
        '{"symbol": "CANG", "price": 1.49, "price_text": "1.49", "currency": "USD", "provider": "yahoo", "exchange": "NYSE", "market_time": "2026-02-09T21:00:00+00:00", "market_open": false, "adjusted_price": 2.98, "unit_note": "ADS to Class A shares, 2 shares per ADS", "unit_change_date": "2025-11-17", "unit_ratio": 0.5, "unit_changed_since_last_quote": false}',
    ),
    (
        "metric-observed",
        "metric_observed",
        "b12223cdf0e06954778a1559ee0b2512c8fd757b61644e6a4e44fc54e87eb0a2",
        '{"metric": "btc_held", "value": 7528.3, "unit": "BTC", "period": "2026-01", "method": "figure"}',
    ),
    (
        "metric-restated",
        "metric_restated",
        "0715ff6ea628b4c7e35f835a85e47554946ae7e9bce895d881d6e28a7131567d",
        '{"metric": "interest_expense_usd", "value": 1500000000.0, "unit": "USD", "period": "2025-9M", "previous_value": 1400000000.0, "previous_accession": "0000320193-25-000057"}',
    ),
    (
        "release",
        "press_release",
        "774754a8668817fcb7a9986a897ac49a4abfebbaf87d7bf53e9df578bff0ae92",
        '{"title": "Cango announces January 2026 production", "url": "https://example.test/news/1", "published_at": "2026-02-09T21:00:00+00:00", "teaser": "teaser", "item_id": "https://example.test/news/1"}',
    ),
    (
        "release-updated",
        "press_release_updated",
        "c9a5519cd4996fa0736abad99e56b044bad74a568b3bf4d9af60e04ae38ab516",
        '{"title": "Cango announces January 2026 production", "url": "https://example.test/news/1", "published_at": "2026-02-09T21:00:00+00:00", "teaser": "teaser", "item_id": "https://example.test/news/1", "document_problem": "timed out", "previous_title": "Old"}',
    ),
]


@pytest.mark.parametrize(("name", "kind", "fingerprint", "payload"), EXPECTED)
def test_fingerprint_and_payload_unchanged(
    name: str, kind: str, fingerprint: str, payload: str
) -> None:
    built = dict(observations())[name]
    assert (built.kind, built.fingerprint, json.dumps(built.payload)) == (
        kind,
        fingerprint,
        payload,
    )
