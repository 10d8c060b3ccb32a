"""The `monitor` command: parse arguments, call into the package, print. Nothing else."""

from __future__ import annotations

import gc
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from monitor import __version__, logs
from monitor.app import Monitor, build_sources
from monitor.cluster.stats import queue_figures
from monitor.commands.alerts import alerts_group
from monitor.commands.backfill import backfill_command
from monitor.commands.common import Context, format_option, moment, pass_ctx
from monitor.commands.demo import demo_command
from monitor.commands.extract import extract_command
from monitor.commands.notify import notify_group
from monitor.commands.rules import replay_command, rules_group
from monitor.commands.series import series_command
from monitor.commands.silence import silence_group
from monitor.commands.thesis import thesis_group
from monitor.commands.web import web_command
from monitor.commands.worker import concurrency_option, require_postgres, worker_command
from monitor.errors import ConfigError, Problem
from monitor.output import echo, render
from monitor.store import entities, gaps, source_state
from monitor.store import events as event_store
from monitor.store.db import make_engine, upgrade
from monitor.web.sources_view import SourceView, source_views


class MonitorGroup(click.Group):
    """Turns ConfigError into its one-line-per-problem message and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            ctx.exit(2)


@click.group(cls=MonitorGroup)
@click.option(
    "--config",
    "config_path",
    envvar="MONITOR_CONFIG",
    type=click.Path(),
    help="monitor.yaml to use (default: ./monitor.yaml, else built-in defaults).",
)
@click.option(
    "--log-level",
    default="INFO",
    show_default=True,
    envvar="MONITOR_LOG_LEVEL",
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
)
@click.option(
    "--log-format",
    default="text",
    show_default=True,
    envvar="MONITOR_LOG_FORMAT",
    type=click.Choice(["text", "json"]),
    help="json: one JSON object a line",
)
@click.version_option(__version__)
@click.pass_context
def main(ctx: click.Context, config_path: str | None, log_level: str, log_format: str) -> None:
    """Signal Monitor: watches companies and markets and alerts you, with the evidence."""
    ctx.obj = Context(config_path, logs.configure(log_level, log_format))


@main.command()
@click.option("--web", "with_web", is_flag=True, help="serve the web page beside the scheduler")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="port of the web page (implies --web)  [default: web.port, 8080]",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 256),
    default=0,
    help="PostgreSQL only: start this many `monitor worker` processes to poll and deliver",
)
@concurrency_option
@pass_ctx
def run(ctx: Context, with_web: bool, port: int | None, workers: int, concurrency: int) -> None:
    """Run the monitor: poll sources on schedule, raise and deliver alerts, until stopped."""
    from monitor.memory import limit_malloc_arenas
    from monitor.scheduler import MonitorScheduler

    if workers:
        require_postgres(ctx)
    limit_malloc_arenas()  # before any thread: the web server's, the scheduler's pool
    monitor = ctx.monitor()
    _describe_start(monitor)
    try:
        web = _start_web(monitor, port) if with_web or port else None
    except click.ClickException:
        monitor.close()
        raise
    stop = _on_signals(monitor)
    scheduler = _workers(ctx, workers, concurrency) if workers else MonitorScheduler(monitor)
    scheduler.start()
    logging.getLogger(__name__).info(
        "running: %d sources scheduled (SIGHUP reloads the rules, SIGTERM stops)",
        len(monitor.enabled_source_ids()),
    )
    stop.wait()
    _shut_down(monitor, scheduler, web)
    # The interpreter's last garbage collections would scan every object the process built
    # (0.7 s of the exit with 5,000 sources, more after a burst) to free memory the OS is
    # about to take back; frozen objects are not scanned.
    gc.freeze()


def _on_signals(monitor: Monitor) -> threading.Event:
    """Set on SIGINT or SIGTERM; SIGHUP (where there is one) reloads the rules."""
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda *_: _reload(monitor))
    return stop


def _shut_down(monitor: Monitor, scheduler: Any, web: Any) -> None:
    """Stop the scheduler (or the workers), then the web page, then close the store."""
    click.echo("stopping: dropping queued polls, letting running ones finish…")
    started = time.monotonic()
    scheduler.stop()
    if web is not None:
        web.stop()
    stopped = time.monotonic()
    monitor.close()
    logging.getLogger(__name__).info(
        "stopped in %.2f s (%.2f s to close the store)",
        time.monotonic() - started,
        time.monotonic() - stopped,
    )
    click.echo("stopped")


def _workers(ctx: Context, count: int, concurrency: int) -> Any:
    """Worker processes in place of the in-process scheduler (they schedule themselves)."""
    from monitor.cluster.processes import WorkerProcesses

    return WorkerProcesses(count, concurrency, ctx.config_path)


def _start_web(monitor: Monitor, port: int | None) -> Any:
    from monitor.commands.web import describe_access, ensure_free
    from monitor.web.app import create_app
    from monitor.web.server import serve_in_thread
    from monitor.web.settings import web_settings

    web = web_settings(monitor.settings)
    port = port or web.port
    ensure_free(web.host, port)
    app = create_app(monitor.sessions, monitor.settings, monitor.clock, web=web)
    try:
        handle = serve_in_thread(app, web.host, port)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    for line in describe_access(web.token_env, web.token() is not None, web.host):
        click.echo(line)
    click.echo(f"web:      {handle.url}/")
    return handle


def _reload(monitor: Monitor) -> None:
    try:
        monitor.reload_rules()
        logging.getLogger(__name__).info("rules reloaded: %d rules", len(monitor.rules))
    except ConfigError as exc:
        logging.getLogger(__name__).error("rules not reloaded:\n%s", exc)


def _describe_start(monitor: Monitor) -> None:
    settings = monitor.settings
    click.echo(f"Signal Monitor {__version__}")
    click.echo(f"config:   {settings.path or 'built-in default (no monitor.yaml found)'}")
    click.echo(f"database: {monitor.db.url.render_as_string(hide_password=True)}")
    click.echo(
        f"rules:    {', '.join(str(p) for p in settings.rule_paths)} ({len(monitor.rules)} rules)"
    )
    for source in monitor.sources.values():
        click.echo(
            f"watching: {source.id} ({source.config.kind}, every "
            f"{source.config.interval_seconds:g}s)"
        )
    channels = ", ".join(monitor.channels) or "none (alerts are stored and logged only)"
    click.echo(f"channels: {channels}")
    for line in _backing_off(monitor):
        click.echo(line)


def _backing_off(monitor: Monitor) -> list[str]:
    """Sources that failed before this start and wait out their back-off: say so, with when
    they are tried next, rather than leave them silent."""
    now = monitor.clock.now()
    with monitor.sessions() as session:
        states = source_state.all_states(session)
    lines = []
    for source_id in monitor.sources:
        state = states.get(source_id)
        if state is None or not state.consecutive_failures:
            continue
        retry = state.next_poll_after
        when = (
            f"next try at {retry:%Y-%m-%d %H:%M:%S} UTC"
            if retry and retry > now
            else "tried again now"
        )
        lines.append(
            f"backoff:  {source_id} failed {state.consecutive_failures} time(s) in a row "
            f"(last: {state.last_error}); {when}"
        )
    return lines


@main.command()
@click.argument("source_ids", nargs=-1)
@pass_ctx
def poll(ctx: Context, source_ids: tuple[str, ...]) -> None:
    """Run one cycle now (poll, evaluate, dispatch) and exit; for cron and debugging."""
    monitor = ctx.monitor()
    unknown = [sid for sid in source_ids if sid not in monitor.sources]
    if unknown:
        raise click.UsageError(f"unknown source(s): {', '.join(unknown)}")
    reports = monitor.poll(source_ids)
    dispatched = monitor.dispatch()
    failed = False
    for report in reports:
        if report.error:
            failed = True
            echo(f"{report.source_id}: ERROR {report.error}")
        elif report.new_events or report.alerts or report.source_id != "(deadlines)":
            echo(
                f"{report.source_id}: {len(report.new_events)} new events, "
                f"{len(report.alerts)} alerts"
            )
        for alert in report.alerts:
            echo(f"  ALERT #{alert.id} [{alert.severity}] {alert.rule_id}: {alert.title}")
    click.echo(
        f"deliveries: {dispatched.sent} sent, {dispatched.retrying} to retry, "
        f"{dispatched.failed} failed, {dispatched.dead} dead, {dispatched.unknown} unknown"
    )
    monitor.close()
    sys.exit(1 if failed else 0)


@main.command()
@pass_ctx
def check(ctx: Context) -> None:
    """Validate monitor.yaml, the rule files and the thesis files; one line per problem."""
    from monitor.app import build_channels, build_fetcher, build_theses
    from monitor.clock import SystemClock
    from monitor.rules.loader import known_metrics, load_rules

    settings = ctx.settings
    # Every stage is checked even when an earlier one fails: all problems in one round.
    problems: list[Problem] = []
    channel_names = [c.name for c in settings.channels]
    rules: list[Any] = []
    stages: list[Callable[[], Any]] = [
        lambda: build_channels(settings),
        lambda: rules.extend(
            load_rules(settings.rule_paths, channel_names, known_metrics(settings))
        ),
        # e.g. SEC's User-Agent rule
        lambda: build_sources(settings, build_fetcher(settings, SystemClock())),
    ]
    for stage in stages:
        try:
            stage()
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    channels = channel_names
    theses = build_theses(settings, rules, channel_names).theses
    click.echo(
        f"OK: {settings.path or 'built-in default'}: {len(settings.sources)} sources, "
        f"{len(channels)} channels, {len(rules)} rules, {len(theses)} theses"
    )


@main.command()
@click.option("--kind")
@click.option("--entity")
@click.option("--source", "source_id")
@click.option("--since")
@click.option("--until")
@click.option("--limit", type=int, default=100, show_default=True)
@format_option
@pass_ctx
def events(
    ctx: Context,
    kind: str | None,
    entity: str | None,
    source_id: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List stored events, newest first. Entities match without regard to case; a kind,
    entity or source that nothing was stored under is an error that lists what there is."""
    with ctx.sessions().begin() as session:
        names = entities.event_names(session)
        kind = _stored_name("kind", kind, names["kinds"])
        entity = _stored_name("entity", entity, names["entities"])
        source_id = _stored_name("source", source_id, names["sources"])
        where = event_store.EventFilter(
            kind, entity, source_id, moment(since), moment(until), limit
        )
        found = event_store.list_events(session, where)
    rows = [asdict(e) for e in found]
    columns = ["id", "occurred_at", "kind", "entity", "subject", "source_id", "payload"]
    echo(render(rows, columns, fmt))


