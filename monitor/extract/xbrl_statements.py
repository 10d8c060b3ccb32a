"""A filing's XBRL statement page flattened one cell a line: its "Interest expense" row.

An EDGAR mirror prints the viewer's statement of operations with every cell on a line of its
own and the empty cells dropped:

    CONSOLIDATED STATEMENTS OF OPERATIONS …
    |12 Months Ended          (the span groups: one, or several of equal width)
    |
    Dec. 31, 2023             (one column: its date, then its unit lines)
    CNY (¥)
    ¥ / shares
    |
    Dec. 31, 2023
    USD ($)
    …
    |Interest expense          (a line item, then one line per non-empty cell)
    |(31,379,168)
    |(4,419,663)
    …

The columns are read from the header: each date line opens one, and the unit line under it
("CNY (¥)", "USD ($)") names its currency (else the page title's "- USD ($)"). Several span
groups ("|3 Months Ended", "|9 Months Ended") share the columns equally when each share lists
the same dates. A line item is read only when it prints a value in every column (a shorter row's
columns cannot be told). The current columns are the shortest span's (a quarter's three months,
else a year's twelve; six or nine months are year to date, README decided case 42) at its latest
date, ended before publication: one figure per currency (Values and units: never converted).
Only the interest expense row is read here (`table_rows.row_metric`); values are scaled by the
page's "in Thousands/Millions" stated for money ("shares in Millions, $ in Thousands": thousands).
A related party's interest row ("Interest expense - related party") is a part of the interest
(README rule 3): read only when the page prints no other interest row.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period, month_number, quarter_of

from .evidence import observation
from .model import INTEREST_EXPENSE, Extracted
from .numbers import AMOUNT_AS_PRINTED
from .sentences import Segment
from .share_scale import for_shares
from .table_rows import row_metric

_GROUP = re.compile(r"^\|\s*(?P<months>\d{1,2}) Months Ended\s*$")
_DATE = re.compile(
    r"^\|?\s*(?P<mon>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}), (?P<year>(?:19|20)\d\d)\s*$"
)
_VALUE = re.compile(
    r"^\|\s*(?:US\$|\$|¥|RMB|CNY|€|£)?\s?(?P<open>\()?\s?(?:US\$|\$|¥)?\s?"
    rf"(?P<number>{AMOUNT_AS_PRINTED})\)?\s*$|^\|\s*[-–—]\s*$"
)
_CURRENCY_LINE = re.compile(r"^\|?\s*(?P<code>[A-Z]{3}) \([^)]{1,3}\)\s*$")
_TITLE_CURRENCY = re.compile(r"-\s+(?P<code>[A-Z]{3}) \([^)]{1,3}\)\s*$", re.M)
_SCALE = re.compile(r"\bin (?P<unit>Thousands|Millions)\b")
_SCALES = {"Thousands": Decimal(1000), "Millions": Decimal(1_000_000)}
# "Interest expense - related party": a part of the interest under its total row.
_PART = re.compile(r"\brelated[\s-]part(?:y|ies)\b", re.IGNORECASE)
_CODES = {"CNY": "RMB"}  # (README Values and units: the renminbi is RMB)
_HEAD_LINES = 60  # the title, span groups and column headers come first
_REACH = 20_000
_QUARTER_MONTHS, _YEAR_MONTHS = 3, 12
_DETAILS_HEAD = 600


def find_statement_interest(text: str, published: dt.date | None) -> list[Extracted]:
    """The interest expense of a flattened XBRL statement page in `text` (see above)."""
    if "Months Ended" not in text or "nterest expense" not in text:  # (substring tests first)
        return []
    if "(Details" in text[:_DETAILS_HEAD]:
        return []  # a details page: its rows are per facility (`xbrl_details`)
    lines = text[:_REACH].split("\n")
    groups = [(k, int(m["months"])) for k, line in enumerate(lines[:_HEAD_LINES])
              if (m := _GROUP.match(line))]  # fmt: skip
    if not groups:
        return []
    head_end, columns = _columns(lines, groups[-1][0] + 1)
    if not columns or len(columns) % len(groups):
        return []
    width = len(columns) // len(groups)
    shares = [columns[k * width : (k + 1) * width] for k in range(len(groups))]
    if any([day for day, _ in share] != [day for day, _ in shares[0]] for share in shares):
        return []  # the groups' columns cannot be told apart
    months = [span for _, span in groups]
    span = min(months)
    if span not in (_QUARTER_MONTHS, _YEAR_MONTHS):
        return []
    share = months.index(span)
    latest = max(day for day, _ in shares[share])
    period = _period(latest, span)
    if period is None or (published is not None and latest.last_day() > published):
        return []
    head = "\n".join(lines[:head_end])
    scale = next((m for m in _SCALE.finditer(head) if not for_shares(head, m.start("unit"))), None)
    factor = _SCALES[scale["unit"]] if scale else Decimal(1)  # ("shares in Millions": shares)
    title = _TITLE_CURRENCY.search(head)
    default = title["code"] if title else "USD"
    wanted = [
        (share * width + k, code or default)
        for k, (day, code) in enumerate(shares[share])
        if day == latest
    ]
    return _rows(lines, head_end, len(columns), wanted, factor, period)


def without_covered(found: list[Extracted], read: list[Extracted]) -> list[Extracted]:
    """`found` without another reader's interest expense from the page rows `read` came from
    (its columns were not told apart there), plus `read`."""
    if not read:
        return found
    end = max(item.end for item in read)
    kept = [item for item in found if not (item.metric == INTEREST_EXPENSE and item.start < end)]
    return kept + read


def _columns(lines: list[str], first: int) -> tuple[int, list[tuple[Period, str | None]]]:
    """(the line after the header, each column's (date, currency code)), read from `first`."""
    columns: list[tuple[Period, str | None]] = []
    k = first
    while k < min(len(lines), _HEAD_LINES):
        line = lines[k].strip()
        day = _date(line)
        if day is not None:
            columns.append((day, None))
        elif (code := _CURRENCY_LINE.match(line)) and columns and columns[-1][1] is None:
            columns[-1] = (columns[-1][0], _CODES.get(code["code"], code["code"]))
        elif line.startswith("|") and line.strip("| "):
            break  # the first line item
        k += 1
    return k, columns


def _date(line: str) -> Period | None:
    match = _DATE.match(line)
    if match is None:
        return None
    try:
        return Period.of_date(int(match["year"]), month_number(match["mon"]), int(match["day"]))
    except (KeyError, ValueError):
        return None


def _period(day: Period, months: int) -> str | None:
    """The label of the span of `months` ending on `day` (a month's last day)."""
    if day.last_day() != Period.of_month(day.year, day.index).last_day():
        return None
    if months == _YEAR_MONTHS:
        return Period.of_year(day.year).label()  # ("fiscal 2024" is 2024, whatever its end)
    if day.index % 3:
        return None
    return Period.of_quarter(day.year, quarter_of(day.index)).label()


def _rows(
    lines: list[str],
    first: int,
    count: int,
    wanted: list[tuple[int, str]],
    factor: Decimal,
    period: str,
) -> list[Extracted]:
    """The interest expense row's figures in the `wanted` columns, if it fills every column."""
    starts = _line_starts(lines)
    found: list[Extracted] = []
    parts: list[Extracted] = []  # a related party's share of the interest (README rule 3)
    k = first
    while k < len(lines):
        line = lines[k].strip()
        if not line.startswith("|") or _VALUE.match(line) or row_metric(line) != INTEREST_EXPENSE:
            k += 1
            continue
        values: list[Decimal | None] = []
        j = k + 1
        while j < len(lines) and (match := _VALUE.match(lines[j].strip())):
            number = match["number"]
            values.append(Decimal(number.replace(",", "")) if number else None)
            j += 1
        if len(values) == count:
            row = Segment(
                text="\n".join(lines[k:j]), start=starts[k], end=starts[j - 1] + len(lines[j - 1])
            )
            for column, code in wanted:
                value = values[column]
                if value is None:
                    continue
                amount = value * factor
                amount = (
                    amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount
                )
                kept = parts if _PART.search(line) else found
                kept.append(observation(row, INTEREST_EXPENSE, amount, code, period, currency=code))
        k = j
    return found or parts  # (a related-party row is the figure only when the page has no other)


def _whole(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def _line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts
