"""`monitor series ENTITY METRIC`: a metric's figures by period, the latest stored for each
period (so a restatement replaces what it restates), oldest period first. With `--explain`,
each figure's provenance: the facts summed (signed), each with its filing (accession, form,
filed date), and how the figure was read when the facts alone do not say it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from monitor.output import FORMATS, render
from monitor.store import entities, series, tables
from monitor.store.db import make_engine, session_factory, upgrade
from monitor.vocabulary.payloads import MetricPayload

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
@click.option(
    "--explain", is_flag=True, help="show each figure's provenance: facts, filings, method"
)
@click.pass_obj
def series_command(
    ctx: Any, entity: str, metric: str, by: str | None, fmt: str, explain: bool
) -> None:
    """Print METRIC's time series for ENTITY, e.g. `monitor series CANG btc_held` (by month)
    or `monitor series TSLA debt_total_usd --explain`."""
    engine = make_engine(ctx.settings.database_url)
    if engine.dialect.name == "sqlite":
        upgrade(engine)
    try:
        with session_factory(engine)() as session:
            stored = entities.event_names(session)["entities"]
            entity = entities.stored_spelling(entity, stored) or entity  # "cang" is CANG
            points = series.metric_series(session, entity, metric, by)  # type: ignore[arg-type]
            known = [] if points else series.entity_metrics(session, entity)
            rows = [_row(p) for p in points]
            if explain:
                for row in rows:
                    row.update(_provenance(session.get(tables.Event, row["event_id"])))
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
    columns = COLUMNS + (["method", "provenance", "note"] if explain and fmt != "table" else [])
    click.echo(render(rows, columns, fmt))
    if explain and fmt == "table" and rows:
        click.echo("")
        click.echo("\n".join(line for row in rows for line in _explained(row)))


def _provenance(event: tables.Event | None) -> dict[str, Any]:
    """What a stored figure says of its own making (XBRL figures carry it in the payload)."""
    if event is None:
        return {"method": None, "provenance": [], "note": None}
    made = MetricPayload.from_event(event).provenance
    return {"method": made.method, "provenance": list(made.parts), "note": made.note}


def _explained(row: dict[str, Any]) -> list[str]:
    """`period  fact (form accession, filed date)` lines, signed, then `= value unit`."""
    parts = row["provenance"]
    head = f"{row['period']}  "
    pad = " " * len(head)
    if not parts:
        lines = [head + (row["note"] or "no provenance recorded (not an XBRL figure)")]
        return lines if not row["note"] else [*lines, f"{pad}= {row['value']:,} {row['unit']}"]
    lines = []
    for index, part in enumerate(parts):
        sign = ("- " if part["value"] < 0 else "+ ") if index else ""
        period = f"{part['start']}..{part['end']}" if part.get("start") else part["end"]
        lines.append(
            f"{head if index == 0 else pad}{sign}{part['concept']} {abs(part['value']):,.0f}"
            f" [{period}] ({part['form']} {part['accession']}, filed {part['filed']})"
        )
    lines.append(f"{pad}= {row['value']:,} {row['unit']} ({row['method']})")
    if row["note"]:
        lines.append(f"{pad}{row['note']}")
    return lines


def _row(point: series.SeriesPoint) -> dict[str, Any]:
    row = asdict(point)
    for key in ("value", "restated_from"):
        if isinstance(row[key], float) and row[key].is_integer():
            row[key] = int(row[key])  # 4451, not 4451.0
    return row
