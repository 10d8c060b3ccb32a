"""Source kind `edgar_filings`: one company's new filings from the submissions API."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import Field

from monitor.http import FetchResult
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult
from monitor.sources.edgar.access import parse_json, sec_fetch
from monitor.sources.edgar.common import (
    DEFAULT_EXHIBITS,
    DEFAULT_FORMS,
    Company,
    EdgarConfig,
    EdgarSource,
)
from monitor.sources.edgar.forms import in_families
from monitor.sources.edgar.harvest import Harvester, harvest_new
from monitor.sources.edgar.submissions import (
    Filing,
    Submissions,
    fetch_submissions,
    parse_columns,
)


class EdgarFilingsConfig(EdgarConfig):
    kind: Literal["edgar_filings"]
    cik: int = Field(gt=0, lt=10**10, description="SEC Central Index Key, e.g. 1725123")
    ticker: str | None = Field(None, description="entity of the events (default: the CIK)")
    name: str | None = Field(None, description="display name (default: SEC's name)")
    forms: list[str] = Field(
        default_factory=lambda: list(DEFAULT_FORMS),
        min_length=1,
        description="form families to watch; each covers its /A amendments",
    )
    exhibits: list[str] = Field(
        default_factory=lambda: list(DEFAULT_EXHIBITS),
        description="exhibit types to fetch besides the primary document (glob patterns)",
    )
    lookback_days: int = Field(
        30, ge=0, description="filings older than this are ignored (use `monitor backfill`)"
    )
    max_filings_per_poll: int = Field(
        10, ge=1, description="new filings harvested per poll; the rest wait for the next"
    )

    @property
    def company(self) -> Company:
        return Company(cik=self.cik, ticker=self.ticker, name=self.name)


@SOURCES.register("edgar_filings")
class EdgarFilingsSource(EdgarSource):
    """New SEC filings of one company (submissions API), with their press-release exhibits.

    Each new filing of the watched form families (default 6-K, 8-K, 10-Q, 10-K, 20-F and
    their /A amendments) becomes a `filing_published` event: form, filing date, acceptance
    time in UTC (EDGAR stamps it in US Eastern time), accession, 8-K items, document URLs, and
    for an amendment the accession it `amends`. The primary document and the exhibits
    matching `exhibits` (default EX-99.*) are fetched and stored as `filing_document` events
    whose text keeps table rows on one line. An exhibit's type is the one the filing's index
    headers state; only for a filing without them is it guessed from the file name. Filings
    already stored (by this source or by `edgar_atom`) are never fetched again. Needs
    `http.user_agent` with a contact e-mail.
    """

    has_history = True

    Config = EdgarFilingsConfig
    config: EdgarFilingsConfig

    def poll(self, ctx: PollContext) -> PollResult:
        backlog = int(ctx.cursor.get("backlog", 0))
        conditional = backlog == 0 and ctx.backfill_since is None
        submissions = fetch_submissions(
            ctx, self.config.urls, self.config.cik, conditional=conditional
        )
        if submissions is None:
            return PollResult(cursor=dict(ctx.cursor), unchanged=True)
        since = self._window_start(ctx)
        history = list(submissions.filings) + self._older_filings(ctx, submissions, since)
        watched = [
            f for f in history if f.filing_date >= since and in_families(f.form, self.config.forms)
        ]
        harvester = Harvester(
            self.config.urls,
            self.config.company,
            self.config.name or submissions.name,
            tuple(self.config.exhibits),
        )
        observations, left = harvest_new(
            ctx, harvester, watched, history, self.config.max_filings_per_poll
        )
        newest = max((f.published_at for f in watched), default=None)
        return PollResult(observations, {"backlog": left}, newest_item_at=newest)

    def _window_start(self, ctx: PollContext) -> date:
        if ctx.backfill_since is not None:
            return ctx.backfill_since
        return (ctx.clock.now() - timedelta(days=self.config.lookback_days)).date()

    def _older_filings(
        self, ctx: PollContext, submissions: Submissions, since: date
    ) -> list[Filing]:
        """Shards of older history, fetched only when a backfill reaches back to them."""
        if ctx.backfill_since is None:
            return []
        older: list[Filing] = []
        for shard in submissions.shards:
            if shard.filing_to is not None and shard.filing_to < since:
                continue
            result = sec_fetch(
                ctx, self.config.urls.submissions_shard(shard.name), conditional=False
            )
            assert isinstance(result, FetchResult)
            older.extend(parse_columns(parse_json(result, f"submissions shard {shard.name}")))
        return older
