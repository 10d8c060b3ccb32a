"""Metrics from table rows ("Total number of Bitcoins sold | 550.03 | -") and "Label: value" rows.

A table is a run of consecutive rows plus the few lines just above it (its caption: "(US$ in
thousands)", "Three Months Ended March 31,"). Header rows give each value column a period;
the figure is taken from the *current* column — the shortest of the latest periods that is
not a YTD, change or percentage column — or from the first value column when there is no
header; a whole quarter, half or year column ending with it is its own period and is read
too. Span headers ("Three Months Ended …", "Six Months June 30, 2024") turn the dates or years
under them into quarters, halves and years, each span over its share of the columns; nine
months is year-to-date. A dash in the current column means none (0). Row labels are
classified after dropping footnote markers; opening balances, the network's, the sector's
and clients' figures are not the company's. A balance row dated in its own label before the
report's period, or a roll-forward's opening row, is a comparative. A debt schedule's loan
rows (`debt_schedule`) give each loan's balance under an as-of column; a peer table's rows
(`peer_rows`) give only the document's company's figures; a tile (`tiles`) gives the level
its headline rose or fell to.

Each step is a module of its own: finding tables (`table_find`), what a table is
(`table_model`), header rows and span headers (`table_headers`, `table_spans`), the current
column (`table_columns`), a row's metric (`table_rows`; a balance sheet's debt portion beside
none: `table_portions`) and the rows that are not the figure (`table_parts`), a cell's value
and money scale (`table_cells`, `table_money`), a figure's date (`table_dates`), and tables
read across (`table_across`). This one reads a row's cells.
"""

from __future__ import annotations

from decimal import Decimal

from . import schedule_totals, table_continuity, table_maturities, table_screen
from .balance_dates import stock_date
from .context import DocContext
from .folded import Folded
from .listed_holdings import listed_day
from .model import BTC_HELD, BTC_PRODUCED, DEBT_TOTAL, INTEREST_EXPENSE, Extracted
from .periods import Period
from .schedule_lenders import lender_rows
from .sentences import Segment
from .table_across import companies_as_rows, months_as_rows
from .table_asof import above_rows, heading_day, portions_total, table_date
from .table_blocks import reported_block
from .table_cell_lines import printed_head
from .table_cells import cell_segment, cell_value, labelled
from .table_columns import (
    column_header,
    column_period,
    prior_column,
    reported_columns,
    spans_ending_with,
)
from .table_dates import before_report, dated_before_report, period_ended, row_period
from .table_find import find_tables, is_value_row
from .table_headers import read_columns
from .table_model import MONEY_METRICS, STOCK_METRICS, Column, RowFigure, Table
from .table_money import valued
from .table_parts import part_rows, superseded_rows
from .table_portions import sole_portions
from .table_rows import is_instrument, metric_of, row_metric

# The pipeline reads tables through this module: finding them, their rows, and their figures.
__all__ = ["RowFigure", "Table", "extract", "find_tables", "is_value_row", "row_metric"]


def extract(table: Table, ctx: DocContext) -> tuple[list[Extracted], list[RowFigure]]:
    """Observations from a table's rows, plus the BTC row figures for derived checks."""
    if table_continuity.is_continuity(table.rows):
        return table_continuity.extract(table.rows, ctx), []  # coins rolled forward
    if table_maturities.is_schedule(table):
        return table_maturities.extract(table, ctx), []  # each loan's principal due by year
    if not table_screen.may_yield(table):
        return [], []  # no cell names a metric: the table gives no figure (`table_screen`)
    data_rows = reported_block(table, read_columns(table, ctx), ctx)
    turned = None if table.columns else _turned_layout(table, data_rows, ctx)
    if turned is not None:
        return turned, []
    reported = _reported(table, ctx)
    if not reported:
        return [], []  # the comparative table "as of December 31, 2024"
    prior = prior_column(table.columns, reported[0])
    found: list[Extracted] = []
    figures: list[RowFigure] = []
    loans: list[Extracted] = []  # the loan rows' balances, checked against the stated total
    labels: dict[int, str] = {}  # each balance's row label
    metrics = _row_metrics(table, data_rows, reported)
    parts = part_rows(data_rows, metrics, ctx) | superseded_rows(data_rows, metrics, ctx)
    spans = spans_ending_with(reported, table.columns)
    for row in data_rows:
        metric = metrics[id(row)]
        if metric is None or id(row) in parts:
            continue
        for current in reported + spans:
            item = _row_observation(table, row, metric, current, ctx)
            if item is None:
                continue
            found.append(item)
            last = current == reported[-1]  # the month a derived sale is checked for
            if item.value is not None and metric in (BTC_HELD, BTC_PRODUCED) and last:
                figures.append(_row_figure(metric, item.value, item.period, row, prior))
            total = row.cells[0].strip(" |").lower().startswith("total")  # "Total principal"
            if metric == DEBT_TOTAL and is_instrument(row, metric) and not total:
                loans.append(item)
            if metric == DEBT_TOTAL:
                labels[id(item)] = row.cells[0]
    return _checked_loans(_schedule_totals(found, loans, labels), loans), figures


def _turned_layout(
    table: Table, data_rows: list[Segment], ctx: DocContext
) -> list[Extracted] | None:
    """A table with no columns read: months as its rows, or companies as its rows (else None)."""
    flipped = months_as_rows(table, data_rows, ctx)
    if flipped is not None:
        return flipped
    return companies_as_rows(table, data_rows, ctx)


def _reported(table: Table, ctx: DocContext) -> list[int]:
    """The reporting columns; a balance sheet's whole-debt column when its debt is split into
    portions (not the current or long-term portion of each balance), none for a comparative
    table dated before the report."""
    reported = reported_columns(table.columns, ctx)
    whole = portions_total(table)
    if whole is None:
        return reported
    dated = table_date(table, ctx)
    if dated is not None and before_report(dated, ctx):
        return []
    table.heading += " " + above_rows(table)  # "(in thousands)", "Debt outstanding …"
    return [whole]


def _row_metrics(table: Table, rows: list[Segment], reported: list[int]) -> dict[int, str | None]:
    """Each row's metric, by identity; a balance sheet's debt portion beside none is the whole
    debt (`table_portions`); a lender's row the schedule's total adds up is a loan."""
    metrics = {id(row): metric_of(row, table) for row in rows}
    metrics.update(sole_portions(table, rows, metrics, reported))
    if DEBT_TOTAL in metrics.values():
        # rows named only for a lender, which the schedule's total adds up (`schedule_lenders`)
        metrics.update(lender_rows(rows, metrics, reported[0]))
    return metrics


def _schedule_totals(
    found: list[Extracted], loans: list[Extracted], labels: dict[int, str]
) -> list[Extracted]:
    """The loan row adding up the loans above it is their total (`schedule_totals`); a total
    net of discount beside the gross total is dropped."""
    if not loans:
        return found
    adding = schedule_totals.adding_rows(loans)
    loans[:] = [item for item in loans if id(item) not in adding]
    loan_ids = {id(item) for item in loans}
    totals = [item for item in found if item.metric == DEBT_TOTAL and id(item) not in loan_ids]
    net = schedule_totals.net_of_gross(totals, labels)
    return [item for item in found if id(item) not in net]


_ROUNDING = Decimal("1.005")  # rows printed in thousands may round their sum up a little


def _checked_loans(found: list[Extracted], loans: list[Extracted]) -> list[Extracted]:
    """A schedule's loan rows must not add up to more than its stated total at the same date:
    when they do, the rows were cut out of line with the columns (a cell was lost), and only
    the total is kept. (Rows adding up to less may leave out a line of other debt.)"""
    if not loans:
        return found
    loan_ids = {id(item) for item in loans}
    for period in {item.period for item in loans}:
        totals = [item.value for item in found if item.metric == DEBT_TOTAL
                  and id(item) not in loan_ids and item.period == period
                  and item.value is not None]  # fmt: skip
        parts = sum(item.value for item in loans if item.period == period and item.value)
        if totals and parts > max(totals) * _ROUNDING:
            found = [item for item in found if not (id(item) in loan_ids and item.period == period)]
    return found


