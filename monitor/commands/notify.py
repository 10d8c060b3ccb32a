"""`monitor notify test CHANNEL`: send a test message through a configured channel."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from monitor.app import build_channels
from monitor.commands.common import Context, pass_ctx
from monitor.model import Alert
from monitor.notify.base import DeliveryError


@click.group("notify")
def notify_group() -> None:
    """Check delivery channels."""


@notify_group.command("test")
@click.argument("channel_name")
@pass_ctx
def notify_test(ctx: Context, channel_name: str) -> None:
    """Send a test alert through CHANNEL_NAME now (nothing is stored)."""
    channels = build_channels(ctx.settings)
    if channel_name not in channels:
        raise click.UsageError(f"no channel {channel_name!r} (configured: {list(channels)})")
    try:
        note = channels[channel_name].send(_test_alert(), delivery_id=0)
    except DeliveryError as exc:
        raise click.ClickException(f"{channel_name}: {exc}") from exc
    click.echo(f"{channel_name}: {note}")


def _test_alert() -> Alert:
    return Alert(
        id=0,
        rule_id="notify-test",
        entity="TEST",
        dedup_key="notify-test",
        severity="info",
        title="Signal Monitor test message",
        body="If you can read this, the channel works.",
        reason="`monitor notify test` was run",
        fired_at=datetime.now(UTC),
        values={},
        evidence=[],
        event_ids=[],
        state="open",
    )
