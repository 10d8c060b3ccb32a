"""Treasury facts in news rewrites, classes first met in blind batch i, each in several variants.

Holdings beside a cash balance ("held $42 million in cash and 3,349 BTC"), in a rewrite's
words ("in its possession", "left … on its balance sheet", "bitcoin held in custody to",
"assets, including N Bitcoins", a spun "a complete of"); a change to holdings is no level
("Reduced Holdings of 512 Bitcoins"). Sales: a rewrite's hedges ("for a little over $62
million") and proceeds "bringing in"/"fetching". Production: "N coins were mined". Periods:
an opening "till <day>," dates a balance; "ended the period with" is the report's close; a
comparison's other side ("from the 6,412.6 BTC reported in March") is not the story's period;
a story's balance held "now" stands in the publication month.

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Published 6 May 2025, entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]


def _held(qty: str, period: str) -> Fact:
    return ("btc_held", Decimal(qty), period)


_SOLD_APRIL = ("btc_sold", Decimal("1975"), "2025-04")
_PROCEEDS_APRIL = ("btc_sale_proceeds_usd", Decimal("44000000"), "2025-04")
_SOLD_NOW = ("btc_sold", Decimal("3000"), "2025-05")
_PROCEEDS_NOW = ("btc_sale_proceeds_usd", Decimal("62000000"), "2025-05")

CASES = [
    # holdings beside cash
    ("As of April 20, 2025, Riot held $42 million in cash and 3,349 BTC.",
     {_held("3349", "2025-04-20")}),
    ("Riot held $42 million of cash and cash equivalents and 3,349 BTC at the end of April.",
     {_held("3349", "2025-04-30")}),
    ("Riot holds cash of $2.5 million and 4 BTC.", {_held("4", "2025-05")}),
    # an opening "till <day>," dates the balance; a term inside a clause does not
    ("As per the reports, till April 20, 2025, Riot held $42 million in cash and 3,349 BTC.",
     {_held("3349", "2025-04-20")}),
    ("Until April 20, 2025, Riot held 3,349 BTC.", {_held("3349", "2025-04-20")}),
    ("Up until April 20, 2025, the company held 3,349 BTC.", {_held("3349", "2025-04-20")}),
    ("Riot held 3,349 BTC, and the loan runs until April 20, 2026, when it is due.",
     {_held("3349", "2025-05")}),
    # a rewrite's words for holding
    ("Currently, Riot is the second-largest public holder of Bitcoin, keeping 26,842 BTC in its "
     "possession.", {_held("26842", "2025-05")}),
    ("Riot keeps 26,842 BTC in its coffers.", {_held("26842", "2025-05")}),
    ("This left just 1,205 Bitcoin and $83 million in cash on Riot's balance sheet as of April "
     "30.", {_held("1205", "2025-04-30")}),
    ("The sale left only 1,205 BTC in its treasury.", {_held("1205", "2025-05")}),
    ("Riot left 300 BTC on the exchange.", set()),
    ("As of April 30, 2025, Riot held a complete of 1,295 BTC.", {_held("1295", "2025-04-30")}),
    ("As of December 31, 2024, Riot held $55.1 million in cryptocurrency assets, including 450 "
     "Bitcoins, 5,931 Ethereums.", {_held("450", "2024-12-31")}),
    ("Interpretation of Riot's Quarterly Report: Reduced Holdings of 512 Bitcoins, Termination "
     "of Data Center", set()),
    ("Riot's holdings of 512 Bitcoins were the largest.", {_held("512", "2025-05")}),
    # sales and proceeds in a rewrite's words
    ("Riot sold 3,000 BTC for a little over $62 million to settle debts.",
     {_SOLD_NOW, _PROCEEDS_NOW}),
    ("Riot sold 3,000 BTC for slightly more than $62 million.", {_SOLD_NOW, _PROCEEDS_NOW}),
    ("Riot sold a little over 3,000 BTC.", {_SOLD_NOW}),
    ("Riot sold 1,975 coins at an average price of $22,000 per Bitcoin in April, bringing in $44 "
     "million in revenue.", {_SOLD_APRIL, _PROCEEDS_APRIL}),
    ("Riot sold 1,975 BTC at an average price of $22,000 in April, fetching $44 million.",
     {_SOLD_APRIL, _PROCEEDS_APRIL}),
    ("Riot sold 1,975 BTC in April, pocketing $44 million.", {_SOLD_APRIL, _PROCEEDS_APRIL}),
    # production in the passive, "coins"
    ("In April, the firm sold 1,975 coins. Meanwhile, only 1,221 coins were mined.",
     {_SOLD_APRIL, ("btc_produced", Decimal("1221"), "2025-04")}),
    # a headline's present tense
    ("Riot Blockchain mines 212 bitcoins in Q1 2025",
     {("btc_produced", Decimal("212"), "2025-Q1")}),
    ("Riot earns 450 BTC in April, up 5%", {("btc_produced", Decimal("450"), "2025-04")}),
    ("Riot mines about 30 bitcoins a day.", set()),
    # periods
    ("Riot ended the period with cash of $2.5 million and 4 BTC.", {_held("4", "2025-05")}),
    ("Riot's Bitcoin holdings rose to 6,959.3 BTC, up from the 6,412.6 BTC reported in March.",
     {_held("6959.3", "2025-05")}),
    ("Riot produced 650 BTC in April. Riot now holds 4,529.7 BTC, worth approximately $512 "
     "million.", {("btc_produced", Decimal("650"), "2025-04"), _held("4529.7", "2025-04")}),
    ("Riot produced 650 BTC in April. Riot currently holds 4,529.7 BTC.",
     {("btc_produced", Decimal("650"), "2025-04"), _held("4529.7", "2025-04")}),
    ("Riot produced 650 BTC in April. As a result, Riot now holds a total of 4,529.7 Bitcoin in "
     "its reserves.", {("btc_produced", Decimal("650"), "2025-04"), _held("4529.7", "2025-04")}),
    ("Riot produced 650 BTC in April and now holds 4,529.7 BTC at the end of April.",
     {("btc_produced", Decimal("650"), "2025-04"), _held("4529.7", "2025-04-30")}),
]  # fmt: skip

# A quarterly story: "ended the period with" is the quarter's close.
_QUARTERLY = (
    "Riot reported a 28% decline in Q1 revenue. Riot reduced its debt by $12.4 million during "
    "the quarter. The company ended the period with cash of $2.5 million and 4 BTC."
)


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rewrite_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


def test_ended_the_period_is_the_quarter_close() -> None:
    assert _facts(_QUARTERLY) == {_held("4", "2025-03-31")}