def _stored_name(option: str, given: str | None, stored: list[str]) -> str | None:
    if given is None:
        return None
    found = entities.stored_spelling(given, stored)
    if found is None:
        listed = ", ".join(stored) if stored else "none yet"
        raise click.BadParameter(f"no events with {option} {given!r} (stored: {listed})")
    return found


@main.command()
@format_option
@pass_ctx
def sources(ctx: Context, fmt: str) -> None:
    """Health of each source: the configured ones, then any with stored state that is not
    configured (the same list as the web page's Sources)."""
    settings = ctx.settings
    now = datetime.now(UTC)
    with ctx.sessions().begin() as session:
        states = source_state.all_states(session)
        latest_gaps = gaps.latest_by_source(session)
        views = source_views(build_sources(settings, None), states, now, latest_gaps)
        rows = [_source_row(view, states.get(view.id)) for view in views]
        queue = queue_figures(session)  # workers' task queue, on PostgreSQL
    columns = [
        "id",
        "kind",
        "health",
        "last_success_at",
        "consecutive_failures",
        "events_total",
        "polls_late",
        "polls_missed",
        "last_error",
        "last_gap",
    ]
    echo(render(rows, columns, fmt))
    if fmt == "table" and queue is not None:
        for line in queue.lines():
            echo(line)


