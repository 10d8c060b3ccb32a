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
and clients' figures are not the company's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .ai import has_ai_context
from .context import DocContext, stock_date
from .evidence import observation
from .folded import Folded
from .model import (
    AI_CAPEX,
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_TOTAL,
    INTEREST_EXPENSE,
    Extracted,
)
from .numbers import CellValue, currency_code, parse_cell, tidy
from .periods import (
    Period,
    find_mentions,
    is_short_header,
    month_number,
    parse_header,
    parse_period,
    quarter_of,
)
from .sentences import Segment

_I = re.IGNORECASE
_MONEY_METRICS = frozenset({AI_CAPEX, BTC_SALE_PROCEEDS, DEBT_TOTAL, INTEREST_EXPENSE})
_STOCK_METRICS = frozenset({BTC_HELD, DEBT_TOTAL})
_CAPTION_LINES = 3
_MAX_HEADER_LINES = 8

_LABEL_FOOTNOTE = re.compile(r"\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+|(?<=[a-z])\d{1,2}\b")
_BTC = Folded(r"\b(?:bitcoins?|btc|hodl)\b")
_NOT_A_QUANTITY = Folded(
    r"per\s+day|daily|average|avg|ytd|year[- ]to[- ]date|cumulative|price|value|revenue|cost|"
    r"hash|blocks?|rewards?|fees|%|pledged|loaned|restricted|equivalent|margin|efficiency|"
    r"\bwon\b|per\s+bitcoin|proceeds|\$|usd|added|additions?|increase|decrease|change|"
    r"purchased|acquired|received|customer|beginning|opening|"
    # not the company's own: the whole network or sector, or coins mined for clients
    r"network|industry|sector|aggregate|combined|peers?|miners'|clients?|hosted|colocation"
)
_ROW_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (BTC_SOLD, re.compile(r"\b(?:sold|sales?)\b", _I)),
    (BTC_HELD, re.compile(r"\b(?:held|holdings?|hodl|balance|treasury|reserve)\b", _I)),
    (
        BTC_PRODUCED,
        re.compile(r"\b(?:produced|mined|self-mined|production|earned|generated)\b", _I),
    ),
)
_PROCEEDS_LABEL = Folded(r"\bproceeds\b")
_PROCEEDS_EXCLUDE = Folded(r"average|per\s+bitcoin|price|ytd|year[- ]to[- ]date")
_CAPEX_LABEL = Folded(r"\b(?:capex|capital\s+expenditures?|capital\s+investment)\b")
_GPU_COST_LABEL = Folded(r"\bGPUs?\b[^|]{0,30}\b(?:cost|capex|purchase|spend)\b")
_DEBT_TOTAL_LABEL = Folded(r"^\s*total\s+(?:debt|borrowings|indebtedness)\b")
_INTEREST_LABEL = Folded(r"^\s*interest\s+expenses?\b(?!.*\bincome\b)")

_EXCLUDED_COLUMN = Folded(
    r"ytd|year[- ]to[- ]date|%|change|m/m|y/y|q/q|month/month|year/year|quarter/quarter|Δ|"
    r"variance|cumulative|\bvs\b"
)
_QUARTER_SPAN = Folded(r"\b(?:three|3)[- ]months?\s+ended(?:\s+(?P<mon>[A-Z][a-z]+\.?))?")
_AS_OF = Folded(r"\b(?:as\s+(?:of|at)|at|on)\s+(?=\S)")
_SPAN_RANK = {"date": 0, "month": 1, "quarter": 2, "half": 3, "year": 4}
_EACH_SPAN = Folded(
    r"\b(?P<count>one|three|six|nine|twelve|1|3|6|9|12)[- ]months?\s+ended"
    r"(?:\s+(?P<mon>[A-Z][a-z]+\.?))?"
)
_MONTHS_SPAN = Folded(r"\b(?P<count>one|three|six|nine|twelve|1|3|6|9|12)[- ]months?\b")
_SPAN_MONTHS = {"one": 1, "1": 1, "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9,
                "twelve": 12, "12": 12}  # fmt: skip
