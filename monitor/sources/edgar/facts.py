"""Source kind `edgar_facts`: debt, interest expense and crypto holdings from XBRL facts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Literal

from pydantic import Field

from monitor.errors import SourceError
from monitor.http import FetchError, FetchResult, NotModified
from monitor.model import Observation
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult
from monitor.sources.edgar.access import parse_json, sec_fetch
from monitor.sources.edgar.common import Company, EdgarConfig, EdgarSource
from monitor.sources.edgar.companyfacts import Fact, parse_company_facts
from monitor.sources.edgar.concepts import BUILT_IN, metric_specs
from monitor.sources.edgar.metric_events import MetricEvents, event_kind, filing_day, remembered
from monitor.sources.edgar.periods import (
    FiscalCalendar,
    Span,
    infer_calendar,
    span_of,
)
from monitor.sources.edgar.values import metric_values


class EdgarFactsConfig(EdgarConfig):
    kind: Literal["edgar_facts"]
    interval_seconds: float = Field(
        43200.0, gt=0, description="seconds between polls (facts change with XBRL filings)"
    )
    cik: int = Field(gt=0, lt=10**10, description="SEC Central Index Key, e.g. 1725123")
    ticker: str | None = Field(None, description="entity of the events (default: the CIK)")
    name: str | None = Field(None, description="display name")
    metrics: list[str] = Field(
        default_factory=lambda: list(BUILT_IN),
        description="metrics to emit: " + ", ".join(BUILT_IN),
    )
    concepts: dict[str, list[str]] = Field(
        default_factory=dict,
        description="metric → XBRL concepts it may use, in order of preference (restricts a "
        "built-in metric; defines a new one as a fallback chain)",
    )
    taxonomies: list[str] = Field(
        default_factory=lambda: ["us-gaap", "ifrs-full"],
        min_length=1,
        description="taxonomies to read, in order of preference",
    )
    fiscal_year_end: str | None = Field(
        None,
        pattern=r"^(0[1-9]|1[0-2])[0-3]\d$",
        description="MMDD, e.g. 1231 (default: inferred from annual facts)",
    )
    lookback_days: int = Field(
        400,
        ge=0,
        description="periods ending earlier are remembered but not emitted (use backfill)",
    )
    year_to_date: bool = Field(True, description="also emit half-year and nine-month values")

    @property
    def company(self) -> Company:
        return Company(cik=self.cik, ticker=self.ticker, name=self.name)


@SOURCES.register("edgar_facts")
class EdgarFactsSource(EdgarSource):
    """Debt, interest expense and crypto holdings of one company from SEC XBRL companyfacts.

    Emits `metric_observed` events: `debt_total_usd` (LongTermDebt, or its current and
    noncurrent parts, plus short-term borrowings, convertible and related-party notes; a
    reported total is never added to its own parts), `interest_expense_usd` (InterestExpense
    and variants), `crypto_fair_value_usd` and `crypto_units_held` (CryptoAsset… concepts).
    Balance-sheet values are labelled by date (2025-09-30); flows by fiscal period (2025-Q3,
    2025-H1, 2025-9M, 2025), quarters derived from year-to-date values where only those are
    filed (Q3 = 9M − H1). Each event names the concepts and accession it came from. A value
    that changes for a period already seen is a `metric_restated` event with the previous
    value. Needs `http.user_agent` with a contact e-mail.
    """

    has_history = True

    Config = EdgarFactsConfig
    config: EdgarFactsConfig

    def poll(self, ctx: PollContext) -> PollResult:
        response = self._fetch(ctx, conditional=ctx.backfill_since is None)
        if response is None:
            return PollResult(cursor=dict(ctx.cursor), unchanged=True)
        specs = metric_specs(self.config.metrics, self.config.concepts)
        facts = parse_company_facts(
            parse_json(response, "companyfacts"),
            [c for spec in specs for c in spec.concepts],
            self.config.taxonomies,
        )
        calendar = self._calendar(facts)
        events = MetricEvents(self.config.company.entity, response, calendar)
        seen: dict[str, Any] = dict(ctx.cursor.get("seen") or {})
        since, backfill = self._window_start(ctx), ctx.backfill_since is not None
        observations: list[Observation] = []
        for spec in specs:
            values = metric_values(spec, facts, calendar, year_to_date=self.config.year_to_date)
            for label, value in values.items():
                key = f"{spec.name}|{label}"
                kind = event_kind(seen.get(key), value, since, backfill)
                if kind is not None:
                    observations.append(
                        events.observation(spec.name, label, value, kind, seen.get(key))
                    )
                seen[key] = remembered(value)
        newest = max((f.filed for f in facts), default=None)
        return PollResult(
            observations,
            {"seen": seen, "fiscal_year_end_month": calendar.year_end_month},
            newest_item_at=filing_day(newest) if newest else None,
        )

    def _fetch(self, ctx: PollContext, *, conditional: bool) -> FetchResult | None:
        url = self.config.urls.company_facts(self.config.cik)
        try:
            result = sec_fetch(ctx, url, conditional=conditional)
        except FetchError as exc:
            if exc.status == 404:
                raise SourceError(
                    f"SEC has no XBRL facts for CIK {self.config.cik} (HTTP 404 for {url})"
                ) from exc
            raise
        return None if isinstance(result, NotModified) else result

    def _calendar(self, facts: list[Fact]) -> FiscalCalendar:
        if self.config.fiscal_year_end:
            return FiscalCalendar(int(self.config.fiscal_year_end[:2]))
        return infer_calendar(f.end for f in facts if f.fp == "FY" and _is_year(f.start, f.end))

    def _window_start(self, ctx: PollContext) -> date:
        if ctx.backfill_since is not None:
            return ctx.backfill_since
        return (ctx.clock.now() - timedelta(days=self.config.lookback_days)).date()


def _is_year(start: date | None, end: date) -> bool:
    return span_of(start, end) is Span.YEAR
