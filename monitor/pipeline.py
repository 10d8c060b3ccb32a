"""One poll of one source, end to end: fetch → observations → store → rules → alerts.

Events, the source's new state row, and the alerts they raise (with their pending
deliveries) are committed in one transaction: a crash leaves either all of it or none, and
the next poll resumes from the stored cursor. Polls are optimistic: nothing is locked while a
source is fetched, and a poll is stored only if no other poll of the source (another
process's, say) was stored after it started; otherwise it is dropped whole, so nothing is
stored twice. How the row is cached and written is `SourceStateStore`'s business.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor import health
from monitor.clock import Clock
from monitor.config import SchedulerSettings
from monitor.errors import SourceError
from monitor.http import HttpFetcher
from monitor.model import Alert, Event, Observation
from monitor.rules.engine import RuleEngine
from monitor.source_states import (
    BOOKKEEPING_BATCH,
    BOOKKEEPING_MAX_WAIT,
    Overtaken,
    Slips,
    SourceStateStore,
)
from monitor.sources.base import PollContext, PricePoint, Source
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store import prices, source_state
from monitor.store.history import StoredHistory
from monitor.store.source_state import SourceRow
from monitor.theses.tracker import ThesisTracker

__all__ = ["BOOKKEEPING_BATCH", "BOOKKEEPING_MAX_WAIT", "Pipeline", "PollReport"]

log = logging.getLogger(__name__)

DROPPED = "another poll of this source was saved first; this one was dropped"

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
        states: SourceStateStore,
        sources: Mapping[str, Source],
        engine: RuleEngine,
        fetcher: HttpFetcher,
        clock: Clock,
        settings: SchedulerSettings,
        enrich: Enricher | None = None,
        alert_window: datetime | None = None,
    ) -> None:
        self.sessions = sessions
        self.states = states
        self.sources = dict(sources)
        self.engine = engine
        self.fetcher = fetcher
        self.clock = clock
        self.settings = settings
        self.enrich = enrich
        # Events that occurred before this moment are stored but raise no alerts (backfill).
        self.alert_window = alert_window
        self.slips = Slips()  # late and missed polls, from the scheduler
        # Theses judge the alerts raised here, in the same transaction (set by build_monitor).
        self.theses: ThesisTracker | None = None

    def poll_source(
        self, source_id: str, *, force: bool = False, backfill_since: date | None = None
    ) -> PollReport:
        """Poll one source unless it is backing off after failures (or `force`); with
        `backfill_since`, the source also loads history published since that date. The
        entry point of every poll: scheduler, CLI, backfill and workers call it."""
        with self.states.polling(source_id):
            report = self._poll(self.sources[source_id], force, backfill_since)
        self.states.flush_if_due(self.clock.now())
        return report

    def _poll(self, source: Source, force: bool, backfill_since: date | None) -> PollReport:
        row = self.states.row(source.id)
        until = row.next_poll_after
        if not force and until is not None and until > self.clock.now():
            return PollReport(source.id, skipped=f"backing off until {until.isoformat()}")
        late, missed = self.slips.take(source.id)
        row.polls_late += late
        row.polls_missed += missed
        # Sources get copies of the cursor and validators and return new ones, so the
        # values the state store keeps are not changed behind its back.
        ctx = PollContext(
            self.fetcher,
            self.clock,
            dict(row.cursor),
            dict(row.http_cache),
            self._stored_fingerprints,
            backfill_since,
            price_at=self._price_at,
        )
        try:
            result = source.poll(ctx)
            observations = self._with_extracted(result.observations)
        except SQLAlchemyError:  # the database is away: not this source's failure
            raise
        except Exception as exc:  # bad input never stops the service: record and back off
            report = self._failed(source, row, _describe(exc))
        else:
            row.cursor, row.http_cache = result.cursor, ctx.http_cache
            report = self._succeeded(source, row, observations, result.newest_item_at)
        if report.skipped:  # rolled back: the next poll carries the counts
            self.slips.add(source.id, late, missed)
        return report

    def _succeeded(
        self,
        source: Source,
        row: SourceRow,
        observations: list[Observation],
        newest_item_at: datetime | None,
    ) -> PollReport:
        now = self.clock.now()
        baseline = row.last_success_at is None and not source.config.alert_on_first_poll
        source_state.record_success(row, now, newest_item_at)
        # Most polls bring nothing new (a 304, an unchanged page): they wait to be counted.
        news = bool(observations) or health.transition_due(source, row, now)
        if not news and self.states.only_bookkeeping(row):
            self.states.count(row, now)
            return PollReport(source.id)
        return self._store(source, row, now, observations, alerting=not baseline)

    def _failed(self, source: Source, row: SourceRow, error: str) -> PollReport:
        now = self.clock.now()
        max_backoff = self.settings.failure_backoff_max_seconds
        source_state.record_failure(row, now, error, max_backoff, source.config.interval_seconds)
        log.warning("source %s failed: %s; %s", source.id, error, failure_outlook(row, source))
        report = self._store(source, row, now, [], alerting=False)
        report.error = error
        return report

    def _store(
        self,
        source: Source,
        row: SourceRow,
        now: datetime,
        observations: list[Observation],
        alerting: bool,
    ) -> PollReport:
        """Store the events, the alerts they and the source's health raise, and the row, in
        one transaction; without events or a change of health only the row is written,
        without an ORM session."""
        report = PollReport(source.id)
        try:
            with self.states.saving(row) as connection:
                if observations or health.transition_due(source, row, now):
                    with self.sessions(bind=connection) as session:
                        new = event_store.insert_observations(session, source.id, observations, now)
                        row.events_total += len(new)
                        report.new_events = new
                        report.alerts = self._judge(session, new if alerting else [], now)
                        report.alerts += self._health(session, source, row, now)
                        session.flush()
        except Overtaken:
            return PollReport(source.id, skipped=DROPPED)
        return report

    def _judge(self, session: Session, events: Iterable[Event], now: datetime) -> list[Alert]:
        """The rules judge the new events (those in the alert window) and raise what they
        match; the theses then judge the alerts raised."""
        events = self._alertable(list(events))
        if not events:
            return []
        history = StoredHistory(session)
        history.remember(events)
        raised = alert_store.raise_alerts(session, self.engine.evaluate(events, history, now), now)
        if self.theses is not None and raised:
            raised += self.theses.after_alerts(session, raised, now)
        return raised

    def _health(
        self, session: Session, source: Source, row: SourceRow, now: datetime
    ) -> list[Alert]:
        draft = health.transition(source, row, now, self.engine.channel_names)
        return alert_store.raise_alerts(session, [draft] if draft else [], now)

    def flush_bookkeeping(self) -> int:
        """Write the polls that only counted themselves, in one transaction; how many."""
        return self.states.flush()

    def try_flush_bookkeeping(self) -> None:
        """`flush_bookkeeping` that logs a database that is away instead of raising."""
        self.states.try_flush()

    def _alertable(self, events: list[Event]) -> list[Event]:
        if self.alert_window is None:
            return events
        return [e for e in events if e.occurred_at >= self.alert_window]

    def _with_extracted(self, observations: list[Observation]) -> list[Observation]:
        if self.enrich is None:
            return observations
        extracted = [extra for obs in observations for extra in self.enrich(obs)]
        return observations + extracted

    def _price_at(self, symbol: str, at: datetime) -> PricePoint | None:
        with self.sessions.begin() as session:
            return prices.latest_price(session, symbol, at)

    def _stored_fingerprints(self, fingerprints: object) -> set[str]:
        with self.sessions.begin() as session:
            return event_store.known_fingerprints(session, list(fingerprints))  # type: ignore[call-overload]


def failure_outlook(state: SourceRow, source: Source) -> str:
    """After a failure, what happens next: "failure 2 of 5 before it is unhealthy; next try
    at 14:03:10 UTC" (a running monitor must not go quiet while a source fails)."""
    failures, limit = state.consecutive_failures, source.config.max_failures
    if failures < limit:
        health_note = f"failure {failures} of {limit} before it is reported unhealthy"
    elif failures == limit:
        health_note = f"{failures} failures in a row: now unhealthy"
    else:
        health_note = f"{failures} failures in a row (unhealthy)"
    retry = state.next_poll_after
    when = f"next try at {retry:%Y-%m-%d %H:%M:%S} UTC" if retry else "next try on schedule"
    return f"{health_note}; {when}"


def _describe(exc: Exception) -> str:
    if isinstance(exc, SourceError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
