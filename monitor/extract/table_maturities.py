"""A loans note's maturities schedule: each loan's total is its principal at the note's date.

A 10-Q's loans note follows its balances, net of discount, with the principal due by fiscal
year: "($ in thousands) 5-Year Loan Maturities | Outstanding Loan | FY 2023 | FY 2024 | … |
Thereafter | Total", then "Master Equipment Financing Arrangement | $ 2,928 | $ 6,508 | $ 5,221
| $ | $ | $ | $ 14,657" and "Total principal amount of loan payments by fiscal year | … | $
17,783". The year columns are payments to come, never balances; the last column adds them up:
the principal each loan owes now, at the date of the report the note belongs to (README decided
case 28: the principal, where the net schedule above gives the loan net of its discount). The
schedule's total row is the principal of all the loans.

Only a schedule that says it is one is read: its header names two or more fiscal years and
ends on "Total", and its header or caption speaks of loans', debt's or notes' maturities or
principal payments. Its empty cells may have collapsed (a page's "| |" runs), so the total is
taken as the row's last cell, never by its column's position; a row of interest, a discount or
a lease is no loan's principal.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .context import DocContext
from .model import DEBT_TOTAL, Extracted
from .periods import Period
from .sentences import Segment
from .table_cells import cell_segment, cell_value, labelled
from .table_model import Table
from .table_money import valued

# A fiscal year's head: "FY 2024", "2025 (Remainder)", "2026".
_YEAR_HEAD = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d\d\b", re.IGNORECASE)
_TOTAL_HEAD = re.compile(r"^\s*\|?\s*total\s*\|?\s*$", re.IGNORECASE)
_SCHEDULE_WORDS = re.compile(
    r"\b(?:loan|debt|notes?|borrowings?)\b[^|]{0,40}\b(?:maturities|payments)\b|"
    r"\bmaturities\b[^|]{0,40}\b(?:loans?|debt|notes|borrowings)\b|"
    r"\bprincipal\s+amount\s+of\s+loan\s+payments\b",
    re.IGNORECASE,
)
_NOT_PRINCIPAL = re.compile(
    r"\binterest\b|discount|premium|lease|^\s*less\b|issuance|costs?\b", re.IGNORECASE
)
_MIN_YEARS = 2


def is_schedule(table: Table) -> bool:
    """Is `table` a loans maturities schedule (header of fiscal years ending on "Total")?"""
    if not table.rows or "otal" not in table.rows[0].text:
        return False  # cheap gate
    head = table.rows[0].cells
    years = sum(1 for cell in head[1:] if _YEAR_HEAD.match(cell.strip(" |")))
    if years < _MIN_YEARS or not _TOTAL_HEAD.match(head[-1]):
        return False
    words = f"{table.caption} {table.heading} {table.rows[0].text}"
    return _SCHEDULE_WORDS.search(words) is not None


def extract(table: Table, ctx: DocContext) -> list[Extracted]:
    """Each loan's principal (its row's last cell) at the report's date."""
    period = _date(ctx)
    if period is None:
        return []
    found: list[Extracted] = []
    for row in table.rows[1:]:
        item = _principal(table, row, period, ctx)
        if item is not None:
            found.append(item)
    return found


def _date(ctx: DocContext) -> Period | None:
    """The day the schedule's principal stands at: the last day of the period the note's
    report covers."""
    own = ctx.report or ctx.lead or ctx.document
    if own is None or own.is_date:
        return own
    return Period.of_day(own.last_day())


def _principal(table: Table, row: Segment, period: Period, ctx: DocContext) -> Extracted | None:
    label = row.cells[0].strip(" |")
    if len(row.cells) < 2 or not label or _NOT_PRINCIPAL.search(label):
        return None
    last = len(row.cells) - 2
    cell = cell_value(row, last)
    if cell is None or cell.dash or cell.value is None or cell.value <= Decimal(0):
        return None
    evidence = cell_segment(row, last, ctx)
    dollar = ctx.dollar if ctx.text is not None and "$" in ctx.text else None
    item = valued(table, row, DEBT_TOTAL, cell, period.label(), evidence, "Total", dollar)
    return None if item is None else labelled(item, label, "Total")
