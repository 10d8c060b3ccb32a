"""Source health: the monitor watches itself.

A source is unhealthy when it has failed `max_failures` times in a row, or when its newest
item is older than `freshness_hours` at a time it should have news. Turning unhealthy raises
a `source-unhealthy` alert once; turning healthy again raises a `source-recovered` notice
(drafted here, raised by the poll that saw the change).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.model import AlertDraft, Severity
from monitor.sources.base import Source
from monitor.store.source_state import SourceRow

UNHEALTHY_RULE = "source-unhealthy"
RECOVERED_RULE = "source-recovered"


@dataclass(frozen=True)
class Health:
    status: str  # ok | degraded | failing | stale | never polled
    reason: str

    @property
    def healthy(self) -> bool:
        return self.status not in ("failing", "stale")


def judge(source: Source, state: SourceRow | None, now: datetime) -> Health:
    """How a source is doing right now."""
    if state is None or state.last_poll_at is None:
        return Health("never polled", "no poll yet")
    config = source.config
    if state.consecutive_failures >= config.max_failures:
        return Health(
            "failing", f"{state.consecutive_failures} failures in a row; last: {state.last_error}"
        )
    stale = _stale(source, state, now)
    if stale:
        return Health("stale", stale)
    if state.consecutive_failures:
        return Health("degraded", f"last poll failed: {state.last_error}")
    return Health("ok", "")


def _stale(source: Source, state: SourceRow, now: datetime) -> str | None:
    hours = source.config.freshness_hours
    newest = state.newest_item_at or state.last_success_at
    if hours is None or newest is None or not source.expects_news(now):
        return None
    age = now - newest
    if age <= timedelta(hours=hours):
        return None
    return f"newest item is {age.total_seconds() / 3600:.1f} h old (limit {hours:g} h)"


def transition_due(source: Source, state: SourceRow, now: datetime) -> bool:
    """Whether the source's health has changed since it was last recorded (an alert is due)."""
    return judge(source, state, now).healthy == (state.unhealthy_since is not None)


def transition(
    source: Source, state: SourceRow, now: datetime, channels: Sequence[str]
) -> AlertDraft | None:
    """The unhealthy/recovered alert when the source's health changed (and the row's
    `unhealthy_since` changed with it); None when it did not."""
    health = judge(source, state, now)
    if not health.healthy and state.unhealthy_since is None:
        state.unhealthy_since = now
        return _draft(source, UNHEALTHY_RULE, now, now, health.reason, channels)
    if health.healthy and state.unhealthy_since is not None:
        since, state.unhealthy_since = state.unhealthy_since, None
        reason = f"healthy again after being unhealthy since {since.isoformat()}"
        return _draft(source, RECOVERED_RULE, since, now, reason, channels)
    return None


def _draft(
    source: Source,
    rule_id: str,
    since: datetime,
    now: datetime,
    reason: str,
    channels: Sequence[str],
) -> AlertDraft:
    unhealthy = rule_id == UNHEALTHY_RULE
    return AlertDraft(
        rule_id=rule_id,
        entity=source.id,
        dedup_key=f"{rule_id}:{source.id}:{since.isoformat()}",
        severity=(Severity.WARNING if unhealthy else Severity.INFO).value,
        title=f"Source {source.id} is {'unhealthy' if unhealthy else 'healthy again'}",
        body=reason,
        reason=reason,
        fired_at=now,
        values={
            "source_id": source.id,
            "kind": source.config.kind,
            "unhealthy_since": since.isoformat(),
        },
        channels=tuple(channels),
    )
