"""What the demo prints while it runs: the world's news as it is published, each alert as
the sink receives it. One lock, because the sink and the driver print from their own
threads."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

import click

SEVERITY_COLOURS = {"critical": "red", "warning": "yellow", "info": "cyan"}


class Console:
    """Live lines; with `quiet`, only the alerts."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self._lock = threading.Lock()

    def say(self, text: str = "") -> None:
        """A line of the banner or the summary (shown even when quiet)."""
        self._echo(text)

    def news(self, moment: datetime, where: str, what: str) -> None:
        """Something the world published (hidden when quiet)."""
        if not self.quiet:
            stamp = f"{moment:%Y-%m-%d %H:%M}"
            self._echo(click.style(f"{stamp}  {where:<9} {what}", dim=True))

    def alert(self, document: dict[str, Any]) -> None:
        """One alert document as the webhook delivered it."""
        severity = str(document.get("severity", ""))
        fired = _moment(document.get("fired_at"))
        stamp = f"{fired:%Y-%m-%d %H:%M}" if fired else "????-??-?? ??:??"
        colour = SEVERITY_COLOURS.get(severity)
        label = click.style(f"{severity.upper():<8}", fg=colour, bold=True)
        rule, title = document.get("rule_id", ""), document.get("title", "")
        # A thesis's own alerts (its state changes, its reminders) stand out among the rules'.
        kind = "THESIS" if str(rule).startswith("thesis:") else "ALERT"
        self._echo(f"{stamp}  {kind:<9} {label} {rule:<23} {title}")

    def _echo(self, text: str) -> None:
        with self._lock:
            click.echo(text)


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