def _row_figure(
    metric: str, current: Decimal, period: str | None, row: Segment, prior: int | None
) -> RowFigure:
    """A BTC row's current figure with its prior column's value, for the derived-sale check."""
    prior_value = cell_value(row, prior)
    return RowFigure(metric, current, prior_value.value if prior_value else None, period, row)


def _row_observation(
    table: Table, row: Segment, metric: str, current: int, ctx: DocContext
) -> Extracted | None:
    cell = cell_value(row, current)
    if cell is None or (cell.dash and is_instrument(row, metric)):
        return None
    period = row_period(table, row, current, ctx)
    if metric in STOCK_METRICS and not is_instrument(row, metric) and dated_before_report(row, ctx):
        return None
    if is_instrument(row, metric):
        # the loan's dates are its terms; its balance is the one an as-of column dates (a
        # quarter's or a year's column is a flow statement's: "Borrowings under facility")
        period = _as_of(table, current) or column_period(table, current) or table_date(table, ctx)
        if period is None or not period.is_date:
            return None
    if metric == INTEREST_EXPENSE and period is not None and period.is_date:
        period = period_ended(period, ctx)
        if period is None:
            return None
    stock = metric in STOCK_METRICS
    if stock and not table.columns:
        # "… outstanding as of June 30, 2025:", "Bitcoin Holdings as of December 9, 2024"
        period = table_date(table, ctx) or heading_day(table, ctx) or period
    if stock and period is not None and column_period(table, current) is not None:
        period = _stock_date(table.columns[current], period)
    label = period.label(as_of=stock) if period else None
    if metric == BTC_HELD:
        label = listed_day(ctx, row, label)  # a monthly update's list (README, case 21)
    if metric not in MONEY_METRICS and cell.currency is not None:
        return None
    header = column_header(table, current)
    evidence = cell_segment(row, current, ctx)
    item = valued(table, row, metric, cell, label, evidence, header, _dollar(ctx))
    printed = printed_head(table, current, ctx.text) or header
    return None if item is None else labelled(item, _printed_label(row), printed)


def _printed_label(row: Segment) -> str:
    """The row's label as printed: none for a total line the page prints without one (its
    label cell, "Total", is the reader's: `unlabelled_totals`)."""
    if row.spans and row.spans[0][0] == row.spans[0][1]:
        return ""
    return row.cells[0]


_SPAN_WORDS = Folded(r"\b(?:ended|ending|months?|quarters?|years?|weeks?)\b")


def _as_of(table: Table, current: int) -> Period | None:
    """The date a column headed by a bare date ("March 31, 2025") stands for: a balance's,
    also where the page's "3 Months Ended Mar. 31, 2025" made the column read as the quarter
    (a flow statement's "Three Months Ended" heads are no such date)."""
    header = column_header(table, current)
    if current >= len(table.columns) or header is None:
        return None
    if _SPAN_WORDS.search(header) or _SPAN_WORDS.search(table.heading):
        return None  # the table's own heads speak of periods ("Three Months Ended")
    return table.columns[current].dated


def _dollar(ctx: DocContext) -> str | None:
    """The currency of a plain "$", when the document prints amounts with one."""
    return ctx.dollar if ctx.text is not None and "$" in ctx.text else None


def _stock_date(column: Column, period: Period) -> Period:
    """The day a balance under a column is at: under "January 2025", Jan 31; under "Year Ended
    December 31, 2024", the date the header printed."""
    from_column = column.dated is not None and period == column.period
    return column.dated if from_column and column.dated else stock_date(period)
