"""A debt table with no period columns, dated by its caption.

A 10-Q's convertible-notes table heads its columns with amounts, not dates ("| Principal |
Unamortized issuance costs | Net carrying amount"), and its caption says when: "The net
carrying amounts of the Convertible Notes as of September 30, 2025 were as follows". Each
note's row then states its principal, under the first column, at that one date.
"""

from __future__ import annotations

import re

from .context import DocContext
from .folded import Folded
from .numbers import parse_cell
from .periods import Period, find_mentions
from .skipping import skipping
from .table_model import Table

# The first value column holds a balance: "Principal", "Outstanding", "Carrying amount".
_BALANCE_COLUMN = Folded(
    r"^\s*\|?\s*(?:(?:outstanding\s+|aggregate\s+)?principal|outstanding|balance|"
    r"(?:net\s+)?carrying\s+(?:amount|value))\b"
)
_AS_OF = Folded(r"\b(?:as\s+(?:of|at)|at)\s*$")


def caption_date(table: Table, ctx: DocContext) -> Period | None:
    """The one as-of date the caption of a table without period columns gives, when the
    table's first value column is a balance; else None."""
    if table.columns or not table.rows:
        return None
    cells = table.rows[0].cells
    widths = {len(row.cells) for row in table.rows[1:]}
    # "| Principal | …" (or "Principal | …" over rows one cell wider): the label cell is
    # empty or was dropped, the first cell heads the first column
    lost = bool(cells) and (cells[0].startswith("|") or widths == {len(cells) + 1})
    headers = [cells[0].lstrip("| "), *cells[1:]] if lost else cells[1:]
    if not headers or any(char.isdigit() for char in "".join(headers)):
        return None  # no header row of words over the amounts
    if not _BALANCE_COLUMN.search(headers[0]):
        return None
    return caption_as_of(table, ctx)


# A header printed with wide gaps between its cells ("(Dollars in thousands):  Current portion
# of debt   Long term debt   Total"): a label, then one head per value column.
_GAP = skipping(re.compile(r"\t+|\s{2,}"))
# Heads that split one balance by when it falls due, beside the whole of it.
_PORTION_HEAD = Folded(
    r"\b(?:current|non[- ]?current|long[- ]?term|short[- ]?term|due\s+within|due\s+after)\b"
)
_TOTAL_HEAD = Folded(r"^\s*(?:total|balance|outstanding|carrying\s+(?:amount|value))\b")


def portions_total(table: Table) -> int | None:
    """The whole-balance column of a debt table without period columns whose header splits
    each loan into its current and long-term portions and their total ("Current portion of
    debt | Long term debt | Total"): the portions are parts of one balance, the total is the
    balance. None when the caption prints no such header over the rows' value cells."""
    above = above_rows(table)
    if table.columns or not table.rows or ("  " not in above and "\t" not in above):
        return None  # cheap gate: no header printed with gaps above the rows
    cells = [cell for cell in _GAP.split(above.strip()) if cell]
    for width in sorted({len(row.cells) - 1 for row in table.rows}, reverse=True):
        heads = cells[-width:]
        if width < 2 or len(heads) != width:
            continue
        totals = [index for index, head in enumerate(heads) if _TOTAL_HEAD.search(head)]
        portions = [head for head in heads if _PORTION_HEAD.search(head)]
        if len(totals) == 1 and len(portions) == width - 1:
            return totals[0]
    return None


def caption_as_of(table: Table, ctx: DocContext) -> Period | None:
    """The one as-of date a caption gives ("… outstanding by agreement as of June 30, 2025")."""
    above = above_rows(table)
    dates = [
        mention
        for mention in find_mentions(above, ctx.reference)
        if mention.period is not None and mention.period.is_date
    ]
    if len({mention.period for mention in dates}) != 1:
        return None
    if not _AS_OF.search(above[: dates[0].start]):
        return None
    return dates[0].period


def above_rows(table: Table) -> str:
    """The caption and the leading rows that hold no amount (a rebuilt table may keep the
    sentence introducing it and its header of words as its first row)."""
    lead = []
    for row in table.rows:
        if any(parse_cell(cell) is not None for cell in row.cells[1:]):
            break  # an amount or a dash: the rows have begun
        lead.append(row.text)
    return " ".join([table.caption, *lead])


def table_date(table: Table, ctx: DocContext) -> Period | None:
    """The as-of date of a debt table without period columns: its caption's, when its first
    column is a balance or its header splits each balance into portions and their total."""
    if table.columns:
        return None
    dated = caption_date(table, ctx)
    if dated is None and portions_total(table) is not None:
        dated = caption_as_of(table, ctx)
    return dated


# "Bitcoin Holdings as of December 9, 2024" on the line right above "Total Bitcoin Holdings:
# 40,435 BTC": a heading that dates the balances listed under it (as `DocContext.balance_day`
# dates a prose list; the tables are read before the prose, so the heading is read here).
_HEADING_AS_OF = Folded(r"\bas\s+(?:of|at)\s+$")
_HEADING_CHARS = 80


def heading_day(table: Table, ctx: DocContext) -> Period | None:
    """The as-of day the line right above a table's first row states, when that line is a
    short heading ending on its one date; else None."""
    text = ctx.text
    if not text or not table.rows:
        return None
    start = table.rows[0].start
    line = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : start].rstrip()
    if len(line) > _HEADING_CHARS or (" of" not in line and " at" not in line):
        return None  # (cheap: no "as of" / "as at")
    # (one day, which a wrapped heading may print twice: "Period of Report: December 9, 2024
    # Bitcoin Holdings as of December 9, 2024")
    mentions = find_mentions(line, ctx.reference)
    if not mentions or len({mention.period for mention in mentions}) != 1:
        return None
    last = mentions[-1]
    if last.period is None or not last.period.is_date or last.end < len(line) - 1:
        return None
    return last.period if _HEADING_AS_OF.search(line[: last.start]) else None
