"""General rules added for the real corpus's miss classes, each on a sentence of its own.

Expected values are read off the sentences themselves (not from the extractor's output).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date, entity: str | None = None) -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A comparison that names its period and metric before the prior figure.
        (
            "Riot produced 675 BTC, an increase of approximately 55% as compared to February "
            "2022 production of 436 BTC.",
            dt.date(2023, 3, 3),
            {("btc_produced", Decimal("675"), "2023-03")},
        ),
        # The prior period belongs to the comparison that follows the figure.
        (
            "The company mined 211 bitcoins in December, down from 446 in the same month last "
            "year.",
            dt.date(2025, 1, 2),
            {("btc_produced", Decimal("211"), "2024-12")},
        ),
        # The second figure of a pair is year-to-date.
        (
            "Produced 702 BTC in April 2023 and 2,896 BTC year-to-date.",
            dt.date(2023, 5, 2),
            {("btc_produced", Decimal("702"), "2023-04")},
        ),
        # Clients' coins are not the company's production; both share the period after them.
        (
            "Produced a total of 13,762 self-mined bitcoin and an estimated 5,512 bitcoin from "
            "colocated miners in 2023.",
            dt.date(2024, 1, 5),
            {("btc_produced", Decimal("13762"), "2023")},
        ),
        # A decimal ends a sentence; the next sentence's month does not date the balance, which
        # takes the report's month.
        (
            "Sphere 3D Provides August 2024 Production Update\n"
            "Bitcoin holdings slightly increased to 2.1 from July's 2.0. Mining revenue for "
            "August stood at $0.8 million.",
            dt.date(2024, 9, 23),
            {("btc_held", Decimal("2.1"), "2024-08")},
        ),
        # A BTC equivalent is not bitcoin held.
        (
            "The BTC equivalent of our digital asset holdings as of March 31, 2023 was "
            "approximately 1,480.0 BTC.",
            dt.date(2023, 6, 12),
            set(),
        ),
        # A balance left after a reduction, dated at the end of the month named.
        (
            "In April, TeraWulf repaid $30 million of the term loan, reducing the outstanding "
            "balance to $76 million.",
            dt.date(2024, 7, 9),
            {
                ("debt_repaid_usd", Decimal("30000000"), "2024-04"),
                ("debt_total_usd", Decimal("76000000"), "2024-04-30"),
            },
        ),
        # No sale stated as coins kept in custody.
        (
            "During the fourth quarter of 2022, 100% of self-mined Bitcoin was deposited into "
            "custody.",
            dt.date(2023, 3, 9),
            {("btc_sold", Decimal("0"), "2022-Q4")},
        ),
    ],
)
def test_rule(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


def test_respectively_gives_each_miner_its_own_figure() -> None:
    text = "Bit Digital and Hut 8, which sold 422 and 365 BTC respectively, led in October."
    published = dt.date(2023, 11, 12)
    assert _facts(text, published, entity="HUT") == {("btc_sold", Decimal("365"), "2023-10")}
    assert _facts(text, published, entity="BTBT") == {("btc_sold", Decimal("422"), "2023-10")}
    assert _facts(text, published, entity="RIOT") == set()


def test_stated_balance_date_supersedes_the_same_balance_undated() -> None:
    text = (
        "Riot announces note offering; holds 11,425 BTC\n"
        "As of Nov 30, 2024, Riot held 11,425 Bitcoin, all from mining operations."
    )
    assert _facts(text, dt.date(2024, 12, 9)) == {("btc_held", Decimal("11425"), "2024-11-30")}
