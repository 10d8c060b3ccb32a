"""What every EDGAR source kind shares: company identity, config keys, and start-up checks."""

from __future__ import annotations

from pydantic import Field, field_validator

from monitor.http import HttpFetcher
from monitor.registry import StrictModel
from monitor.sources.base import Source, SourceConfig
from monitor.sources.edgar.access import (
    DEFAULT_RATE,
    MAX_RATE,
    check_user_agent,
    join_sec_group,
)
from monitor.sources.edgar.urls import ARCHIVES_URL, BROWSE_URL, DATA_URL, EdgarUrls

DEFAULT_FORMS = ("6-K", "8-K", "10-Q", "10-K", "20-F")
DEFAULT_EXHIBITS = ("EX-99", "EX-99.*")


class Company(StrictModel):
    """A watched company. Its events are about `ticker` when given, else about its CIK."""

    cik: int = Field(gt=0, lt=10**10, description="SEC Central Index Key, e.g. 1725123")
    ticker: str | None = Field(None, description="entity name used in events, e.g. CANG")
    name: str | None = Field(None, description="display name (default: SEC's name)")

    @field_validator("ticker")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.strip().upper() if value else None

    @property
    def entity(self) -> str:
        """The event entity. Every EDGAR kind derives it the same way, so the same filing seen
        by two sources has one fingerprint."""
        return self.ticker or str(self.cik)


class EdgarConfig(SourceConfig):
    """Keys every EDGAR source accepts."""

    requests_per_second: float = Field(
        DEFAULT_RATE,
        gt=0,
        le=MAX_RATE,
        description="budget for ALL SEC requests, shared by every EDGAR source (strictest wins)",
    )
    data_url: str = Field(DATA_URL, description="base of the submissions and XBRL APIs")
    archives_url: str = Field(ARCHIVES_URL, description="base of the filing archives")

    @field_validator("data_url", "archives_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def urls(self) -> EdgarUrls:
        return EdgarUrls(self.data_url, self.archives_url, BROWSE_URL)


class EdgarSource(Source):
    """Base of the EDGAR kinds: refuses to start without a declared User-Agent and joins the
    shared SEC limiter group."""

    config: EdgarConfig

    def setup(self, fetcher: HttpFetcher) -> None:
        check_user_agent(fetcher.user_agent, self.id)
        urls = self.config.urls
        join_sec_group(
            fetcher.limiter,
            [urls.data_url, urls.archives_url, urls.browse_url],
            self.config.requests_per_second,
        )
