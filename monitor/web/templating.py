"""Jinja2 for the pages: templates shipped in the package, autoescaping always on, so every
scraped string (titles, quotes, errors) is shown as text and never runs as markup."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.templating import Jinja2Templates

from monitor.readable import message_adds
from monitor.web.charts import render_chart
from monitor.web.evidence import EVENT_KEYS, evidence_view, value_rows
from monitor.web.figures import figure_of
from monitor.web.format import age, compact, moment, number, plain


def make_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("monitor.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(number=number, compact=compact, moment=moment, plain=plain)
    env.globals.update(
        age=age,
        evidence_view=evidence_view,
        figure_of=figure_of,
        value_rows=value_rows,
        message_adds=message_adds,
        render_chart=render_chart,
        EVENT_KEYS=EVENT_KEYS,
    )
    return env


def make_templates() -> Jinja2Templates:
    return Jinja2Templates(env=make_environment())
