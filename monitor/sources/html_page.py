"""Source kind `html_page`: press releases from a listing page (IR newsroom, wire org page)."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from monitor.http import NotModified
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult, Source
from monitor.sources.listing import (
    CompiledSelectors,
    ListingPage,
    Selectors,
    effective_selectors,
    parse_listing,
)
from monitor.sources.release import (
    Collected,
    Listing,
    ReleaseCollector,
    ReleaseSourceConfig,
    newest_item_at,
)


class HtmlPageConfig(ReleaseSourceConfig):
    kind: Literal["html_page"]
    preset: Literal["generic", "prnewswire"] = Field(
        "generic", description="selector defaults: common IR layouts, or PR Newswire cards"
    )
    selectors: Selectors = Field(
        default_factory=Selectors,
        description="item, title, title_exclude, link, date, teaser, id_attribute (CSS)",
    )
    timezone: str = Field(
        "America/New_York", description="zone of dates printed without one (IANA name)"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}") from exc
        return value


@SOURCES.register("html_page")
class HtmlPageSource(Source):
    """Press releases listed on a web page (a company newsroom or a wire's organisation page).

    Each item on the page (found with CSS selectors: `preset: generic` suits common IR
    layouts, `preset: prnewswire` the cards of prnewswire.com/news/{org}/; any selector can
    be overridden under `selectors:`) that has not been stored before becomes a
    `press_release` event for `entity`: title, url, published_at, teaser. Identity is the
    canonical absolute URL of the item's link (or the `selectors.id_attribute` value), kept
    in the event store — so a re-ordered page, a restart or a page that drops old items
    never repeats a release. The linked release is fetched (only from the page's own host
    or `allowed_hosts`), its text kept with tables one row a line, and passed to extraction.
    Optional `match` keeps only items whose title or teaser matches a regex. The page is
    requested conditionally, and its body compared with the last one by hash: a 304 or an
    identical page costs no parse. A page where no item matches the item selector is an
    error (layout changed, or a block page).
    """

    Config = HtmlPageConfig
    config: HtmlPageConfig

    @cached_property
    def selectors(self) -> CompiledSelectors:
        """Translated to XPath once, for every poll of this source."""
        return CompiledSelectors(effective_selectors(self.config.preset, self.config.selectors))

    def poll(self, ctx: PollContext) -> PollResult:
        cursor = dict(ctx.cursor)
        # Items left over from the last poll are not on a 304: ask for the page itself then.
        # An identical body is as good as a 304 (most pages send no usable validators).
        result = ctx.fetch(
            self.config.url, conditional=not cursor.get("backlog"), same_body_unchanged=True
        )
        if isinstance(result, NotModified):
            return PollResult(cursor=cursor, unchanged=True)
        page = ListingPage(result.url, result.body, result.content_type)
        items = parse_listing(page, self.selectors, ZoneInfo(self.config.timezone))
        items = [item for item in items if self.config.matches(item.title, item.teaser)]
        listing = Listing.of(result)
        collected = ReleaseCollector(ctx, self.config, listing, cursor).collect(items)
        return PollResult(
            collected.observations,
            _cursor(collected, len(items)),
            newest_item_at=newest_item_at(items, listing, collected),
        )


def _cursor(collected: Collected, items: int) -> dict[str, Any]:
    return {"backlog": collected.backlog, "attempts": collected.attempts, "items": items}
