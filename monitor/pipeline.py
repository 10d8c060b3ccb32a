"""One poll of one source, end to end: fetch → observations → events → rules → alerts.

Events, the source's new cursor, and the alerts they raise (with their pending deliveries)
are committed in one transaction: a crash leaves either all of it or none, and the next poll
resumes from the stored cursor. Polls are optimistic: nothing is locked while a source is
fetched, and a poll is stored only if no other poll of the source (another process's, say)
was stored after it started; otherwise it is dropped whole, so nothing is stored twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor import health
from monitor.clock import Clock
from monitor.config import SchedulerSettings
from monitor.errors import SourceError
from monitor.http import HttpFetcher
from monitor.model import Alert, Event, Observation
from monitor.poll_states import Known, PollStates, Slips, only_bookkeeping
from monitor.rules.engine import RuleEngine
from monitor.sources.base import PollContext, PollResult, PricePoint, Source
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store import prices, source_state
from monitor.store.history import StoredHistory
from monitor.store.source_state import PollState
from monitor.theses.tracker import ThesisTracker

log = logging.getLogger(__name__)

# Polls that only counted themselves are written together when this many wait, or when the
# oldest has waited this long (a poll that finds them due writes them; so does the
# scheduler, and closing the monitor).
BOOKKEEPING_BATCH = 100
BOOKKEEPING_MAX_WAIT = timedelta(seconds=5)

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
        self.states = PollStates(BOOKKEEPING_BATCH, BOOKKEEPING_MAX_WAIT)
        self.slips = Slips()  # late and missed polls, from the scheduler
        # Theses judge the alerts raised here, in the same transaction (set by build_monitor).
        self.theses: ThesisTracker | None = None

    def poll_source(
        self, source_id: str, *, force: bool = False, backfill_since: date | None = None
    ) -> PollReport:
        """Poll one source unless it is backing off after failures (or `force`); with
        `backfill_since`, the source also loads history published since that date."""
        with self.states.lock(source_id):
            report = self._poll(source_id, force, backfill_since)
        self._flush_if_due()
        return report

    def _poll(self, source_id: str, force: bool, backfill_since: date | None) -> PollReport:
        source = self.sources[source_id]
        report = PollReport(source_id)
        known = self.states.known(source_id) or self._load(source_id)
        until = known.latest["next_poll_after"]
        if not force and until is not None and until > self.clock.now():
            report.skipped = f"backing off until {until.isoformat()}"
            return report
        state = PollState(**known.latest)
        slips = self.slips.take(source_id)
        state.polls_late += slips[0]
        state.polls_missed += slips[1]
        ctx = PollContext(
            self.fetcher,
            self.clock,
            dict(state.cursor),
            dict(state.http_cache),
            self._known,
            backfill_since,
            price_at=self._price_at,
        )
        try:
            result = source.poll(ctx)
            observations = self._with_extracted(result.observations)
        except SQLAlchemyError:  # the database is away: not this source's failure
            raise
        except Exception as exc:  # bad input never stops the service: record and back off
            report.error = _describe(exc)
            self._saving(report, state, known, self._record_failure, source, report.error)
        else:
            self._saving(
                report, state, known, self._store, source, result, observations, ctx.http_cache
            )
        if report.skipped:  # rolled back: the next poll carries the counts
            self.slips.add(source_id, *slips)
        return report

    def _load(self, source_id: str) -> Known:
        with self._engine.begin() as connection:
            return self.states.stored(source_id, source_state.load_values(connection, source_id))

    def _saving(
        self,
        report: PollReport,
        state: PollState,
        known: Known,
        store: Callable[..., bool],
        *args: Any,
    ) -> None:
        """Run `store`, which either saves `state` last in its transaction (True) or counts
        a poll that changed nothing (False); if another poll of the source was saved first,
        roll all of this one back and say so."""
        try:
            written = store(state, known, report, *args)
        except _Overtaken:
            self.states.forget(report.source_id)  # read the row again next time
            report.skipped = "another poll of this source was saved first; this one was dropped"
            report.new_events, report.alerts = [], []
            return
        # Sources get copies of the cursor and validators and return new ones, so the values
        # kept here are not changed behind the cache's back.
        values = source_state.values(state)
        if written:
            self.states.stored(report.source_id, values)
        else:
            self.states.counted(report.source_id, values, self.clock.now())

    def flush_bookkeeping(self) -> int:
        """Write the polls that only counted themselves, in one transaction; how many."""
        with self.states.batch_to_write() as batch:
            if not batch:
                return 0
            with self._engine.begin() as connection:
                kept = {
                    sid for sid, k in batch if source_state.save(connection, k.latest, k.stored)
                }
            for source_id, known in batch:
                if source_id in kept:
                    self.states.stored(source_id, known.latest)
                else:  # another process polled it meanwhile: its row stands
                    self.states.forget(source_id)
            return len(batch)

    def try_flush_bookkeeping(self) -> None:
        """`flush_bookkeeping` for the scheduler, a poll and shutdown: a database that is
        away is logged, not raised, since only bookkeeping waits (for the next flush)."""
        try:
            self.flush_bookkeeping()
        except SQLAlchemyError as exc:
            log.warning(
                "could not write the bookkeeping of %d polls: %s", self.states.waiting(), exc
            )

    def _flush_if_due(self) -> None:
        if self.states.due(self.clock.now()):
            self.try_flush_bookkeeping()

    def _store(
        self,
        state: PollState,
        known: Known,
        report: PollReport,
        source: Source,
        result: PollResult,
        observations: list[Observation],
        http_cache: dict[str, object],
    ) -> bool:
        now = self.clock.now()
        baseline = state.last_success_at is None and not source.config.alert_on_first_poll
        state.cursor, state.http_cache = result.cursor, http_cache
        source_state.record_success(state, now, result.newest_item_at)
        events_or_health = bool(observations) or health.transition_due(source, state, now)
        # Most polls bring nothing new (a 304, an unchanged page): they wait to be counted.
        if not events_or_health and only_bookkeeping(source_state.values(state), known.latest):
            return False
        with self._engine.begin() as connection:
            # Without events or a change of health, only the state row is written, without
            # an ORM session.
            if events_or_health:
                with self.sessions(bind=connection) as session:
                    new = event_store.insert_observations(session, source.id, observations, now)
                    state.events_total += len(new)
                    report.new_events = new
                    alertable = [] if baseline else self._alertable(new)
                    report.alerts = self.raise_alerts(session, alertable, now) if alertable else []
                    report.alerts += self._health(session, source.id, state, now)
                    session.flush()
            _save(connection, state, known)
        return True

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
        if self.theses is not None and raised:
            raised += self.theses.after_alerts(session, raised, now)
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

    def _price_at(self, symbol: str, at: datetime) -> PricePoint | None:
        with self.sessions.begin() as session:
            return prices.latest_price(session, symbol, at)

    def _known(self, fingerprints: object) -> set[str]:
        with self.sessions.begin() as session:
            return event_store.known_fingerprints(session, list(fingerprints))  # type: ignore[call-overload]

    def _record_failure(
        self,
        state: PollState,
        known: Known,
        report: PollReport,
        source: Source,
        error: str,
    ) -> bool:
        with self._engine.begin() as connection, self.sessions(bind=connection) as session:
            now = self.clock.now()
            source_state.record_failure(
                state,
                now,
                error,
                self.settings.failure_backoff_max_seconds,
                source.config.interval_seconds,
            )
            log.warning(
                "source %s failed: %s; %s", source.id, error, failure_outlook(state, source)
            )
            report.alerts = self._health(session, source.id, state, now)
            session.flush()
            _save(connection, state, known)
        return True

    def _health(
        self, session: Session, source_id: str, state: PollState, now: datetime
    ) -> list[Alert]:
        source = self.sources[source_id]
        return health.raise_transitions(session, source, state, now, self.engine.channel_names)


class _Overtaken(Exception):
    """Another poll of the source was saved after this one started: roll this one back."""


def _save(connection: Connection, state: PollState, known: Known) -> None:
    # Against the row as stored: the polls that were only counted are written with it.
    if not source_state.save(connection, source_state.values(state), known.stored):
        raise _Overtaken


def failure_outlook(state: PollState, source: Source) -> str:
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
