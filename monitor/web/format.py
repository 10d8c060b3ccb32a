"""How figures, times and ages read on the page (shared by templates and charts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from monitor import readable

DASH = "—"


def number(value: Any, digits: int = 2) -> str:
    """7474.7 → "7,474.7"; 4451.0 → "4,451"; None → "—"; text passes through."""
    if isinstance(value, bool) or not isinstance(value, int | float | None):
        return str(value)
    return readable.number(value, digits)


def compact(value: float) -> str:
    """Axis labels: 305000000 → "305M", 73682 → "73.7k", 0.5 → "0.5"."""
    magnitude = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if magnitude >= limit:
            return f"{number(value / limit, 1)}{suffix}"
    return number(value, 2)


def moment(value: datetime | None, seconds: bool = False) -> str:
    """2026-02-09 14:00 UTC (or 14:00:31 UTC with seconds)."""
    if value is None:
        return DASH
    return value.strftime("%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M UTC")


def age(value: datetime | None, now: datetime) -> str:
    """How long ago: "45 s ago", "3.2 h ago", "12 d ago"."""
    if value is None:
        return DASH
    seconds = (now - value).total_seconds()
    if seconds < 0:
        # Data stamped by a simulated clock (monitor demo) can be ahead of the real one.
        return f"{moment(value)} is ahead of now ({moment(now)})"
    if seconds < 120:
        return f"{seconds:.0f} s ago"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h ago"
    return f"{seconds / 86400:.0f} d ago"


def plain(value: Any) -> str:
    """Any value as one line of text: numbers formatted, lists as words, never a repr."""
    if isinstance(value, datetime):
        return moment(value)
    return readable.text(value)
