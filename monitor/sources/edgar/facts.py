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
from monitor.sources.edgar.values import metric_values, reporting_currency

BALANCE_SHEET_TOTALS = ("Liabilities", "Assets")


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
    """Debt, interest expense, leases and crypto holdings of one company from SEC XBRL
    companyfacts (us-gaap or ifrs-full).

    Metrics: `debt_total_usd`, `finance_lease_liabilities_usd`, `interest_expense_usd`,
    `crypto_fair_value_usd` (CryptoAssetFairValue…) and `crypto_units_held`
    (CryptoAssetNumberOfUnits, in the unit the filer gives, e.g. `BTC`). Balance-sheet
    values are labelled by date (2025-09-30); flows by fiscal period (2025-Q3, 2025-H1,
    2025-9M, 2025, the fiscal year named by the calendar year it ends in). Money is read in
    the currency it was reported in and the event's `unit` says which (a CNY filer's debt is
    CNY, never called USD; the `_usd` in a metric's name is only its name); a period stated
    in two currencies keeps the balance sheet's.

    **Total debt** on a balance-sheet date is current plus noncurrent borrowings at carrying
    value, from one consistent set of the facts of one filing, never counting an amount twice:

    - current: `DebtCurrent` (it holds short-term borrowings and the current portion of
      long-term debt), else short-term borrowings (`ShortTermBorrowings`; `CommercialPaper`
      and drawn credit lines unless short-term borrowings already hold them) plus the current
      portion of long-term debt (`LongTermDebtCurrent`) and current convertible, other and
      related-party notes;
    - noncurrent: `LongTermDebtNoncurrent`, plus noncurrent convertible or senior notes when
      that line cannot already hold them, plus related-party notes;
    - `LongTermDebt` is read by the filing's own arithmetic: when it equals the lines beside
      it, it is their total; beside a current concept with no other noncurrent line it is the
      noncurrent column (Tesla tags it so); beside notes lines it does not equal, it is a
      note's figure (often principal) and is left out;
    - a figure equal to one already counted, within the two figures' rounding, is the same
      line tagged twice (`ShortTermBorrowings` equal to `LongTermDebtCurrent`; a note's rounded
      mention of the convertible notes on the balance sheet);
    - combined "long-term debt and capital lease obligations" lines count less the lease
      liability of that date (from the latest filing stating it); with no lease figure for the
      date in any filing, the combined figure stands and the event's `note` says it includes
      leases;
    - ifrs-full: current plus noncurrent borrowings, or `LongtermBorrowings` (which holds its
      current portion), `Borrowings` only when nothing else is tagged (filers use it for
      principal);
    - no borrowing concept is zero debt only when the liabilities add up without one (every
      current and noncurrent liability line tagged and summing exactly to the totals);
    - a filing whose comparative column lacks a debt line an earlier filing had for that date
      (tagged with a concept of its own) gives no figure rather than an understated one.

    Finance-lease liabilities are their own metric, never mixed into debt silently (balance-
    sheet current plus noncurrent lines; IFRS 16 lease liabilities for ifrs-full filers).

    **Which filing**: the latest filing reporting the period wins (later 10-Ks restate
    comparatives), unless it only re-rounds an earlier figure (175,220,000 shown later as
    175,000,000: the more precise figure stays), or gives one side of the balance sheet where
    an earlier filing gave both. **Quarters** are reported 3-month figures, else whatever the
    filer's durations imply: Q4 = FY − 9M, Q3 = 9M − H1, Q2 = 9M − Q3 − Q1; a zero year of an
    expense is zero in each quarter; across a concept switch (FY under
    `InterestExpenseNonoperating`, 9M under `InterestExpense`) only when some period is
    reported under both concepts with the same value.

    Every event carries its provenance: each fact summed (signed), with its accession, form
    and filed date (`monitor series TICKER METRIC --explain` prints it; change alerts show
    it). A value that changes for a period already seen by more than the rounding of the two
    figures (a restatement, a sign or scale correction) is a `metric_restated` event with the
    previous value; a re-rounding is not. Needs `http.user_agent` with a contact e-mail.
    """

    Config = EdgarFactsConfig
    config: EdgarFactsConfig

    def poll(self, ctx: PollContext) -> PollResult:
        response = self._fetch(ctx, conditional=ctx.backfill_since is None)
        if response is None:
            return PollResult(cursor=dict(ctx.cursor), unchanged=True)
        specs = metric_specs(self.config.metrics, self.config.concepts)
        data = parse_json(response, "companyfacts")
        taxonomies = self.config.taxonomies
        facts = parse_company_facts(data, [c for spec in specs for c in spec.concepts], taxonomies)
        # The currency of the balance sheet decides between a figure and its translation.
        balance_sheet = parse_company_facts(data, BALANCE_SHEET_TOTALS, taxonomies)
        calendar = self._calendar(facts)
        events = MetricEvents(self.config.company.entity, response, calendar)
        seen: dict[str, Any] = dict(ctx.cursor.get("seen") or {})
        since, backfill = self._window_start(ctx), ctx.backfill_since is not None
        currency = reporting_currency(balance_sheet or facts)
        observations: list[Observation] = []
        for spec in specs:
            values = metric_values(
                spec, facts, calendar, year_to_date=self.config.year_to_date, currency=currency
            )
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
