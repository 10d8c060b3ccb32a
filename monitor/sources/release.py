"""Press releases found on listing pages and in feeds: fetched once, stored as events.

Shared by the `html_page` and `feed` kinds. An item is new when no `press_release` event
with its identity (canonical URL or id) is stored yet — the store, not a diff of the page, is
the memory, so restarts and re-ordered pages change nothing. Each new release is fetched
(own host or allow-list only), turned into a Document (clean text, tables one row a line) and
attached to its `press_release` observation, so the pipeline stores it content-addressed and
extraction reads it. A release that fails transiently (timeout, 5xx, throttled) is left for
the next poll a few times before it is stored without its document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import Field, field_validator

from monitor.errors import SourceError
from monitor.http import (
    RETRY_STATUSES,
    FetchError,
    FetchResult,
    NotModified,
    RedirectRefused,
    ThrottledError,
)
from monitor.model import Document, Observation, fingerprint
from monitor.sources.base import PollContext, SourceConfig
from monitor.sources.links import LinkPolicy, canonical_url, host_of
from monitor.textify import html_to_text
from monitor.vocabulary.kinds import PRESS_RELEASE
from monitor.vocabulary.payloads import ReleasePayload

TEASER_CHARS = 500
_MARKUP_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


class ReleaseSourceConfig(SourceConfig):
    """Keys shared by the sources that find press releases (html_page, feed)."""

    url: str = Field(pattern=r"^https?://", description="the listing page or feed")
    entity: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        max_length=40,
        description="whose releases these are (a ticker such as CANG)",
    )
    interval_seconds: float = Field(900.0, gt=0, description="seconds between polls")
    match: str | None = Field(
        None, description="keep only items whose title or teaser matches (regex, any case)"
    )
    follow_links: bool = Field(True, description="fetch each new release for its full text")
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="hosts besides the source's own whose releases may be fetched (*.x.com)",
    )
    max_new_per_poll: int = Field(20, ge=1, le=500, description="the rest wait for next poll")
    max_fetch_attempts: int = Field(
        3, ge=1, le=20, description="polls a failing release is retried before stored bare"
    )

    @field_validator("match")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from exc
        return value

    def matches(self, *texts: str | None) -> bool:
        if self.match is None:
            return True
        pattern = re.compile(self.match, re.IGNORECASE)
        return any(text and pattern.search(text) for text in texts)

    def link_policy(self) -> LinkPolicy:
        return LinkPolicy(host_of(self.url), tuple(self.allowed_hosts))


@dataclass(frozen=True)
class ReleaseItem:
    """One entry of a listing or feed, before it is known whether it is new."""

    key: str  # identity: canonical URL or the configured / feed id
    title: str
    url: str | None
    published_at: datetime | None
    teaser: str | None = None
    document: Document | None = None  # carried by the feed itself: nothing to fetch
    fallback: Document | None = None  # what to keep if the release cannot be fetched


@dataclass(frozen=True)
class Listing:
    """The page or feed the items came from: the evidence every release event carries."""

    url: str
    fetched_at: datetime
    sha256: str

    @classmethod
    def of(cls, result: FetchResult) -> Listing:
        return cls(result.url, result.fetched_at, result.sha256)


@dataclass(frozen=True)
class Fetched:
    document: Document | None
    problem: str | None = None
    transient: bool = False  # worth another try at the next poll


@dataclass
class Collected:
    """What one poll made of its new items, and what it must remember."""

    observations: list[Observation] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=dict)  # deferred key -> failed tries
    backlog: bool = False  # items left for the next poll: do not trust a 304 then
    settled: set[str] = field(default_factory=set)  # keys stored now or before


def release_fingerprint(entity: str, key: str) -> str:
    return fingerprint(PRESS_RELEASE, entity, key)


class ReleaseCollector:
    """Turns the items of one poll into `press_release` observations for the new ones."""

    def __init__(
        self, ctx: PollContext, config: ReleaseSourceConfig, listing: Listing, prior: dict[str, Any]
    ) -> None:
        self.ctx, self.config, self.listing = ctx, config, listing
        self.policy = config.link_policy()
        self.prior_attempts: dict[str, int] = dict(prior.get("attempts") or {})

    def unseen(self, items: Sequence[ReleaseItem]) -> list[ReleaseItem]:
        """Items with no stored press_release, first occurrence of each key, in order."""
        first: dict[str, ReleaseItem] = {}
        for item in items:
            first.setdefault(item.key, item)  # a release linked twice on one page is one
        unique = list(first.values())
        prints = {item.key: release_fingerprint(self.config.entity, item.key) for item in unique}
        known = self.ctx.known(list(prints.values())) if prints else set()
        return [item for item in unique if prints[item.key] not in known]

    def collect(self, items: Sequence[ReleaseItem]) -> Collected:
        fresh = self.unseen(items)
        limit = self.config.max_new_per_poll
        fresh_keys = {item.key for item in fresh}
        collected = Collected(
            backlog=len(fresh) > limit,
            settled={item.key for item in items if item.key not in fresh_keys},
        )
        for item in fresh[:limit]:
            if self.ctx.stopping:  # a safe point: the rest wait, as past the limit
                collected.backlog = True
                break
            self._take(item, collected)
        return collected

    def _take(self, item: ReleaseItem, collected: Collected) -> None:
        """Observe one new item with its document, or leave it for the next poll."""
        document, problem = item.document, None
        if document is None:
            fetched = self.fetch(item.url)
            tries = self.prior_attempts.get(item.key, 0) + 1
            if fetched.transient and tries < self.config.max_fetch_attempts:
                collected.attempts[item.key] = tries
                collected.backlog = True
                return
            document, problem = fetched.document or item.fallback, fetched.problem
        collected.settled.add(item.key)
        collected.observations.append(
            release_observation(
                PRESS_RELEASE, self.config.entity, item, self.listing, document, problem
            )
        )

    def fetch(self, url: str | None) -> Fetched:
        if url is None:
            return Fetched(None, "no link")
        if not self.config.follow_links:
            return Fetched(None, "not followed: follow_links is off")
        return fetch_release(self.ctx, url, self.policy)


def fetch_release(ctx: PollContext, url: str, policy: LinkPolicy) -> Fetched:
    """Fetch one release page under the link policy; failures are described, not raised."""
    if not policy.allows(url):
        return Fetched(None, policy.refusal(url))
    try:
        result = ctx.fetch(url, conditional=False, follow=policy.allows)
    except RedirectRefused as exc:  # refused before the other host was asked anything
        return Fetched(None, policy.refusal(exc.target))
    except ThrottledError as exc:
        return Fetched(None, str(exc), transient=True)
    except FetchError as exc:
        return Fetched(None, str(exc), transient=exc.status is None or _retryable(exc.status))
    if isinstance(result, NotModified):  # pragma: no cover - unconditional request
        return Fetched(None, "unexpected 304", transient=True)
    try:
        return Fetched(document_from_result(result))
    except SourceError as exc:
        return Fetched(None, str(exc))


def _retryable(status: int) -> bool:
    return status in RETRY_STATUSES or status >= 500


def document_from_result(result: FetchResult) -> Document:
    """The fetched release as a Document whose text extraction can rely on."""
    content_type = result.content_type or "text/html"
    text = _release_text(result, content_type)
    if not text.strip():
        raise SourceError(f"release page has no text ({result.url})")
    return Document(result.url, result.fetched_at, content_type, result.body, text)


def _release_text(result: FetchResult, content_type: str) -> str:
    # Servers label HTML as text/plain often enough: the body's first byte has a say too.
    looks_like_markup = result.body.lstrip()[:1] == b"<"
    if content_type == "text/plain" and not looks_like_markup:
        return result.text()
    if content_type not in _MARKUP_TYPES and not looks_like_markup:
        raise SourceError(f"release is {content_type}, not HTML or text ({result.url})")
    try:
        return html_to_text(result.body)
    except (ValueError, LookupError) as exc:  # the parser gave up: this release, not the poll
        raise SourceError(f"unreadable release page {result.url}: {exc}") from exc


def document_from_html(url: str, fetched_at: datetime, html: str) -> Document:
    """A Document for release text carried inline (a feed's full content)."""
    return Document(url, fetched_at, "text/html", html.encode("utf-8"), html_to_text(html))


def release_observation(
    kind: str,
    entity: str,
    item: ReleaseItem,
    listing: Listing,
    document: Document | None,
    problem: str | None,
    *,
    identity: tuple[object, ...] | None = None,
    extra: dict[str, Any] | None = None,
) -> Observation:
    details: dict[str, Any] = {"document_problem": problem} if problem else {}
    payload = ReleasePayload(
        title=item.title,
        url=item.url,
        published_at=item.published_at.isoformat() if item.published_at else None,
        teaser=item.teaser,
        item_id=item.key,
        details={**details, **(extra or {})},
    )
    return Observation(
        kind=kind,
        entity=entity,
        subject=item.key,
        occurred_at=item.published_at or listing.fetched_at,
        identity=identity or (item.key,),
        payload=payload.to_payload(),
        evidence=_evidence(listing, document),
        document=document,
    )


def _evidence(listing: Listing, document: Document | None) -> dict[str, Any]:
    evidence: dict[str, Any] = {
        "url": listing.url,
        "fetched_at": listing.fetched_at.isoformat(),
        "sha256": listing.sha256,
    }
    if document is not None:
        evidence.update(
            release_url=document.url,
            release_fetched_at=document.fetched_at.isoformat(),
            release_sha256=document.sha256,
        )
    return evidence


def newest_item_at(
    items: Sequence[ReleaseItem], listing: Listing, collected: Collected
) -> datetime | None:
    """Freshness: the newest publication date seen, else (undated items) now if any were new."""
    dated = [item.published_at for item in items if item.published_at is not None]
    if dated:
        return max(dated)
    return listing.fetched_at if collected.observations else None


def teaser(text: str | None) -> str | None:
    if not text:
        return None
    collapsed = " ".join(text.split())
    return collapsed[:TEASER_CHARS] or None


def canonical_link(href: str | None, base: str) -> str | None:
    return canonical_url(href, base) if href else None