_YEAR_SPAN = Folded(r"\b(?:(?:twelve|12)[- ]months?|(?:fiscal\s+)?years?)\s+ended\b")
_SCALE = re.compile(
    r"(?P<cur>US\$|U\.S\.\s?\$|\$|RMB|C\$|USD)?\s*(?:in\s+)?(?P<scale>thousands|millions|billions)"
    r"(?:\s+of\s+(?P<cur2>U\.S\.\s+dollars|US\s+dollars|USD|RMB|Renminbi|Canadian\s+dollars|"
    r"dollars))?|(?P<cur3>US\$|\$|RMB)\s?'000",
    _I,
)
_SCALES = {"thousands": Decimal(1_000), "millions": Decimal(1_000_000),
           "billions": Decimal(1_000_000_000)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Column:
    period: Period | None
    excluded: bool = False
    # The date the header printed when the column spans a period ending there ("Year Ended
    # December 31, 2024" → 2024, dated 2024-12-31): the date of the column's balances.
    dated: Period | None = None


@dataclass(slots=True)
class Table:
    rows: list[Segment]
    caption: str = ""
    columns: list[Column] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # each column's header as printed
    header_cells: tuple[str, ...] = ()  # a header printed above the rows, one cell per line
    heading: str = ""  # the header rows' text ("($ in thousands) Balance as of: … 2024")


@dataclass(frozen=True, slots=True)
class RowFigure:
    """A row's current and prior values, kept for the derived-sale check."""

    metric: str
    current: Decimal
    prior: Decimal | None
    period: str | None
    segment: Segment


@functools.lru_cache(maxsize=512)
def row_metric(label: str) -> str | None:
    """Which metric a row label names, or None ("Average … per day", "Deployed hashrate")."""
    clean = _LABEL_FOOTNOTE.sub("", label)
    if _DEBT_TOTAL_LABEL.search(clean):
        return DEBT_TOTAL
    if _INTEREST_LABEL.search(clean):
        return INTEREST_EXPENSE
    if not _BTC.search(clean):
        return None
    if _PROCEEDS_LABEL.search(clean) and not _PROCEEDS_EXCLUDE.search(clean):
        return BTC_SALE_PROCEEDS
    if _NOT_A_QUANTITY.search(clean):
        return None
    for metric, pattern in _ROW_RULES:
        if pattern.search(clean):
            return metric
    return None


def _ai_capex_row(label: str, caption: str) -> str | None:
    """A capex row of an AI build-out table: AI words in the label or the table's caption;
    or the cost of GPUs/servers ("GPU & Equipment Cost")."""
    if _CAPEX_LABEL.search(label) and (has_ai_context(label) or has_ai_context(caption)):
        return AI_CAPEX
    if _GPU_COST_LABEL.search(label):
        return AI_CAPEX
    return None


def find_tables(segments: list[Segment]) -> Iterator[Table]:
    """Runs of consecutive rows of one kind (pipe rows or colon rows), with their captions."""
    index = 0
    while index < len(segments):
        if not segments[index].is_row:
            index += 1
            continue
        start = index
        kind = _row_kind(segments[index])
        while (
            index < len(segments) and segments[index].is_row and _row_kind(segments[index]) == kind
        ):
            index += 1
        caption = segments[max(0, start - _CAPTION_LINES) : start]
        yield Table(
            rows=segments[start:index],
            caption=" ".join(s.text for s in caption),
            header_cells=_header_lines_above(segments, start),
        )


def _header_lines_above(segments: list[Segment], start: int) -> tuple[str, ...]:
    """Header cells printed one per line with a trailing pipe, above rows joined by pipes
    ("Key Metrics |", "Three Months Ended Q1 2023 |", "Three Months Ended Q2 2023 |", "|")."""
    cells: list[str] = []
    index = start - 1
    while index >= 0 and len(cells) < _MAX_HEADER_LINES:
        text = segments[index].text.strip()
        if segments[index].is_row or not text.endswith("|"):
            break
        cell = text.strip("| ")
        if cell:
            cells.insert(0, cell)
        index -= 1
    return tuple(cells)


def _row_kind(segment: Segment) -> object:
    """Rows of one table: pipe rows, colon rows, or the rows rebuilt from one text table."""
    if segment.table >= 0:
        return segment.table
    return " | " in segment.text


def extract(table: Table, ctx: DocContext) -> tuple[list[Extracted], list[RowFigure]]:
    """Observations from a table's rows, plus the BTC row figures for derived checks."""
    data_rows = _read_header(table, ctx)
    if not table.columns and len(table.header_cells) >= 2:
        header = _header_columns(Segment("", 0, 0, table.header_cells), ctx)
        if header is not None:
            table.columns, table.headers = header
            spanned = " ".join(table.header_cells)
            table.columns = [_apply_span(column, spanned) for column in table.columns]
    if not table.columns:
        flipped = _months_as_rows(table, data_rows, ctx)
        if flipped is not None:
            return flipped, []
    reported = _reported_columns(table.columns, ctx)
    prior = _prior_column(table.columns, reported[0])
    found: list[Extracted] = []
    figures: list[RowFigure] = []
    metrics = {id(row): _metric_of(row, table) for row in data_rows}
    parts = _part_rows(data_rows, metrics)
    spans = _spans_ending_with(reported, table.columns)
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
                prior_value = _cell(row, prior)
                figures.append(
                    RowFigure(
                        metric,
                        item.value,
                        prior_value.value if prior_value else None,
                        item.period,
                        row,
                    )
                )
    return found, figures


def _metric_of(row: Segment, table: Table) -> str | None:
    return row_metric(row.cells[0]) or _ai_capex_row(row.cells[0], table.caption)


_TOTAL = Folded(r"\btotal\b")
_BTC_METRICS = (BTC_SOLD, BTC_PRODUCED, BTC_HELD)


def _part_rows(rows: list[Segment], metrics: dict[int, str | None]) -> set[int]:
    """Rows that are parts of a metric ("Bitcoin Self-Mined Lake Mariner", "… Nautilus"):
    two or more rows of one BTC metric in a table break it down. A "total" row among them is
    the figure; without one, no row is the company's figure."""
    parts: set[int] = set()
    for metric in _BTC_METRICS:
        same = [row for row in rows if metrics[id(row)] == metric and _has_number(row)]
        if len({" ".join(row.cells[0].lower().split()) for row in same}) < 2:
            continue  # one row, or the same row printed twice
        totals = [row for row in same if _TOTAL.search(row.cells[0])]
        parts.update(id(row) for row in same if not (totals and row in totals))
        if len(totals) > 1:
            parts.update(id(row) for row in totals[1:])
    return parts


_SHORT_CELL = re.compile(r"\d|^(?:[-–—]|N/?A|nil)$|/|%|change", _I)
_MAX_VALUE_CELL = 25


def is_value_row(row: Segment) -> bool:
    """A row of a label and short cells, values or column headers ("Bitcoin Sold", "(55.0)",
    "1.3 EH/s", "-"; "Metric", "Oct 2023", "Month/Month"), not wrapped prose."""
    values = row.cells[1:]
    return bool(values) and all(
        len(cell) <= _MAX_VALUE_CELL and _SHORT_CELL.search(cell.strip()) for cell in values
    )


def _has_number(row: Segment) -> bool:
    return any(parse_cell(cell) is not None for cell in row.cells[1:])


def _months_as_rows(
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
    dated = [
        (row, period)
        for row in data_rows[1:]
        if _is_pure_period(row.cells[0], ctx)
        and (period := parse_header(row.cells[0], ctx.reference)) is not None
    ]
    if not dated:
        return None
    offset = 1 if metrics[0] is None else 0  # "Month" heads the period column
    columns = [Column(period) for _, period in dated]
    found: list[Extracted] = []
    for index in _reported_columns(columns, ctx):
        row, period = dated[index]
        for position, metric in enumerate(metrics[offset:], start=offset):
            if metric is None or position + 1 - offset >= len(row.cells):
                continue
            cell = parse_cell(row.cells[position + 1 - offset])
            if cell is None or (metric not in _MONEY_METRICS and cell.currency is not None):
                continue
            stock = metric in _STOCK_METRICS
            label = (stock_date(period) if stock else period).label(as_of=stock)
            evidence = _cell_segment(row, position - offset, ctx)
            item = _valued(table, row, metric, cell, label, evidence, head.cells[position])
            if item is not None:
                found.append(_labelled(item, head.cells[position], row.cells[0]))
    return found


def _reported_columns(columns: list[Column], ctx: DocContext) -> list[int]:
    """The column(s) the document reports: those inside its own period (a quarterly release's
    months), else the latest period; the first value column when no header names one."""
    dated = [
        (column.period, index)
        for index, column in enumerate(columns)
        if column.period is not None and not column.excluded
    ]
    if not dated:
        return [0]
    if ctx.report is not None:
        inside = [index for period, index in dated if _within(period, ctx.report)]
        if inside:
            return inside
    latest = max(period.last_day() for period, _ in dated)
    # the shortest period ending last is the report's ("Three Months Ended June 30" before
    # "Six Months Ended June 30"); the longer ones join it in `_spans_ending_with`
    ending = [(_SPAN_RANK[period.granularity], index) for period, index in dated
              if period.last_day() == latest]  # fmt: skip
    return [min(ending)[1]]


def _spans_ending_with(chosen: list[int], columns: list[Column]) -> list[int]:
    """Whole quarter, half or year columns that end with the reported columns and hold them
    ("One Month June 30, 2024 | Six Months June 30, 2024"): each is its own named period."""
    periods: dict[int, Period] = {
        index: column.period
        for index, column in enumerate(columns)
        if column.period is not None and not column.excluded
    }
    reported = [periods[index] for index in chosen if index in periods]
    if not reported:
        return []
    end = max(period.last_day() for period in reported)
    return [
        index
        for index, period in periods.items()
        if index not in chosen
        and not period.is_date
        and period.month is None
        and period.last_day() == end
        and any(_within(inner, period) for inner in reported)
    ]


def _within(period: Period, report: Period) -> bool:
    """Is a column's period the report's own, or a month of a reported quarter or year?"""
    if period.year != report.year or period.is_date:
        return period.is_date and period.last_day() == report.last_day()
    if report.month is not None:
        return period.month == report.month and period.quarter is None
    if report.quarter is not None:
        if period.quarter is not None:
            return period.quarter == report.quarter
        return period.month is not None and quarter_of(period.month) == report.quarter
    if report.half is not None:
        if period.half is not None:
            return period.half == report.half
        return period.last_day().month <= 6 if report.half == 1 else period.last_day().month > 6
    return period.month is None and period.quarter is None and period.half is None


def _prior_column(columns: list[Column], current: int) -> int | None:
    """The latest dated column before the current one (for the derived-sale check)."""
    if not columns or columns[current].period is None:
        return 1 if len(columns) != 1 else None
    ends = columns[current].period.last_day()
    earlier = [
        (column.period.last_day(), index)
        for index, column in enumerate(columns)
        if column.period is not None and not column.excluded and column.period.last_day() < ends
    ]
    return max(earlier)[1] if earlier else None


def _read_header(table: Table, ctx: DocContext) -> list[Segment]:
    """Set `table.columns` from header rows; return the data rows."""
    data: list[Segment] = []
    header_text = table.caption
    for row in table.rows:
        if not data and _names_spans(row):
            header_text += " " + row.text  # "Three Months Ended Sep 30, | Nine Months Ended …"
            table.heading += " " + row.text
            continue
        header = None if data else _header_columns(row, ctx)
        if header is not None:
            table.columns, table.headers = header
            header_text += " " + row.text
            table.heading += " " + row.text
            continue
        data.append(row)
    table.columns = _apply_spans(table.columns, header_text)
    return data


def _names_spans(row: Segment) -> bool:
    """A header row of spans over the year columns below it, and nothing else."""
    cells = [cell for cell in row.cells if cell.strip(" |")]
    return len(cells) >= 2 and all(_EACH_SPAN.search(cell) for cell in cells)


def _apply_spans(columns: list[Column], header_text: str) -> list[Column]:
    """ "Three Months Ended September 30, | Nine Months Ended September 30," over "2025 | 2024
    | 2025 | 2024": each span heads its share of the dated columns, in order (a nine-month
    column is year-to-date: excluded). One span heads them all."""
    spans = list(_EACH_SPAN.finditer(header_text))
    dated = [index for index, column in enumerate(columns) if column.period is not None]
    if len({span["count"].lower() for span in spans}) < 2 or len(dated) % len(spans):
        return [_apply_span(column, header_text) for column in columns]
    share = len(dated) // len(spans)
    spanned = list(columns)
    for position, index in enumerate(dated):
        span = spans[position // share]
        spanned[index] = _spanned_by(columns[index], _SPAN_MONTHS[span["count"].lower()], span)
    return spanned


def _spanned_by(column: Column, months: int, span: re.Match[str]) -> Column:
    period = column.period
    assert period is not None
    month = period.month or _span_month(span["mon"])
    if months == 9 or month is None:
        return Column(period, excluded=True)
    day = Period.of_month(period.year, month).last_day()
    printed = _printed_date(period)
    if months == 3:
        return Column(Period.of_quarter(period.year, quarter_of(month)), column.excluded, printed)
    if months == 6:
        half = Period.of_half(period.year, 1 if day.month <= 6 else 2)
        return Column(half, column.excluded, printed)
    if months == 12:
        return Column(Period.of_year(period.year), column.excluded, printed)
    return Column(Period.of_month(period.year, month), column.excluded, printed)


def _header_columns(row: Segment, ctx: DocContext) -> tuple[list[Column], list[str]] | None:
    """Columns named by a header row; None when the row is not a header.

    A header has no metric label and names at least one period. Its first cell is a column
    only when it is nothing but a period ("May 2024 | April 2024"); otherwise it labels the
    label column ("Metrics", "Three months ended December 31,"). Cells that name no period
    ("Unit", "% change") become excluded columns so the others stay aligned.
    """
    cells = list(row.cells)
    if cells and cells[0].startswith("|"):  # " | 2025 | 2024": the label cell is empty
        cells = ["", cells[0].lstrip("| "), *cells[1:]]
    if len(cells) < 2:
        return None
    first = _header_cell(cells[0], ctx)
    value_cells = cells if first is not None and _is_pure_period(cells[0], ctx) else cells[1:]
    columns = [_header_cell(cell, ctx) or Column(None, excluded=True) for cell in value_cells]
    if not any(column.period is not None and not column.excluded for column in columns):
        return None
    return columns, value_cells


def _header_cell(cell: str, ctx: DocContext) -> Column | None:
    if _EXCLUDED_COLUMN.search(cell):
        return Column(parse_header(cell, ctx.reference), excluded=True)
    period = parse_header(cell, ctx.reference)
    if period is None:
        return None
    return _spanned(cell, period) or Column(period)


def _spanned(cell: str, period: Period) -> Column | None:
    """ "Six Months June 30, 2024": a column of months ending at a date is that span (H1);
    nine months is a year-to-date column."""
    span = _MONTHS_SPAN.search(cell)
    if span is None or not period.is_date:
        return None
    months = _SPAN_MONTHS[span["count"].lower()]
    day = period.last_day()
    if months == 1:
        return Column(Period.of_month(day.year, day.month), dated=period)
    if months == 3:
        return Column(Period.of_quarter(day.year, quarter_of(day.month)), dated=period)
    if months == 6:
        return Column(Period.of_half(day.year, 1 if day.month <= 6 else 2), dated=period)
    if months == 12:
        return Column(Period.of_year(day.year), dated=period)
    return Column(period, excluded=True)


def _is_pure_period(cell: str, ctx: DocContext) -> bool:
    """ "Jan 2026" or "1/31/2025", not "For the three months ended" or "Metrics"."""
    if is_short_header(cell):
        return True
    remainder = cell
    for mention in find_mentions(cell, ctx.reference):
        remainder = remainder.replace(cell[mention.start : mention.end], " ")
    return sum(char.isalpha() for char in remainder) < 3


def _apply_span(column: Column, header_text: str) -> Column:
    """ "Three months ended March 31" + a "2025" column → 2025-Q1; a year-ended table → 2025."""
    period = column.period
    if period is None:
        return column
    quarter_span = _QUARTER_SPAN.search(header_text)
    if quarter_span:
        month = period.month or _span_month(quarter_span["mon"])
        if month is not None and period.quarter is None:
            quarter = Period.of_quarter(period.year, quarter_of(month))
            return Column(quarter, column.excluded, _printed_date(period))
    elif _YEAR_SPAN.search(header_text) and period.quarter is None:
        return Column(Period.of_year(period.year), column.excluded, _printed_date(period))
    return column


def _printed_date(period: Period) -> Period | None:
    return period if period.is_date else None


def _span_month(name: str | None) -> int | None:
    try:
        return month_number(name) if name else None
    except KeyError:
        return None


def _cell(row: Segment, index: int | None) -> CellValue | None:
    if index is None or index + 1 >= len(row.cells):
        return None
    return parse_cell(row.cells[index + 1])


def _row_observation(
    table: Table, row: Segment, metric: str, current: int, ctx: DocContext
) -> Extracted | None:
    cell = _cell(row, current)
    if cell is None:
        return None
    period = _row_period(table, row, current, ctx)
    stock = metric in _STOCK_METRICS
    if stock and period is not None and _column_period(table, current) is not None:
        column = table.columns[current]
        # held under a "January 2025" column: at Jan 31; under "Year Ended December 31, 2024":
        # at the date the header printed
        from_column = column.dated is not None and period == column.period
        period = column.dated if from_column and column.dated else stock_date(period)
    label = period.label(as_of=stock) if period else None
    if metric not in _MONEY_METRICS and cell.currency is not None:
        return None
    header = _column_header(table, current)
    item = _valued(table, row, metric, cell, label, _cell_segment(row, current, ctx), header)
    return None if item is None else _labelled(item, row.cells[0], header)


def _valued(
    table: Table,
    row: Segment,
    metric: str,
    cell: CellValue,
    label: str | None,
    evidence: Segment,
    header: str | None,
) -> Extracted | None:
    if metric not in _MONEY_METRICS:
        return observation(evidence, metric, cell.value, "BTC", label)
    scale, currency = _money_scale(
        row.cells[0] + " " + (header or ""), f"{table.caption} {table.heading} {row.text}"
    )
    currency = cell.currency or currency
    if currency is None:
        return None  # a money row with no currency anywhere: we will not guess USD
    value = tidy(abs(cell.value) * (Decimal(1) if cell.scaled else scale))
    return observation(evidence, metric, value, currency, label, currency=currency)


def _labelled(item: Extracted, row_label: str, column_label: str | None) -> Extracted:
    return replace(item, row_label=row_label, column_label=column_label)


def _column_period(table: Table, current: int) -> Period | None:
    if current < len(table.columns):
        return table.columns[current].period
    return None


def _column_header(table: Table, current: int) -> str | None:
    if current < len(table.headers):
        return table.headers[current]
    return None


def _cell_segment(row: Segment, index: int, ctx: DocContext) -> Segment:
    """Evidence for one cell: a row rebuilt from a text table is quoted from its label to
    the cell (its values may sit on separate lines); a one-line row is quoted whole."""
    if not row.spans or index + 1 >= len(row.spans) or ctx.text is None:
        return row
    end = row.spans[index + 1][1]
    return Segment(ctx.text[row.start : end], row.start, end)


def _row_period(table: Table, row: Segment, current: int, ctx: DocContext) -> Period | None:
    from_label = parse_period(row.cells[0], ctx.reference)
    if from_label is not None:
        return from_label
    if current < len(table.columns) and table.columns[current].period is not None:
        return table.columns[current].period
    return _dated_after(row, ctx) or ctx.fallback()


def _dated_after(row: Segment, ctx: DocContext) -> Period | None:
    """ "Total Bitcoin holdings: 160.5 BTC (approx. $10.2 million) as of June 30, 2024": a
    "Label: value" row dates its figure after the value."""
    if row.table >= 0 or len(row.cells) != 2 or " | " in row.text:
        return None
    value = row.text.find(row.cells[1])
    tail = _AS_OF.search(row.text, value + len(row.cells[1])) if value >= 0 else None
    if tail is None:
        return None
    period = parse_period(row.text[tail.end() :], ctx.reference)
    return period if period is not None and period.is_date else None


def _money_scale(label: str, context: str) -> tuple[Decimal, str | None]:
    """Scale and currency from the label ("($ in millions)") or else the caption."""
    for text in (label, context):
        match = _SCALE.search(text)
        if match is None:
            continue
        marker = match["cur"] or match["cur2"] or match["cur3"]
        scale = _SCALES.get((match["scale"] or "thousands").lower(), Decimal(1))
        return scale, _currency_from_words(marker) if marker else None
    return Decimal(1), None


def _currency_from_words(marker: str) -> str:
    words = marker.lower()
    if "rmb" in words or "renminbi" in words:
        return "RMB"
    if "canadian" in words:
        return "CAD"
    if "dollars" in words:
        return "USD"
    return currency_code(marker)
