"""A glued filing schedule (an SEC "R" page) whose writer prints figures without thousands
separators ("24500", "$300000 $—", "(9870)"), the form `benchmarks.robustness`'s thousands family
writes. A figure glued to the maturity year before it keeps its separators, as every writer must
("202618,250": the year 2026 and 18,250; "202618250" could be split anywhere). Written in the
shape of tests/extract/test_round14_debt_tables.py's notes-payable schedules (r-corz, z1-corz);
expected values by tests/extract/real/README.md (rules 3, 28, 41): each named note's balance in
the current column and the gross total, never the comparative column nor the net total.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts

Fact = tuple[str, Decimal, str, str | None]


def balance(amount: str, date: str) -> Fact:
    return ("debt_total_usd", Decimal(amount), "USD", date)


def balances(text: str, published: dt.date) -> set[Fact]:
    return debt_facts(text, published, metrics=("debt_total_usd",))


_HEAD = (
    "NOTES PAYABLE (Tables)\n9 Months Ended\nSep. 30, 2024\nDebt Disclosure [Abstract]\n"
    "Schedule of Notes Payable\nNotes payable as of September 30, 2024 and December 31, 2023, "
    "consists of the following (in thousands):\nStated Interest Rate\nEffective Interest Rates\n"
    "MaturitiesSeptember 30, 2024December 31, 2023\n"
)

SCHEDULES = [
    pytest.param(
        _HEAD + "Convertible Notes:\n2030 Convertible Notes1.5%2.1%2030$300000 $— \n"
        "Equipment Financing:\nGalaxy loan12.0%12.0%202618,250 24500 \nAnchor note\n"
        "10.0% - 14.0%\n10.0% - 14.0%\n2025\n4115 7880 \nNotes payable\n322365 32380 \n"
        "Less: Unamortized discounts\n9870 1204 \nTotal notes payable, net$312495 $31176 \n",
        dt.date(2024, 11, 5),
        {
            balance("300000000", "2024-09-30"),
            balance("18250000", "2024-09-30"),
            balance("4115000", "2024-09-30"),
            balance("322365000", "2024-09-30"),
        },
        id="separators-only-where-glued",
    ),
    pytest.param(
        _HEAD + "Secured Convertible Notes1\n10.0%10.0%2025$237,584 $237584 \nBremer loan\n"
        "5.5%5.6%\n2026\n18331 18331 \nHarper note\n5.0%15.0%\n2026\n4678 — \n"
        "Notes payable\n260593 255915 \nLess: current maturities\n(12400)(9800)\n",
        dt.date(2024, 11, 5),
        {
            balance("237584000", "2024-09-30"),
            balance("18331000", "2024-09-30"),
            balance("4678000", "2024-09-30"),
            balance("260593000", "2024-09-30"),
        },
        id="names-terms-and-years-on-lines-of-their-own",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCHEDULES)
def test_unseparated_figures(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert balances(text, published) == expected


NEAR_MISSES = [
    pytest.param(
        # a maturity year standing apart before the note's one printed cell is no balance of
        # 2,027 thousand: the row has one amount for two dates and is left unread
        _HEAD + "Galaxy loan12.0%12.0%2026$18,250 $24500 \nDidado note\n5.0%15.0%\n2027 13000 \n"
        "Anchor note\n9.0%9.0%\n2025\n4115 7880 \n",
        dt.date(2024, 11, 5),
        {balance("18250000", "2024-09-30"), balance("4115000", "2024-09-30")},
        id="a-year-is-no-amount",
    ),
    pytest.param(
        # a figure glued to another figure ("1825024500") cannot be split: nothing guessed
        _HEAD + "Galaxy loan12.0%12.0%2026$1825024500 \nAnchor note9.0%9.0%202541157880 \n",
        dt.date(2024, 11, 5),
        set(),
        id="glued-unseparated-figures",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEAR_MISSES)
def test_unseparated_near_misses(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert balances(text, published) == expected
