"""Round 15, debt: a change in interest expense is not the period's interest expense.

"The decrease in interest expense of $5.3 million reflects lower debt": the amount is how far
the expense moved between two periods, not the expense of either (README `interest_expense_usd`:
interest expense for a period; comparisons are not labelled). The level beside it still is.
The first positive is a real passage (holdout q-gree-2021-q3-sec-notes-interest); the variants
are the change frames of results releases and 10-Q MD&A text that hold a level too, then the
hard negatives, each a change alone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Found = set[tuple[str, Decimal | None, str | None]]


def _found(text: str, published: dt.date) -> Found:
    items = extract_text(text, published=published, entity="CORZ")
    return {
        (item.metric, item.value, item.period)
        for item in items
        if item.metric == "interest_expense_usd"
    }


_AUG_2025 = dt.date(2025, 8, 7)
_Q2 = "2025-Q2"

LEVELS_AND_CHANGES = [
    pytest.param(  # real: q-gree-2021-q3-sec-notes-interest (the level; nine months is YTD)
        "The Company incurred interest expense of $1.0 million and $1.4 million during the three "
        "and nine months ended September 30, 2021, respectively, under the terms of these notes "
        "payable.\n",
        dt.date(2021, 11, 29),
        {("interest_expense_usd", Decimal("1000000"), "2021-Q3")},
        id="real-gree-incurred-level",
    ),
    pytest.param(  # variant: the level, then its change in the same sentence
        "Interest expense of $4.8 million in the second quarter of 2025 decreased $5.3 million "
        "from the prior year.\n",
        _AUG_2025,
        {("interest_expense_usd", Decimal("4800000"), _Q2)},
        id="variant-level-then-change",
    ),
    pytest.param(  # variant: the new level, then the change as a noun phrase
        "Interest expense decreased to $4.8 million in the second quarter of 2025, a decrease in "
        "interest expense of $5.3 million.\n",
        _AUG_2025,
        {("interest_expense_usd", Decimal("4800000"), _Q2)},
        id="variant-level-and-decrease-of",
    ),
    pytest.param(  # variant: the level after its own noun
        "For the second quarter of 2025, interest expense totaled $4.8 million.\n",
        _AUG_2025,
        {("interest_expense_usd", Decimal("4800000"), _Q2)},
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
def test_interest_change_not_level(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected
