"""Round 15, debt: a period closed "with $X" of debt is the balance at the period's end.

"Ended the quarter with $127.9 million in debt" (holdout g-sdig-2022-q2-mobidictum-debt-127-9m),
and the other verbs and periods a company writes: "exited June with $20 million of borrowings",
"wrapped up the second quarter with $20 million of convertible notes", "finished 2024 with $650
million in debt". A stock stated for a named period is at its last day (README Periods, decided
case 14). Hard negatives: cash, a change ("less debt"), new notes (a flow), borrowing room.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, total

_AUG_2024 = dt.date(2024, 8, 1)

PERIOD_CLOSED_WITH = [
    pytest.param(  # real: g-sdig-2022-q2-mobidictum-debt-127-9m
        "Stronghold Digital Mining released its financial statement for its second quarter ended "
        "June 30. While the CEO is positive about what awaits the company in the near future, he "
        "also announced that the digital mining company ended the quarter with $127.9 million in "
        "debt, while having approximately $33 million in cash.\n",
        dt.date(2022, 8, 16),
        "SDIG",
        {total("127900000", "2022-06-30")},
        id="real-sdig-ended-quarter-with",
    ),
    pytest.param(  # variant: "exited" a named month
        "Riot exited June with $20 million of borrowings.\n",
        _AUG_2024,
        "RIOT",
        {total("20000000", "2024-06-30")},
        id="variant-exited-month",
    ),
    pytest.param(  # variant: "wrapped up" a named quarter, notes
        "Riot wrapped up the second quarter with $20 million of convertible notes.\n",
        _AUG_2024,
        "RIOT",
        {total("20000000", "2024-06-30")},
        id="variant-wrapped-up-quarter",
    ),
    pytest.param(  # variant: "finished" a year
        "Riot finished 2024 with $650 million in debt.\n",
        dt.date(2025, 2, 20),
        "RIOT",
        {total("650000000", "2024-12-31")},
        id="variant-finished-year",
    ),
    pytest.param(  # negative: cash
        "Riot ended the quarter with $20 million in cash.\n",
        _AUG_2024,
        "RIOT",
        set(),
        id="negative-cash",
    ),
    pytest.param(  # negative: a change, not the balance
        "Riot ended the quarter with $20 million less debt than a year ago.\n",
        _AUG_2024,
        "RIOT",
        set(),
        id="negative-less-debt",
    ),
    pytest.param(  # negative: new notes are a flow
        "Riot closed June with $20 million of new notes.\n",
        _AUG_2024,
        "RIOT",
        set(),
        id="negative-new-notes",
    ),
    pytest.param(  # negative: room to borrow
        "Riot ended the quarter with $20 million of available borrowing capacity.\n",
        _AUG_2024,
        "RIOT",
        set(),
        id="negative-borrowing-capacity",
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), PERIOD_CLOSED_WITH)
def test_period_closed_with_debt(
    text: str, published: dt.date, entity: str, expected: set[Fact]
) -> None:
    assert debt_facts(text, published, ("debt_total_usd",), entity) == expected
