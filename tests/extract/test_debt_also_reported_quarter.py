"""A balance "also reported" right after a sentence reporting a quarter's results.

Reading rule (README decided case 14's last clause: a figure whose own sentence names no date
takes the period of the report it comes from): "For the three months ended June 30, Acme posted
revenue of $2 million. It also reported total debt of $15 million" is the quarter's balance. A
balance with a date of its own keeps it; one after a sentence naming no quarter is the
publication month's, and so is one after a sentence naming a quarter only as the comparison
("from", "versus") or a quarter ended more than a results season before.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CASES: list[tuple[str, Must, MustNot]] = [
    (
        "For the three months ended June 30, Riot posted revenue of $4.1 million, down from a "
        "year earlier. It also reported total debt of $15 million.",
        [],
        [],
    ),
    (
        "In the second quarter of 2018, Riot posted a net loss of $9 million. The company also "
        "reported outstanding notes of $8 million.",
        [("debt_total_usd", 8_000_000, "2018-Q2")],
        [],
    ),
    # near misses: a date of its own; no quarter in the sentence before
    (
        "For the three months ended June 30, Riot posted revenue of $4.1 million. It also "
        "reported total debt of $15 million as of August 31, 2018.",
        [("debt_total_usd", 15_000_000, "2018-08-31")],
        [],
    ),
    (
        "Riot posted revenue of $4.1 million. It also reported total debt of $15 million.",
        [("debt_total_usd", 15_000_000, "2018-09")],
        [],
    ),
    # the quarter is only compared with, or long past: not the report's
    (
        "Riot's revenue jumped 300% from $1.1 million in the three months ended June 30, 2017. "
        "It also reported total debt obligations of $15 million.",
        [("debt_total_usd", 15_000_000, "2018-09")],
        [],
    ),
    (
        "Riot's revenue rose 40% versus the second quarter of 2018. It also reported total debt "
        "of $15 million.",
        [("debt_total_usd", 15_000_000, "2018-09")],
        [],
    ),
    # near miss: "from" compares the money, the quarter is the report's
    (
        "Riot's revenue rose to $4.1 million from $2.2 million in the three months ended June "
        "30. It also reported total debt of $15 million.",
        [],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CASES)
def test_a_balance_also_reported_takes_the_quarter_reported_before(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "RIOT", "2018-09-20"), must, must_not)
