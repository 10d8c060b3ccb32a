"""One poll of one source, end to end: fetch → observations → events → rules → alerts.

Events, the source's new cursor, and the alerts they raise (with their pending deliveries)
are committed in one transaction: a crash leaves either all of it or none, and the next poll
resumes from the stored cursor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from monitor import health
from monitor.clock import Clock
from monitor.config import SchedulerSettings
from monitor.errors import SourceError
from monitor.http import HttpFetcher
from monitor.model import Alert, Event, Observation
from monitor.rules.engine import RuleEngine
from monitor.sources.base import PollContext, PollResult, Source
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store import source_state
from monitor.store.history import StoredHistory
from monitor.store.tables import SourceState

log = logging.getLogger(__name__)

Enricher = Callable[[Observation], list[Observation]]


@dataclass
class PollReport:
    source_id: str
    skipped: str | None = None
    error: str | None = None
    new_events: list[Event] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


class Pipeline:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        sources: Mapping[str, Source],
        engine: RuleEngine,
        fetcher: HttpFetcher,
        clock: Clock,
        settings: SchedulerSettings,
        enrich: Enricher | None = None,
        alert_window: datetime | None = None,
    ) -> None:
        self.sessions = sessions
        self._engine: Engine = sessions.kw["bind"]
        self.sources = dict(sources)
        self.engine = engine
        self.fetcher = fetcher
        self.clock = clock
        self.settings = settings
        self.enrich = enrich
        # Events that occurred before this moment are stored but raise no alerts (backfill).
        self.alert_window = alert_window

    def poll_source(
        self, source_id: str, *, force: bool = False, backfill_since: date | None = None
    ) -> PollReport:
        """Poll one source unless it is backing off after failures (or `force`); with
        `backfill_since`, the source also loads history published since that date."""
        source = self.sources[source_id]
        report = PollReport(source_id)
        state = self._claim(source, force, report)
        if state is None:
            return report
        claimed = source_state.values(state)
        ctx = PollContext(
            self.fetcher,
            self.clock,
            dict(state.cursor),
            dict(state.http_cache),
            self._known,
            backfill_since,
        )
        try:
            result = source.poll(ctx)
            observations = self._with_extracted(result.observations)
        except Exception as exc:  # bad input never stops the service: record and back off
            report.error = _describe(exc)
            report.alerts = self._record_failure(source, state, claimed, report.error)
            return report
        self._store(source, state, claimed, result, observations, ctx.http_cache, report)
        return report

    def _claim(self, source: Source, force: bool, report: PollReport) -> SourceState | None:
        """Take the poll lease and load the source's state, or say in `report` why not."""
        now = self.clock.now()
        lease = self._lease(source)
        with self._engine.begin() as connection:
            # The usual case is one conditional UPDATE … RETURNING the row; the row is
            # created, and the reason for a refusal found out, only when that matched nothing.
            state = source_state.claim_poll(
                connection, source.id, now, lease, respect_backoff=not force
            )
            if state is not None:
                return state
            until = source_state.backing_off_until(connection, source.id)
            if not force and until and until > now:
                report.skipped = f"backing off until {until.isoformat()}"
                return None
            state = source_state.claim_poll(connection, source.id, now, lease)
            if state is None:
                report.skipped = "another process is polling this source"
            return state

    def _lease(self, source: Source) -> timedelta:
        # Long enough for a slow poll (timeouts, retries, documents), short enough that a
        # crashed process does not hold the source for long.
        return timedelta(seconds=max(120.0, 2 * source.config.interval_seconds))

    def _store(
        self,
        source: Source,
        state: SourceState,
        claimed: dict[str, Any],
        result: PollResult,
        observations: list[Observation],
        http_cache: dict[str, object],
        report: PollReport,
    ) -> None:
        now = self.clock.now()
        baseline = state.last_success_at is None and not source.config.alert_on_first_poll
        state.cursor, state.http_cache = result.cursor, http_cache
        source_state.record_success(state, now, result.newest_item_at)
        with self._engine.begin() as connection:
            # Most polls bring nothing new (a 304, an unchanged page) and change no source's
            # health: then only the state row is written, without an ORM session.
            if observations or health.transition_due(source, state, now):
                with self.sessions(bind=connection) as session:
                    new = event_store.insert_observations(session, source.id, observations, now)
                    state.events_total += len(new)
                    report.new_events = new
                    alertable = [] if baseline else self._alertable(new)
                    report.alerts = self.raise_alerts(session, alertable, now) if alertable else []
                    report.alerts += self._health(session, source.id, state, now)
                    session.flush()
            source_state.save(connection, state, claimed)

    def raise_alerts(self, session: Session, events: Iterable[Event], now: datetime) -> list[Alert]:
        events = list(events)
        history = StoredHistory(session)
        history.remember(events)
        drafts = self.engine.evaluate(events, history, now)
        raised = []
        for draft in drafts:
            alert = alert_store.raise_alert(session, draft, draft.channels, now)
            if alert is not None:
                raised.append(alert)
        return raised

    def _alertable(self, events: list[Event]) -> list[Event]:
        if self.alert_window is None:
            return events
        return [e for e in events if e.occurred_at >= self.alert_window]

    def _with_extracted(self, observations: list[Observation]) -> list[Observation]:
        if self.enrich is None:
            return observations
        extracted = [extra for obs in observations for extra in self.enrich(obs)]
        return observations + extracted

    def _known(self, fingerprints: object) -> set[str]:
        with self.sessions.begin() as session:
            return event_store.known_fingerprints(session, list(fingerprints))  # type: ignore[call-overload]

    def _record_failure(
        self, source: Source, state: SourceState, claimed: dict[str, Any], error: str
    ) -> list[Alert]:
        log.warning("source %s failed: %s", source.id, error)
        with self._engine.begin() as connection, self.sessions(bind=connection) as session:
            now = self.clock.now()
            source_state.record_failure(
                state,
                now,
                error,
                self.settings.failure_backoff_max_seconds,
                source.config.interval_seconds,
            )
            alerts = self._health(session, source.id, state, now)
            session.flush()
            source_state.save(connection, state, claimed)
            return alerts

    def _health(
        self, session: Session, source_id: str, state: SourceState, now: datetime
    ) -> list[Alert]:
        source = self.sources[source_id]
        return health.raise_transitions(session, source, state, now, self.engine.channel_names)


def _describe(exc: Exception) -> str:
    if isinstance(exc, SourceError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
