"""The `monitor` command: parse arguments, call into the package, print. Nothing else."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from monitor import __version__
from monitor.app import Monitor, build_monitor
from monitor.config import Settings, load_settings, resolve_config_path
from monitor.errors import ConfigError
from monitor.output import FORMATS, render
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store import source_state
from monitor.store.db import make_engine, session_factory, upgrade

format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)


class Context:
    """Lazily loaded settings and monitor, shared by the subcommands of one invocation."""

    def __init__(self, config_path: str | None) -> None:
        self.config_path = resolve_config_path(config_path)
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_path)
        return self._settings

    def monitor(self, **kwargs: Any) -> Monitor:
        return build_monitor(self.settings, **kwargs)


pass_ctx = click.make_pass_decorator(Context)


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
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
)
@click.version_option(__version__)
@click.pass_context
def main(ctx: click.Context, config_path: str | None, log_level: str) -> None:
    """Signal Monitor: watches companies and markets and alerts you, with the evidence."""
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("apscheduler").setLevel(max(logging.WARNING, logging.getLevelName(log_level)))
    ctx.obj = Context(config_path)


@main.command()
@pass_ctx
def run(ctx: Context) -> None:
    """Run the monitor: poll sources on schedule, raise and deliver alerts, until stopped."""
    from monitor.scheduler import MonitorScheduler

    monitor = ctx.monitor()
    _describe_start(monitor)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda *_: _reload(monitor))
    scheduler = MonitorScheduler(monitor)
    scheduler.start()
    stop.wait()
    click.echo("stopping: letting running jobs finish…")
    scheduler.stop()
    monitor.close()
    click.echo("stopped")


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
            click.echo(f"{report.source_id}: ERROR {report.error}")
        elif report.new_events or report.alerts or report.source_id != "(deadlines)":
            click.echo(
                f"{report.source_id}: {len(report.new_events)} new events, "
                f"{len(report.alerts)} alerts"
            )
        for alert in report.alerts:
            click.echo(f"  ALERT #{alert.id} [{alert.severity}] {alert.rule_id}: {alert.title}")
    click.echo(
        f"deliveries: {dispatched.sent} sent, {dispatched.retrying} to retry, "
        f"{dispatched.failed} failed, {dispatched.dead} dead"
    )
    monitor.close()
    sys.exit(1 if failed else 0)


@main.command()
@pass_ctx
def check(ctx: Context) -> None:
    """Validate monitor.yaml and every rule file; exit non-zero with one line per problem."""
    from monitor.app import build_channels
    from monitor.rules.loader import load_rules

    settings = ctx.settings
    channels = build_channels(settings)
    rules = load_rules(settings.rule_paths, list(channels))
    click.echo(
        f"OK: {settings.path or 'built-in default'}: {len(settings.sources)} sources, "
        f"{len(channels)} channels, {len(rules)} rules"
    )


@main.group()
def alerts() -> None:
    """Review raised alerts."""


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@alerts.command("list")
@click.option("--since", help="ISO date or datetime (UTC unless given)")
@click.option("--until", help="ISO date or datetime")
@click.option("--rule", "rule_id")
@click.option("--entity")
@click.option("--severity", type=click.Choice(["info", "warning", "critical"]))
@click.option("--state", type=click.Choice(["open", "acknowledged"]))
@click.option("--limit", type=int, default=100, show_default=True)
@format_option
@pass_ctx
def alerts_list(
    ctx: Context,
    since: str | None,
    until: str | None,
    rule_id: str | None,
    entity: str | None,
    severity: str | None,
    state: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List alerts, newest first, with the state of their deliveries."""
    where = alert_store.AlertFilter(
        rule_id, entity, severity, state, _since(since), _since(until), limit
    )
    with _sessions(ctx).begin() as session:
        found = alert_store.list_alerts(session, where)
        summary = alert_store.delivery_summary(session, [a.id for a in found])
    rows = [{**asdict(a), "deliveries": summary[a.id]} for a in found]
    columns = ["id", "fired_at", "severity", "rule_id", "entity", "title", "deliveries"]
    click.echo(render(rows, columns, fmt))


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
    """List stored events, newest first."""
    where = event_store.EventFilter(kind, entity, source_id, _since(since), _since(until), limit)
    with _sessions(ctx).begin() as session:
        found = event_store.list_events(session, where)
    rows = [asdict(e) for e in found]
    columns = ["id", "occurred_at", "kind", "entity", "subject", "source_id", "payload"]
    click.echo(render(rows, columns, fmt))


@main.command()
@format_option
@pass_ctx
def sources(ctx: Context, fmt: str) -> None:
    """Health of each configured source: last success, failures, last error."""
    settings = ctx.settings
    with _sessions(ctx).begin() as session:
        states = source_state.all_states(session)
        rows = [_source_row(config, states.get(config.id)) for config in settings.sources]
    columns = [
        "id",
        "kind",
        "health",
        "last_success_at",
        "consecutive_failures",
        "events_total",
        "last_error",
    ]
    click.echo(render(rows, columns, fmt))


def _source_row(config: Any, state: Any) -> dict[str, Any]:
    row = {"id": config.id, "kind": config.kind, "enabled": config.enabled}
    if state is None:
        return {**row, "health": "never polled"}
    failing = state.consecutive_failures >= config.max_failures
    return {
        **row,
        "health": "failing" if failing else ("degraded" if state.consecutive_failures else "ok"),
        "last_poll_at": state.last_poll_at,
        "last_success_at": state.last_success_at,
        "consecutive_failures": state.consecutive_failures,
        "polls_total": state.polls_total,
        "errors_total": state.errors_total,
        "events_total": state.events_total,
        "newest_item_at": state.newest_item_at,
        "last_error": state.last_error,
        "cursor": state.cursor,
    }


def _sessions(ctx: Context) -> Any:
    db = make_engine(ctx.settings.database_url)
    if db.dialect.name == "sqlite":
        upgrade(db)  # reading an embedded database that `run` has not created yet
    return session_factory(db)


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


def _register_extensions() -> None:
    """Commands that live in monitor/commands/, one module each."""
    for module_name, attr in _EXTENSIONS:
        try:
            module = __import__(f"monitor.commands.{module_name}", fromlist=[attr])
        except ModuleNotFoundError:
            continue
        main.add_command(getattr(module, attr))


_EXTENSIONS: list[tuple[str, str]] = [
    ("rules", "replay_command"),
    ("rules", "rules_group"),
    ("extract", "extract_command"),
]
_register_extensions()

if __name__ == "__main__":  # pragma: no cover
    main(prog_name=Path(sys.argv[0]).name)
