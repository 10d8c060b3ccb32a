"""Round 15, debt: interest expense told as a change, or without the word "expense".

A change in interest expense is not the period's interest expense; interest incurred or
recorded for a period is ("incurred $4.8 million in interest during the second quarter"), though
the word "expense" is missing (interest paid, earned, receivable or "and fees" is not).

"The decrease in interest expense of $5.3 million reflects lower debt": the amount is how far
the expense moved between two periods, not the expense of either (README `interest_expense_usd`:
interest expense for a period; comparisons are not labelled). The level beside it still is.
The first positive is a real passage (holdout q-gree-2021-q3-sec-notes-interest); the variants
are the change frames of results releases and 10-Q MD&A text that hold a level too, then the
hard negatives, each a change alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, interest

_AUG_2025 = dt.date(2025, 8, 7)
_Q2 = "2025-Q2"

LEVELS_AND_CHANGES = [
    pytest.param(  # real: q-gree-2021-q3-sec-notes-interest (the level; nine months is YTD)
        "The Company incurred interest expense of $1.0 million and $1.4 million during the three "
        "and nine months ended September 30, 2021, respectively, under the terms of these notes "
        "payable.\n",
        dt.date(2021, 11, 29),
        {interest("1000000", "2021-Q3")},
        id="real-gree-incurred-level",
    ),
    pytest.param(  # variant: the level, then its change in the same sentence
        "Interest expense of $4.8 million in the second quarter of 2025 decreased $5.3 million "
        "from the prior year.\n",
        _AUG_2025,
        {interest("4800000", _Q2)},
        id="variant-level-then-change",
    ),
    pytest.param(  # variant: the new level, then the change as a noun phrase
        "Interest expense decreased to $4.8 million in the second quarter of 2025, a decrease in "
        "interest expense of $5.3 million.\n",
        _AUG_2025,
        {interest("4800000", _Q2)},
        id="variant-level-and-decrease-of",
    ),
    pytest.param(  # variant: the level after its own noun
        "For the second quarter of 2025, interest expense totaled $4.8 million.\n",
        _AUG_2025,
        {interest("4800000", _Q2)},
        id="variant-level-totaled",
    ),
    pytest.param(  # negative: a decrease in interest expense of $X
        "The decrease in interest expense of $5.3 million in the second quarter of 2025 "
        "reflects lower debt.\n",
        _AUG_2025,
        set(),
        id="negative-decrease-in-of",
    ),
    pytest.param(  # negative: an increase, the cause after it
        "An increase in interest expense of $2.1 million for the second quarter of 2025 was due "
        "to the new notes.\n",
        _AUG_2025,
        set(),
        id="negative-increase-in-of",
    ),
    pytest.param(  # negative: a reduction, no period named
        "The reduction in interest expense of approximately $5.3 million reflects the repaid "
        "equipment loans.\n",
        _AUG_2025,
        set(),
        id="negative-reduction-in-of",
    ),
    pytest.param(  # negative: savings on the interest
        "Savings in interest expense of $5.3 million in Q2 2025 followed the repayment.\n",
        _AUG_2025,
        set(),
        id="negative-savings-in",
    ),
    pytest.param(  # negative: a change in net interest expense
        "A change in net interest expense of $5.3 million was recorded in Q2 2025.\n",
        _AUG_2025,
        set(),
        id="negative-change-in-net",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LEVELS_AND_CHANGES)
def test_interest_change_not_level(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published, ("interest_expense_usd",), "CORZ") == expected


INCURRED = [
    pytest.param(  # variant: incurred, the bare word "interest"
        "Core incurred $4.8 million in interest during the second quarter of 2025.\n",
        {interest("4800000", _Q2)},
        id="variant-incurred-in-interest",
    ),
    pytest.param(  # variant: recognized, "approximately", on named notes
        "During Q2 2025 the company recognized approximately $1.2 million of interest on the "
        "convertible notes.\n",
        {interest("1200000", _Q2)},
        id="variant-recognized-of-interest",
    ),
    pytest.param(  # negative: cash paid
        "Core paid $4.8 million in interest during the second quarter of 2025.\n",
        set(),
        id="negative-paid",
    ),
    pytest.param(  # negative: income
        "Core earned $4.8 million in interest income in Q2 2025.\n",
        set(),
        id="negative-income",
    ),
    pytest.param(  # negative: interest and fees together
        "Core incurred $4.8 million in interest and fees in Q2 2025.\n",
        set(),
        id="negative-interest-and-fees",
    ),
    pytest.param(  # negative: a receivable
        "Core recorded $4.8 million of interest receivable at June 30, 2025.\n",
        set(),
        id="negative-receivable",
    ),
    pytest.param(  # negative: a plan
        "Core expects to incur $20 million in interest in 2026.\n",
        set(),
        id="negative-expects",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCURRED)
def test_interest_incurred(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _AUG_2025, ("interest_expense_usd",), "CORZ") == expected
