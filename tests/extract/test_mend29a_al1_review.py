"""What a review of al's English fixes found, each as a class (review rv29a of merge 26280531).

* A hash unit divides only the figure it follows ("$45 per PH/s per day", "4.1 BTC per
  exahash") or the one its opening "for every exahash" clause ends on; the coins told after a
  price, a revenue or another yield per unit are the company's production.
* A named year told in the present perfect is year to date only for the figure whose period is
  that year: "In 2023, the company … has mined 1,187 BTC in September" is September's.
* A rounded repeat is the same period's figure: "150 BTC in January and 150.4 BTC in February"
  are two months.
* Coins held or sold by outsiders the company talks about ("the hackers possessed 50 BTC") are
  not its own.
* A "than" right before a number bounds it ("fewer than 100 BTC"): it is no comparison hiding
  the year its sentence names.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

Case = tuple[str, str, str, Must, MustNot]

_PER_HASH_ELSEWHERE: list[Case] = [
    (
        "Hashprice fell to $45 per PH/s per day, and the company produced 300 BTC in April.",
        "CLSK",
        "2024-05-02",
        [("btc_produced", 300, "2024-04")],
        [],
    ),
    (
        "With hashprice at about $0.05 per TH/s per day, CleanSpark mined 622 bitcoin in June.",
        "CLSK",
        "2024-07-02",
        [("btc_produced", 622, "2024-06")],
        [],
    ),
    (
        "Revenue per EH/s declined after the halving while Iris Energy mined 412 BTC in April.",
        "IREN",
        "2024-05-07",
        [("btc_produced", 412, "2024-04")],
        [],
    ),
    (
        "At a hashprice of $43 per PH/s per day, Riot sold 400 BTC in January for $40 million.",
        "RIOT",
        "2025-02-04",
        [("btc_sold", 400, "2025-01"), ("btc_sale_proceeds_usd", 40_000_000, "2025-01")],
        [],
    ),
    (
        "The company earned 4.1 BTC per exahash in March, and mined 820 BTC in total.",
        "HUT",
        "2025-04-03",
        [("btc_produced", 820, "2025-03")],
        [("btc_produced", 4.1)],
    ),
    # near misses: the coins' own denominator, after them or opening their clause
    (
        "For every average exahash per second of computational power, 24.5 bitcoin were "
        "earned in May.",
        "ACME",
        "2024-06-05",
        [],
        [("btc_produced", None)],
    ),
    (
        "The 24.5 BTC/average EH/s (meaning that for every average exahash per second of "
        "computational power, 24.5 bitcoin were earned) is down 45% from April.",
        "ACME",
        "2024-06-05",
        [],
        [("btc_produced", None)],
    ),
    (
        "Hashprice recovered in May, and for each EH/s it operated, Acme Mining earned 21.7 BTC.",
        "ACME",
        "2024-06-05",
        [],
        [("btc_produced", None)],
    ),
    (
        "Acme Mining mined 156 BTC in May at 7.2 EH/s, equal to 21.7 BTC per EH/s.",
        "ACME",
        "2024-06-05",
        [("btc_produced", 156, "2024-05")],
        [("btc_produced", 21.7)],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _PER_HASH_ELSEWHERE)
def test_a_hash_unit_divides_only_its_own_figure(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)


_OPEN_YEAR: list[Case] = [
    (
        "In 2023, the company, which has expanded its fleet, has mined 1,187 BTC in September.",
        "MARA",
        "2023-10-04",
        [("btc_produced", 1187, "2023-09")],
        [],
    ),
    (
        "In 2024 Marathon has produced 2,058 BTC in the third quarter and has held every coin.",
        "MARA",
        "2024-11-01",
        [("btc_produced", 2058, "2024-Q3"), ("btc_sold", 0, "2024-Q3")],
        [],
    ),
    (
        "During 2024 Riot has sold 500 BTC in December to fund capex.",
        "RIOT",
        "2024-12-30",
        [("btc_sold", 500, "2024-12")],
        [],
    ),
    (
        "In 2024, as the halving cut rewards, the company has mined 2,000 BTC in the first half "
        "of 2024.",
        "MARA",
        "2024-08-10",
        [("btc_produced", 2000, "2024-H1")],
        [],
    ),
    # near misses: the year's own figure so far, and a year that is over
    (
        "In 2023, Acme Mining has mined 8,610 BTC, including 1,187 BTC in September.",
        "ACME",
        "2023-10-04",
        [("btc_produced", 1187, "2023-09")],
        [("btc_produced", 8610)],
    ),
    (
        "During 2024, Acme Mining has sold 1,200 BTC to fund its expansion.",
        "ACME",
        "2024-08-10",
        [],
        [("btc_sold", None)],
    ),
    (
        "In 2023, Acme Mining has produced a total of 12,852 BTC, the company said.",
        "ACME",
        "2024-01-10",
        [("btc_produced", 12852, "2023")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _OPEN_YEAR)
def test_the_open_year_takes_only_the_figure_it_dates(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)


_ROUNDED_OTHER_PERIOD: list[Case] = [
    (
        "Bitdeer produced 150 BTC in January and 150.4 BTC in February.",
        "BTDR",
        "2025-03-05",
        [("btc_produced", 150, "2025-01"), ("btc_produced", 150.4, "2025-02")],
        [],
    ),
    (
        "Acme Mining sold 300 BTC in the first quarter and 300.2 BTC in the second quarter of "
        "2025.",
        "ACME",
        "2025-08-12",
        [("btc_sold", 300, "2025-Q1"), ("btc_sold", 300.2, "2025-Q2")],
        [],
    ),
    (
        "Acme Mining produced 212 BTC in March 2025; in April 2025 it produced 211.6 BTC.",
        "ACME",
        "2025-07-03",
        [("btc_produced", 212, "2025-03"), ("btc_produced", 211.6, "2025-04")],
        [],
    ),
    # near misses: a headline's rounding of the same month's figure gives way
    (
        "Acme Mining Sold 400 BTC in February\n\nAcme Mining sold 400.6 BTC in February to "
        "fund its expansion.",
        "ACME",
        "2025-03-05",
        [("btc_sold", 400.6, "2025-02")],
        [("btc_sold", 400)],
    ),
    (
        "Acme's February Output Slips: 305 BTC Mined\n\nAcme Mining mined 305.4 BTC in "
        "February, down 3% from January.",
        "ACME",
        "2025-03-05",
        [("btc_produced", 305.4, "2025-02")],
        [("btc_produced", 305)],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _ROUNDED_OTHER_PERIOD)
def test_a_rounded_repeat_is_the_same_periods_figure(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)


_OUTSIDERS: list[Case] = [
    (
        "Marathon said the hackers possessed 50 BTC stolen from an exchange, not its own.",
        "MARA",
        "2025-03-10",
        [],
        [("btc_held", None)],
    ),
    (
        "Marathon said the hackers held 50 BTC stolen from an exchange, not its own.",
        "MARA",
        "2025-03-10",
        [],
        [("btc_held", None)],
    ),
    (
        "Police said the thieves still held 120 BTC taken from Acme Mining's hot wallet.",
        "ACME",
        "2025-03-10",
        [],
        [("btc_held", None)],
    ),
    (
        "Acme Mining noted that retail investors sold 3,000 BTC during the March selloff.",
        "ACME",
        "2025-04-10",
        [],
        [("btc_sold", None)],
    ),
    # near misses: the company's own coins
    (
        "As of November 30, 2025, Riot possessed roughly 19,368 bitcoins.",
        "RIOT",
        "2025-12-03",
        [("btc_held", 19368, "2025-11-30")],
        [],
    ),
    (
        "Marathon said the company held 26,842 BTC at the end of September.",
        "MARA",
        "2024-10-03",
        [("btc_held", 26842, "2024-09-30")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _OUTSIDERS)
def test_outsiders_coins_are_not_the_companys(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)


_THEN_HOLDING = "At the same time, the company's bitcoin holdings reached 6,000 BTC."
_BOUND_BEFORE_YEAR: list[Case] = [
    (
        "With greater than $50 million of revenue, Acme Mining closed 2024 with a profit. "
        + _THEN_HOLDING,
        "ACME",
        "2025-03-15",
        [("btc_held", 6000, "2024-12-31")],
        [],
    ),
    (
        "Having mined fewer than 200 BTC a month, Acme Mining closed 2024 with a net loss. "
        + _THEN_HOLDING,
        "ACME",
        "2025-03-15",
        [("btc_held", 6000, "2024-12-31")],
        [],
    ),
    (
        "Having sold fewer than 100 BTC, Acme Mining closed 2024 with a net loss. " + _THEN_HOLDING,
        "ACME",
        "2025-03-15",
        [("btc_held", 6000, "2024-12-31")],
        [],
    ),
    # near miss: a comparison's base before the year keeps the holding at the story's month
    (
        "Revenue was higher than analysts expected as Acme Mining closed 2024. " + _THEN_HOLDING,
        "ACME",
        "2025-03-15",
        [("btc_held", 6000, "2025-03")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _BOUND_BEFORE_YEAR)
def test_a_than_before_a_number_is_a_bound_not_a_comparison(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)
