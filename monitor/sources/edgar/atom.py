"""Source kind `edgar_atom`: many companies' new filings for one feed request a poll."""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from pydantic import Field, field_validator

from monitor.http import FetchResult
from monitor.model import Observation
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult
from monitor.sources.edgar.access import sec_fetch
from monitor.sources.edgar.common import (
    DEFAULT_EXHIBITS,
    DEFAULT_FORMS,
    Company,
    EdgarConfig,
    EdgarSource,
)
from monitor.sources.edgar.feed import FeedEntry, parse_feed
from monitor.sources.edgar.forms import in_families
from monitor.sources.edgar.harvest import (
    Harvester,
    filing_fingerprint,
    harvest_new,
)
from monitor.sources.edgar.submissions import fetch_submissions
from monitor.sources.edgar.urls import BROWSE_URL, EdgarUrls
from monitor.vocabulary.kinds import FILING_PUBLISHED

MAX_FEED_COUNT = 100  # browse-edgar's own cap


class EdgarAtomConfig(EdgarConfig):
    kind: Literal["edgar_atom"]
    interval_seconds: float = Field(120.0, gt=0, description="seconds between polls")
    browse_url: str = Field(BROWSE_URL, description="the browse-edgar (Atom feed) endpoint")
    companies: list[Company] = Field(min_length=1, description="watched companies (cik, ticker)")
    forms: list[str] = Field(
        default_factory=lambda: list(DEFAULT_FORMS),
        min_length=1,
        description="form families to watch; each covers its /A amendments",
    )
    feed_types: list[str] = Field(
        default_factory=lambda: [""],
        min_length=1,
        description="`type=` of each feed request ('' = all forms, one request; a form "
        "such as '6-K' is a prefix match); one request per entry",
    )
    count: int = Field(MAX_FEED_COUNT, ge=1, le=MAX_FEED_COUNT, description="entries per feed")
    exhibits: list[str] = Field(
        default_factory=lambda: list(DEFAULT_EXHIBITS),
        description="exhibit types to fetch besides the primary document (glob patterns)",
    )
    max_filings_per_poll: int = Field(10, ge=1, description="new filings harvested per poll")

    @property
    def urls(self) -> EdgarUrls:
        return EdgarUrls(self.data_url, self.archives_url, self.browse_url.rstrip("/"))

    @field_validator("companies")
    @classmethod
    def _unique_ciks(cls, companies: list[Company]) -> list[Company]:
        ciks = [c.cik for c in companies]
        duplicated = sorted({cik for cik in ciks if ciks.count(cik) > 1})
        if duplicated:
            raise ValueError(f"CIK listed twice: {', '.join(map(str, duplicated))}")
        return companies


@SOURCES.register("edgar_atom")
class EdgarAtomSource(EdgarSource):
    """New filings of many companies from EDGAR's latest-filings Atom feed.

    One feed request a poll (per `feed_types` entry) covers every watched company. A watched
    company's new filing is then read from its submissions JSON and harvested exactly as
    `edgar_filings` does (same events, same fingerprints: a filing is stored once whichever
    source sees it first). The feed only shows the latest filings, so keep an `edgar_filings`
    source per company, polled less often, as the fallback that catches what the feed
    missed. Needs `http.user_agent` with a contact e-mail.
    """

    Config = EdgarAtomConfig
    config: EdgarAtomConfig

    def poll(self, ctx: PollContext) -> PollResult:
        entries, unchanged = self._entries(ctx)
        if unchanged:
            return PollResult(cursor=dict(ctx.cursor), unchanged=True)
        companies = {c.cik: c for c in self.config.companies}
        watched = [
            e for e in entries if e.cik in companies and in_families(e.form, self.config.forms)
        ]
        newest = max((e.updated for e in watched if e.updated), default=None)
        fresh = self._not_stored(ctx, watched, companies)
        observations: list[Observation] = []
        left = 0
        for cik, accessions in fresh.items():
            budget = self.config.max_filings_per_poll - len(_filings_in(observations))
            if budget <= 0:
                left += len(accessions)
                continue
            found, waiting = self._harvest(ctx, companies[cik], accessions, budget)
            observations.extend(found)
            left += waiting
        return PollResult(observations, {"backlog": left}, newest_item_at=newest)

    def _entries(self, ctx: PollContext) -> tuple[list[FeedEntry], bool]:
        entries: list[FeedEntry] = []
        unchanged = True
        for form_type in self.config.feed_types:
            url = self.config.urls.latest_filings_feed(form_type, self.config.count)
            result = sec_fetch(ctx, url)
            if isinstance(result, FetchResult):
                unchanged = False
                entries.extend(parse_feed(result.body))
        return entries, unchanged

    def _not_stored(
        self, ctx: PollContext, entries: list[FeedEntry], companies: dict[int, Company]
    ) -> dict[int, set[str]]:
        by_fingerprint = {
            filing_fingerprint(companies[e.cik], e.accession): (e.cik, e.accession) for e in entries
        }
        known = ctx.known(list(by_fingerprint))
        fresh: dict[int, set[str]] = defaultdict(set)
        for fp, (cik, accession) in by_fingerprint.items():
            if fp not in known:
                fresh[cik].add(accession)
        return dict(fresh)

    def _harvest(
        self, ctx: PollContext, company: Company, accessions: set[str], budget: int
    ) -> tuple[list[Observation], int]:
        submissions = fetch_submissions(ctx, self.config.urls, company.cik, conditional=False)
        assert submissions is not None  # an unconditional request is never "unchanged"
        history = list(submissions.filings)
        # A filing reaches the feed within a minute and the submissions API within a second,
        # so one missing here is simply retried on the next poll.
        candidates = [f for f in history if f.accession in accessions]
        harvester = Harvester(
            self.config.urls, company, company.name or submissions.name, tuple(self.config.exhibits)
        )
        observations, left = harvest_new(ctx, harvester, candidates, history, budget)
        return observations, left + len(accessions) - len(candidates)


def _filings_in(observations: list[Observation]) -> list[Observation]:
    return [o for o in observations if o.kind == FILING_PUBLISHED]
