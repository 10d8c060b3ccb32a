"""Tables read across: periods as rows ("Month | BTC Produced | BTC Sold"), or a peer table.

A table whose header names metrics and whose rows are periods is read row by row for the
reported periods; a peer table (`peer_rows`) gives only the document's company's figures.
"""

from __future__ import annotations

import re

from .balance_dates import stock_date
from .context import DocContext
from .model import Extracted
from .numbers import parse_cell
from .peer_rows import own_company_row, unpiped
from .periods import Period, parse_header, parse_period
from .sentences import Segment
from .skipping import skipping
from .table_cells import cell_segment, labelled
from .table_columns import reported_columns
from .table_headers import is_pure_period
from .table_model import MONEY_METRICS, STOCK_METRICS, Column, Table
from .table_money import valued
from .table_rows import row_metric


def months_as_rows(
    table: Table, data_rows: list[Segment], ctx: DocContext
) -> list[Extracted] | None:
    """A table whose header names metrics and whose rows are periods ("Month | BTC Produced |
    BTC Sold"): each period row is read across, and the reported periods are kept."""
    if len(data_rows) < 2:
        return None
    head = data_rows[0]
    if any(parse_cell(cell) is not None for cell in head.cells):
        return None  # a header names things; a row with a number in it is data
    metrics = [row_metric(cell) for cell in head.cells]
    if not any(metrics):
        return None
    dated = _period_rows(data_rows[1:], ctx)
    if not dated:
        return None
    columns = [Column(period) for _, period in dated]
    found: list[Extracted] = []
    for index in reported_columns(columns, ctx):
        row, period = dated[index]
        found.extend(_read_across(table, head, metrics, row, period, ctx))
    return found


def _period_rows(rows: list[Segment], ctx: DocContext) -> list[tuple[Segment, Period]]:
    """The rows headed by a period alone, each with its period."""
    return [
        (row, period)
        for row in rows
        if is_pure_period(row.cells[0], ctx)
        and (period := parse_header(row.cells[0], ctx.reference)) is not None
    ]


def _read_across(
    table: Table,
    head: Segment,
    metrics: list[str | None],
    row: Segment,
    period: Period,
    ctx: DocContext,
) -> list[Extracted]:
    """The figures of one period row, each under its header's metric."""
    offset = 1 if metrics[0] is None else 0  # "Month" heads the period column
    found: list[Extracted] = []
    for position, metric in enumerate(metrics[offset:], start=offset):
        if metric is None or position + 1 - offset >= len(row.cells):
            continue
        if _other_year(head.cells[position], period, ctx):
            continue  # "September" under "BTC Mined 2022" beside "BTC Mined 2023"
        cell = parse_cell(row.cells[position + 1 - offset])
        if cell is None or (metric not in MONEY_METRICS and cell.currency is not None):
            continue
        stock = metric in STOCK_METRICS
        label = (stock_date(period) if stock else period).label(as_of=stock)
        evidence = cell_segment(row, position - offset, ctx)
        item = valued(table, row, metric, cell, label, evidence, head.cells[position])
        if item is not None:
            found.append(labelled(item, head.cells[position], row.cells[0]))
    return found


_YEAR = skipping(re.compile(r"\b((?:19|20)\d\d)\b"))


def _other_year(header: str, period: Period, ctx: DocContext) -> bool:
    """Does a metric column's header name a year other than the row period's (a
    comparative column: "BTC Mined 2022" in a 2023 table)?"""
    if parse_period(header, ctx.reference) is not None:
        return False  # a month or quarter in the header is read elsewhere
    years = {int(year) for year in _YEAR.findall(header)}
    return bool(years) and period.year not in years


def companies_as_rows(
    table: Table, data_rows: list[Segment], ctx: DocContext
) -> list[Extracted] | None:
    """A peer table's own row (`peer_rows`), read cell by cell."""
    peer = own_company_row(data_rows, ctx.entity)
    if peer is None:
        return None
    metrics = [row_metric(cell) for cell in peer.headers]
    if not any(metrics):
        return None
    # beside "Bitcoin mined", a bare "Holdings" or "Sold" counts bitcoin too
    metrics = [
        metric or row_metric(f"{cell} BTC")
        for metric, cell in zip(metrics, peer.headers, strict=True)
    ]
    period = parse_period(f"{table.caption} {peer.title}", ctx.reference) or ctx.fallback()
    found: list[Extracted] = []
    for row in peer.rows:
        for index, metric in enumerate(metrics, start=1):
            item = _peer_cell(table, row, metric, index, period, ctx)
            if item is not None:
                found.append(labelled(item, unpiped(row.cells[0]), peer.headers[index - 1]))
    return found


def _peer_cell(
    table: Table,
    row: Segment,
    metric: str | None,
    index: int,
    period: Period | None,
    ctx: DocContext,
) -> Extracted | None:
    if metric is None or index >= len(row.cells):
        return None
    cell = parse_cell(unpiped(row.cells[index]))
    if cell is None or (metric not in MONEY_METRICS and cell.currency is not None):
        return None
    stock = metric in STOCK_METRICS
    dated = (stock_date(period) if stock else period) if period else None
    label = dated.label(as_of=stock) if dated else None
    evidence = cell_segment(row, index - 1, ctx)
    return valued(table, row, metric, cell, label, evidence, None)
