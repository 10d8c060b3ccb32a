"""False figures, wrong periods and misses of blind batch al (English), each as a class.

* A holding policy glossed by a gerund is a practice, not a period's zero sale: "adheres to the
  HODL policy, holding all mined Bitcoins" (decided case 18); beside the period's own balance
  or production the same words still say its coins were kept.
* Hosted customers' output is not the company's: "Customer's bitcoin production decreased
  from 265 in April to 128 in May".
* Coins per unit of hash rate are a yield: "The 24.5 BTC/average EH/s is down 45%".
* The year still running, told in the present perfect, is year to date: "In 2023 alone,
  Marathon has produced a total of 8,610 BTC" in October 2023.
* A change's base told with "than" after the figure does not date it: "output of 1,930.8 BTC
  (37.5% higher than Q2)" in a Q3 story.
* "possessed around 53,250 Bitcoins" is a holding.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_POLICY_GLOSS: list[tuple[str, Must, MustNot]] = [
    (
        'Acme Mining adheres to the "HODL" policy, holding all mined Bitcoins and regularly '
        "increasing its holdings.",
        [],
        [("btc_sold", None)],
    ),
    (
        "Acme Mining also announced a shift to a full HODL strategy for its Bitcoin treasury, "
        "which entails retaining all mined Bitcoin and making periodic purchases.",
        [],
        [("btc_sold", None)],
    ),
    (
        "Acme Mining sticks to its HODL approach, keeping all of its self-mined bitcoin.",
        [],
        [("btc_sold", None)],
    ),
    # near misses: the period's own balance or production beside the policy, or a past verb
    (
        "Acme Mining held 9,334 BTC at the end of August, as the company continues its "
        "strategy of holding all mined bitcoin for the long term.",
        [("btc_sold", 0, "2024-08"), ("btc_held", 9334, "2024-08-31")],
        [],
    ),
    (
        "In line with its HODL strategy, Acme Mining held all 450 BTC mined in August.",
        [("btc_sold", 0, "2024-08"), ("btc_produced", 450, "2024-08")],
        [],
    ),
    (
        "Acme Mining produced 450 BTC in August, in line with its policy of retaining all "
        "mined bitcoin.",
        [("btc_sold", 0, "2024-08"), ("btc_produced", 450, "2024-08")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _POLICY_GLOSS)
def test_a_policy_glossed_is_no_zero_sale(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2024-09-05"), must, must_not)


_NOT_OWN_OUTPUT: list[tuple[str, Must, MustNot]] = [
    (
        "Customer's bitcoin production decreased from 265 in April to 128 in May.",
        [],
        [("btc_produced", None)],
    ),
    (
        "Hosting clients' bitcoin output fell from 300 in April to 210 in May.",
        [],
        [("btc_produced", None)],
    ),
    (
        "The 24.5 BTC/average EH/s is down 45% from the previous month.",
        [],
        [("btc_produced", None)],
    ),
    (
        "For every average exahash per second of computational power, 24.5 bitcoin were "
        "earned in May.",
        [],
        [("btc_produced", None)],
    ),
    (
        "Acme Mining earned 24.5 BTC per EH/s in May.",
        [],
        [("btc_produced", None)],
    ),
    # near misses: the company's own production, a hash rate beside it, customers elsewhere
    (
        "Acme Mining's bitcoin production decreased from 500 in April to 447 in May.",
        [("btc_produced", 447, "2024-05")],
        [],
    ),
    (
        "Acme Mining earned 156 BTC in May, or 24.5 BTC per EH/s.",
        [("btc_produced", 156, "2024-05")],
        [("btc_produced", 24.5)],
    ),
    (
        "Acme Mining mined 156 BTC in May at an average hash rate of 6.4 EH/s.",
        [("btc_produced", 156, "2024-05")],
        [],
    ),
    (
        "Acme Mining produced 447 BTC in May, and its clients' production was 128 BTC.",
        [("btc_produced", 447, "2024-05")],
        [("btc_produced", 128)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _NOT_OWN_OUTPUT)
def test_clients_output_and_yield_per_hash_are_not_production(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2024-06-05"), must, must_not)


_RUNNING_YEAR: list[tuple[str, Must, MustNot]] = [
    ("In 2023 alone, Acme Mining has produced a total of 8,610 BTC.", [], [("btc_produced", None)]),
    ("So far in 2023 the company has mined 8,610 bitcoin.", [], [("btc_produced", None)]),
    ("During 2023, Acme Mining has sold 500 BTC.", [], [("btc_sold", None)]),
    # near misses: a year that is over, a month's flow
    ("In 2022, Acme Mining produced a total of 4,144 BTC.", [("btc_produced", 4144, "2022")], []),
    ("Acme Mining mined 1,242 BTC in September 2023.", [("btc_produced", 1242, "2023-09")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _RUNNING_YEAR)
def test_the_running_year_in_the_present_perfect_is_year_to_date(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2023-10-04"), must, must_not)


_THAN_BASE: list[tuple[str, Must, MustNot]] = [
    (
        "Acme Mining reported its results for Q3 2025. Its Bitcoin mining output was 1,930.8 "
        "BTC (37.5% higher than Q2).",
        [("btc_produced", 1930.8, "2025-Q3")],
        [],
    ),
    (
        "Acme Mining reported its results for Q3 2025. It mined 1,400 BTC, 10% lower than Q2.",
        [("btc_produced", 1400, "2025-Q3")],
        [],
    ),
    # near miss: "more than" bounds the figure itself
    (
        "Acme Mining mined more than 1,400 BTC in Q3 2025.",
        [("btc_produced", 1400, "2025-Q3")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _THAN_BASE)
def test_a_base_told_with_than_does_not_date_the_figure(
    text: str, must: Must, must_not: MustNot
) -> None:
    found = found_items(text, "ACME", "2025-12-02")
    assert_must(found, must, must_not)
    assert not any(str(item["period"]).endswith("Q2") for item in found), found


_POSSESSED: list[tuple[str, Must, MustNot]] = [
    (
        "At the time of the report, Acme Mining possessed around 53,250 Bitcoins, with a "
        "valuation near $4.7 billion as of December 25.",
        [("btc_held", 53250, "2025-12-25")],
        [],
    ),
    # near miss: a capacity possessed, no coins
    ("Acme Mining possessed the ability to mine 800 BTC per month.", [], [("btc_held", None)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _POSSESSED)
def test_possessed_coins_are_held(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-12-26"), must, must_not)


_CUT_SHORT: list[tuple[str, Must, MustNot]] = [
    (
        "Acme's February Bitcoin Mining Unveiled: 472 BTC Mined Amidst Slight Dip\n\n"
        "According to a recent press release, Acme Mining mined 472.7 Bitcoin (BTC) in "
        "February, a 12% decrease from January.",
        [("btc_produced", 472.7, "2025-02")],
        [("btc_produced", 472)],
    ),
    (
        "Acme Mining Sold 400 BTC in February\n\nAcme Mining sold 400.6 BTC in February to "
        "fund its expansion.",
        [("btc_sold", 400.6, "2025-02")],
        [("btc_sold", 400)],
    ),
    # near misses: two different figures; a small count beside a fractional one
    (
        "Acme Mining mined 472.7 BTC in February, and its holdings reached 1,944 BTC.",
        [("btc_produced", 472.7, "2025-02"), ("btc_held", 1944, "2025-02-28")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CUT_SHORT)
def test_a_figure_cut_short_gives_way_to_the_exact_one(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-03-05"), must, must_not)


_RETOLD_UPDATE = (
    "Bitcoin miners Acme Mining and its peers saw production rise in September. Acme Mining "
    "saw a remarkable increase in Bitcoin production, with a total of 1,242 BTC mined in "
    "September. The company's balance sheet currently holds 13,726 unrestricted BTC along with "
    "$101 million in cash."
)


def test_a_flow_told_with_the_verb_after_the_coins_dates_the_retold_holding() -> None:
    found = found_items(_RETOLD_UPDATE, "ACME", "2023-10-04")
    assert_must(found, [("btc_produced", 1242, "2023-09"), ("btc_held", 13726, "2023-09")], [])


def test_a_holding_with_no_retold_flow_keeps_the_publication_month() -> None:
    # near miss: the month is named only for hash rate, no coins mined in it
    text = (
        "Acme Mining raised its hash rate in September. The company's balance sheet currently "
        "holds 13,726 unrestricted BTC along with $101 million in cash."
    )
    assert_must(found_items(text, "ACME", "2023-10-04"), [("btc_held", 13726, "2023-10")], [])


_RECENT_ANNOUNCEMENT: list[tuple[str, Must, MustNot]] = [
    (
        "Acme's Strategic Shift to Artificial Intelligence\n"
        "Acme Mining has unveiled a plan to redirect funds into AI. In a recent announcement on "
        "November 4, the company detailed that it sold 589 Bitcoin during October.",
        [("btc_sold", 589, "2025-10")],
        [],
    ),
    (
        "Acme Pivots\nAcme Mining has unveiled a plan to redirect funds into AI. In its latest "
        "update, the company said that it sold 589 Bitcoin during October.",
        [("btc_sold", 589, "2025-10")],
        [],
    ),
    # near miss: an earlier update recalled beside the story's own month
    (
        "Acme Mining sold 700 BTC in October. Earlier, in its September update, it said it had "
        "sold 589 Bitcoin during September.",
        [("btc_sold", 700, "2025-10")],
        [("btc_sold", 589)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _RECENT_ANNOUNCEMENT)
def test_a_recent_announcement_is_the_news_retold(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-11-05"), must, must_not)


_CASH_THEN_COINS: list[tuple[str, Must, MustNot]] = [
    ("Cash at 30 June 2025 was $1.7m and 2 BTC.", [("btc_held", 2, "2025-06-30")], []),
    (
        "Cash at June 30, 2025 was $12.4 million and 25 BTC.",
        [("btc_held", 25, "2025-06-30")],
        [],
    ),
    # near misses: no coins after the cash, or coins of a flow
    ("Cash at 30 June 2025 was $1.7m and debt was $4m.", [], [("btc_held", None)]),
    (
        "Cash at 30 June 2025 was $1.7m and mining revenue was 25 BTC.",
        [],
        [("btc_held", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CASH_THEN_COINS)
def test_coins_after_a_dated_cash_balance_are_held(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-09-30"), must, must_not)
