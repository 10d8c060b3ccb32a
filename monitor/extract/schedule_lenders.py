"""A debt schedule's rows named only for the lender, told by the schedule's own total.

A 10-Q's notes-payable table names most rows by their instrument ("Kentucky note", "NYDIG
loan") and some only by the lender ("Bremer", "Blockfi", "Anchor Labs", "Mass Mutual
Barings"), then closes with "Total". A lender's name carries no instrument word, so
the row alone does not say it is a loan; the schedule says so when its total is the sum of every
row from the first loan down to it: each row it adds up is a balance of that debt (README,
decided cases 3 and 41). A liability that is not called debt ("Other financial liability",
case 33) or a residual "Other" line names no lender (the corpus left one out, s-corz-2022-q3):
it counts in the sum, unread. A row naming an adjustment or a portion (a discount, accrued
interest) between the loans and the total makes it no such schedule; nothing is read when the
named loans add up alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .debt_schedule import is_schedule_total, names_no_balance
from .folded import Folded
from .model import DEBT_TOTAL
from .sentences import Segment
from .table_cells import cell_value

# Rows printed in thousands round each balance: their sum may miss the total by a unit a row.
_ROUNDING = Decimal("0.001")
_MAX_LENDER_WORDS = 5  # a lender's name, not a sentence or a caption
# Rows that name no lender: a residual line, and liabilities not called debt (case 33).
_NO_LENDER = Folded(
    r"^\s*other\b|\b(?:liabilit(?:y|ies)|obligations?|leases?|payables?|derivatives?|"
    r"warrants?|deposits?|revenues?|tax(?:es)?|consideration|expenses?|interest|payroll|"
    r"compensation|accru\w*|deferred|contingent|customers?)\b"
)
# A lender is named as a name: each word capitalised ("Anchor Labs", "Mass Mutual Barings",
# "BlockFi"), small linking words aside ("Bank of the West"); "Customer deposits" and
# "Income taxes" are a row's kind, not a lender.
_NAME_WORD = re.compile(r"[A-Z][\w.&'-]*|&|of|the|and|de")


def lender_rows(rows: list[Segment], metrics: dict[int, str | None], column: int) -> dict[int, str]:
    """The rows (by identity) that name a lender only and that the schedule's "Total" row
    adds up with its named loans, in the reported `column`: each is a loan's balance."""
    total_at = next((at for at, row in enumerate(rows) if _is_total(row, metrics)), None)
    first = next((at for at, row in enumerate(rows) if metrics.get(id(row)) == DEBT_TOTAL), None)
    if total_at is None or first is None or first >= total_at:
        return {}
    stated = cell_value(rows[total_at], column)
    if stated is None or stated.dash or stated.value <= 0:
        return {}
    added, lenders, lender_sum = Decimal(0), [], Decimal(0)
    for row in rows[first:total_at]:
        cell = cell_value(row, column)
        label = row.cells[0]
        if cell is None or names_no_balance(label):
            return {}  # a heading, or an adjustment: not one schedule's balances
        added += cell.value  # (a residual "Other" line is in the total, not a lender's loan)
        if metrics.get(id(row)) != DEBT_TOTAL and _lender(label):
            lenders.append(row)
            lender_sum += cell.value
    if not lenders or lender_sum <= 0 or abs(stated.value - added) > stated.value * _ROUNDING:
        return {}
    return {id(row): DEBT_TOTAL for row in lenders}


def _is_total(row: Segment, metrics: dict[int, str | None]) -> bool:
    return metrics.get(id(row)) == DEBT_TOTAL and is_schedule_total(row.cells[0].strip(" |"))


def _lender(label: str) -> bool:
    """A short label of words with no digit, naming no residual line or other liability."""
    words = label.strip(" |").split()
    return (
        0 < len(words) <= _MAX_LENDER_WORDS
        and not any(char.isdigit() for char in label)
        and _NO_LENDER.search(label) is None
        and all(_NAME_WORD.fullmatch(word) for word in words)
    )
