"""Review05's findings in this session's English readers (MEND25B).

Another party's coins are no sale and no production of the company's: "bought 300 of the 500
BTC mined by its hosting clients" is a purchase, "500 BTC mined by miners on its pool" the pool
members' coins (README: `btc_produced` is the company's own; other parties' figures are not
labelled). A participle's production is kept when its clause is done, also where an earlier
word of the sentence is a past "when", a comparison's "since" or a past "expected"; and
"generating" opens the production patterns in a sentence that names no production word
("Hashrate rose 7.3% in June, generating 411 BTC").

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Entity TICK; "in June" and "the second quarter" are 2024's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

JULY_5 = dt.date(2024, 7, 5)
JULY_20 = dt.date(2024, 7, 20)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]
_JUNE_411 = {("btc_produced", Decimal("411"), "2024-06")}

OTHERS_COINS = [
    (
        "During the second quarter, TICK bought 300 of the 500 BTC mined by its hosting clients "
        "at market prices.",
        JULY_20,
        set(),
    ),
    (
        "During the second quarter, TICK bought 300 of the 500 BTC produced by its hosting "
        "clients.",
        JULY_20,
        set(),
    ),
    ("TICK bought 300 of the 500 BTC mined by miners on its pool in June.", JULY_5, set()),
    ("In June, TICK bought 300 of the 500 bitcoin mined by members of its pool.", JULY_5, set()),
    ("The 500 BTC mined by miners on its pool in June were paid out.", JULY_5, set()),
    # near misses: the company's own coins
    (
        "TICK bought 300 of the 500 BTC it mined in June.",
        JULY_5,
        {("btc_sold", Decimal("300"), "2024-06"), ("btc_produced", Decimal("500"), "2024-06")},
    ),
    (
        "TICK said 500 BTC were mined by its fleet in June.",
        JULY_5,
        {("btc_produced", Decimal("500"), "2024-06")},
    ),
    ("TICK bought 1,000 BTC for $60 million in June.", JULY_5, set()),
]

PARTICIPLE = [
    (
        "Hashrate rose 20% in June when new S21 machines came online, generating 411 BTC for "
        "the month.",
        _JUNE_411,
    ),
    (
        "Production rose 7.3% in June to the highest since the halving, allowing the firm to "
        "mine 411 BTC.",
        _JUNE_411,
    ),
    ("Production beat what analysts expected in June, generating 411 BTC.", _JUNE_411),
    ("Output rose in June, when prices recovered, allowing the firm to mine 411 BTC.", _JUNE_411),
    ("Hashrate rose 7.3% in June, generating 411 BTC.", _JUNE_411),
    ("The company's hashrate averaged 10 EH/s in June, generating 411 BTC.", _JUNE_411),
    ("Hashrate grew in June as new machines came online, generating 411 BTC.", _JUNE_411),
    # near misses: a plan's or a start's clause, coins others got, a rate
    (
        "Once the Garden City site is energized, the company will add 5 EH/s, enabling it to "
        "mine 600 BTC in the quarter.",
        set(),
    ),
    ("When the site comes online, hashrate rises 20%, generating 411 BTC.", set()),
    ("The site is expected to come online in June, allowing the firm to mine 411 BTC.", set()),
    ("The site began operations in June, generating 411 BTC.", set()),
    ("TICK has mined since 2021, generating 4,110 BTC.", set()),
    ("Riot hosted 2 EH/s of machines in June, generating 150 BTC for its hosting clients.", set()),
    ("Hashrate rose 7.3% in June, generating 14 BTC per day.", set()),
    (
        "The company's BTC lending program grew in June, generating 12 BTC in interest income.",
        set(),
    ),
    ("The company earned 12 BTC in interest income in June.", set()),
    ("Hashrate rose 7.3% in June, generating 411 BTC in mining rewards.", _JUNE_411),
]


def _facts(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published, entity="TICK")
    return {(e.metric, e.value, e.period) for e in found if e.metric in _TREASURY}


@pytest.mark.parametrize(("text", "published", "expected"), OTHERS_COINS)
def test_another_partys_coins(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE)
def test_production_told_by_a_participle(text: str, expected: set[Fact]) -> None:
    assert _facts(text, JULY_5) == expected
