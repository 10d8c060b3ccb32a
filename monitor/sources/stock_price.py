"""Source kind `stock_price`: a listed stock's last price, market-hours and unit-change aware."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from monitor.errors import SourceError
from monitor.http import NotModified
from monitor.model import Observation
from monitor.registry import StrictModel
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult, Source, SourceConfig
from monitor.sources.market_hours import MarketHours
from monitor.sources.stock_quotes import PROVIDERS, StockQuote, describe_failure
from monitor.vocabulary.kinds import PRICE
from monitor.vocabulary.payloads import PricePayload

# Closing prints and auctions settle a few minutes after the bell; one fetch after this
# picks up the final price, and then nothing is fetched until the next session.
CLOSE_SETTLE = timedelta(minutes=20)
# Freshness counts only once the session has had time to print its first quote.
OPEN_GRACE = timedelta(minutes=15)


# What a provider's malformed answer raises: AttributeError too, for JSON of the wrong shape
# (`null`, a list: no .get; tests/failure/test_parser_fuzz.py). Each is that provider's failure.
_MALFORMED = (SourceError, ValueError, KeyError, TypeError, IndexError, AttributeError)


class StockProviderRef(StrictModel):
    """A quote provider, optionally at another URL or under another symbol."""

    name: Literal["yahoo", "stooq"]
    url: str | None = Field(None, description="URL template; {symbol} is replaced")
    symbol: str | None = Field(None, description="the provider's symbol (stooq: cang.us)")
    user_agent: str | None = Field(None, description="User-Agent for this provider only")


class UnitChange(StrictModel):
    """A corporate action that changes what one quoted unit is (ADS ratio change, split)."""

    date: date
    ratio: float = Field(gt=0, description="price of the new unit / price of the old one")
    note: str


class StockPriceConfig(SourceConfig):
    kind: Literal["stock_price"]
    ticker: str = Field(
        pattern=r"^[A-Z0-9][A-Z0-9.-]*$", max_length=20, description="the event entity, e.g. CANG"
    )
    exchange: str = Field("NYSE", description="payload `exchange` when the provider omits it")
    currency: str = Field(
        "USD", pattern=r"^[A-Z]{3}$", description="payload `currency` when the provider omits it"
    )
    interval_seconds: float = Field(300.0, gt=0, description="seconds between polls")
    providers: list[StockProviderRef] = Field(
        default_factory=lambda: [StockProviderRef(name="yahoo"), StockProviderRef(name="stooq")],
        min_length=1,
        description="tried in order: {name: yahoo or stooq, url?, symbol?, user_agent?}",
    )
    market: MarketHours = Field(
        default_factory=MarketHours,
        description="timezone, open, close, days, holidays, early_closes (NYSE by default)",
    )
    poll_when_closed: bool = Field(
        False, description="fetch even when the market is closed and the close is known"
    )
    unit_changes: list[UnitChange] = Field(
        default_factory=list, description="[{date, ratio, note}]: changes of the quoted unit"
    )


@SOURCES.register("stock_price")
class StockPriceSource(Source):
    """Last price of a listed stock (e.g. CANG on NYSE) from Yahoo's chart API, Stooq as fallback.

    Providers are tried in order (`providers:`; each may set `url`, `symbol`, `user_agent`),
    and each one's failure is recorded. A `price` event (entity = ticker; payload symbol,
    price, price_text, currency, provider, exchange, market_time, market_open,
    adjusted_price) is stored only when the price or the market time changes. Market hours
    (`market:`; NYSE by default, America/New_York 09:30–16:00 Mon–Fri, holidays and early
    closes listed for 2025–2027) decide when silence is normal: freshness alarms
    (`freshness_hours`) count only while the market is open, and once the closing price is
    in, nothing is fetched until the next session (unless `poll_when_closed`).
    `unit_changes` lists corporate actions that change the quoted unit, e.g. Cango's
    ADS-to-share change: `{date: 2025-11-17, ratio: 0.5, note: "ADS→Class A shares, 2
    shares per ADS"}`; quotes from that date carry `unit_note`, `unit_change_date`,
    `unit_ratio`, and `adjusted_price` is always the price in the unit quoted before the first
    listed change, so history compares like with like (no -50% "crash").
    """

    Config = StockPriceConfig
    config: StockPriceConfig

    def expects_news(self, now: datetime) -> bool:
        opened = self.config.market.open_since(now)
        grace = max(OPEN_GRACE, timedelta(seconds=2 * self.config.interval_seconds))
        return opened is not None and now - opened >= grace

    def poll(self, ctx: PollContext) -> PollResult:
        cursor = dict(ctx.cursor)
        now = ctx.clock.now()
        if self._close_already_known(cursor, now):
            return PollResult(cursor=cursor, unchanged=True)
        problems: dict[str, str] = {}
        for ref in self.config.providers:
            try:
                quote, evidence = self._ask(ctx, ref)
            except _MALFORMED as exc:
                problems[ref.name] = describe_failure(exc)
                continue
            return self._result(cursor, quote, evidence, problems, now)
        detail = "; ".join(f"{name}: {why}" for name, why in problems.items())
        raise SourceError(f"no provider answered for {self.config.ticker}: {detail}")

    def _close_already_known(self, cursor: dict[str, Any], now: datetime) -> bool:
        if self.config.poll_when_closed or self.config.market.is_open(now):
            return False
        last_close = self.config.market.last_close(now)
        checked = cursor.get("checked_at")
        if last_close is None or not checked:
            return False
        return datetime.fromisoformat(checked) >= last_close + CLOSE_SETTLE

    def _ask(self, ctx: PollContext, ref: StockProviderRef) -> tuple[StockQuote, dict[str, Any]]:
        provider = PROVIDERS[ref.name]
        symbol = ref.symbol or provider.symbol(self.config.ticker)
        url = (ref.url or provider.url).replace("{symbol}", symbol)
        headers = {"User-Agent": ref.user_agent} if ref.user_agent else None
        result = ctx.fetch(url, conditional=False, headers=headers)
        if isinstance(result, NotModified):  # pragma: no cover - unconditional request
            raise SourceError("unexpected 304")
        evidence = {
            "provider": ref.name,
            "url": result.url,
            "fetched_at": result.fetched_at.isoformat(),
            "sha256": result.sha256,
        }
        return provider.parse(result, symbol), evidence

    def _result(
        self,
        cursor: dict[str, Any],
        quote: StockQuote,
        evidence: dict[str, Any],
        problems: dict[str, str],
        now: datetime,
    ) -> PollResult:
        changed = (
            cursor.get("price") != str(quote.price)
            or cursor.get("market_time") != quote.market_time.isoformat()
        )
        new_cursor = {
            "price": str(quote.price),
            "market_time": quote.market_time.isoformat(),
            "provider": quote.provider,
            "checked_at": now.isoformat(),
            "provider_problems": problems,
        }
        observations = [self._observation(quote, evidence, cursor, now)] if changed else []
        return PollResult(observations, new_cursor, newest_item_at=quote.market_time)

    def _observation(
        self, quote: StockQuote, evidence: dict[str, Any], cursor: dict[str, Any], now: datetime
    ) -> Observation:
        ticker = self.config.ticker
        payload = PricePayload(
            symbol=ticker,
            price=float(quote.price),
            price_text=str(quote.price),
            currency=quote.currency or self.config.currency,
            provider=quote.provider,
            details={
                "exchange": quote.exchange or self.config.exchange,
                "market_time": quote.market_time.isoformat(),
                "market_open": self.config.market.is_open(now),
                **self._unit(quote, cursor.get("market_time")),
            },
        )
        return Observation(
            kind=PRICE,
            entity=ticker,
            subject=ticker,
            occurred_at=quote.market_time,
            identity=(quote.market_time.isoformat(), quote.price),
            payload=payload.to_payload(),
            evidence={**evidence, "market_time": quote.market_time.isoformat()},
        )

    def _unit(self, quote: StockQuote, previous_time: str | None) -> dict[str, Any]:
        """The quoted unit: which listed changes apply, and the price in the original unit."""
        day = self.config.market.local_date(quote.market_time)
        applied = sorted((c for c in self.config.unit_changes if c.date <= day),
                         key=lambda c: c.date)  # fmt: skip
        ratio = Decimal(1)
        for change in applied:
            ratio *= Decimal(str(change.ratio))
        fields: dict[str, Any] = {"adjusted_price": float(quote.price / ratio)}
        if applied:
            latest = applied[-1]
            before = (
                self.config.market.local_date(datetime.fromisoformat(previous_time))
                if previous_time
                else None
            )
            fields.update(
                unit_note=latest.note,
                unit_change_date=latest.date.isoformat(),
                unit_ratio=float(ratio),
                # The first quote in the new unit: a rule comparing `price` should not fire.
                unit_changed_since_last_quote=before is not None and before < latest.date,
            )
        return fields
