"""The demo's markets at a given moment: BTC-USD spot (Coinbase's shape) and CANG's quote
(Yahoo's v8 chart shape), both following the paths in scenario.py.

BTC moves continuously (linear between the daily points). CANG trades only in NYSE
sessions: it opens most of the way from the previous close to the day's close (news moves
a stock at the open) and walks to the close during the session; outside a session the last
close stands, stamped with the closing time, as Yahoo shows it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from monitor.demo.scenario import BTC_USD, CANG_CLOSES, TICKER
from monitor.sources.market_hours import MarketHours

_NYSE = MarketHours()
OPENING_GAP = 0.8  # share of the day's move already in the opening price


def btc_usd(now: datetime) -> str:
    """Coinbase's `amount`: a decimal string with cents."""
    points = [(datetime.combine(day, time(), UTC), price) for day, price in BTC_USD]
    return f"{_interpolate(points, now):.2f}"


def snapshot(now: datetime) -> str:
    """One line on where the markets stand, for the narration."""
    return f"BTC-USD {float(btc_usd(now)):,.0f} · {TICKER} {cang_quote(now).price:.2f}"


def coinbase_spot(now: datetime) -> dict[str, Any]:
    return {"data": {"amount": btc_usd(now), "base": "BTC", "currency": "USD"}}


@dataclass(frozen=True)
class Session:
    day: date
    opens: datetime
    closes: datetime
    close: float


@dataclass(frozen=True)
class Quote:
    price: float
    market_time: datetime
    sessions: tuple[Session, ...]  # the last few sessions, for the chart arrays


def cang_quote(now: datetime) -> Quote:
    """The last trade at `now`: intraday inside a session, else the last close."""
    sessions = _sessions()
    started = [s for s in sessions if s.opens <= now] or [sessions[0]]
    current = started[-1]
    recent = tuple(started[-5:])
    if now >= current.closes or len(started) == 1:
        return Quote(current.close, current.closes, recent)
    previous = started[-2].close
    done = (now - current.opens) / (current.closes - current.opens)
    share = OPENING_GAP + (1 - OPENING_GAP) * done
    price = round(previous + (current.close - previous) * share, 4)
    return Quote(price, now.replace(second=0, microsecond=0), recent)


def yahoo_chart(now: datetime) -> dict[str, Any]:
    """/v8/finance/chart/CANG?interval=1d&range=5d, trimmed to what a client reads."""
    quote = cang_quote(now)
    closes = [s.close for s in quote.sessions[:-1]] + [quote.price]
    opens = [quote.sessions[0].close, *closes[:-1]]
    meta = {
        "currency": "USD",
        "symbol": TICKER,
        "exchangeName": "NYQ",
        "fullExchangeName": "NYSE",
        "instrumentType": "EQUITY",
        "regularMarketTime": int(quote.market_time.timestamp()),
        "gmtoffset": -18000,
        "timezone": "EST",
        "exchangeTimezoneName": "America/New_York",
        "regularMarketPrice": quote.price,
        "chartPreviousClose": opens[0],
        "priceHint": 4,
        "dataGranularity": "1d",
        "range": "5d",
    }
    return {
        "chart": {
            "result": [
                {
                    "meta": meta,
                    "timestamp": [int(s.opens.timestamp()) for s in quote.sessions],
                    "indicators": {
                        "quote": [_ohlcv(opens, closes)],
                        "adjclose": [{"adjclose": closes}],
                    },
                }
            ],
            "error": None,
        }
    }


def _ohlcv(opens: Sequence[float], closes: Sequence[float]) -> dict[str, list[Any]]:
    days = list(zip(opens, closes, strict=True))
    return {
        "open": list(opens),
        "high": [round(max(o, c) * 1.012, 4) for o, c in days],
        "low": [round(min(o, c) * 0.988, 4) for o, c in days],
        "close": list(closes),
        "volume": [3_800_000 + int(abs(c - o) * 40_000_000) for o, c in days],  # moves trade more
    }


@cache
def _sessions() -> tuple[Session, ...]:
    """Every NYSE session of the scenario with its close, interpolated between the anchors
    by trading day (so a long weekend is one step, not three)."""
    first, last = CANG_CLOSES[0][0], CANG_CLOSES[-1][0]
    days = [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if _NYSE.session(first + timedelta(days=n))
    ]
    index = {day: i for i, day in enumerate(days)}
    anchors = [(float(index[day]), price) for day, price in CANG_CLOSES]
    sessions = []
    for i, day in enumerate(days):
        opens, closes = _NYSE.session(day) or (None, None)
        assert opens is not None and closes is not None
        sessions.append(Session(day, opens, closes, round(_between(anchors, float(i)), 2)))
    return tuple(sessions)


def _interpolate(points: Sequence[tuple[datetime, float]], now: datetime) -> float:
    start = points[0][0]
    scaled = [((moment - start).total_seconds(), value) for moment, value in points]
    return _between(scaled, (now - start).total_seconds())


def _between(points: Sequence[tuple[float, float]], x: float) -> float:
    """Linear interpolation, flat beyond the ends."""
    xs = [p[0] for p in points]
    i = bisect_right(xs, x)
    if i == 0:
        return points[0][1]
    if i == len(points):
        return points[-1][1]
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
