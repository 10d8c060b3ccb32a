"""Source kind `crypto_spot`: a crypto spot price with provider fallback."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import Field

from monitor.errors import SourceError
from monitor.http import FetchResult, NotModified
from monitor.model import Observation
from monitor.registry import StrictModel
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult, Source, SourceConfig
from monitor.vocabulary.kinds import PRICE
from monitor.vocabulary.payloads import PricePayload

# What a provider's malformed answer raises: AttributeError too, for JSON of the wrong shape
# (`null`, a list: no .get; tests/failure/test_parser_fuzz.py). Each is that provider's failure.
_MALFORMED = (SourceError, ValueError, KeyError, TypeError, IndexError, AttributeError)


@dataclass(frozen=True)
class Quote:
    price: Decimal
    quoted_at: datetime
    provider: str


class ProviderRef(StrictModel):
    """A provider by name, optionally at another URL (a mirror, a proxy, a test server)."""

    name: Literal["coinbase", "kraken", "bitstamp", "coingecko"]
    url: str | None = None


class CryptoSpotConfig(SourceConfig):
    kind: Literal["crypto_spot"]
    symbol: str = Field("BTC-USD", pattern=r"^[A-Z0-9]+-[A-Z]+$")
    interval_seconds: float = Field(60.0, gt=0)
    providers: list[ProviderRef] = Field(
        default_factory=lambda: [ProviderRef(name="coinbase"), ProviderRef(name="kraken")],
        min_length=1,
    )
    stale_after_seconds: float = Field(
        900.0, gt=0, description="a provider whose price has not moved this long is stale"
    )


@SOURCES.register("crypto_spot")
class CryptoSpotSource(Source):
    """Spot price of a crypto pair (e.g. BTC-USD) from Coinbase, Kraken, Bitstamp or CoinGecko.

    Quotes carry no timestamp, so the fetch time (from the injected clock) is the quote time.
    Providers are tried in order; a failing or stale provider (price frozen for
    `stale_after_seconds`) is recorded on the source and the next one is asked. A `price`
    event is stored only when the price differs from the last one stored.
    """

    Config = CryptoSpotConfig
    config: CryptoSpotConfig

    def poll(self, ctx: PollContext) -> PollResult:
        cursor = dict(ctx.cursor)
        problems: dict[str, str] = {}
        for ref in self.config.providers:
            try:
                quote = self._ask(ctx, ref)
                if quote is None:  # 304: the provider says nothing changed
                    return PollResult([], cursor, unchanged=True)
            except _MALFORMED as exc:
                problems[ref.name] = _describe(exc)
                continue
            if self._is_stale(cursor, quote, ctx.clock.now()):
                problems[ref.name] = f"stale: price unchanged since {cursor['since']}"
                continue
            return self._result(cursor, quote, problems)
        detail = "; ".join(f"{name}: {why}" for name, why in problems.items())
        raise SourceError(f"no provider answered for {self.config.symbol}: {detail}")

    def _ask(self, ctx: PollContext, ref: ProviderRef) -> Quote | None:
        provider = PROVIDERS[ref.name]
        url = ref.url or provider.url(self.config.symbol)
        result = ctx.fetch(url)
        if isinstance(result, NotModified):
            return None
        return Quote(provider.parse(result, self.config.symbol), result.fetched_at, ref.name)

    def _is_stale(self, cursor: dict[str, Any], quote: Quote, now: datetime) -> bool:
        if cursor.get("provider") != quote.provider or cursor.get("price") != str(quote.price):
            return False
        since = datetime.fromisoformat(cursor["since"])
        return now - since > timedelta(seconds=self.config.stale_after_seconds)

    def _result(self, cursor: dict[str, Any], quote: Quote, problems: dict[str, str]) -> PollResult:
        changed = (
            cursor.get("price") != str(quote.price) or cursor.get("provider") != quote.provider
        )
        new_cursor = {
            "price": str(quote.price),
            "provider": quote.provider,
            "since": quote.quoted_at.isoformat() if changed else cursor["since"],
            "provider_problems": problems,
        }
        observations = [self._observation(quote)] if changed else []
        return PollResult(observations, new_cursor, newest_item_at=quote.quoted_at)

    def _observation(self, quote: Quote) -> Observation:
        symbol = self.config.symbol
        return Observation(
            kind=PRICE,
            entity=symbol,
            subject=symbol,
            occurred_at=quote.quoted_at,
            identity=(quote.provider, quote.quoted_at.isoformat(), quote.price),
            payload=PricePayload(
                symbol=symbol,
                price=float(quote.price),
                price_text=str(quote.price),
                currency=symbol.split("-")[1],
                provider=quote.provider,
            ).to_payload(),
            evidence={"provider": quote.provider, "quoted_at": quote.quoted_at.isoformat()},
        )


@dataclass(frozen=True)
class Provider:
    url: Callable[[str], str]
    parse: Callable[[FetchResult, str], Decimal]


def _coinbase(result: FetchResult, _symbol: str) -> Decimal:
    return _decimal(_json(result)["data"]["amount"])


def _kraken(result: FetchResult, _symbol: str) -> Decimal:
    body = _json(result)
    if body.get("error"):
        raise SourceError(f"kraken: {', '.join(body['error'])}")
    (ticker,) = body["result"].values()  # the result key is not the pair we asked for
    return _decimal(ticker["c"][0])


def _bitstamp(result: FetchResult, _symbol: str) -> Decimal:
    return _decimal(_json(result)["last"])


def _coingecko(result: FetchResult, symbol: str) -> Decimal:
    quote_currency = symbol.split("-")[1].lower()
    (coin,) = _json(result).values()
    return _decimal(coin[quote_currency])


_KRAKEN_BASES = {"BTC": "XBT"}
_COINGECKO_IDS = {"BTC": "bitcoin", "ETH": "ethereum"}

PROVIDERS: dict[str, Provider] = {
    "coinbase": Provider(lambda s: f"https://api.coinbase.com/v2/prices/{s}/spot", _coinbase),
    "kraken": Provider(
        lambda s: (
            "https://api.kraken.com/0/public/Ticker?pair="
            + _KRAKEN_BASES.get(s.split("-")[0], s.split("-")[0])
            + s.split("-")[1]
        ),
        _kraken,
    ),
    "bitstamp": Provider(
        lambda s: f"https://www.bitstamp.net/api/v2/ticker/{s.replace('-', '').lower()}/",
        _bitstamp,
    ),
    "coingecko": Provider(
        lambda s: (
            "https://api.coingecko.com/api/v3/simple/price?ids="
            + _COINGECKO_IDS.get(s.split("-")[0], s.split("-")[0].lower())
            + "&vs_currencies="
            + s.split("-")[1].lower()
        ),
        _coingecko,
    ),
}


def _json(result: FetchResult) -> Any:
    try:
        return json.loads(result.body)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        # RecursionError: JSON nested deeper than Python's stack ("[[[[…", fuzz tests).
        raise SourceError(f"malformed JSON from {result.url}: {exc}") from exc


def _decimal(value: object) -> Decimal:
    try:
        price = Decimal(str(value))
    except InvalidOperation as exc:
        raise SourceError(f"not a price: {value!r}") from exc
    if not price.is_finite() or price <= 0:
        raise SourceError(f"not a price: {value!r}")
    return price


def _describe(exc: Exception) -> str:
    if isinstance(exc, SourceError):
        return str(exc)
    return f"unexpected payload ({type(exc).__name__}: {exc})"
