"""Each source's health as the page, /healthz and /metrics show it: the configured sources
judged by `monitor.health`, plus any source with stored state that is no longer configured."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from monitor import health
from monitor.sources import SOURCES
from monitor.sources.base import Source
from monitor.store import gaps
from monitor.store.source_state import SourceRow
from monitor.store.tables import SourceGap

UNCONFIGURED = "unconfigured"


@dataclass(frozen=True)
class SourceView:
    id: str
    kind: str
    enabled: bool
    health: str  # ok | degraded | failing | stale | never polled | unconfigured
    reason: str
    healthy: bool
    interval_seconds: float | None
    freshness_hours: float | None
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    polls_total: int
    errors_total: int
    events_total: int
    polls_late: int
    polls_missed: int
    newest_item_at: datetime | None
    last_gap: str | None = None  # the latest stretch of polls that could not be stored
    last_gap_at: datetime | None = None


def configured_sources(settings: Any) -> dict[str, Source]:
    """The sources named in the configuration, built without a fetcher (for judging only)."""
    sources: dict[str, Source] = {}
    for config in getattr(settings, "sources", []):
        sources[config.id] = SOURCES.get(config.kind)(config)
    return sources


def source_views(
    sources: Mapping[str, Source],
    states: Mapping[str, SourceRow],
    now: datetime,
    source_gaps: Mapping[str, SourceGap] | None = None,
) -> list[SourceView]:
    views = [_configured(source, states.get(sid), now) for sid, source in sources.items()]
    views += [_orphan(state) for sid, state in states.items() if sid not in sources]
    found = source_gaps or {}
    return [_with_gap(view, found.get(view.id)) for view in views]


def _with_gap(view: SourceView, gap: SourceGap | None) -> SourceView:
    if gap is None:
        return view
    return replace(view, last_gap=gaps.describe(gap), last_gap_at=gap.ended_at)


def _configured(source: Source, state: SourceRow | None, now: datetime) -> SourceView:
    verdict = health.judge(source, state, now)
    config = source.config
    return _view(
        state,
        id=source.id,
        kind=config.kind,
        enabled=config.enabled,
        health=verdict.status,
        reason=_without_error(verdict.reason, state),
        healthy=verdict.healthy or not config.enabled,
        interval_seconds=config.interval_seconds,
        freshness_hours=config.freshness_hours,
    )


def _without_error(reason: str, state: SourceRow | None) -> str:
    """The verdict without the last error it quotes: the error has a column of its own, and
    each error is shown once."""
    error = state.last_error if state is not None else None
    for tail in (f"; last: {error}", f": {error}"):
        if error and reason.endswith(tail):
            return reason.removesuffix(tail)
    return reason


def _orphan(state: SourceRow) -> SourceView:
    return _view(
        state,
        id=state.source_id,
        kind="",
        enabled=False,
        health=UNCONFIGURED,
        reason="not in this configuration: its stored history is kept, it is not polled",
        healthy=True,
        interval_seconds=None,
        freshness_hours=None,
    )


def _view(state: SourceRow | None, **known: Any) -> SourceView:
    if state is None:
        stored: dict[str, Any] = dict.fromkeys(
            (
                "last_poll_at",
                "last_success_at",
                "last_error",
                "last_error_at",
                "newest_item_at",
            )
        )
        stored.update(
            consecutive_failures=0,
            polls_total=0,
            errors_total=0,
            events_total=0,
            polls_late=0,
            polls_missed=0,
        )
    else:
        stored = {
            "last_poll_at": state.last_poll_at,
            "last_success_at": state.last_success_at,
            "last_error": state.last_error,
            "last_error_at": state.last_error_at,
            "newest_item_at": state.newest_item_at,
            "consecutive_failures": state.consecutive_failures or 0,
            "polls_total": state.polls_total or 0,
            "errors_total": state.errors_total or 0,
            "events_total": state.events_total or 0,
            "polls_late": state.polls_late or 0,
            "polls_missed": state.polls_missed or 0,
        }
    return SourceView(**known, **stored)
