"""`monitor series ENTITY METRIC`: a metric's figures by period, the latest stored for each
period (so a restatement replaces what it restates), oldest period first."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from monitor.output import FORMATS, render
from monitor.store import queries
from monitor.store.db import make_engine, session_factory, upgrade

COLUMNS = [
    "period",
    "value",
    "unit",
    "restated_from",
    "figures",
    "observed_at",
    "source_id",
    "event_id",
]


@click.command("series")
@click.argument("entity")
@click.argument("metric")
@click.option(
    "--by",
    type=click.Choice(["month", "quarter", "year"]),
    help="put as-of dates (2025-12-31) in their month/quarter/year; default: periods as stored",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def series_command(ctx: Any, entity: str, metric: str, by: str | None, fmt: str) -> None:
    """Print METRIC's time series for ENTITY, e.g. `monitor series CANG btc_held` (by month)
    or `monitor series CANG debt_total_usd --by quarter`."""
    engine = make_engine(ctx.settings.database_url)
    if engine.dialect.name == "sqlite":
        upgrade(engine)
    try:
        with session_factory(engine)() as session:
            stored = queries.event_names(session)["entities"]
            entity = queries.stored_spelling(entity, stored) or entity  # "cang" is CANG
            points = queries.metric_series(session, entity, metric, by)  # type: ignore[arg-type]
            known = [] if points else queries.entity_metrics(session, entity)
    finally:
        engine.dispose()
    if not points:
        hint = (
            f"; metrics stored for {entity}: {', '.join(known)}"
            if known
            else f"; entities stored: {', '.join(stored) or 'none yet'}"
        )
        # Nothing to print is a failure a script must see, not an empty table.
        raise click.ClickException(f"no figures of {metric} for {entity}{hint}")
    click.echo(render([_row(p) for p in points], COLUMNS, fmt))


def _row(point: queries.SeriesPoint) -> dict[str, Any]:
    row = asdict(point)
    for key in ("value", "restated_from"):
        if isinstance(row[key], float) and row[key].is_integer():
            row[key] = int(row[key])  # 4451, not 4451.0
    return row