def _source_row(view: SourceView, state: Any) -> dict[str, Any]:
    row = asdict(view) | {"health_reason": view.reason}
    row["kind"] = view.kind or "(not configured)"
    row["cursor"] = state.cursor if state is not None else None
    return row


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@pass_ctx
def db_upgrade(ctx: Context) -> None:
    """Apply database migrations up to the latest schema."""
    engine = make_engine(ctx.settings.database_url)
    upgrade(engine)
    click.echo(f"database up to date: {engine.url.render_as_string(hide_password=True)}")


@main.command()
@click.option("--markdown", is_flag=True, help="the full reference, as Markdown")
def kinds(markdown: bool) -> None:
    """List every source, condition and channel kind with its description."""
    from monitor.reference import kinds_markdown, kinds_summary

    click.echo(kinds_markdown() if markdown else kinds_summary(), nl=not markdown)


@main.command("config-reference")
def config_reference() -> None:
    """Print every monitor.yaml key (Markdown), from the config model."""
    from monitor.reference import config_markdown

    click.echo(config_markdown(), nl=False)


for command in (
    alerts_group,
    silence_group,
    notify_group,
    replay_command,
    rules_group,
    extract_command,
    backfill_command,
    series_command,
    web_command,
    worker_command,
    demo_command,
    thesis_group,
):
    main.add_command(command)

if __name__ == "__main__":  # pragma: no cover
    main(prog_name=Path(sys.argv[0]).name)
