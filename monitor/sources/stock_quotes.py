"""Stock quote providers: Yahoo's v8 chart endpoint and Stooq's quote CSV.

Both are key-less and unofficial, so both are read defensively: an answer that is not a
quote (Yahoo's error envelope, Stooq's `N/D` row, its "Get your apikey" text or an HTML
proof-of-work page served with HTTP 200) is a SourceError naming the provider, and the
source moves on to the next provider.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from monitor.errors import SourceError
from monitor.http import FetchError, FetchResult

YAHOO_URL = "https://query1.finance.yahoo.com/v8/finance/chart/{symbol}?interval=1d&range=5d"
STOOQ_URL = "https://stooq.com/q/l/?s={symbol}&f=sd2t2ohlcv&h&e=csv"
_STOOQ_ZONE = ZoneInfo("Europe/Warsaw")  # Stooq prints Warsaw local time
_MISSING = "N/D"


@dataclass(frozen=True)
class StockQuote:
    price: Decimal
    market_time: datetime  # when the exchange last traded at this price (UTC)
    currency: str | None
    exchange: str | None
    provider: str


@dataclass(frozen=True)
class StockProvider:
    url: str  # template with {symbol}
    symbol: Callable[[str], str]  # ticker -> the provider's symbol
    parse: Callable[[FetchResult, str], StockQuote]


def parse_yahoo(result: FetchResult, symbol: str) -> StockQuote:
    chart = _json(result).get("chart") or {}
    if chart.get("error"):
        raise SourceError(_yahoo_error(chart["error"]))
    results = chart.get("result") or []
    if not results:
        raise SourceError(f"no result for {symbol}")
    meta = results[0].get("meta") or {}
    if str(meta.get("symbol", symbol)).upper() != symbol.upper():
        raise SourceError(f"asked for {symbol}, got {meta.get('symbol')}")
    if meta.get("regularMarketPrice") is None or meta.get("regularMarketTime") is None:
        raise SourceError(f"no regularMarketPrice/Time for {symbol}")
    return StockQuote(
        price=_price(meta["regularMarketPrice"]),
        market_time=datetime.fromtimestamp(int(meta["regularMarketTime"]), UTC),
        currency=meta.get("currency"),
        exchange=meta.get("fullExchangeName") or meta.get("exchangeName"),
        provider="yahoo",
    )


def _yahoo_error(error: Any) -> str:
    if isinstance(error, dict):
        return f"{error.get('code')}: {error.get('description')}"
    return str(error)


def parse_stooq(result: FetchResult, symbol: str) -> StockQuote:
    text = result.body.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text.startswith("Symbol,"):
        # Since 2026 Stooq may answer 200 with an apikey notice or an HTML interstitial.
        raise SourceError(f"not a quote CSV (body starts {text[:60]!r})")
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:  # e.g. a stray carriage return inside a field (fuzz tests)
        raise SourceError(f"unreadable quote CSV: {exc}") from exc
    row = next((r for r in rows if (r.get("Symbol") or "").upper() == symbol.upper()), None)
    if row is None:
        raise SourceError(f"no row for {symbol}")
    if _MISSING in (row.get("Close"), row.get("Date"), row.get("Time")):
        raise SourceError(f"no data for {symbol} (N/D)")
    try:
        local = datetime.fromisoformat(f"{row['Date']}T{row['Time']}")
    except (TypeError, ValueError) as exc:
        raise SourceError(f"bad date/time {row.get('Date')} {row.get('Time')}") from exc
    return StockQuote(
        price=_price(row["Close"]),
        market_time=local.replace(tzinfo=_STOOQ_ZONE).astimezone(UTC),
        currency=None,  # Stooq does not say; the source's configured currency applies
        exchange=None,
        provider="stooq",
    )


PROVIDERS: dict[str, StockProvider] = {
    "yahoo": StockProvider(YAHOO_URL, lambda ticker: ticker.upper(), parse_yahoo),
    # Stooq names US listings `cang.us`; other markets need `symbol:` in the config.
    "stooq": StockProvider(STOOQ_URL, lambda ticker: f"{ticker.lower()}.us", parse_stooq),
}


def describe_failure(exc: Exception) -> str:
    """A provider's failure in one line, with Yahoo's error description when it sent one."""
    if isinstance(exc, FetchError) and exc.body:
        try:
            error = json.loads(exc.body).get("chart", {}).get("error")
        except (ValueError, AttributeError, RecursionError):  # any body, however broken
            error = None
        if error:
            return f"{exc} ({_yahoo_error(error)})"
    if isinstance(exc, SourceError):
        return str(exc)
    return f"unexpected payload ({type(exc).__name__}: {exc})"


def _json(result: FetchResult) -> dict[str, Any]:
    try:
        body = json.loads(result.body)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        # RecursionError: JSON nested deeper than Python's stack ("[[[[…", fuzz tests).
        raise SourceError(f"malformed JSON from {result.url}: {exc}") from exc
    if not isinstance(body, dict):
        raise SourceError(f"unexpected JSON from {result.url}: not an object")
    return body


def _price(value: object) -> Decimal:
    try:
        price = Decimal(str(value))
    except InvalidOperation as exc:
        raise SourceError(f"not a price: {value!r}") from exc
    if not price.is_finite() or price <= 0:
        raise SourceError(f"not a price: {value!r}")
    return price
