"""What the demo prints while it runs: the world's news as it is published, each alert as
the sink receives it. One lock, because the sink and the driver print from their own
threads. Alerts wait until the driver has caught up with a moment (`flush`) and then print
by moment, the rules' alerts before the thesis's, then by rule, then in the order they were
raised: two dispatchers may post them in either order, and two sources polled at the same
moment may raise theirs in either order, yet every run must print the same lines."""

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
        self._pending: list[tuple[tuple[str, str, str, int], str]] = []

    def say(self, text: str = "") -> None:
        """A line of the banner or the summary (shown even when quiet)."""
        self.flush()
        self._echo(text)

    def news(self, moment: datetime, where: str, what: str) -> None:
        """Something the world published (hidden when quiet)."""
        self.flush()
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
        alert_id = document.get("alert_id")
        # Ids order one rule's (or the thesis's) alerts; across rules they race between polls.
        order = (stamp, kind, str(rule), alert_id if isinstance(alert_id, int) else 0)
        with self._lock:
            self._pending.append((order, f"{stamp}  {kind:<9} {label} {rule:<23} {title}"))

    def flush(self) -> None:
        """Print the alerts received so far, in the order they were raised."""
        with self._lock:
            pending, self._pending = sorted(self._pending), []
        for _order, line in pending:
            self._echo(line)

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
