""" "Long-term financings" are not named as debt: a release's sum of deals of every kind.

Real: m2-wulf-2026-02-investingnews-fy2025-contracted-mw, "completed $6.5 billion in long-term
financings to support its rapidly expanding platform" (the labeller: financings may include
non-debt instruments; not `debt_issued_usd`). A "term financing" or a "long-term loan" names debt
and stays new debt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, issued

_PUBLISHED = dt.date(2026, 2, 26)

NOT_DEBT = [
    (  # real: m2-wulf-2026-02-investingnews-fy2025-contracted-mw
        "During the year ended December 31, 2025, the Company commenced recurring HPC lease "
        "revenue, signed more than $12.8 billion1 in long-term, credit-enhanced customer "
        "contracts, and completed $6.5 billion2 in long-term financings to support its rapidly "
        "expanding platform."
    ),
    "The company closed $2.1 billion of long-term financings during the quarter.",
    "TeraWulf completed $900 million in long term financings in 2025.",
]


@pytest.mark.parametrize("text", NOT_DEBT)
def test_long_term_financings_are_not_new_debt(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == set()


NEW_DEBT = [
    ("The company completed $500 million in term financing with Macquarie.", "500000000"),
    ("The company closed a $200 million long-term loan with Macquarie.", "200000000"),
]


@pytest.mark.parametrize(("text", "amount"), NEW_DEBT)
def test_term_financing_and_long_term_loans_stay_new_debt(text: str, amount: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == {issued(amount, "2026-02")}
