"""build_monitor(settings): the one place that wires configuration into running parts."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import Clock, SystemClock
from monitor.config import Settings
from monitor.documents import extract_observations
from monitor.errors import ConfigError, Problem
from monitor.http import HttpFetcher
from monitor.notify import CHANNELS
from monitor.notify.base import Channel
from monitor.notify.dispatcher import Dispatcher, DispatchReport
from monitor.pipeline import Enricher, Pipeline, PollReport
from monitor.ratelimit import HostLimiter
from monitor.rules.engine import Rule, RuleEngine
from monitor.rules.loader import load_rules
from monitor.source_states import SourceStateStore
from monitor.sources import SOURCES
from monitor.sources.base import Source
from monitor.store import alerts as alert_store
from monitor.store.db import (
    alembic_config,
    is_up_to_date,
    make_engine,
    session_factory,
    upgrade,
)
from monitor.store.history import StoredHistory
from monitor.theses.loader import load_theses
from monitor.theses.tracker import ThesisTracker

log = logging.getLogger(__name__)


@dataclass
class Monitor:
    """Everything a command needs, built from Settings."""

    settings: Settings
    clock: Clock
    db: Engine
    sessions: sessionmaker[Session]
    fetcher: HttpFetcher
    sources: dict[str, Source]
    channels: dict[str, Channel]
    rules: list[Rule]
    pipeline: Pipeline
    dispatcher: Dispatcher
    cycle_reports: list[PollReport] = field(default_factory=list)
    theses: ThesisTracker = field(default_factory=lambda: ThesisTracker((), ()))

    def poll(self, source_ids: Sequence[str] | None = None) -> list[PollReport]:
        """One cycle: poll the given (default: all enabled) sources now, then dispatch."""
        chosen = list(source_ids) if source_ids else self.enabled_source_ids()
        reports = [self.pipeline.poll_source(sid, force=True) for sid in chosen]
        self.pipeline.flush_bookkeeping()
        reports.append(self.check_deadlines())
        return reports

    def enabled_source_ids(self) -> list[str]:
        return [sid for sid, src in self.sources.items() if src.config.enabled]

    def dispatch(self) -> DispatchReport:
        return self.dispatcher.dispatch_due()

    def check_deadlines(self) -> PollReport:
        """Evaluate time-driven rules (deadlines) now."""
        report = PollReport("(deadlines)")
        with self.sessions.begin() as session:
            now = self.clock.now()
            drafts = self.pipeline.engine.evaluate_timers(StoredHistory(session), now)
            report.alerts = alert_store.raise_alerts(session, drafts, now)
            report.alerts += self.theses.on_timer(session, now)
        return report

    def reload_rules(self) -> None:
        """Re-read rule files (SIGHUP); on error keep the rules that are running."""
        rules = load_rules(self.settings.rule_paths, list(self.channels))
        tracker = build_theses(self.settings, rules, list(self.channels))
        self.rules, self.theses = rules, tracker
        self.pipeline.engine = RuleEngine(rules + tracker_rules(tracker), list(self.channels))
        self.pipeline.theses = tracker

    def close(self) -> None:
        self.pipeline.try_flush_bookkeeping()
        self.fetcher.close()
        self.db.dispose()


def build_monitor(
    settings: Settings,
    *,
    clock: Clock | None = None,
    enrich: Enricher | None = None,
    migrate: bool | None = None,
    alert_window: datetime | None = None,
) -> Monitor:
    """Validate everything that can be validated, then wire the parts together."""
    clock = clock or SystemClock()
    channels = build_channels(settings)
    rules = load_rules(settings.rule_paths, list(channels))
    theses = build_theses(settings, rules, list(channels))
    db = make_engine(settings.database_url)
    prepare_schema(db, migrate)
    sessions = session_factory(db)
    fetcher = build_fetcher(settings, clock)
    sources = build_sources(settings, fetcher)
    engine = RuleEngine(rules + tracker_rules(theses), list(channels))
    pipeline = Pipeline(
        sessions,
        SourceStateStore(db),
        sources,
        engine,
        fetcher,
        clock,
        settings.config.scheduler,
        enrich=enrich or default_enricher(),
        alert_window=alert_window,
    )
    pipeline.theses = theses
    dispatcher = Dispatcher(sessions, channels, clock, settings.config.delivery)
    monitor = Monitor(
        settings, clock, db, sessions, fetcher, sources, channels, rules, pipeline, dispatcher
    )
    monitor.theses = theses
    return monitor


def build_theses(settings: Settings, rules: Sequence[Rule], channels: list[str]) -> ThesisTracker:
    """The theses of settings.thesis_paths, checked against the rules and channels."""
    theses = load_theses(settings.thesis_paths, [r.id for r in rules], channels)
    return ThesisTracker(theses, channels)


def tracker_rules(tracker: ThesisTracker) -> list[Rule]:
    """The rules the theses' inline conditions run as."""
    return [rule for thesis in tracker.theses for rule in thesis.inline_rules]


