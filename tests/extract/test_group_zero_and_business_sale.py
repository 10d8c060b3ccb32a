"""A zero sale said of a group, and a business sold: neither is the company's bitcoin sale.

Reading rules (README, "What is NOT labelled": industry aggregates and other companies' figures;
btc_sale_proceeds_usd is money from selling bitcoin only): "Before the bear market, most miners
adopted a strategy of holding all mined bitcoin" tells what a group did (an opening adverbial
does not make the group the company); "sold its bitcoin mining arm, Alpha Mining, for $90
million" sells a business, not coins.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CASES: list[tuple[str, str, str, Must, MustNot]] = [
    (
        "Before the bear market, most miners adopted a strategy of holding all mined bitcoin on "
        "their balance sheets.",
        "MARA",
        "2024-07-25",
        [],
        [("btc_sold", None)],
    ),
    (
        "Before the halving, most public miners kept all of their mined bitcoin.",
        "CLSK",
        "2024-07-25",
        [],
        [("btc_sold", None)],
    ),
    (
        "Bitdeer has sold its bitcoin mining arm, Alpha Mining, for $90 million.",
        "BTDR",
        "2025-12-22",
        [],
        [("btc_sale_proceeds_usd", None)],
    ),
    # near misses: the company after the adverbial; coins sold, a mining arm named later
    (
        "In June, Marathon kept all of its mined bitcoin.",
        "MARA",
        "2024-07-25",
        [("btc_sold", 0, "2024-06")],
        [],
    ),
    (
        "Amid the downturn, Riot sold 500 BTC in June.",
        "RIOT",
        "2024-07-25",
        [("btc_sold", 500, "2024-06")],
        [],
    ),
    (
        "Bitfarms sold 500 BTC for $30 million in November to fund its mining arm.",
        "BITF",
        "2025-12-22",
        [("btc_sale_proceeds_usd", 30_000_000, "2025-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _CASES)
def test_a_groups_zero_or_a_business_sold_is_no_sale_of_the_company(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)
