"""Thousands printed with a stray space after the comma in spun copy ("sold 4, 451 bitcoins").

Real case: holdout t-cang-2026-02-localnews-sold-4451 ("Cango … sold 4, 451 bitcoins for about
$305 million", "a peak of roughly $125, 000"). Variants: other verbs, a hedge, a decimal, a
money figure with a scale. Look-alikes that must stay apart: a date then the coins ("March 4,
451 BTC"), a range's end ("from May 1 to 31, 451 BTC"), a list ("100, 200, 300 BTC"), a year
("In 2023, 451 BTC"). Expected sets follow the labelling convention (tests/extract/real/README.md).
Published 10 February 2026, entity CANG.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.spaced_thousands import joined

PUBLISHED = dt.date(2026, 2, 10)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]


def _fact(metric: str, value: str, period: str) -> Fact:
    return (metric, Decimal(value), period)


CASES = [
    # the real passage
    (
        "Cango, a big name in bitcoin mining, sold 4, 451 bitcoins for about $305 million. The "
        "sale happened after bitcoin's price fell sharply from its October peak of roughly $125, "
        "000.",
        {
            _fact("btc_sold", "4451", "2026-02"),
            _fact("btc_sale_proceeds_usd", "305000000", "2026-02"),
        },
    ),
    # variants: another verb, a hedge, a decimal holding, a production line
    (
        "The miner offloaded 1, 250 BTC in January for roughly $118 million.",
        {
            _fact("btc_sold", "1250", "2026-01"),
            _fact("btc_sale_proceeds_usd", "118000000", "2026-01"),
        },
    ),
    (
        "As of January 31, 2026, the company held approximately 7, 528.3 BTC.",
        {_fact("btc_held", "7528.3", "2026-01-31")},
    ),
    (
        "In January 2026 the company mined 1, 012 bitcoins, up from December.",
        {_fact("btc_produced", "1012", "2026-01")},
    ),
    # look-alikes: a date, a range's end, a list, a year before the coins
    ("On January 4, 451 BTC were moved to a custodian.", set()),
    (
        "Between January 2 and 31, 451 BTC were mined in January 2026.",
        {_fact("btc_produced", "451", "2026-01")},
    ),
    ("In 2025, 451 BTC were sold.", {_fact("btc_sold", "451", "2025")}),
    # the joined figure meets the period rules as any figure: a year not over is a running
    # total (f-arbk-2021-09-operational-mzpnews: "This year the firm has mined 1, 479 bitcoin")
    ("This year the firm has mined 1, 479 bitcoin.", set()),
    ("This year Cango has already produced 1,479 BTC.", set()),
    ("In 2025 the firm mined 1, 479 bitcoin.", {_fact("btc_produced", "1479", "2025")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spaced_thousands(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="CANG")
    assert {(i.metric, i.value, i.period) for i in found if i.metric in _TREASURY} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sold 4, 451 bitcoins", "sold  4,451 bitcoins"),
        ("a peak of $125, 000.", "a peak of  $125,000."),
        ("raised US$1, 250, 000 in cash", "raised   US$1,250,000 in cash"),
        ("March 4, 451 BTC", "March 4, 451 BTC"),
        ("1, 2 and 3", "1, 2 and 3"),
        ("sold 100, 200 and 300 BTC", "sold 100, 200 and 300 BTC"),
        ("sold 100, 200, 300 BTC", "sold 100, 200, 300 BTC"),
        ("employs 1, 200 people", "employs 1, 200 people"),  # no unit binds it: left as printed
    ],
)
def test_joined_keeps_length(text: str, expected: str) -> None:
    assert joined(text) == expected
    assert len(joined(text)) == len(text)