def default_enricher() -> Enricher:
    """Text extraction for observations that carry documents."""
    return extract_observations


def build_channels(settings: Settings) -> dict[str, Channel]:
    channels = {}
    problems = []
    for index, config in enumerate(settings.channels):
        channel = CHANNELS.get(config.kind)(config)
        for env in channel.missing_secrets():
            key = _key_naming(config, env)
            problems.append(
                Problem(
                    settings.file_name,
                    settings.line_of("channels", index, key),
                    f"channels[{index}].{key}",
                    f"environment variable {env} is not set",
                )
            )
        channels[config.name] = channel
    if problems:
        raise ConfigError(problems)
    return channels


def _key_naming(config: object, env: str) -> str:
    """Which config key named this environment variable (secret_env, password_env…)."""
    for key, value in vars(config).items():
        if value == env and key.endswith("_env"):
            return key
    return "kind"


def build_fetcher(settings: Settings, clock: Clock) -> HttpFetcher:
    http = settings.config.http
    limiter = HostLimiter(http.requests_per_second_per_host)
    for host, rate in http.host_limits.items():
        limiter.set_host_rate(host, rate)
    return HttpFetcher(
        user_agent=settings.user_agent,
        limiter=limiter,
        clock=clock,
        connect_timeout=http.connect_timeout_seconds,
        read_timeout=http.read_timeout_seconds,
        max_body_bytes=http.max_body_bytes,
        max_retries=http.max_retries,
        max_retry_after=http.max_retry_after_seconds,
    )


def build_sources(settings: Settings, fetcher: HttpFetcher | None) -> dict[str, Source]:
    """The configured sources; with a fetcher, set up for polling (limits, UA checks)."""
    sources = {}
    for index, config in enumerate(settings.sources):
        source = SOURCES.get(config.kind)(config)
        if fetcher is not None:
            try:
                source.setup(fetcher)
            except ConfigError as exc:
                raise ConfigError([_located(settings, index, p) for p in exc.problems]) from exc
        sources[config.id] = source
    return sources


def _located(settings: Settings, index: int, problem: Problem) -> Problem:
    """Give a set-up problem the config file and line it refers to: the key it names (such
    as `http.user_agent`) when the file has it, else the source's entry."""
    if problem.line is not None:
        return problem
    path = tuple(problem.field.split(".")) if problem.field else ()
    lines = settings.doc.lines if settings.doc else {}
    line = lines.get(path) or settings.line_of("sources", index)
    message = f"{problem.file}: {problem.message}"  # e.g. "source 'cango': …"
    return Problem(settings.file_name, line, problem.field, message)


def prepare_schema(db: Engine, migrate: bool | None) -> None:
    """SQLite is brought up to date automatically; other databases must already be (run
    `monitor db upgrade`), so two processes never race to migrate a shared server."""
    try:
        if is_up_to_date(db):  # the usual start: nothing to do, and Alembic is never loaded
            return
    except OperationalError as exc:
        # The first contact with the database: one clear line (exit status 2) instead of a
        # driver traceback; systemd or Docker restarts the service until the server is back.
        reason = str(exc.orig or exc).strip().splitlines()[0]
        url = db.url.render_as_string(hide_password=True)
        raise ConfigError(
            [Problem(url, None, "database_url", f"cannot reach the database: {reason}")]
        ) from exc
    if migrate is None:
        migrate = db.dialect.name == "sqlite"
    if migrate:
        upgrade(db)
        return
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    with db.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise ConfigError(
            [
                Problem(
                    str(db.url.render_as_string(hide_password=True)),
                    None,
                    "",
                    f"database schema is at {current or 'nothing'}, not {head}: "
                    "run `monitor db upgrade`",
                )
            ]
        )
