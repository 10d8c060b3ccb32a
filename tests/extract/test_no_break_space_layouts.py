"""Table layouts whose writer keeps a date or a figure with its word by a no-break space
("June\\xa030,", "$7.5\\xa0million"), the form `benchmarks.robustness`'s nbsp family writes: a
note's table printed one cell per line whose header names the balance dates (ag1-hut), and a
release's metrics table whose cells are glued ("$9.0\\xa0million$8.6\\xa0million$6.1 million4%46%",
a-riot). Written in those passages' shapes with other figures; expected values by
tests/extract/real/README.md: each loan's balance in the current column and the gross total,
the month's sale proceeds. The near misses are the same tables of equipment, not loans, and
glued cells whose changes do not check: no figure.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal, str, str | None]


def fact(metric: str, amount: str, period: str) -> Fact:
    return (metric, Decimal(amount), "USD", period)


def money_facts(text: str, published: dt.date) -> set[Fact]:
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in extract_text(text, published=published, entity="MINER")
        if item.metric.endswith("_usd") and item.value is not None
    }


def _loans(current: str, earlier: str) -> str:
    return (
        "Loans and notes payable\n6 Months Ended\nJun. 30, 2025\nNote 9. Loans and notes payable"
        "\n\nDetails of the Company’s loans and notes payable are as follows:\n\n"
        f"(in USD thousands)\n\n{current}\n\n{earlier}\n\nIssuance Date\n\nMaturity Date\n\n"
        "Interest Rate\n\n2025\n\n2024\n\nSecured Promissory Note\n\nMarch\xa03, 2023\n\n"
        "March\xa03, 2027\n\n12.50\n\n%\n\n$\n\n48,215\n\n$\n\n51,730\n\nBank Credit Facility\n\n"
        "May 12, 2024\n\nMay 12, 2026\n\n8.75\n\n%\n\n30,000\n\n25,000\n\n"
        "Total principal balance\n\n78,215\n\n76,730\n\nLess: current portion\n\n30,000\n\n25,000\n"
    )


def _release(proceeds: str) -> str:
    return (
        "Miner Produces 310\xa0Bitcoin in May\xa02024\n\nCASTLE ROCK, Colo., June 04, 2024 -- "
        "Miner, Inc. announces unaudited production and operations updates for May\xa02024.\n\n"
        "    Comparison (%)\nMetricMay 2024April 2024May 2023Month/MonthYear/Year\n"
        f"Bitcoin Sales - Net Proceeds{proceeds}\n"
        "Average Net Price per Bitcoin Sold$25,000$24,000$20,000 4%25%\n"
    )


def test_cell_lines_header_dates_with_no_break_spaces() -> None:
    assert money_facts(_loans("June\xa030,", "December\xa031,"), dt.date(2025, 8, 7)) == {
        fact("debt_total_usd", "48215000", "2025-06-30"),
        fact("debt_total_usd", "30000000", "2025-06-30"),
        fact("debt_total_usd", "78215000", "2025-06-30"),
    }


def test_glued_cells_with_no_break_spaces() -> None:
    # 7.5 / 6.0 is +25 % on the month, 7.5 / 5.0 +50 % on the year: the cut checks
    text = _release("$7.5\xa0million$6.0\xa0million$5.0 million25%50%")
    assert money_facts(text, dt.date(2024, 6, 4)) == {
        fact("btc_sale_proceeds_usd", "7500000", "2024-05")
    }


NEAR_MISSES = [
    pytest.param(
        # the same cell-per-line table of equipment, not of loans: no balance read
        _loans("June\xa030,", "December\xa031,")
        .replace("loans and notes payable", "property and equipment")
        .replace("Loans and notes payable", "Property and equipment")
        .replace("Secured Promissory Note", "Miners")
        .replace("Bank Credit Facility", "Transformers")
        .replace("Total principal balance", "Total equipment"),
        dt.date(2025, 8, 7),
        set(),
        id="cell-lines-equipment-not-loans",
    ),
    pytest.param(
        # 7.5 / 6.0 is +25 %, not +40 %: no cut checks, the proceeds row is not read
        _release("$7.5\xa0million$6.0\xa0million$5.0 million40%50%"),
        dt.date(2024, 6, 4),
        set(),
        id="glued-changes-that-do-not-check",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEAR_MISSES)
def test_no_break_space_near_misses(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert money_facts(text, published) == expected
