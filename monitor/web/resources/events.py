"""The event resource: stored events, newest first, filtered by kind, entity, source and
time (`since` and `until` as the page and the API take them: ISO dates or datetimes)."""

from __future__ import annotations

from monitor.store.events import EventFilter
from monitor.web.filters import parse_moment


def where(
    kind: str | None,
    entity: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int,
) -> EventFilter:
    """The filter; a malformed `since` or `until` is a 400 naming it."""
    return EventFilter(
        kind or None,
        entity or None,
        source or None,
        parse_moment(since, "since"),
        parse_moment(until, "until", end_of_day=True),
        limit,
    )
