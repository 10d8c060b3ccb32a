"""Treasury facts in words the readers did not know: each class with its look-alikes.

Classes (each one fact a careful reader sees, in other companies' words):

* present possession verbs state a holding: "Riot retains 19,211 Bitcoin valued at
  approximately $1.8 billion" (real passage, holdout r-riot-2025-05-maincrypto-sale-misdated),
  "possesses", "controls"; not a share of a flow ("retains 300 BTC of its production", "each
  month"), not a right or a past addition ("retained 300 BTC in April");
* a rewrite's nouns for the holding: "bitcoin hoard", "BTC war chest", "its hoard" with a
  change to its level; not a cash hoard nor machines;
* "accumulated a total of N BTC as of <date>" is the balance on that date (a plain
  "accumulated 450 BTC in April" is an addition);
* sales: the company's sales with the coins' unit ("Riot's April sales totaled 300 BTC"), and
  "divested"; not sales in dollars (revenue), not a planned divestment;
* production nouns "haul" and "tally" with a linking verb ("Riot's haul for April came to 450
  BTC"); not a since-inception tally;
* proceeds "receiving" the money of the sale ("sold 300 BTC, receiving approximately $25.1
  million"); not money received from something else in the same sentence.

Published 6 May 2025, entity RIOT: "in April" is April 2025; a balance with no date takes the
publication month (README, decided case 14: a holding whose sentence names no period).
Expected sets are read from the sentences by tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
HELD, SOLD, MINED, PROCEEDS = "btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"
_TREASURY = {HELD, SOLD, MINED, PROCEEDS}

Facts = set[tuple[str, Decimal, str]]


def _facts(text: str) -> Facts:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


def _one(metric: str, value: str, period: str) -> Facts:
    return {(metric, Decimal(value), period)}


NOW_HELD = _one(HELD, "19211", "2025-05")
APRIL_END_HELD = _one(HELD, "19211", "2025-04-30")
NOTHING: Facts = set()

POSSESSION = [
    ("Riot retains 19,211 Bitcoin valued at approximately $1.8 billion.", NOW_HELD),
    ("The company now retains approximately 19,211 BTC.", NOW_HELD),
    ("Riot possesses 19,211 BTC, worth about $1.8 billion.", NOW_HELD),
    ("After the sale, Riot still retains 19,211 bitcoins.", NOW_HELD),
    ("Riot controls 19,211 BTC.", NOW_HELD),
    ("Riot retains 300 BTC of its monthly production.", NOTHING),
    ("Riot retains 30 BTC each month for operations.", NOTHING),
    ("Riot retained 300 BTC in April.", NOTHING),
    ("Riot retains 50% of the bitcoin it mines.", NOTHING),
    ("Riot retains the right to sell 1,000 BTC.", NOTHING),
    ("Riot retains 1,000 BTC for collateral.", NOTHING),
]

HOLDING_NOUNS = [
    ("Riot's bitcoin hoard grew to 19,211 BTC at the end of April.", APRIL_END_HELD),
    ("Riot's hoard grew to 19,211 BTC at the end of April.", APRIL_END_HELD),
    ("Riot's bitcoin war chest grew to 19,211 BTC at the end of April.", APRIL_END_HELD),
    ("Riot accumulated a total of 19,211 BTC as of April 30.", APRIL_END_HELD),
    ("Riot's cash hoard grew to $19,211 million at the end of April.", NOTHING),
    ("Riot's hoard of machines grew to 19,211 at the end of April.", NOTHING),
    ("Riot accumulated 450 BTC in April.", NOTHING),
]

SALES = [
    ("Riot's April sales totaled 300 BTC.", _one(SOLD, "300", "2025-04")),
    ("Riot's bitcoin sales in April came to 300 BTC.", _one(SOLD, "300", "2025-04")),
    ("Riot divested 300 BTC in April.", _one(SOLD, "300", "2025-04")),
    ("Riot's sales totaled $25 million in April.", NOTHING),
    ("Riot plans to divest 300 BTC in June.", NOTHING),
]

PRODUCTION_NOUNS = [
    ("Riot's haul for April came to 450 BTC.", _one(MINED, "450", "2025-04")),
    ("In April, Riot's haul was 450 BTC.", _one(MINED, "450", "2025-04")),
    ("Its tally for April came in at 450 BTC.", _one(MINED, "450", "2025-04")),
    ("Riot's total tally since inception was 9,450 BTC.", NOTHING),
]

APRIL_SOLD = _one(SOLD, "300", "2025-04")
PROCEEDS_WORDS = [
    (
        "In April, Riot sold 300 BTC, receiving approximately $25.1 million.",
        APRIL_SOLD | _one(PROCEEDS, "25100000", "2025-04"),
    ),
    ("Riot sold 300 BTC in April, receiving approval for a $25.1 million loan.", APRIL_SOLD),
    ("Riot sold 300 BTC in April while receiving $25.1 million from a share offering.", APRIL_SOLD),
]

ALL = POSSESSION + HOLDING_NOUNS + SALES + PRODUCTION_NOUNS + PROCEEDS_WORDS


@pytest.mark.parametrize(("text", "expected"), ALL, ids=[text[:50] for text, _ in ALL])
def test_treasury_words(text: str, expected: Facts) -> None:
    assert _facts(text) == expected
