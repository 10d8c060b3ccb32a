"""Batch ai's English first-run misses (issue 16), one class per test, from the real cases'
shapes with variants and near misses.

- a holding the balance sheet calls "unrestricted" after "held a total of" (decided case 12);
- a sale dated "during the month of December 2022" after a proceeds aside "for a total of $X",
  in a story whose lead names the day it was revealed (README "Periods": the figure's own
  period phrase wins);
- a coupon's payment days ("payable quarterly in arrears on each March 31, June 30, …") are no
  balance dates: they do not make a note agreement's story a quarterly report.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_HELD: list[tuple[str, Must, MustNot]] = [
    (
        "Marathon opted to sell 800 bitcoin last month to help support operations. As of Sept. 30, "
        "the company held a total of 13,726 unrestricted bitcoin.",
        [("btc_held", 13_726, "2023-09-30")],
        [],
    ),
    (
        "As of September 30, Marathon held 13,726 unencumbered BTC.",
        [("btc_held", 13_726, "2023-09-30")],
        [],
    ),
    # near misses: a sale of such coins is no holding; coins held for customers are not its own
    ("In September the company sold 500 unrestricted bitcoin.", [], [("btc_held", None)]),
    (
        "As of Sept. 30, customers held 13,726 unrestricted bitcoin on the platform.",
        [],
        [("btc_held", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _HELD)
def test_a_holding_of_unrestricted_coins_is_the_holding(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "MARA", "2023-10-04"), must, must_not)


_MONTH_OF: list[tuple[str, Must, MustNot]] = [
    (
        "On January 3, Bitfarms revealed that it had sold 1,755 BTC for a total of $29.9 million "
        "during the month of December 2022.",
        [("btc_sold", 1_755, "2022-12"), ("btc_sale_proceeds_usd", 29_900_000, "2022-12")],
        [],
    ),
    (
        "On January 3, Bitfarms said it sold 1,755 BTC for a total of $29.9 million in December.",
        [("btc_sold", 1_755, "2022-12"), ("btc_sale_proceeds_usd", 29_900_000, "2022-12")],
        [],
    ),
    (
        "On January 3, Bitfarms said it mined 400 BTC during the month of December.",
        [("btc_produced", 400, "2022-12")],
        [],
    ),
    # near miss: "the month" alone names no month (the story's own, here its publication's)
    ("Bitfarms said it mined 400 BTC during the month.", [("btc_produced", 400, "2023-01")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _MONTH_OF)
def test_the_month_a_sale_names_dates_it_past_its_proceeds(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "BITF", "2023-01-04"), must, must_not)


_NOTE = (
    "Hut 8 Corp. entered into a Convertible Note Purchase Agreement to issue principal amount of "
    "$150 million of senior unsecured convertible notes for a gross proceeds of $150 million on "
    "June 21, 2024. The transaction includes participation from Coatue.\n\n"
    "The Note bears interest at a rate of 8% per year, {schedule} and matures on June, 2029.\n\n"
    "The Transaction is expected to be completed on or prior to July 11, 2024."
)
_SCHEDULES = [
    "payable quarterly in arrears on each March 31, June 30, September 30 and December 31, "
    "commencing September 30, 2024",
    "payable semi-annually on March 31 and September 30, beginning September 30, 2024",
    "payable quarterly on each of March 31, June 30, September 30 and December 31",
]


@pytest.mark.parametrize("schedule", _SCHEDULES)
def test_a_coupons_payment_days_do_not_date_the_story(schedule: str) -> None:
    found = found_items(_NOTE.format(schedule=schedule), "HUT", "2024-06-24")
    assert_must(found, [("debt_issued_usd", 150_000_000, "2024-06")], [])


def test_a_quarter_end_balance_still_dates_the_story() -> None:
    """Near miss: a balance "as of March 31" (no payment words) still dates a quarterly story."""
    text = (
        "As of March 31, Hut 8 had $150 million of convertible notes outstanding. "
        "As of March 31, the company held 9,102 bitcoin."
    )
    found = found_items(text, "HUT", "2024-05-10")
    assert_must(found, [("btc_held", 9_102, "2024-03-31")], [])


# A customer deal told by a news writer's frame (the signing as a noun, the deal as the news, a
# spinner's "settlement" with what it provides), or by a tenant exercising its option at a site
# whose owner is described as a bitcoin miner (README, decided cases 30/39: a contract signed).
_DEALS: list[tuple[str, bool]] = [
    (
        "Based in Colorado, Riot disclosed the completion of a substantial land purchase and the "
        "execution of its maiden hyperscale data center lease, suggesting a strategic broadening "
        "of its operational focus.",
        True,
    ),
    ("Riot announced the signing of a 10-year AI colocation lease with AMD.", True),
    (
        "Cipher Mining (CIFR) is making headlines with a massive $5.5 billion, 15-year lease "
        "agreement with Amazon Web Services (AWS) to provide space and power for AI workloads.",
        True,
    ),
    (
        "Mawson Infrastructure Group Inc. (NASDAQ: MIGI), a U.S.-based digital infrastructure "
        "supplier, has entered into a big settlement to provide synthetic intelligence and "
        "high-performance computing (AI/HPC) colocation companies.",
        True,
    ),
    (
        "Fluidstack has exercised its option to expand its presence at Bitcoin miner Terawulf’s "
        "Lake Mariner data center campus in Western New York.",
        True,
    ),
    # near misses: a signing still being negotiated, a land lease, a court settlement, a loan
    # agreement in the news, a tenant's option for mining machines
    ("Riot is negotiating the execution of a lease with AMD.", False),
    ("Riot announced the execution of a land lease for its Rockdale site.", False),
    ("Mawson entered into a settlement to resolve the lawsuit with its former landlord.", False),
    ("Cipher is making headlines with a $200 million loan agreement with Coinbase.", False),
    ("Fluidstack has exercised its option to host bitcoin miner fleets at the site.", False),
]


_ENTITIES = {"Cipher": "CIFR", "Mawson": "MIGI", "Fluidstack": "WULF", "Riot": "RIOT"}


@pytest.mark.parametrize(("text", "signed"), _DEALS)
def test_a_deal_told_by_a_news_frame_is_a_contract_signed(text: str, signed: bool) -> None:
    entity = next(ticker for name, ticker in _ENTITIES.items() if name in text)
    found = found_items(text, entity, "2026-01-16")
    details = {item["detail"] for item in found if item["metric"] == "ai_milestone"}
    assert ("contract_signed" in details) is signed, found


# AI capacity: a lease's premises "planned to provide" their critical IT load (the signed
# lease's scope, rule 39); a building named for an Nvidia accelerator platform (AI use, rule
# 30); a facility's "total capacity" (its power, rule 5); a deal recalled as the one "days
# after announcing" or the announcement the news "builds on" (rule 1).
_CAPACITY: list[tuple[str, str, Must, MustNot]] = [
    (
        "WULF",
        "TeraWulf Inc. entered into a major datacenter lease for colocation building CB-5 with "
        "Fluidstack. The CB-5 premises are planned to provide more than 160 megawatts of critical "
        "IT load for high-performance computing operations, with construction expected to be "
        "completed by year end 2026.",
        [("ai_capacity_mw", 160, "2025-08")],
        [],
    ),
    (
        "CORZ",
        "- Existing 70 MW building for Nvidia GB300 platform on track for Q2 2026 delivery; funded "
        "from existing liquidity.",
        [("ai_capacity_mw", 70, "2025-08")],
        [],
    ),
    (
        "CORZ",
        "The new 70 MW building for Nvidia Blackwell systems is on track for delivery in Q2 2026.",
        [("ai_capacity_mw", 70, "2025-08")],
        [],
    ),
    (
        "CORZ",
        "Core Scientific and CoreWeave began construction of their new HPC data centre. The new "
        "data centre will have 100 megawatts of total capacity once constructed and operational.",
        [],
        [("ai_capacity_mw", 100)],
    ),
    (
        "WULF",
        "Fluidstack has exercised its option to expand its presence at Terawulf’s Lake Mariner "
        "data center campus, just days after announcing a 200-megawatt AI colocation deal.",
        [],
        [("ai_capacity_mw", 200)],
    ),
    (
        "WULF",
        "The update builds on TeraWulf’s Aug. 14 announcement of two 10-year colocation agreements "
        "with Fluidstack covering more than 200 MW of IT load.",
        [],
        [("ai_capacity_mw", 200)],
    ),
    # near misses: a building only planned, a total named as IT capacity, a deal signed weeks
    # after another announcement, a mining site beside a small cluster
    (
        "WULF",
        "The CB-5 building is planned to provide more than 160 megawatts of critical IT load.",
        [],
        [("ai_capacity_mw", 160)],
    ),
    (
        "CORZ",
        "The new HPC data centre will have 100 megawatts of total critical IT capacity.",
        [("ai_capacity_mw", 100, "2025-08")],
        [],
    ),
    (
        "WULF",
        "Two weeks after announcing its results, TeraWulf signed a 200-megawatt AI colocation "
        "lease with Fluidstack.",
        [("ai_capacity_mw", 200, "2025-08")],
        [],
    ),
    (
        "CORZ",
        "The company's 70 MW facility hosts S21 miners beside a small H100 cluster.",
        [],
        [("ai_capacity_mw", 70)],
    ),
]


@pytest.mark.parametrize(("entity", "text", "must", "must_not"), _CAPACITY)
def test_ai_capacity_of_a_lease_a_platform_a_total_and_a_recalled_deal(
    entity: str, text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, "2025-08-18"), must, must_not)


# Debt that is not the company's borrowing or retires none: loans the company made to a
# seller (a receivable), the payoff as a noun after a preposition ("the benefits of paying off
# its debt"), purchase commitments extinguished in a sentence naming no debt (decided case 33).
_DEBT: list[tuple[str, str, Must, MustNot]] = [
    (
        "LMFA",
        "- Company lent additional $0.7M to seller at signing; aggregate loans total $3.7M.",
        [],
        [("debt_total_usd", None), ("debt_issued_usd", None)],
    ),
    (
        "LMFA",
        "The Company lent an additional $0.7 million to the seller at signing; aggregate loans "
        "total $3.7 million.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "CORZ",
        "Core Scientific highlighted that the long-term benefits of paying off its debt "
        "“outweigh the immediate loss.”",
        [],
        [("debt_total_usd", 0)],
    ),
    ("CORZ", "Core Scientific is committed to paying off its debt.", [], [("debt_total_usd", 0)]),
    (
        "BITF",
        "Additionally, Bitfarms was able to renegotiate miner purchase agreements, which resulted "
        "in the penalty-free extinguishment of $45.4 million and the creation of a $22.4 million "
        "credit for pre-paid deposits.",
        [],
        [("debt_repaid_usd", None)],
    ),
    # near misses: a loan made to the company, a payoff done, an extinguishment of debt, a
    # repayment with no debt word
    (
        "BITF",
        "NYDIG lent $37 million to Bitfarms; aggregate loans total $50 million.",
        [("debt_total_usd", 50_000_000, "2023-01")],
        [],
    ),
    (
        "CORZ",
        "Core Scientific said it has paid off its debt.",
        [("debt_total_usd", 0, "2023-01")],
        [],
    ),
    (
        "BITF",
        "On October 26, 2022, the company completed the extinguishment of $2.1 million of debt.",
        [("debt_repaid_usd", 2_100_000, "2022-10")],
        [],
    ),
    (
        "BITF",
        "Bitfarms announced the repayment of $50 million.",
        [("debt_repaid_usd", 50_000_000, "2023-01")],
        [],
    ),
]


@pytest.mark.parametrize(("entity", "text", "must", "must_not"), _DEBT)
def test_loans_made_payoffs_as_nouns_and_commitments_are_no_debt_figures(
    entity: str, text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, "2023-01-20"), must, must_not)


# A quarterly filing's "three and nine months … N and M …, respectively": the second figure is
# the year to date (rule 42), the first the quarter's.
_SPAN_PAIRS: list[tuple[str, Must, MustNot]] = [
    (
        "In the three and nine months period ended December 31, 2024, the Company mined 322 "
        "Bitcoin and 1,111 Bitcoin respectively, compared with 830 and 2,465 respectively for "
        "the period ended December 31, 2023.",
        [("btc_produced", 322, "2024-Q4")],
        [("btc_produced", 1_111)],
    ),
    (
        "During the three and six months ended December 31, 2024, the Company mined 322 Bitcoin "
        "and 611 Bitcoin, respectively.",
        [("btc_produced", 322, "2024-Q4")],
        [("btc_produced", 611)],
    ),
    # near miss: two things in one month, no span pair
    (
        "In December 2024 the Company mined 322 Bitcoin and sold 111 Bitcoin.",
        [("btc_produced", 322, "2024-12"), ("btc_sold", 111, "2024-12")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _SPAN_PAIRS)
def test_the_second_of_a_quarter_and_year_to_date_pair_is_not_read(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "HIVE", "2025-02-14"), must, must_not)


# A filing's note counting the balance-sheet line in coins: "digital assets comprised 141
# Bitcoin equivalents" is the holding at the note's date (decided case 12: the holding as stated).
_ASSETS: list[tuple[str, Must, MustNot]] = [
    (
        "As at 31 December 2022, digital assets comprised 141 Bitcoin equivalents (2021: 2,441 "
        "Bitcoin).",
        [("btc_held", 141, "2022-12-31")],
        [("btc_held", 2_441)],
    ),
    (
        "As at 31 December 2022, the Group's digital assets consisted of 141 Bitcoin.",
        [("btc_held", 141, "2022-12-31")],
        [],
    ),
    # near misses: assets held for customers; the line's value, not a count
    (
        "As at 31 December 2022, digital assets held for customers comprised 141 Bitcoin.",
        [],
        [("btc_held", None)],
    ),
    (
        "As at 31 December 2022, digital assets comprised $368k of Bitcoin.",
        [],
        [("btc_held", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _ASSETS)
def test_digital_assets_counted_in_bitcoin_are_the_holding(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ARBK", "2024-04-26"), must, must_not)
