"""Which rows of a debt schedule name one loan's balance.

A 10-Q's debt note lists each loan, note or facility on a row of its own ("Senior Secured Loan
January 2023 January 2025 15.0 % $ 17,322 17,689 —"), then the total, the discount and the
current portion. A row names one loan's balance when its label names an instrument and none of
the adjustments, portions or flows around it, in a table whose caption or heading speaks of
debt (a cash-flow statement's "Borrowings under credit facility" is kept out by the reader: a
balance needs an as-of column).
"""

from __future__ import annotations

import re
from collections import Counter

from .folded import Folded

# A row naming one loan, note or facility ("Senior Secured Loan", "Convertible notes due
# 2030", "Line of credit – Coinbase") ...
_INSTRUMENT = Folded(
    r"\b(?:notes?|loans?|(?:credit\s+)?facilit(?:y|ies)|lines?\s+of\s+credit|credit\s+lines?|"
    r"debentures|bonds|borrowings|financings?|"
    # a financing contract named for what it finances: "Property, plant and equipment
    # finance agreement", "Equipment financing agreements"
    r"financ(?:e|ing)\s+agreements?|"
    # or a loan contract named for its lender: "Western Alliance Bank Credit Agreement"
    r"credit\s+agreements?)\b"
)
# ... not the adjustments, portions and flows of a debt schedule.
_NOT_A_BALANCE = Folded(
    r"^\s*less\b|current\s+portion|long[- ]term\s+portion|net\s+of|discount|premium|issu|"
    # a balance sheet's split of one debt: "Notes payable, current", "Loans, non-current"
    r"\bcurrent\b|\bnon[- ]?current\b|"
    # the long-term part named after the instrument: "Notes Payable – long-term"
    r"(?:,|\s[-–—])\s*long[- ]term\b|"
    r"fees|costs?\b|accrued|interest|proceeds|repay|payments?|amortiz|receivable|gain|loss|"
    r"extinguish|conversion|converted|fair\s+value|%"
)
# A table of debt: its caption or heading speaks of debt, borrowings, loans or notes payable.
_DEBT_TABLE = Folded(
    r"\b(?:debt|borrowings|indebtedness|loans|notes?\s+payable|loans?\s+payable|"
    r"(?:convertible|senior|secured|unsecured)\s+(?:senior\s+)?(?:secured\s+)?notes|"
    # a schedule's own columns: each loan's maturity date and interest rate
    r"maturity\s+date|interest\s+rate)\b"
)
# A balance sheet, whose borrowings rows are balances at its dates ("Loans payable").
_STATEMENT = Folded(r"\b(?:balance\s+sheets?|statements?\s+of\s+financial\s+position)\b")


# A statement row's reference to the note explaining it ("Digital assets (Note 5)", "(Notes 8
# and 9)", "(note 4(b))"): a pointer, not a promissory note.
NOTE_REFERENCE = re.compile(
    r"\(\s*notes?\s+\d{1,2}[a-z]?(?:\s?\([a-z]\))?(?:\s*(?:,|and|&)\s*\d{1,2}[a-z]?)*\s*\)",
    re.IGNORECASE,
)


# The schedule's own total, named by the table: "Total", "Total principal (amount)".
_SCHEDULE_TOTAL = Folded(r"^\s*total(?:\s+principal(?:\s+(?:amount|outstanding|balance))?)?\s*$")


def is_schedule_total(label: str) -> bool:
    """Is `label` a debt schedule's own total ("Total", "Total principal amount")?"""
    return _SCHEDULE_TOTAL.search(label) is not None


def names_no_balance(label: str) -> bool:
    """Does `label` name an adjustment, portion or flow of a debt schedule (a discount, the
    current portion, accrued interest), not a balance?"""
    return _NOT_A_BALANCE.search(label) is not None


def names_a_loan(label: str, context: str) -> bool:
    """Is `label` one loan's row (or the schedule's total) in a table whose caption and
    heading are `context`?"""
    if "(" in label:
        label = NOTE_REFERENCE.sub("", label)  # "Digital assets (Note 5)" names no note
    instrument = _INSTRUMENT.search(label) and not _NOT_A_BALANCE.search(label)
    if not instrument and not _SCHEDULE_TOTAL.search(label):
        return False
    if instrument:
        return _DEBT_TABLE.search(context) is not None or _STATEMENT.search(context) is not None
    # (a balance sheet's bare "Total" adds up a section, assets or liabilities: not debt)
    return _DEBT_TABLE.search(context) is not None


# A balance sheet's liabilities rows ("Lease liabilities", "Total liabilities"): the table is a
# statement of financial position, whose sections split each debt into current and non-current.
_LIABILITIES = Folded(r"\bliabilit(?:y|ies)\b")


def split_labels(labels: tuple[str, ...]) -> frozenset[str]:
    """The labels (folded) of a balance sheet's current and non-current rows of one debt
    ("Loans payable" under "Current liabilities" and again under "Non-current liabilities", the
    section heads not always kept as rows). Each is a portion of the balance, not a balance
    (README, decided case 28); a debt printed once stays, as a long-term balance with no
    current part. (One pass over the table: asked per row, a count per row was quadratic.)"""
    if not any(_LIABILITIES.search(other) for other in labels):
        return frozenset()
    keys = Counter(_key(label) for label in labels)
    return frozenset(key for key, count in keys.items() if count >= 2)


def is_split_label(label: str, split: frozenset[str]) -> bool:
    """Is `label` one of the `split_labels` of its table?"""
    return bool(split) and _key(label) in split


def _key(label: str) -> str:
    return label.strip(" |").lower()
