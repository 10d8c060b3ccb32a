"""Rendering alerts for people: plain text and HTML. HTML autoescapes every string, since
titles, quotes and URLs come from scraped pages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from monitor import readable
from monitor.model import Alert


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("monitor.notify", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        keep_trailing_newline=True,
    )
    # Figures as people read them ("$488.5 million", "6.4%"), never a repr.
    env.globals["value_rows"] = readable.value_rows
    env.globals["message_adds"] = readable.message_adds
    return env


def alert_text(alerts: Sequence[Alert]) -> str:
    return _environment().get_template("alert.txt").render(alerts=alerts)


def alert_html(alerts: Sequence[Alert]) -> str:
    return _environment().get_template("alert.html").render(alerts=alerts)


def subject(alerts: Sequence[Alert], prefix: str) -> str:
    if len(alerts) == 1:
        line = alerts[0].title
    else:
        line = f"{len(alerts)} alerts: " + "; ".join(a.title for a in alerts[:3])
    # Header injection: a scraped title must never carry a line break into the subject.
    return " ".join(f"{prefix}{line}".split())[:250]
