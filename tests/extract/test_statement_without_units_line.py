"""A mirrored statement that lost its "(in thousands)" line is still read in thousands.

Real: u2-cifr-2025-fy-segment-interest-expense (a segment note flattened with pipes: "$" cells,
"Interest expense | (36,559)", no units line; then the prior year's block under its own "Year
Ended December 31, 2024" heading). Rules: `table_statement_scale` (a statement printing "$" as a
cell, with a statement line, dated columns and no amount reaching a million) and `table_blocks`
(the rows under a later period heading are the comparative). Near-misses: a statement in whole
units, a note schedule with no statement line, undated columns, a stated scale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import table_money
from monitor.extract.table_model import Table
from monitor.extract.table_statement_scale import in_thousands
from tests.extract.debt_facts import Fact, debt_facts

PUBLISHED = dt.date(2026, 2, 24)
INTEREST = "interest_expense_usd"


def _interest(amount: str, period: str, unit: str = "USD") -> Fact:
    return (INTEREST, Decimal(amount), unit, period)


CASES: list[tuple[str, set[Fact]]] = [
    (  # a segment note, two blocks
        "Hashco Inc. Segments Disclosure\n"
        "| Year Ended December 31, 2025 | |||||\n"
        "| Bitcoin Mining | Consolidated | |||||\n"
        "| Revenue - bitcoin mining | $ | 118,204 | $ | 118,204 | |||\n"
        "| Cost of revenue | (51,330) | |||||\n"
        "| Segment operating loss | (12,044) | (12,044) | |||\n"
        "| Operating loss | (40,118) | |||||\n"
        "| Interest expense | (9,215) | |||||\n"
        "| Loss before taxes | $ | (47,902) | |||||\n"
        "| Year Ended December 31, 2024 | |||||\n"
        "| Bitcoin Mining | Consolidated | |||||\n"
        "| Revenue - bitcoin mining | $ | 97,550 | $ | 97,550 | |||\n"
        "| Interest expense | (4,102) | |||||\n",
        {_interest("9215000", "2025")},
    ),
    (  # an income statement excerpt, two dated columns
        "Consolidated Statements of Operations\n"
        "| | Year Ended December 31, 2025 | Year Ended December 31, 2024 |\n"
        "| Revenue | $ | 64,310 | $ | 50,002 |\n"
        "| Operating loss | (22,417) | (8,990) |\n"
        "| Interest expense | (3,876) | (2,145) |\n"
        "| Net loss | $ | (27,003) | $ | (11,640) |\n",
        {_interest("3876000", "2025")},
    ),
    (  # near-miss: the units line is printed: read by it (millions), not by this rule
        "Consolidated Statements of Operations (in millions)\n"
        "| | Year Ended December 31, 2025 | Year Ended December 31, 2024 |\n"
        "| Revenue | $ | 643 | $ | 500 |\n"
        "| Interest expense | (38) | (21) |\n"
        "| Net loss | $ | (27) | $ | (11) |\n",
        {_interest("38000000", "2025")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statement_without_units_line(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, PUBLISHED, metrics=(INTEREST,), entity=None) == expected


NOT_READ = [
    # a statement in whole units (its revenue reaches a million): never multiplied
    "Consolidated Statements of Operations\n"
    "| | Year Ended December 31, 2025 | Year Ended December 31, 2024 |\n"
    "| Revenue | $ | 6,431,040 | $ | 5,000,210 |\n"
    "| Interest expense | (387,612) | (214,530) |\n"
    "| Net loss | $ | (2,700,312) | $ | (1,164,001) |\n",
    # a schedule of notes with no statement line: what its amounts are in is not known
    "Equipment notes\n"
    "| | Year Ended December 31, 2025 | Year Ended December 31, 2024 |\n"
    "| Note A | $ | 4,482 | $ | 2,739 |\n"
    "| Interest expense | 202 | 368 |\n",
    # no dated column: no statement period to read
    "Segment results\n| Revenue | $ | 118,204 |\n| Interest expense | (9,215) |\n",
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_thousands(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The reader is asked about the table and says no (an empty result alone would also pass
    # if the table were never asked about, or read in thousands to an amount under a million).
    answers: list[bool] = []

    def recorded(table: Table) -> bool:
        answers.append(in_thousands(table))
        return answers[-1]

    monkeypatch.setattr(table_money, "in_thousands", recorded)
    facts = debt_facts(text, PUBLISHED, metrics=(INTEREST,), entity=None)
    assert answers and not any(answers)
    assert facts == set()
