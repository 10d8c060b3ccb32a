"""Source kind `feed`: press releases from an RSS 2.0 or Atom feed, edits included."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from monitor.http import NotModified
from monitor.model import Document, Observation
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult, Source
from monitor.sources.feed_entries import FeedEntry, parse_feed
from monitor.sources.release import (
    Collected,
    Listing,
    ReleaseCollector,
    ReleaseItem,
    ReleaseSourceConfig,
    document_from_html,
    newest_item_at,
    release_observation,
    teaser,
)
from monitor.vocabulary.kinds import PRESS_RELEASE_UPDATED

_PARTS = ("title", "summary", "content")
Parts = dict[str, str]


class FeedConfig(ReleaseSourceConfig):
    kind: Literal["feed"]
    fetch_article: Literal["auto", "always"] = Field(
        "auto", description="auto: fetch the linked article only when the feed has no full text"
    )
    max_tracked_items: int = Field(
        500, ge=10, le=20_000, description="items whose fingerprints are kept to spot edits"
    )
    strict_xml: bool = Field(
        True, description="refuse a feed that is not well-formed XML (a truncated body)"
    )


@SOURCES.register("feed")
class FeedSource(Source):
    """Press releases from an RSS 2.0 or Atom feed (GlobeNewswire, an IR site's RSS, a wire).

    Each entry not stored before becomes a `press_release` event for `entity` (title, url,
    published_at, teaser); identity is the entry's guid/id, else its link, kept in the event
    store across polls and restarts. An entry seen before whose title, summary or content
    changed becomes a `press_release_updated` event (payload `changed` names what), never a
    second release; fingerprints of the last `max_tracked_items` entries are kept for this.
    When the entry carries only a summary (or `fetch_article: always`), the linked article is
    fetched — only from the feed's own host or `allowed_hosts` — and its text, tables one row
    a line, is passed to extraction. Optional `match` keeps entries whose title or summary
    matches a regex (any case), e.g. one company in a wire's all-news feed. The feed is
    requested conditionally, and its body compared with the last one by hash: a 304 or an
    identical feed costs no parse. A body that is not a well-formed feed is an error
    recorded on the source.
    """

    Config = FeedConfig
    config: FeedConfig

    def poll(self, ctx: PollContext) -> PollResult:
        cursor = dict(ctx.cursor)
        # Entries left over from the last poll are not on a 304: ask for the feed itself then.
        # An identical body is as good as a 304: many feeds send no usable validators.
        result = ctx.fetch(
            self.config.url, conditional=not cursor.get("backlog"), same_body_unchanged=True
        )
        if isinstance(result, NotModified):
            return PollResult(cursor=cursor, unchanged=True)
        entries = [
            entry
            for entry in parse_feed(result, strict=self.config.strict_xml)
            if self.config.matches(entry.title, entry.summary_text)
        ]
        listing = Listing.of(result)
        seen = _load_seen(cursor)
        collector = ReleaseCollector(ctx, self.config, listing, cursor)
        items = [self._item(entry, listing) for entry in entries]
        collected = collector.collect([item for item in items if item.key not in seen])
        edited = [
            entry for entry in entries if entry.key in seen and seen[entry.key] != entry.parts
        ]
        updates = [self._update(collector, entry, seen[entry.key], listing) for entry in edited]
        return PollResult(
            collected.observations + updates,
            self._cursor(collected, _remember(seen, entries, collected)),
            newest_item_at=newest_item_at(items, listing, collected),
        )

    def _item(self, entry: FeedEntry, listing: Listing) -> ReleaseItem:
        """The entry as a release; the document is the feed's own text unless fetched."""
        url = entry.url or listing.url
        inline = _document(url, listing, entry.content_html)
        carried = inline or _document(url, listing, entry.summary_html)
        fetch = self.config.follow_links and (self.config.fetch_article == "always" or not inline)
        return ReleaseItem(
            key=entry.key,
            title=entry.title,
            url=entry.url,
            published_at=entry.published_at,
            teaser=teaser(entry.summary_text),
            document=None if fetch else carried,
            fallback=carried if fetch else None,
        )

    def _update(
        self, collector: ReleaseCollector, entry: FeedEntry, before: Parts, listing: Listing
    ) -> Observation:
        item = self._item(entry, listing)
        document, problem = item.document, None
        if document is None:
            fetched = collector.fetch(item.url)
            document, problem = fetched.document or item.fallback, fetched.problem
        changed = [part for part in _PARTS if before.get(part) != entry.parts[part]]
        return release_observation(
            PRESS_RELEASE_UPDATED,
            self.config.entity,
            item,
            listing,
            document,
            problem,
            identity=(entry.key, *(entry.parts[part] for part in _PARTS)),
            extra={
                "changed": changed,
                "updated_at": entry.updated_at.isoformat() if entry.updated_at else None,
            },
        )

    def _cursor(self, collected: Collected, seen: dict[str, Parts]) -> dict[str, Any]:
        tracked = list(seen.items())[: self.config.max_tracked_items]
        return {
            "backlog": collected.backlog,
            "attempts": collected.attempts,
            # A list, not an object: the order (newest first) must survive JSONB.
            "seen": [[key, *(parts[p] for p in _PARTS)] for key, parts in tracked],
        }


def _document(url: str, listing: Listing, html: str | None) -> Document | None:
    return document_from_html(url, listing.fetched_at, html) if html else None


def _load_seen(cursor: dict[str, Any]) -> dict[str, Parts]:
    seen: dict[str, Parts] = {}
    for row in cursor.get("seen") or []:
        key, *hashes = row
        seen[key] = dict(zip(_PARTS, hashes, strict=False))
    return seen


def _remember(
    seen: dict[str, Parts], entries: list[FeedEntry], collected: Collected
) -> dict[str, Parts]:
    """This poll's settled entries first (newest state), then older memory."""
    current = {
        entry.key: entry.parts
        for entry in entries
        if entry.key in seen or entry.key in collected.settled
    }
    return current | {key: parts for key, parts in seen.items() if key not in current}
