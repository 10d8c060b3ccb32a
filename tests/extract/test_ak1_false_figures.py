"""False figures, wrong periods and misses of blind batch ak1, each as a class with near misses.

* A sale the story's news "follows" is recalled: "It follows a smaller divestment in January of
  around 550 BTC and brings the company's total BTC holdings down to just over 3,000" dates
  neither the story nor the holding by January.
* A money bound gives way to the exact sum it stands for: "has sold more than $300 million
  worth of Bitcoin" beside "the sale of 4,451 BTC … for approximately $305 million".
* A sale story's holding of an earlier date is the position before the sale: "Cango has
  announced the sale of 4,451 BTC … increasing its holdings to 7,528.3 BTC by the close of
  2025" (a February story).
* A loan released in stages, its draw named by the noun after the amount: "involves a $50
  million draw" is new debt, not the facility's size.
* New debt named by its closing: "The initial tranche included a $15 million convertible debt
  closing".
* A nil flow told in words dates the holding it leaves: "did not sell any of its Bitcoin
  produced in November, which left its total BTC holding at 363.9 BTC" (decided case 14).
* A year named as a span still running is year to date: "Throughout 2023, … reducing its
  overall debt by $85.3 million" in November 2023.
* "has cleared a substantial $21.8 million in secured debt" is debt repaid.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_FOLLOWED_SALE: list[tuple[str, Must, MustNot]] = [
    (
        "Acme Mining announced that it has completed the sale of 4,451 BTC on the open market "
        "for approximately $305 million. It follows a smaller divestment in January of around "
        "550 BTC and brings the company's total BTC holdings down to just over 3,000. Miners "
        "like Acme are selling, a trend mirrored by peers, both of whom sold BTC in January.",
        [("btc_sold", 4451, "2026-02"), ("btc_held", 3000, "2026-02")],
        [("btc_sold", 550)],
    ),
    (
        "Acme Mining sold 1,200 BTC for $110 million. It comes after an earlier sale in "
        "January of 300 BTC. Others also sold bitcoin in January.",
        [("btc_sold", 1200, "2026-02"), ("btc_sale_proceeds_usd", 110000000, "2026-02")],
        [("btc_sold", 300)],
    ),
    # near miss: the month names the story's own sale, not one it follows
    (
        "Acme Mining sold 1,200 BTC in January for $110 million, bringing its holdings down "
        "to 2,000 BTC. In January the company also mined 40 BTC.",
        [("btc_sold", 1200, "2026-01"), ("btc_held", 2000, "2026-01-31")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _FOLLOWED_SALE)
def test_a_sale_the_news_follows_is_recalled(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2026-02-10"), must, must_not)


def test_the_followed_sale_dates_no_figure() -> None:
    found = found_items(_FOLLOWED_SALE[0][0], "ACME", "2026-02-10")
    assert not any(str(item["period"]).startswith("2026-01") for item in found), found


_MONEY_BOUND: list[tuple[str, Must, MustNot]] = [
    (
        "Acme Mining has sold more than $300 million worth of Bitcoin to repay loans. Acme "
        "announced that it has completed the sale of 4,451 BTC for approximately $305 million.",
        [("btc_sale_proceeds_usd", 305000000, "2026-02")],
        [("btc_sale_proceeds_usd", 300000000)],
    ),
    (
        "Acme raised over $500 million in new debt this month. Acme closed an offering of "
        "$520 million of convertible senior notes.",
        [("debt_issued_usd", 520000000, "2026-02")],
        [("debt_issued_usd", 500000000)],
    ),
    # near miss: a bound with no exact sum keeps its number (decided case 20)
    (
        "Acme Mining has sold more than $300 million worth of Bitcoin this month, it said.",
        [("btc_sale_proceeds_usd", 300000000, "2026-02")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _MONEY_BOUND)
def test_a_money_bound_gives_way_to_its_exact_sum(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2026-02-10"), must, must_not)


_HOLDING_BEFORE_SALE: list[tuple[str, Must, MustNot]] = [
    (
        "Bitcoin miner Acme has announced the sale of 4,451 BTC, totaling approximately $305 "
        "million. Alongside mining, Acme began accumulating BTC, increasing its holdings to "
        "7,528.3 BTC by the close of 2025.",
        [("btc_sold", 4451, "2026-02")],
        [("btc_held", 7528.3)],
    ),
    (
        "Acme sold 900 BTC this week for $80 million. Acme grew its bitcoin holdings to 5,100 "
        "BTC by the end of 2025.",
        [("btc_sold", 900, "2026-02")],
        [("btc_held", 5100)],
    ),
    # near misses: no sale of the story's month; a sale of everything (a nil holding)
    (
        "Acme, which ended 2025 holding 7,528.3 BTC, mined 400 BTC in January.",
        [("btc_held", 7528.3, "2025-12-31")],
        [],
    ),
    (
        "In January, Acme sold all of its bitcoin holdings. In February Acme sold 100 BTC "
        "of new production for $9 million.",
        [("btc_held", 0, "2026-01-31")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _HOLDING_BEFORE_SALE)
def test_a_sale_storys_earlier_holding_is_background(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2026-02-10"), must, must_not)


_STAGED_DRAW: list[tuple[str, Must, MustNot]] = [
    (
        "Acme announced an initial agreement for a private debt facility of up to $300 "
        "million. The first phase of this financing agreement involves a $50 million draw, with "
        "the potential for an additional $250 million as Acme reaches milestones. Interest on "
        "the initial $50 million draw is paid in kind for the first three months.",
        [("debt_issued_usd", 50000000, "2025-04")],
        [("debt_issued_usd", 300000000)],
    ),
    # near misses: a draw still planned; a draw option (room to draw)
    (
        "Acme secured a $300 million facility, with the remaining $250 million to be released "
        "upon milestones. Acme plans a $50 million draw in June.",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "Acme secured a $300 million facility, with the remaining $250 million to be released "
        "upon milestones. The facility includes a $50 million draw option.",
        [],
        [("debt_issued_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _STAGED_DRAW)
def test_a_draw_named_after_its_amount_is_new_debt(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-04-02"), must, must_not)


_DEBT_CLOSING: list[tuple[str, Must, MustNot]] = [
    (
        "The capital raise comprises $400 million in Class A shares and $100 million in "
        "convertible debt. The initial tranche included a $15 million convertible debt "
        "closing, solely for the first wave of acquisitions.",
        [("debt_issued_usd", 15000000, "2025-07")],
        [("debt_total_usd", 15000000)],
    ),
    (
        "The financing included a $25 million first closing of senior secured notes.",
        [("debt_issued_usd", 25000000, "2025-07")],
        [],
    ),
    # near miss: a closing still to come
    (
        "The deal included a $15 million convertible debt closing, which is expected next week.",
        [],
        [("debt_issued_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _DEBT_CLOSING)
def test_new_debt_named_by_its_closing(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2025-07-18"), must, must_not)


_NIL_FLOW_HOLDING: list[tuple[str, Must, MustNot]] = [
    (
        "The company averaged a production of 18.85 BTC per day and did not sell any of its "
        "Bitcoin produced in November, which left its total BTC holding at 363.9 BTC.",
        [("btc_held", 363.9, "2024-11-30")],
        [],
    ),
    (
        "Acme did not sell any of the bitcoin it mined in October, which left its total "
        "holdings at 1,020 BTC.",
        [("btc_held", 1020, "2024-10-31")],
        [],
    ),
    # near miss: the month dates something other than a flow; the holding keeps its label
    (
        "The company, which listed in November, has a total BTC holding of 363.9 BTC.",
        [("btc_held", 363.9, "2024-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _NIL_FLOW_HOLDING)
def test_a_nil_flow_dates_the_holding_it_leaves(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2024-12-04"), must, must_not)


_YEAR_SO_FAR: list[tuple[str, Must, MustNot]] = [
    (
        "Throughout 2023, Acme has demonstrated a proactive approach to debt management, "
        "successfully reducing its overall debt by $85.3 million.",
        [],
        [("debt_repaid_usd", 85300000)],
    ),
    (
        "Acme repaid $40 million of loans throughout 2023.",
        [],
        [("debt_repaid_usd", 40000000)],
    ),
    # near misses: a year that has ended; a year named plainly
    (
        "Throughout 2022, Acme repaid $85.3 million of debt.",
        [("debt_repaid_usd", 85300000, "2022")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _YEAR_SO_FAR)
def test_a_year_still_running_is_year_to_date(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2023-11-16"), must, must_not)


_CLEARED_DEBT: list[tuple[str, Must, MustNot]] = [
    (
        "The company has cleared a substantial $21.8 million in secured debt, in tandem with "
        "divesting its bitcoin mining facility to its lender.",
        [("debt_repaid_usd", 21800000, "2023-11")],
        [],
    ),
    (
        "Acme cleared a significant $5 million of loans during the month.",
        [("debt_repaid_usd", 5000000, "2023-11")],
        [],
    ),
    # near misses: cleared a sum that is not debt
    (
        "The company cleared a substantial $21.8 million in revenue.",
        [],
        [("debt_repaid_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CLEARED_DEBT)
def test_debt_cleared_is_repaid(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2023-11-16"), must, must_not)


# A default told only as the lender's: attributed after a headline's amount, or the statement
# of a default notice (decided case 35); what the company states stays a balance.
_LENDERS_DEFAULT: list[tuple[str, Must, MustNot]] = [
    (
        "Bitcoin Mining Firm Acme Defaulted On $103 Million Of Equipment Loans, Lender Claims",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "As per a filing, the firm said that it had received a default notice from its lender, "
        "wherein it was stated that Acme defaulted on $103 million in equipment loans.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "Acme Defaulted On $40 Million Of Notes, Creditors Allege",
        [],
        [("debt_total_usd", None)],
    ),
    # near misses: a default told as fact; the company's own statement
    (
        "Acme defaulted on $103 million of equipment loans, the company said.",
        [("debt_total_usd", 103000000, "2022-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _LENDERS_DEFAULT)
def test_a_default_told_as_the_lenders_is_no_balance(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2022-11-08"), must, must_not)


# Named loans' balances in news copy: principal amounts with their date first, and a list of
# the loans' amounts after "are"; the month of a cited report dates neither.
_LOAN_BALANCES: list[tuple[str, Must, MustNot]] = [
    (
        "Acme said that as of September 30, the principal amounts of the two loans in question "
        "were $32 million and $71 million, respectively, secured by mining machines.",
        [("debt_total_usd", 32000000, "2022-09-30"), ("debt_total_usd", 71000000, "2022-09-30")],
        [],
    ),
    (
        "As per an October report, the miner had a hash rate of 3.9 EH/s. The three debt "
        "facilities in dispute, as per the SEC filing, are $1 million, $32 million, and $71 "
        "million worth of equipment loans.",
        [
            ("debt_total_usd", 1000000, "2022-11"),
            ("debt_total_usd", 32000000, "2022-11"),
            ("debt_total_usd", 71000000, "2022-11"),
        ],
        [],
    ),
    # near misses: the loans' sizes when signed; facilities still to come
    (
        "The two loans were $5 million and $7 million when signed.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "The three facilities are expected to total $100 million.",
        [],
        [("debt_total_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _LOAN_BALANCES)
def test_named_loans_balances_in_news_copy(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2022-11-08"), must, must_not)


# Capacity of deals "previously announced" that the news builds on is recalled (decided case 1);
# the same capacity told as this news's deal counts.
_PREVIOUSLY_ANNOUNCED_DEALS: list[tuple[str, Must, MustNot]] = [
    (
        "The CB-5 expansion builds on previously announced agreements under which Acme is "
        "delivering more than 200 MW of AI-optimized data center capacity to Fluidstack.",
        [],
        [("ai_capacity_mw", 200)],
    ),
    (
        "The new lease builds on previously announced contracts under which Acme is delivering "
        "more than 100 MW of AI-optimized data center capacity to a hyperscaler.",
        [],
        [("ai_capacity_mw", 100)],
    ),
    # near miss: agreements signed in this news
    (
        "Acme signed agreements under which it is delivering 200 MW of AI-optimized data center "
        "capacity to Fluidstack.",
        [("ai_capacity_mw", 200, "2025-08")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _PREVIOUSLY_ANNOUNCED_DEALS)
def test_previously_announced_deals_capacity_is_recalled(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-08-18"), must, must_not)
