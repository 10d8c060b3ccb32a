"""What every source kind shares: its config base, the poll context, and the poll result."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from pydantic import Field

from monitor.clock import Clock
from monitor.http import FetchResult, HttpFetcher, NotModified, Validators
from monitor.model import Observation
from monitor.registry import StrictModel

# The key, beside a URL's validators, of the hash of the body last read from it.
BODY_HASH = "sha256"


class SourceConfig(StrictModel):
    """Keys every source accepts."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=200)
    kind: str
    interval_seconds: float = Field(300.0, gt=0, description="seconds between polls")
    enabled: bool = True
    max_failures: int = Field(5, ge=1, description="consecutive failures before unhealthy")
    freshness_hours: float | None = Field(
        None, gt=0, description="newest item older than this makes the source unhealthy"
    )
    alert_on_first_poll: bool = Field(
        False,
        description="the first poll of a new source is a baseline that raises no alerts "
        "(so the releases already on a page do not flood you); true to alert on it",
    )


@dataclass(frozen=True)
class PricePoint:
    """The latest stored price of a symbol at or before a moment (read-only to sources)."""

    symbol: str
    price: float
    at: datetime


# (symbol, moment) → the latest stored price at or before it; wired by the pipeline.
PriceAt = Callable[[str, datetime], PricePoint | None]


def _no_prices(_symbol: str, _at: datetime) -> PricePoint | None:
    return None


@dataclass
class PollContext:
    """What a source may use during one poll. HTTP validators are remembered per URL."""

    fetcher: HttpFetcher
    clock: Clock
    cursor: dict[str, Any]
    http_cache: dict[str, Any]
    known: Callable[[Sequence[str]], set[str]] = lambda _fingerprints: set()
    # Set by `monitor backfill`: load history published on or after this date.
    backfill_since: date | None = None
    # Prices already stored (e.g. BTC-USD), for sources that value what they see.
    price_at: PriceAt = _no_prices

    @property
    def stopping(self) -> bool:
        """The monitor is stopping: leave work that can wait (more new items) for the next
        poll, at a point where what is done so far can be stored as it is."""
        return self.fetcher.stopping

    def fetch(
        self,
        url: str,
        *,
        conditional: bool = True,
        headers: dict[str, str] | None = None,
        same_body_unchanged: bool = False,
        follow: Callable[[str], bool] | None = None,
    ) -> FetchResult | NotModified:
        """GET through the shared fetcher; with `conditional`, a 304 comes back NotModified;
        with `follow`, a redirect it refuses is never requested (RedirectRefused).

        With `same_body_unchanged` too, a 200 whose body hashes as the last one remembered for
        `url` also comes back NotModified: most newsroom pages send no usable validators, and
        an identical page must cost what a 304 costs, not a parse.
        """
        remembered = self.http_cache.get(url) if conditional else None
        validators = Validators.from_json(remembered) if conditional else None
        result = self.fetcher.get(url, validators=validators, headers=headers, follow=follow)
        if not conditional or not isinstance(result, FetchResult):
            return result
        entry: dict[str, Any] = {}
        if result.validators.etag or result.validators.last_modified:
            entry.update(result.validators.to_json())
        if same_body_unchanged:
            body_hash = result.sha256
            entry[BODY_HASH] = body_hash
            if remembered and remembered.get(BODY_HASH) == body_hash:
                self.http_cache[url] = entry
                return NotModified(result.url, result.fetched_at)
        if entry:
            self.http_cache[url] = entry
        else:
            self.http_cache.pop(url, None)
        return result


@dataclass
class PollResult:
    """Observations from one poll and the cursor to keep if they are stored."""

    observations: list[Observation] = field(default_factory=list)
    cursor: dict[str, Any] = field(default_factory=dict)
    newest_item_at: datetime | None = None
    unchanged: bool = False  # everything answered 304 / nothing new


class Source(ABC):
    """A kind of source. Subclasses set `Config` and write a docstring for users."""

    Config: ClassVar[type[SourceConfig]]
    # Whether a poll with `backfill_since` reaches further back (`monitor backfill`).
    has_history: ClassVar[bool] = False

    def __init__(self, config: SourceConfig) -> None:
        self.config = config

    @property
    def id(self) -> str:
        return self.config.id

    def setup(self, fetcher: HttpFetcher) -> None:  # noqa: B027 - optional hook
        """Called once at start-up (e.g. to declare host groups on the shared limiter)."""

    def expects_news(self, now: datetime) -> bool:
        """Whether silence at `now` counts against freshness (a market closed: it does not)."""
        return True

    @abstractmethod
    def poll(self, ctx: PollContext) -> PollResult:
        """Fetch and parse; raise SourceError (or any exception) when nothing usable came."""
