"""`monitor backfill SOURCE --since DATE`: load a new watch's history without alerting on it.

The source is polled with `backfill_since` until a poll brings nothing new (EDGAR sources
harvest a bounded number of filings per poll, so a long history takes several rounds). Events
that occurred before the backfill started raise no alerts unless `--alert` is given: an
analyst adding a company wants its past on record, not a flood of stale alerts.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import click

from monitor.app import Monitor
from monitor.pipeline import PollReport


@dataclass
class BackfillSummary:
    rounds: int = 0
    events: Counter[str] = field(default_factory=Counter)
    alerts: int = 0
    error: str | None = None


def backfill(
    monitor: Monitor,
    source_id: str,
    since: date,
    *,
    max_rounds: int,
    progress: Callable[[int, PollReport], None],
) -> BackfillSummary:
    """Poll `source_id` with `since` until nothing new comes (or an error, or `max_rounds`)."""
    summary = BackfillSummary()
    while summary.rounds < max_rounds:
        summary.rounds += 1
        report = monitor.pipeline.poll_source(source_id, force=True, backfill_since=since)
        progress(summary.rounds, report)
        if report.error:
            summary.error = report.error
            break
        summary.events.update(event.kind for event in report.new_events)
        summary.alerts += len(report.alerts)
        if not report.new_events:
            break
    return summary


def _describe(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "nothing new"


def _progress(round_number: int, report: PollReport) -> None:
    if report.error:
        click.echo(f"round {round_number}: ERROR {report.error}", err=True)
        return
    counts = Counter(event.kind for event in report.new_events)
    alerts = f", {len(report.alerts)} alerts" if report.alerts else ""
    click.echo(
        f"round {round_number}: {len(report.new_events)} new events ({_describe(counts)}){alerts}"
    )


@click.command("backfill")
@click.argument("source_id")
@click.option(
    "--since",
    required=True,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="load history published on or after this date (YYYY-MM-DD)",
)
@click.option("--alert", is_flag=True, help="let past events raise alerts too")
@click.option(
    "--max-rounds",
    default=200,
    show_default=True,
    type=click.IntRange(min=1),
    help="stop after this many polls even if more keeps coming",
)
@click.pass_obj
def backfill_command(
    obj: Any, source_id: str, since: datetime, alert: bool, max_rounds: int
) -> None:
    """Load past filings and facts of a source since DATE, without alerts for the past."""
    monitor: Monitor = obj.monitor()
    try:
        if source_id not in monitor.sources:
            raise click.UsageError(f"unknown source: {source_id}")
        source = monitor.sources[source_id]
        if not source.has_history:
            able = [s.id for s in monitor.sources.values() if s.has_history]
            raise click.UsageError(
                f"{source_id} is a {source.config.kind} source: it has no history to load "
                "(only edgar_filings and edgar_facts sources do"
                + (f": {', '.join(able)})" if able else ")")
            )
        started = monitor.clock.now()
        # Stored events that occurred before now are history: they raise no alerts.
        monitor.pipeline.alert_window = None if alert else started
        click.echo(f"backfilling {source_id} since {since.date().isoformat()}…")
        summary = backfill(
            monitor, source_id, since.date(), max_rounds=max_rounds, progress=_progress
        )
        if alert:
            monitor.dispatch()
    finally:
        monitor.close()
    total = sum(summary.events.values())
    click.echo(
        f"{source_id}: {total} events stored in {summary.rounds} rounds "
        f"({_describe(summary.events)}); {summary.alerts} alerts"
        + ("" if alert else " (events before the backfill raise none; --alert to change)")
    )
    if summary.error:
        sys.exit(1)
