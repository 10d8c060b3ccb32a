"""Round 7 debt classes in news wording, each with reworded variants and near-misses.

* A balance stated by a stative verb of staying ("debt remains around $290 million"), by
  "currently outstanding at $X", or by the debtor owing a lender named before the amount
  ("owes Galaxy Digital $30 million").
* A loan's original principal recalled beside its balance now ("its $50 million loan …
  now amounts to $62 million"): only the balance now is a figure (decided case 1).
* A sentence opening with "Since January 2021" names when a span began, not the topic that
  dates the figures of the sentences after it.

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, repaid, total

BALANCES: list[tuple[str, set[Fact]]] = [
    # real: j-hut-2024-10-anchorage-loan-converted-news (its possessive reworded)
    ("Post-conversion, the company's debt remains around $290 million.", {total("290000000")}),
    # variant written for the class
    ("The miner's debt remained at $45 million.", {total("45000000")}),
    ("Its borrowings remain at about $12 million.", {total("12000000")}),
    # real: i-apld-2025-01-macquarie-pref-pulse2
    (
        "The proceeds will be used to repay the existing bridge debt, currently outstanding at "
        "approximately $180 million.",
        {total("180000000")},
    ),
    # variant written for the class
    ("The term loan, now outstanding at $35 million, matures in 2027.", {total("35000000")}),
    # variants written for the class: the lender named between the verb and the amount
    ("The company owes Galaxy Digital $30 million.", {total("30000000")}),
    ("The miner still owes NYDIG about $22 million.", {total("22000000")}),
    # near-misses: owed to the company, or owed but not debt
    ("The company is owed $5 million by a hosting client.", set()),
    ("The company owes Galaxy Digital fees of $3 million.", set()),
    # variants written for the class: the original principal recalled, the balance now
    ("Its $50 million loan from NYDIG now amounts to $62 million.", {total("62000000")}),
    (
        "The company's $50 million loan from NYDIG, with accrued interest, now stands at about "
        "$62 million.",
        {total("62000000")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BALANCES)
def test_balance_in_news_wording(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


SINCE_OPENING = [
    # real: g-bitf-2022-06-btimesonline-galaxy-28m-paydown (cut; the company unnamed)
    (
        "Since January 2021, he added, the company has taken numerous financial strategies to "
        "support expansion.\n\nThe company used a portion of the funds to lower its debt to Galaxy "
        "Digital LLC by $28 million, from $66 million to $37 million.",
        dt.date(2022, 6, 23),
        {repaid("28000000", "2022-06"), total("37000000", "2022-06")},
    ),
    # variant written for the class
    (
        "Since March 2020, the miner has grown steadily.\n\nThe company repaid $10 million of "
        "its term loan.",
        dt.date(2025, 11, 12),
        {repaid("10000000")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SINCE_OPENING)
def test_since_opening_is_no_topic(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected
