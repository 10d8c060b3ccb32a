"""`monitor replay` and `monitor rules test`: dry runs of rules, delivering nothing."""

from __future__ import annotations

import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from monitor.commands.common import moment
from monitor.output import FORMATS, render
from monitor.replay import load_jsonl_events, replay, scratch_sessions
from monitor.rules.engine import RuleEngine
from monitor.rules.loader import load_rules

COLUMNS = ["fired_at", "severity", "rule_id", "entity", "title", "reason"]


def _rows(alerts: Any) -> list[dict[str, Any]]:
    return [asdict(alert) for alert in alerts]


@click.command("replay")
@click.option("--since", help="first event time (ISO date or datetime, UTC unless given)")
@click.option("--until", help="end of the window (deadline rules are checked here too)")
@click.option(
    "--rules",
    "rules_path",
    type=click.Path(exists=True, path_type=Path),
    help="rule file or folder to try instead of the configured ones",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def replay_command(
    ctx: Any, since: str | None, until: str | None, rules_path: Path | None, fmt: str
) -> None:
    """Evaluate rules over stored events in time order and print what would have fired."""
    settings = ctx.settings
    channels = [c.name for c in settings.channels]
    rules = load_rules([rules_path] if rules_path else settings.rule_paths, channels)
    alerts = replay(ctx.sessions(), RuleEngine(rules, channels), moment(since), moment(until))
    click.echo(render(_rows(alerts), COLUMNS, fmt))


@click.group("rules")
def rules_group() -> None:
    """Work with rule files."""


@rules_group.command("test")
@click.argument("rule_id")
@click.option(
    "--events",
    "events_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines: kind, entity, subject, occurred_at, payload per line",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def rules_test_command(ctx: Any, rule_id: str, events_file: Path, fmt: str) -> None:
    """Run one rule over the given events (in a scratch database) and print its alerts."""
    rules = [r for r in load_rules(ctx.settings.rule_paths) if r.id == rule_id]
    if not rules:
        raise click.UsageError(f"no rule with id {rule_id!r} in {ctx.settings.rule_paths}")
    with tempfile.TemporaryDirectory() as scratch:
        sessions = scratch_sessions(Path(scratch))
        try:
            load_jsonl_events(events_file, sessions)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        alerts = list(replay(sessions, RuleEngine(rules, [])))
        sessions.kw["bind"].dispose()
    click.echo(render(_rows(alerts), COLUMNS, fmt))
