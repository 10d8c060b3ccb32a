"""stock_price: Yahoo quotes, Stooq fallback, only changes, market hours, unit changes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import responses
from responses import matchers

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.sources.stock_price import StockPriceConfig, StockPriceSource
from tests.sources.harness import Harness, fixture

YAHOO = "https://query1.finance.yahoo.com/v8/finance/chart/CANG"
STOOQ = "https://stooq.com/q/l/"
STOOQ_CSV = (
    "Symbol,Date,Time,Open,High,Low,Close,Volume\r\n"
    "CANG.US,2026-02-09,22:00:11,1.19,1.21,1.12,1.17,9877210\r\n"
)
# Monday 2026-02-09 17:00 ET: after the close, before the evening settles.
AFTER_CLOSE = datetime(2026, 2, 9, 22, 0, tzinfo=UTC)
ADS_CHANGE = {"date": "2025-11-17", "ratio": 0.5, "note": "ADS→Class A shares, 2 shares per ADS"}


def yahoo_quote(price: float, market_time: datetime) -> dict[str, Any]:
    body = json.loads(fixture("yahoo_cang.json"))
    meta = body["chart"]["result"][0]["meta"]
    meta.update(regularMarketPrice=price, regularMarketTime=int(market_time.timestamp()))
    return body


def stock(**extra: Any) -> StockPriceSource:
    config = {"id": "cang", "kind": "stock_price", "ticker": "CANG", **extra}
    return StockPriceSource(StockPriceConfig.model_validate(config))


@pytest.fixture
def evening() -> ManualClock:
    return ManualClock(AFTER_CLOSE)


@responses.activate
def test_a_yahoo_quote_becomes_a_price_event(evening: ManualClock) -> None:
    responses.get(
        YAHOO,
        body=fixture("yahoo_cang.json"),
        content_type="application/json",
        match=[matchers.query_param_matcher({"interval": "1d", "range": "5d"})],
    )
    result = Harness(stock(), evening).poll()

    (obs,) = result.observations
    assert (obs.kind, obs.entity, obs.subject) == ("price", "CANG", "CANG")
    assert obs.occurred_at == datetime(2026, 2, 9, 21, 0, tzinfo=UTC)  # 16:00 ET
    assert obs.payload == {
        "symbol": "CANG",
        "price": 1.17,
        "price_text": "1.17",
        "currency": "USD",
        "provider": "yahoo",
        "exchange": "NYSE",
        "market_time": "2026-02-09T21:00:00+00:00",
        "market_open": False,
        "adjusted_price": 1.17,
    }
    assert obs.evidence["url"].startswith(YAHOO)
    assert obs.evidence["fetched_at"] == AFTER_CLOSE.isoformat()
    assert len(obs.evidence["sha256"]) == 64
    assert result.newest_item_at == obs.occurred_at


@responses.activate
def test_only_a_change_of_price_or_market_time_is_an_event(clock: ManualClock) -> None:
    opened = datetime(2026, 2, 9, 14, 30, tzinfo=UTC)
    clock.set(opened + timedelta(minutes=5))
    for price, minutes in ((1.17, 1), (1.17, 1), (1.17, 4), (1.18, 4)):
        responses.get(YAHOO, json=yahoo_quote(price, opened + timedelta(minutes=minutes)))
    harness = Harness(stock(), clock)

    assert len(harness.poll().observations) == 1
    assert harness.poll().observations == []  # the same quote
    moved_in_time = harness.poll().observations
    assert [o.payload["market_time"] for o in moved_in_time] == ["2026-02-09T14:34:00+00:00"]
    (moved,) = harness.poll().observations
    assert moved.payload["price_text"] == "1.18" and moved.payload["market_open"] is True


@responses.activate
def test_stooq_answers_when_yahoo_does_not(evening: ManualClock) -> None:
    responses.get(
        YAHOO,
        status=404,
        json={"chart": {"result": None, "error": {"code": "Not Found",
                        "description": "No data found, symbol may be delisted"}}},
    )  # fmt: skip
    responses.get(
        STOOQ,
        body=STOOQ_CSV,
        match=[matchers.query_param_matcher(
            {"s": "cang.us", "f": "sd2t2ohlcv", "h": "", "e": "csv"})],
    )  # fmt: skip
    result = Harness(stock(), evening).poll()

    (obs,) = result.observations
    assert obs.payload["provider"] == "stooq"
    assert obs.payload["price_text"] == "1.17"
    assert obs.payload["exchange"] == "NYSE" and obs.payload["currency"] == "USD"
    # 22:00:11 in Warsaw is 16:00:11 in New York.
    assert obs.payload["market_time"] == "2026-02-09T21:00:11+00:00"
    assert "HTTP 404" in result.cursor["provider_problems"]["yahoo"]
    assert "symbol may be delisted" in result.cursor["provider_problems"]["yahoo"]


STOOQ_FAILURES = [
    ("Symbol,Date,Time,Open,High,Low,Close,Volume\nCANG.US,N/D,N/D,N/D,N/D,N/D,N/D,N/D\n",
     "no data for cang.us (N/D)"),
    ("Get your apikey: 1. Open https://stooq.com/q/d/?s=pfe.us&get_apikey 2. Enter the captcha",
     "not a quote CSV"),
    ("<!DOCTYPE html><html><body><form method=post action=/__verify>", "not a quote CSV"),
    ("Symbol,Date,Time,Open,High,Low,Close,Volume\nMARA.US,2026-02-09,22:00:11,1,1,1,9.5,1\n",
     "no row for cang.us"),
    ("Symbol,Date,Time,Open,High,Low,Close,Volume\nCANG.US,2026-02-09,22:00:11,1,1,1,0,1\n",
     "not a price"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "message"), STOOQ_FAILURES)
@responses.activate
def test_when_every_provider_fails_the_source_fails_naming_each(
    evening: ManualClock, body: str, message: str
) -> None:
    responses.get(YAHOO, body="<html>Too Many Requests</html>", status=429)
    responses.get(STOOQ, body=body)
    with pytest.raises(SourceError) as caught:
        Harness(stock(), evening).poll()
    assert "yahoo: HTTP 429" in str(caught.value)
    assert "stooq:" in str(caught.value) and message in str(caught.value)


YAHOO_FAILURES = [
    ("not json at all", "malformed JSON"),
    (json.dumps({"chart": {"result": None, "error": {"code": "Not Found",
                                                     "description": "No data"}}}), "No data"),
    (json.dumps({"chart": {"result": [{"meta": {"symbol": "CANG"}}], "error": None}}),
     "no regularMarketPrice"),
    (json.dumps({"chart": {"result": [{"meta": {"symbol": "MARA", "regularMarketPrice": 9,
                                                 "regularMarketTime": 1}}]}}), "got MARA"),
    (json.dumps([1, 2]), "not an object"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "message"), YAHOO_FAILURES)
@responses.activate
def test_bad_yahoo_answers_are_recorded_and_stooq_is_asked(
    evening: ManualClock, body: str, message: str
) -> None:
    responses.get(YAHOO, body=body)
    responses.get(STOOQ, body=STOOQ_CSV)
    result = Harness(stock(), evening).poll()
    assert result.observations[0].payload["provider"] == "stooq"
    assert message in result.cursor["provider_problems"]["yahoo"]


@responses.activate
def test_provider_urls_symbols_and_user_agent_are_configurable(evening: ManualClock) -> None:
    responses.get(
        "http://127.0.0.1:9/chart/CANG",
        json=yahoo_quote(1.17, AFTER_CLOSE - timedelta(hours=1)),
        match=[matchers.header_matcher({"User-Agent": "Mozilla/5.0 (X11)"})],
    )
    responses.get("http://127.0.0.1:9/stooq/cang.f", body=STOOQ_CSV.replace("CANG.US", "CANG.F"))
    yahoo = {"name": "yahoo", "url": "http://127.0.0.1:9/chart/{symbol}",
             "user_agent": "Mozilla/5.0 (X11)"}  # fmt: skip
    stooq = {"name": "stooq", "url": "http://127.0.0.1:9/stooq/{symbol}", "symbol": "cang.f"}
    (quote,) = Harness(stock(providers=[yahoo]), evening).poll().observations
    assert quote.payload["provider"] == "yahoo"
    (quote,) = Harness(stock(providers=[stooq]), evening).poll().observations
    assert quote.payload["provider"] == "stooq"


@responses.activate
def test_nothing_is_fetched_once_the_close_is_known(clock: ManualClock) -> None:
    responses.get(YAHOO, json=yahoo_quote(1.17, datetime(2026, 2, 13, 21, 0, tzinfo=UTC)))
    clock.set(datetime(2026, 2, 13, 22, 0, tzinfo=UTC))  # Friday 17:00 ET: the close is in
    harness = Harness(stock(), clock)
    harness.poll()
    for moment in (
        datetime(2026, 2, 14, 3, 0, tzinfo=UTC),  # Friday night
        datetime(2026, 2, 14, 17, 0, tzinfo=UTC),  # Saturday
        datetime(2026, 2, 16, 15, 0, tzinfo=UTC),  # Presidents' Day, 10:00 ET
        datetime(2026, 2, 17, 14, 29, tzinfo=UTC),  # Tuesday 09:29 ET
    ):
        clock.set(moment)
        assert harness.poll().unchanged is True
    assert len(responses.calls) == 1
    clock.set(datetime(2026, 2, 17, 14, 35, tzinfo=UTC))  # Tuesday 09:35 ET: trading again
    assert harness.poll().unchanged is False
    assert len(responses.calls) == 2


@responses.activate
def test_a_closed_market_is_asked_once_when_the_last_close_is_not_known(
    clock: ManualClock,
) -> None:
    responses.get(YAHOO, json=yahoo_quote(1.17, datetime(2026, 2, 6, 21, 0, tzinfo=UTC)))
    clock.set(datetime(2026, 2, 7, 17, 0, tzinfo=UTC))  # Saturday, never polled before
    harness = Harness(stock(), clock)
    assert len(harness.poll().observations) == 1
    clock.advance(timedelta(hours=1))
    assert harness.poll().unchanged is True


@responses.activate
def test_a_poll_just_after_the_bell_is_followed_by_one_for_the_final_price(
    clock: ManualClock,
) -> None:
    responses.get(YAHOO, json=yahoo_quote(1.16, datetime(2026, 2, 9, 20, 59, tzinfo=UTC)))
    responses.get(YAHOO, json=yahoo_quote(1.17, datetime(2026, 2, 9, 21, 0, 2, tzinfo=UTC)))
    clock.set(datetime(2026, 2, 9, 21, 1, tzinfo=UTC))  # 16:01 ET: closing print not in yet
    harness = Harness(stock(), clock)
    harness.poll()
    clock.set(datetime(2026, 2, 9, 21, 25, tzinfo=UTC))
    (final,) = harness.poll().observations
    assert final.payload["price_text"] == "1.17"


@responses.activate
def test_poll_when_closed_always_fetches(evening: ManualClock) -> None:
    responses.get(YAHOO, json=yahoo_quote(1.17, datetime(2026, 2, 9, 21, 0, tzinfo=UTC)))
    harness = Harness(stock(poll_when_closed=True), evening)
    harness.poll()
    evening.advance(timedelta(hours=5))
    harness.poll()
    assert len(responses.calls) == 2


EXPECTS_NEWS = [
    ("2026-02-09T14:29:00+00:00", False),  # 09:29 ET Monday: closed
    ("2026-02-09T14:40:00+00:00", False),  # open, but the first quotes may not be in yet
    ("2026-02-09T14:45:00+00:00", True),
    ("2026-02-09T20:59:00+00:00", True),
    ("2026-02-09T21:00:00+00:00", False),  # closed
    ("2026-02-14T17:00:00+00:00", False),  # Saturday
    ("2026-02-16T17:00:00+00:00", False),  # Presidents' Day
]


@pytest.mark.parametrize(("now", "expected"), EXPECTS_NEWS)
def test_freshness_counts_only_while_the_market_trades(now: str, expected: bool) -> None:
    assert stock().expects_news(datetime.fromisoformat(now)) is expected


def test_a_slow_poll_interval_widens_the_grace_after_the_open() -> None:
    hourly = stock(interval_seconds=1800)
    assert hourly.expects_news(datetime(2026, 2, 9, 15, 29, tzinfo=UTC)) is False
    assert hourly.expects_news(datetime(2026, 2, 9, 15, 30, tzinfo=UTC)) is True


@responses.activate
def test_quotes_after_a_unit_change_carry_the_note_and_comparable_prices(
    clock: ManualClock,
) -> None:
    friday = datetime(2025, 11, 14, 21, 0, tzinfo=UTC)
    monday = datetime(2025, 11, 17, 21, 0, tzinfo=UTC)
    responses.get(YAHOO, json=yahoo_quote(2.20, friday))
    responses.get(YAHOO, json=yahoo_quote(1.17, monday))
    responses.get(YAHOO, json=yahoo_quote(1.20, monday + timedelta(days=1)))
    harness = Harness(stock(unit_changes=[ADS_CHANGE], poll_when_closed=True), clock)

    (before,) = harness.poll().observations
    assert "unit_note" not in before.payload
    assert before.payload["adjusted_price"] == 2.20
    (first_after,) = harness.poll().observations
    assert first_after.payload["unit_note"] == "ADS→Class A shares, 2 shares per ADS"
    assert first_after.payload["unit_change_date"] == "2025-11-17"
    assert first_after.payload["unit_ratio"] == 0.5
    assert first_after.payload["price"] == 1.17
    assert first_after.payload["adjusted_price"] == 2.34  # comparable with Friday's 2.20
    assert first_after.payload["unit_changed_since_last_quote"] is True
    (later,) = harness.poll().observations
    assert later.payload["unit_changed_since_last_quote"] is False
    assert later.payload["adjusted_price"] == 2.40


def test_config_refuses_unknown_keys_and_bad_values() -> None:
    base = {"id": "s", "kind": "stock_price", "ticker": "CANG"}
    for bad in ({"symbol": "CANG"}, {"ticker": "cang"}, {"providers": []},
                {"providers": [{"name": "google"}]},
                {"unit_changes": [{"date": "2025-11-17", "ratio": 0, "note": "x"}]},
                {"unit_changes": [{"date": "2025-11-17", "ratio": 0.5}]},
                {"market": {"timezone": "Mars/Olympus"}}):  # fmt: skip
        with pytest.raises(ValueError):
            StockPriceConfig.model_validate({**base, **bad})
