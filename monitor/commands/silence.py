"""`monitor silence …`: suppress deliveries for a rule and/or entity for a while."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import click

from monitor.commands.common import Context, format_option, pass_ctx
from monitor.output import render
from monitor.store import silences
from monitor.store.alert_views import alert_choices
from monitor.store.entities import stored_spelling

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def duration(text: str) -> timedelta:
    """ "30m", "12h", "7d", "2w"."""
    match = _DURATION.match(text.strip())
    if not match:
        raise click.BadParameter(f"expected a duration like 30m, 12h, 7d or 2w, not {text!r}")
    return timedelta(**{_UNITS[match[2]]: float(match[1])})


@click.group("silence")
def silence_group() -> None:
    """Silence deliveries for a rule and/or an entity."""


@silence_group.command("add")
@click.option("--rule", "rule_id", help="rule id (default: every rule)")
@click.option("--entity", help="entity (default: every entity)")
@click.option("--for", "length", default="24h", show_default=True, help="30m, 12h, 7d, 2w")
@click.option("--reason", default="", help="why, for the record")
@pass_ctx
def silence_add(
    ctx: Context, rule_id: str | None, entity: str | None, length: str, reason: str
) -> None:
    """Add a silence; matching alerts are still recorded, their deliveries suppressed."""
    if not rule_id and not entity:
        raise click.UsageError("give --rule, --entity or both")
    if rule_id:
        _check_rule(ctx, rule_id)
    now = datetime.now(UTC)
    with ctx.sessions().begin() as session:
        if entity:  # "cang" silences CANG, as the alerts spell it
            entity = stored_spelling(entity, alert_choices(session)["entities"]) or entity
        silence = silences.add(session, rule_id, entity, reason, now, now + duration(length))
        click.echo(f"silence #{silence.id} until {silence.expires_at.isoformat()}")


def _check_rule(ctx: Context, rule_id: str) -> None:
    """A silence for a rule that does not exist would silence nothing, silently."""
    from monitor.health import RECOVERED_RULE, UNHEALTHY_RULE
    from monitor.rules.loader import load_rules

    known = {rule.id for rule in load_rules(ctx.settings.rule_paths)}
    known |= {UNHEALTHY_RULE, RECOVERED_RULE}
    if rule_id not in known:
        raise click.BadParameter(
            f"no rule {rule_id!r} (rules: {', '.join(sorted(known))})", param_hint="--rule"
        )


@silence_group.command("list")
@click.option("--all", "show_all", is_flag=True, help="include expired silences")
@format_option
@pass_ctx
def silence_list(ctx: Context, show_all: bool, fmt: str) -> None:
    """Active silences (or all of them)."""
    with ctx.sessions().begin() as session:
        found = (
            silences.all_silences(session)
            if show_all
            else silences.active(session, datetime.now(UTC))
        )
        rows = [
            {
                "id": s.id,
                "rule_id": s.rule_id,
                "entity": s.entity,
                "reason": s.reason,
                "created_at": s.created_at,
                "expires_at": s.expires_at,
            }
            for s in found
        ]
    click.echo(render(rows, ["id", "rule_id", "entity", "expires_at", "reason"], fmt))


@silence_group.command("expire")
@click.argument("silence_id", type=int)
@pass_ctx
def silence_expire(ctx: Context, silence_id: int) -> None:
    """End a silence now."""
    with ctx.sessions().begin() as session:
        if not silences.expire(session, silence_id, datetime.now(UTC)):
            raise click.ClickException(f"no active silence #{silence_id}")
    click.echo(f"silence #{silence_id} expired")
