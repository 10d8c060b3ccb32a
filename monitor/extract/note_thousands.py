"""A filing note's sentences print their amounts to the scale its table states.

An XBRL note page ("LOANS | 3 Months Ended | Dec. 31, 2023 | Debt Disclosure [Abstract] …",
"LOANS | 9. LOANS As of …") states its scale once, over its table ("($ in thousands)"), and
its sentences print the same thousands bare: "the Company had a gross balance of loans payable
outstanding of $66,120, netted against discount on the loans payable of $163", "Total principal
payments on loans during the three months ended December 31, 2024 were $ 52,158", "In December
2024, we issued $ 650,000 aggregate principal amount of 0 % convertible senior notes". Read as
printed they are dollars; in a note that states thousands they are thousands (the same 664,966
recurs as the schedule's total principal).

Only the debt figures read from sentences are scaled (a table's row is scaled by its own
caption), only amounts printed bare after a "$" ("$1.5 million" has its scale), and only in a
note page: its heading names its span or its taxonomy abstract, or a numbered note title opens
it. A release that prints "(in thousands)" over its statements and "$500,000" in its prose
keeps its dollars.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, INTEREST_EXPENSE, Extracted

_HEAD_CHARS = 300
# A note page's opening: "… | 3 Months Ended | …", "Debt Disclosure [Abstract]", "9. LOANS",
# "NOTE 7 – DEBT".
_NOTE_HEAD = re.compile(
    r"\bMonths\s+Ended\b|\[Abstract\]|(?:^|\|)\s*(?:NOTE\s+\d{1,2}\b|\d{1,2}\.\s+[A-Z]{4,}\b)",
    re.IGNORECASE,
)
# The units note over the note's table: "($ in thousands)", "(in USD thousands)", "(in
# thousands):".
_IN_THOUSANDS = re.compile(
    r"\(\s*(?:\$|US\$|USD)?\s*in\s+(?:USD\s+|U\.S\.\s+dollars\s+)?thousands\b", re.IGNORECASE
)
_METRICS = frozenset({DEBT_TOTAL, DEBT_ISSUED, DEBT_REPAID, INTEREST_EXPENSE})
# A scale word after the amount: the sentence printed its own scale.
_SCALED = re.compile(r"\s?(?:thousand|million|billion|mn|bn|[mbk])\b", re.IGNORECASE)
_THOUSAND = Decimal(1_000)


def scaled(found: list[Extracted], text: str) -> list[Extracted]:
    """`found` with the bare amounts of a note page's sentences read in its thousands."""
    if "thousands" not in text or not _NOTE_HEAD.search(text[:_HEAD_CHARS]):
        return found  # cheap gate: no units note, or no note page
    if not _IN_THOUSANDS.search(text):
        return found
    return [
        _in_thousands(item) if _bare(item) and _not_in_dollars(item, text) else item
        for item in found
    ]


def _not_in_dollars(item: Extracted, text: str) -> bool:
    """Is the amount not shown in dollars by the note's own table: a cell printing its thousands
    ("$250,000" in the prose, "Promissory note | 250 | —" under "($ in thousands)") and none
    printing it as the prose does?"""
    assert item.value is not None
    value = int(item.value)
    if value % 1_000:
        return True  # no whole thousands: no cell can print it so
    return _is_cell(text, value) or not _is_cell(text, value // 1_000)


def _is_cell(text: str, value: int) -> bool:
    """Does `value` stand as a table cell: between bars, or on a line of its own?"""
    cell = rf"(?:^|\|)[ \t]{{0,3}}\$?[ \t]{{0,3}}{_printed(value)}[ \t]{{0,3}}(?:\||$)"
    return re.search(cell, text, re.MULTILINE) is not None


def _printed(value: int) -> str:
    """A pattern for `value` as a writer prints it, its thousands grouped or not ("52,158",
    "52158": other writers drop the separators)."""
    return ",?".join(f"{value:,}".split(","))


def _bare(item: Extracted) -> bool:
    """Is `item` a sentence's debt figure printed as a bare dollar amount ("$ 52,158")?"""
    if item.metric not in _METRICS or item.row_label is not None or item.value is None:
        return False
    if item.value != item.value.to_integral_value():
        return False
    printed = _printed(int(item.value))
    for hit in re.finditer(rf"\$\s?{printed}(?![\d,]*\d)", item.evidence):
        if not _SCALED.match(item.evidence, hit.end()):
            return True
    return False


def _in_thousands(item: Extracted) -> Extracted:
    assert item.value is not None
    return replace(item, value=item.value * _THOUSAND)
