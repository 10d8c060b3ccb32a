"""Round 15, debt: net debt (debt less cash) is neither a balance owed nor a repayment.

"Reduced its net debt by $79 million", "a reduction in net debt of $59.7 million", "net debt was
reduced by $60 million": the amount moves a difference of debt and cash, which cash alone moves,
so it is no `debt_repaid_usd` and no `debt_total_usd` (README: what is owed is tracked; holdout
h-wulf-2023-fy-prelim-8k-futu-net-debt labels no debt for "a significant reduction in net debt
from $144.7 million to $85.0 million"). The real passage comes first, then the hard negatives in
other companies' words, then positives that must stay: a repayment beside a net-debt clause.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, repaid

_DEBT = ("debt_total_usd", "debt_repaid_usd", "debt_issued_usd")


_AUG_2022 = dt.date(2022, 8, 16)

NET_DEBT = [
    pytest.param(  # real: h-wulf-2023-fy-prelim-8k-futu-net-debt
        "The company also reported a strong liquidity position with cash and cash equivalents of "
        "about $54.0 million and a significant reduction in net debt from $144.7 million to $85.0 "
        "million by the end of 2023.\n",
        dt.date(2024, 3, 6),
        set(),
        id="real-wulf-net-debt-from-to",
    ),
    pytest.param(  # negative: a verb reducing net debt, the quarter named
        "Stronghold reduced its net debt by $79 million in the second quarter of 2022.\n",
        _AUG_2022,
        set(),
        id="negative-reduced-net-debt-by",
    ),
    pytest.param(  # negative: the passive, a year named
        "Net debt was reduced by $60 million in 2023.\n",
        dt.date(2024, 2, 20),
        set(),
        id="negative-net-debt-was-reduced-by",
    ),
    pytest.param(  # negative: net indebtedness, "approximately"
        "The company lowered its net indebtedness by approximately $25 million during the "
        "quarter ended June 30, 2022.\n",
        _AUG_2022,
        set(),
        id="negative-lowered-net-indebtedness",
    ),
    pytest.param(  # negative: net borrowings, another currency
        "Hut 8 cut net borrowings by C$12 million in Q2 2022.\n",
        _AUG_2022,
        set(),
        id="negative-cut-net-borrowings",
    ),
    pytest.param(  # positive: the debt itself reduced
        "Stronghold reduced its debt by $79 million in the second quarter of 2022.\n",
        _AUG_2022,
        {repaid("79000000", "2022-Q2")},
        id="positive-reduced-debt-by",
    ),
    pytest.param(  # positive: a repayment, then the net debt it leaves (not labelled)
        "In July 2022 Stronghold repaid $20 million of term loans, lowering net debt to $85 "
        "million.\n",
        _AUG_2022,
        {repaid("20000000", "2022-07")},
        id="positive-repaid-then-net-debt",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NET_DEBT)
def test_net_debt_is_no_debt_figure(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published, _DEBT, "SDIG") == expected
