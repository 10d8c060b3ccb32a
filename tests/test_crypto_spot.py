"""crypto_spot: provider payloads, fallback, staleness, and emitting only changes."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import responses

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.http import HttpFetcher
from monitor.ratelimit import HostLimiter
from monitor.sources.base import PollContext
from monitor.sources.crypto_spot import PROVIDERS, CryptoSpotConfig, CryptoSpotSource

PROVIDER_CASES = [
    ("coinbase", {"data": {"amount": "64090.00", "base": "BTC", "currency": "USD"}}, "64090.00"),
    ("coinbase", {"data": {"base": "BTC", "currency": "USD", "amount": "73682.10"}}, "73682.10"),
    (
        "kraken",
        {
            "error": [],
            "result": {
                "XXBTZUSD": {
                    "a": ["27712.10000", "8", "8.000"],
                    "c": ["27712.10000", "0.01686188"],
                    "o": "27428.20000",
                }
            },
        },
        "27712.10000",
    ),
    ("bitstamp", {"timestamp": "1676711690", "last": "24574", "bid": "24576"}, "24574"),
    ("coingecko", {"bitcoin": {"usd": 97284.65}}, "97284.65"),
]


def source(*providers: str, **extra: object) -> CryptoSpotSource:
    config = CryptoSpotConfig.model_validate(
        {"id": "btc", "kind": "crypto_spot", "providers": [{"name": p} for p in providers], **extra}
    )
    return CryptoSpotSource(config)


def context(clock: ManualClock, cursor: dict[str, object] | None = None) -> PollContext:
    fetcher = HttpFetcher(
        user_agent="t t@example.com", limiter=HostLimiter(1000), clock=clock, max_retries=0
    )
    return PollContext(fetcher, clock, dict(cursor or {}), {})


@pytest.mark.parametrize(("provider", "payload", "price"), PROVIDER_CASES)
@responses.activate
def test_each_provider_payload_gives_its_price(
    clock: ManualClock, provider: str, payload: dict[str, object], price: str
) -> None:
    responses.get(PROVIDERS[provider].url("BTC-USD").split("?")[0], json=payload)
    result = source(provider).poll(context(clock))
    (obs,) = result.observations
    assert obs.kind == "price" and obs.entity == "BTC-USD"
    assert obs.payload["price_text"] == price
    assert obs.payload["provider"] == provider
    assert obs.occurred_at == clock.now()


BAD_PAYLOADS = [
    ("kraken", 200, json.dumps({"error": ["EQuery:Unknown asset pair"]}), "Unknown asset pair"),
    ("coinbase", 429, json.dumps({"errors": [{"id": "rate_limit_exceeded"}]}), "HTTP 429"),
    ("coinbase", 200, "<html>maintenance</html>", "malformed JSON"),
    ("coinbase", 200, json.dumps({"data": {"amount": "NaN"}}), "not a price"),
    ("coinbase", 200, json.dumps({"data": {}}), "unexpected payload"),
    ("coingecko", 200, json.dumps({"bitcoin": {"usd": -5}}), "not a price"),
]


@pytest.mark.parametrize(("provider", "status", "body", "message"), BAD_PAYLOADS)
@responses.activate
def test_bad_answers_are_source_errors_naming_the_provider(
    clock: ManualClock, provider: str, status: int, body: str, message: str
) -> None:
    responses.get(PROVIDERS[provider].url("BTC-USD").split("?")[0], body=body, status=status)
    with pytest.raises(SourceError, match=message) as caught:
        source(provider).poll(context(clock))
    assert f"{provider}:" in str(caught.value)


@responses.activate
def test_falls_back_to_the_next_provider_and_records_the_failure(clock: ManualClock) -> None:
    responses.get(PROVIDERS["coinbase"].url("BTC-USD"), status=500)
    responses.get(
        PROVIDERS["kraken"].url("BTC-USD").split("?")[0],
        json={"error": [], "result": {"XXBTZUSD": {"c": ["70000.1", "1"]}}},
    )
    result = source("coinbase", "kraken").poll(context(clock))
    assert result.observations[0].payload["provider"] == "kraken"
    assert "HTTP 500" in result.cursor["provider_problems"]["coinbase"]


@responses.activate
def test_unchanged_price_emits_nothing_and_a_frozen_provider_is_stale(clock: ManualClock) -> None:
    responses.get(PROVIDERS["coinbase"].url("BTC-USD"), json={"data": {"amount": "70000"}})
    responses.get(
        PROVIDERS["kraken"].url("BTC-USD").split("?")[0],
        json={"error": [], "result": {"X": {"c": ["70010", "1"]}}},
    )
    spot = source("coinbase", "kraken", stale_after_seconds=600)
    first = spot.poll(context(clock))
    assert len(first.observations) == 1
    clock.advance(timedelta(minutes=5))
    second = spot.poll(context(clock, first.cursor))
    assert second.observations == [] and second.cursor["since"] == first.cursor["since"]
    clock.advance(timedelta(minutes=6))  # frozen for 11 min > 10: coinbase is stale now
    third = spot.poll(context(clock, second.cursor))
    assert third.observations[0].payload["provider"] == "kraken"
    assert third.cursor["provider_problems"]["coinbase"].startswith("stale")
