"""False figures and wrong periods of blind batch aj1, each as a class with its near misses.

* A multiplied base is a comparative: "produced 650.5 BTC in July, tripling the approximately
  450 BTC mined during June" (the June figure is the base, not a figure of its own).
* Two months a sentence sums name no period: "Combined Bitcoin production during April and May
  reached approximately 954.5 BTC"; neither month dates it, nor the prose after it.
* An executive award's terms are no AI build-out: "Vesting requires: … OR hyperscaler lease for
  200+ MW", "vesting hurdles remain 600 MW" (no capacity, no contract signed).
* An investment made of shares is an equity raise, not AI capex: "The $460M investment
  includes 9M new shares".
* Principal with the interest still to accrue until maturity is no balance: "$17.9 million of
  outstanding principal amount of debt and interest, which would accrue through maturity".
* An opening "Following …" clause dates its own recalled figure only: "Following a sale of
  approximately 1,818 Bitcoin in December, Riot … has disclosed the sale of roughly 1,080".
* A later sentence of the paragraph dates notes issued: "… has issued $1.3 billion … The notes
  were issued on September 30, 2025" (published in October).
* "sold 134 of these Bitcoins" is a sale of 134 BTC.
* "the sale of $208.3 million worth of bitcoin" is the sale's proceeds, and a headline's "$208
  million" beside it is the same sum rounded.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_MULTIPLIED_BASE: list[tuple[str, Must, MustNot]] = [
    (
        "According to data provider Farside Investors, Cango produced 650.5 BTC in July, "
        "tripling the approximately 450 BTC mined during June.",
        [("btc_produced", 650.5, "2025-07")],
        [("btc_produced", 450)],
    ),
    (
        "Acme mined 900 BTC in July, doubling the 450 BTC it mined in June.",
        [("btc_produced", 900, "2025-07")],
        [("btc_produced", 450)],
    ),
    (
        "Acme sold 300 BTC in July, quadrupling the 75 BTC sold in June.",
        [("btc_sold", 300, "2025-07")],
        [("btc_sold", 75)],
    ),
    # near miss: a doubling of no stated figure leaves the figure before it
    (
        "Acme produced 900 BTC in July, doubling the output of June.",
        [("btc_produced", 900, "2025-07")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _MULTIPLIED_BASE)
def test_a_multiplied_base_is_a_comparative(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "CANG", "2025-08-08"), must, must_not)


_COMBINED_MONTHS: list[tuple[str, Must, MustNot]] = [
    (
        "Cango produced 650.5 BTC in July. Combined Bitcoin production during April and May of "
        "this year reached approximately 954.5 BTC, benchmarking Cango among the top 20 "
        "publicly traded Bitcoin holders. As of now, the company's total holdings stand at "
        "4,529.7 BTC.",
        [("btc_produced", 650.5, "2025-07"), ("btc_held", 4529.7, "2025-07")],
        [("btc_produced", 954.5)],
    ),
    (
        "Acme mined 954 BTC in April and May combined.",
        [],
        [("btc_produced", 954)],
    ),
    (
        "Together, in April and May 2025 the company sold 300 BTC.",
        [],
        [("btc_sold", 300)],
    ),
    # near misses: two months, each with its own figure; a span that is a quarter
    (
        "Acme mined 500 BTC in April and 454 BTC in May.",
        [("btc_produced", 500, "2025-04"), ("btc_produced", 454, "2025-05")],
        [],
    ),
    (
        "Acme mined 1,400 BTC between April and June.",
        [("btc_produced", 1400, "2025-Q2")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _COMBINED_MONTHS)
def test_two_months_summed_name_no_period(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "CANG", "2025-08-08"), must, must_not)


_AWARD_TERMS: list[tuple[str, Must, MustNot]] = [
    (
        "Vesting requires: Building 02 achieving >$20M net operating income for 2 quarters OR "
        "hyperscaler lease for 200+ MW.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
    (
        "Total PSUs unchanged at 1.5 million; vesting hurdles remain 600 MW for First/Third and "
        "1.6 GW for Second/Fourth. All contracts entered before award date now count toward "
        "hurdles; the hyperscaler lease counts.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
    (
        "The performance stock units vest upon the signing of a hyperscaler lease for at least "
        "200 MW of critical IT load.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
    # near miss: the lease itself, signed
    (
        "Applied Digital signed a 15-year lease with a hyperscaler for 200 MW of critical IT "
        "load at Polaris Forge 2.",
        [("ai_capacity_mw", 200, "2025-04")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _AWARD_TERMS)
def test_an_award_s_terms_are_no_ai_figures(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "APLD", "2025-04-17"), must, must_not)


_SHARES_INVESTMENT: list[tuple[str, Must, MustNot]] = [
    (
        "Galaxy Digital Secures $460 Million to Transform Texas Bitcoin Site into Massive AI "
        "Data Hub.\nThe $460M investment includes 9M new shares and 3.8M sold by Galaxy "
        "executives, including CEO Mike Novogratz.",
        [],
        [("ai_capex_usd", None)],
    ),
    (
        "The company is building an AI data center campus. The $300 million equity raise "
        "consists of 10 million common shares sold at $30.",
        [],
        [("ai_capex_usd", None)],
    ),
    # near miss: an investment in the AI build is capex
    (
        "Galaxy Digital Secures $460 Million to Transform Texas Bitcoin Site into Massive AI "
        "Data Hub.\nGalaxy said the $460M investment in AI data center construction at Helios "
        "was made in October.",
        [("ai_capex_usd", 460e6, "2025-10")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _SHARES_INVESTMENT)
def test_an_investment_made_of_shares_is_no_capex(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "GLXY", "2025-10-16"), must, must_not)


_INTEREST_TO_COME: list[tuple[str, Must, MustNot]] = [
    (
        "Stronghold announced that it has entered into an exchange agreement with the holders "
        "of the Notes, whereby all of the approximately $17.9 million of outstanding principal "
        "amount of debt and interest, which would accrue through maturity under the Notes, will "
        "be extinguished in exchange for shares of preferred stock.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "The $25 million of outstanding principal and interest to accrue until maturity will be "
        "settled in shares.",
        [],
        [("debt_total_usd", None)],
    ),
    # near miss: principal and accrued interest outstanding is owed now
    (
        "As of December 31, 2022, the company had $17.9 million of outstanding principal under "
        "the Notes.",
        [("debt_total_usd", 17.9e6, "2022-12-31")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _INTEREST_TO_COME)
def test_principal_with_interest_to_come_is_no_balance(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "SDIG", "2023-01-03"), must, must_not)


_OPENING_EVENT: list[tuple[str, Must, MustNot]] = [
    (
        "Following a substantial sale of approximately 1,818 Bitcoin in December, Acme "
        "has disclosed the sale of roughly 1,080 Bitcoin.",
        [("btc_sold", 1080, "2026-01")],
        [("btc_sold", 1818)],
    ),
    (
        "After its sale of 500 BTC in November, the miner sold another 300 BTC.",
        [("btc_sold", 300, "2026-01")],
        [],
    ),
    # near misses: the opening clause names no figure; the figure's own month
    (
        "After a record month in December, Riot sold 1,080 Bitcoin.",
        [("btc_sold", 1080, "2025-12")],
        [],
    ),
    (
        "Following a sale of 1,818 Bitcoin in December, Riot sold 1,080 Bitcoin in January.",
        [("btc_sold", 1080, "2026-01")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _OPENING_EVENT)
def test_an_opening_following_clause_dates_its_own_figure(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "RIOT", "2026-01-17"), must, must_not)


_ISSUE_DAY_LATER: list[tuple[str, Must, MustNot]] = [
    (
        "Cipher Mining Inc. announced Wednesday that it has issued $1.3 billion aggregate "
        "principal amount of 0.00% Convertible Senior Notes due 2031. The company maintains a "
        "healthy current ratio of 4.18. The notes were issued on September 30, 2025, under an "
        "indenture with U.S. Bank Trust Company.",
        [("debt_issued_usd", 1.3e9, "2025-09")],
        [],
    ),
    (
        "Acme announced that it has closed a $50 million term loan. The loan was funded on "
        "September 29, 2025.",
        [("debt_issued_usd", 50e6, "2025-09")],
        [],
    ),
    # near miss: no day told, the publication month
    (
        "Cipher Mining Inc. announced Wednesday that it has issued $1.3 billion aggregate "
        "principal amount of 0.00% Convertible Senior Notes due 2031. The notes are senior "
        "unsecured obligations.",
        [("debt_issued_usd", 1.3e9, "2025-10")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _ISSUE_DAY_LATER)
def test_a_later_sentence_dates_the_issue(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "CIFR", "2025-10-01"), must, must_not)


_SOLD_OF_THESE: list[tuple[str, Must, MustNot]] = [
    (
        "In June, Bitfarms mined 189 BTC. The company sold 134 of these Bitcoins for around "
        "$8.8 million, leaving it with 905 BTC.",
        [("btc_sold", 134, "2024-06"), ("btc_sale_proceeds_usd", 8.8e6, "2024-06")],
        [],
    ),
    (
        "In June, Acme mined 189 BTC and sold 120 of those bitcoin.",
        [("btc_sold", 120, "2024-06")],
        [],
    ),
    # near miss: shares, not coins
    (
        "In June, Acme mined 189 BTC. The company sold 134 of these shares for $8.8 million.",
        [],
        [("btc_sold", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _SOLD_OF_THESE)
def test_sold_of_these_bitcoins(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "BITF", "2024-07-02"), must, must_not)


_SALE_WORTH: list[tuple[str, Must, MustNot]] = [
    (
        "Core Scientific sold $208 million worth of bitcoin in Q1 as its AI pivot continues\n\n"
        "Core Scientific has made headlines with the sale of $208.3 million worth of bitcoin "
        "in the first quarter of 2026. This transaction involved the sale of 2,385 bitcoins.",
        [("btc_sale_proceeds_usd", 208.3e6, "2026-Q1"), ("btc_sold", 2385, "2026-Q1")],
        [("btc_sale_proceeds_usd", 208e6)],
    ),
    (
        "Acme completed the sale of $45.6 million worth of bitcoin in the first quarter of 2026.",
        [("btc_sale_proceeds_usd", 45.6e6, "2026-Q1")],
        [],
    ),
    # near misses: two sales of other sizes stay; a sale of bitcoin mining equipment is none
    (
        "Acme sold $200 million worth of bitcoin in the first quarter of 2026. Acme sold "
        "$250 million worth of bitcoin in the second quarter of 2026.",
        [
            ("btc_sale_proceeds_usd", 200e6, "2026-Q1"),
            ("btc_sale_proceeds_usd", 250e6, "2026-Q2"),
        ],
        [],
    ),
    (
        "Acme completed the sale of $45.6 million worth of bitcoin mining equipment in the "
        "first quarter of 2026.",
        [],
        [("btc_sale_proceeds_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _SALE_WORTH)
def test_a_sale_of_money_worth_of_bitcoin(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "CORZ", "2026-05-07"), must, must_not)


# A leading balance date with its year ("As of December 31, 2022,") and cash "on hand" told
# before the coins: "had … cash on hand and approximately 6 Bitcoin" is the holding at that date.
_DATED_HAD: list[tuple[str, Must, MustNot]] = [
    (
        "As of December 31, 2022, Stronghold had approximately $12.4 million of unrestricted "
        "cash on hand and approximately 6 Bitcoin.",
        [("btc_held", 6, "2022-12-31")],
        [],
    ),
    (
        "As of December 31, 2022, Stronghold had 6 bitcoins.",
        [("btc_held", 6, "2022-12-31")],
        [],
    ),
    # near misses: a comparison, not a holding; the plain form read before
    (
        "As of December 31, 2022, Stronghold had 6 bitcoins more than a year earlier.",
        [],
        [("btc_held", None)],
    ),
    (
        "At the end of 2022, Stronghold had about $12.4 million of cash and about 6 bitcoins.",
        [("btc_held", 6, "2022-12-31")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _DATED_HAD)
def test_a_holding_after_a_dated_lead_and_cash(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "SDIG", "2023-01-03"), must, must_not)


# rev26c: two flows of body sentences are two figures, not a rounding of one another; only a
# title's rounded sum gives way to the body's exact one.
_TWO_FLOWS: list[tuple[str, Must, MustNot]] = [
    (
        "Acme Mining Provides March 2025 Production Update\n\nDuring March, Acme repaid $2 "
        "million of principal on its equipment financing with Foo Capital. Acme also repaid "
        "$2.5 million of principal on its term loan with Bar Bank.",
        [("debt_repaid_usd", 2e6, "2025-03"), ("debt_repaid_usd", 2.5e6, "2025-03")],
        [],
    ),
    (
        "Acme Mining Provides March 2025 Production Update\n\nDuring March, Acme sold 50 BTC "
        "for proceeds of $4 million. The Company sold an additional 52 BTC on March 28 for "
        "proceeds of $4.4 million.",
        [("btc_sale_proceeds_usd", 4e6, "2025-03"), ("btc_sale_proceeds_usd", 4.4e6, "2025-03")],
        [],
    ),
    (
        "Acme repaid $8 million of its equipment loans and $8.6 million of its term loan "
        "during March.",
        [("debt_repaid_usd", 8e6, "2025-03"), ("debt_repaid_usd", 8.6e6, "2025-03")],
        [],
    ),
    # near miss: the title's rounding of the body's sale still gives way
    (
        "Acme sold $4 million of bitcoin in March 2025\n\nDuring March, Acme sold 50 BTC for "
        "proceeds of $4.4 million.",
        [("btc_sale_proceeds_usd", 4.4e6, "2025-03")],
        [("btc_sale_proceeds_usd", 4e6)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _TWO_FLOWS)
def test_two_body_flows_are_not_a_rounding(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-04-05"), must, must_not)


# rev26c: a sentence that sums two months loses only the summed figure, not its other flows.
_SUMMED_AND_OWN: list[tuple[str, Must, MustNot]] = [
    (
        "Acme mined 480 BTC in May, bringing combined production during April and May to "
        "954.5 BTC.",
        [("btc_produced", 480, "2025-05")],
        [("btc_produced", 954.5)],
    ),
    (
        "Acme mined 480 BTC in May, and 954.5 BTC in April and May combined.",
        [("btc_produced", 480, "2025-05")],
        [("btc_produced", 954.5)],
    ),
    (
        "Acme produced 480 BTC in May, and in total sold 300 BTC in April and May 2025 to "
        "fund expansion.",
        [("btc_produced", 480, "2025-05")],
        [("btc_sold", 300)],
    ),
    # near miss: the summed figure alone is still dropped
    (
        "Combined Bitcoin production during April and May reached approximately 954.5 BTC.",
        [],
        [("btc_produced", 954.5)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _SUMMED_AND_OWN)
def test_summed_months_drop_only_their_figure(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-06-03"), must, must_not)


# rev26c: a later "The notes were issued on <day>" dates only notes, and a day of an earlier
# year is other notes': it never erases the figure.
_LATER_ISSUE_DAY: list[tuple[str, Must, MustNot]] = [
    (
        "Acme announced that it has closed a $75 million term loan to repay its convertible "
        "notes. The notes were issued on June 15, 2021 and bear interest at 8%.",
        [("debt_issued_usd", 75e6, "2025-10")],
        [],
    ),
    (
        "Acme announced that it has closed a $75 million term loan to repay its convertible "
        "notes. The notes were issued on June 15, 2025 and bear interest at 8%.",
        [("debt_issued_usd", 75e6, "2025-10")],
        [],
    ),
    (
        "Acme announced that it has issued $50 million of convertible notes due 2030. The "
        "Company previously issued $30 million of notes in 2021. The notes were issued on "
        "June 1, 2021.",
        [("debt_issued_usd", 50e6, "2025-10")],
        [],
    ),
    # near miss: the notes' own issue day still dates them
    (
        "Acme announced that it has issued $1.3 billion aggregate principal amount of 0.00% "
        "Convertible Senior Notes due 2031. The notes were issued on September 30, 2025, "
        "under an indenture.",
        [("debt_issued_usd", 1.3e9, "2025-09")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _LATER_ISSUE_DAY)
def test_later_issue_day_of_the_same_notes(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-10-03"), must, must_not)


# rev26c: "hurdles remain" and "performance targets" are ordinary words; they tell an award's
# terms only beside an award word.
_CONDITION_WORDS: list[tuple[str, Must, MustNot]] = [
    (
        "While regulatory hurdles remain, Acme has energized 100 MW of AI capacity at its Texas "
        "campus.",
        [("ai_capacity_mw", 100, "2025-06"), ("ai_milestone", None, "2025-06")],
        [],
    ),
    (
        "Acme signed a 200 MW HPC lease with a hyperscaler, meeting performance targets set by "
        "the board.",
        [("ai_capacity_mw", 200, "2025-06"), ("ai_milestone", None, "2025-06")],
        [],
    ),
    # near miss: the same targets as an award's
    (
        "The CEO's award vests when performance targets are met, including a 200 MW HPC lease "
        "with a hyperscaler.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
    (
        "Hurdles remain 600 MW for the award's first and third tranches.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CONDITION_WORDS)
def test_condition_words_need_an_award(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-06-03"), must, must_not)


# rev26c: interest that "accrues until maturity" (the present tense: the note's terms) leaves a
# balance a balance; only interest that would, will or is to accrue is still to come.
_INTEREST_ACCRUES: list[tuple[str, Must, MustNot]] = [
    (
        "The Company had $17.9 million of principal outstanding under the notes as of December "
        "31, 2022, and interest accrues until maturity at 10% per annum.",
        [("debt_total_usd", 17.9e6, "2022-12-31")],
        [],
    ),
    # near miss: interest that will accrue is still to come
    (
        "The $17.9 million of outstanding principal and interest, which will accrue until "
        "maturity, will be exchanged for preferred stock.",
        [],
        [("debt_total_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _INTEREST_ACCRUES)
def test_interest_that_accrues_keeps_the_balance(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "SDIG", "2023-01-10"), must, must_not)


# rev26c: an opening "After …" clause dates only a recalled deal (a sale, purchase, repayment,
# issue); an expansion or a record output it opens with frames the figure, in the same month.
_OPENING_FRAME: list[tuple[str, str, Must, MustNot]] = [
    (
        "After its 50 MW expansion in August, Acme mined 600 BTC.",
        "2025-09-03",
        [("btc_produced", 600, "2025-08")],
        [],
    ),
    (
        "After a record 750 BTC mined in June, Acme sold 500 BTC for $30 million.",
        "2025-07-20",
        [("btc_sold", 500, "2025-06")],
        [],
    ),
    # near miss: a recalled sale still dates only itself
    (
        "Following a substantial sale of approximately 1,818 Bitcoin in December, Acme "
        "has disclosed the sale of roughly 1,080 Bitcoin.",
        "2026-01-17",
        [("btc_sold", 1080, "2026-01")],
        [("btc_sold", 1818)],
    ),
]


@pytest.mark.parametrize(("text", "published", "must", "must_not"), _OPENING_FRAME)
def test_an_opening_frame_dates_its_figure(
    text: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", published), must, must_not)


# rev26c: an investment that "includes … units" is equity only when the units are stock units.
_HARDWARE_UNITS: list[tuple[str, Must, MustNot]] = [
    (
        "Acme said the $300 million investment includes 20,000 Nvidia GPU units and liquid "
        "cooling for its AI data center.",
        [("ai_capex_usd", 300e6, "2025-06")],
        [],
    ),
    # near miss: stock units sold are equity, no AI spend
    (
        "Acme said the $300 million investment includes 20 million stock units for its AI data "
        "center.",
        [],
        [("ai_capex_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _HARDWARE_UNITS)
def test_hardware_units_are_no_shares(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-06-03"), must, must_not)
