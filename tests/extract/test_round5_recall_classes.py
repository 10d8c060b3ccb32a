"""Round 5 recall classes (batch k, "known class, new wording", periods and layouts).

Each class in several paraphrased wordings, with a near-miss beside it:

* A holding "to date"/"so far": a stock said now, not a running total (a flow "to date" is).
* Passive production with a modifier between the coins and the verb ("866 bitcoin, at a
  hashrate of 2.4 EH/s, were produced"); "N Bitcoin generated in <month>" (not "generated $X",
  not a holding's part "generated from mining").
* Sale proceeds told as cash the sale generated ("EUR 5.2 million in cash was generated from
  the sale of bitcoin"); a company's "business activities" are no other sale.
* No debt said with a verb ("is not carrying financial debt", "does not have any bank debt").
* Contracted or leased capacity as the subject ("total contracted capacity … has reached
  600 MW"), "N MW in contracted HPC capacity", "a colocation agreement for 20 MW".
* Periods: an ordinal month of a year ("the second month of 2023"); an earnings-call page
  headed by the issuer's quarter ("Q3-2024") over a calendar "quarter ended"; a passive
  relative clause keeps its own date ("a loan, which was borrowed … in 2022"); "as of <date>"
  never dates a flow; "in this month" after a named month points back to it.
* Layout: a line stopping on "of"/"the"/"from" before a line opening with a figure is one
  sentence ("produced a total of\\n470.0 Bitcoins").

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date, entity: str, metrics: set[str]) -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric in metrics}


_SEPT = dt.date(2025, 9, 22)
_HELD = {"btc_held"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So far, Riot holds 19,300 BTC on its balance sheet.",
            {("btc_held", Decimal("19300"), "2025-09")},
        ),
        ("To date, the company holds 4,120 bitcoin.", {("btc_held", Decimal("4120"), "2025-09")}),
        (
            "Thus far, Riot has 19,300 BTC on its books.",
            {("btc_held", Decimal("19300"), "2025-09")},
        ),
        # near-misses: a flow "to date" is cumulative, not a holding
        ("To date, Riot has mined 5,810 BTC.", set()),
        ("Riot has sold 3,000 BTC so far.", set()),
    ],
)
def test_a_holding_to_date_is_the_current_balance(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _SEPT, "RIOT", _HELD | {"btc_produced", "btc_sold"}) == expected


_OCT = dt.date(2025, 10, 14)
_PRODUCED = {"btc_produced"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 640 bitcoin at an average hashrate of about 3.1 EH/s was produced in "
            "the third quarter.",
            {("btc_produced", Decimal("640"), "2025-Q3")},
        ),
        (
            "Altogether 512 BTC, with a fleet efficiency of 21 J/TH, were mined during September.",
            {("btc_produced", Decimal("512"), "2025-09")},
        ),
        ("312 Bitcoin generated in September 2025.", {("btc_produced", Decimal("312"), "2025-09")}),
        ("In September, 298 BTC were generated.", {("btc_produced", Decimal("298"), "2025-09")}),
        # near-misses: the coins "generated" money; a holding's part generated from mining
        ("The 312 Bitcoin generated $34 million of revenue in September.", set()),
        (
            "Its holdings include 51.2 Bitcoin generated from mining operations and 200 "
            "Bitcoin bought on the open market.",
            set(),
        ),
    ],
)
def test_passive_and_generated_production(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _OCT, "RIOT", _PRODUCED) == expected


_PROCEEDS = {"btc_sale_proceeds_usd"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EUR 3.8 million in cash was generated from the sale of Bitcoins in September.",
            {("btc_sale_proceeds_usd", Decimal("3800000"), "2025-09")},
        ),
        (
            "In September, $6.2 million of cash (up 4% on August) was raised through the sale of "
            "bitcoin.",
            {("btc_sale_proceeds_usd", Decimal("6200000"), "2025-09")},
        ),
        (
            "The company gave an update on its business activities in September 2025 and "
            "reported proceeds from Bitcoin sales of around EUR 2.9 million in this month alone.",
            {("btc_sale_proceeds_usd", Decimal("2900000"), "2025-09")},
        ),
        # near-misses: cash from hosting, from a share sale, a business sold
        ("$3 million in cash was generated from hosting operations in September.", set()),
        ("$3 million in cash was raised through the sale of shares in September.", set()),
        ("The company sold its hosting business and bitcoin for $20 million in September.", set()),
    ],
)
def test_cash_generated_by_bitcoin_sales(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _OCT, "NB2", _PROCEEDS) == expected


_DEBT = {"debt_total_usd"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company is not carrying financial debt.",
            {("debt_total_usd", Decimal("0"), "2025-10")},
        ),
        (
            "At the end of September the group did not have any bank debt.",
            {("debt_total_usd", Decimal("0"), "2025-09-30")},
        ),
        (
            "Riot doesn't carry any interest-bearing debt.",
            {("debt_total_usd", Decimal("0"), "2025-10")},
        ),
        # near-misses: no maturities, nothing repaid, no draw under a line
        ("The company does not have any debt maturities before 2028.", set()),
        ("The company has not repaid any debt this year.", set()),
        ("The company does not have any borrowings under its credit line.", set()),
    ],
)
def test_no_debt_said_with_a_verb(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _OCT, "RIOT", _DEBT) == expected


_NOV = dt.date(2025, 11, 17)
_CAPACITY = {"ai_capacity_mw"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot signed a 15-year lease with a hyperscaler for AI workloads. With this lease, "
            "the company's total contracted capacity across its two Texas campuses has reached "
            "450 MW.",
            {("ai_capacity_mw", Decimal("450"), "2025-11")},
        ),
        (
            "By November, Riot had more than 380 MW in contracted HPC capacity.",
            {("ai_capacity_mw", Decimal("380"), "2025-11")},
        ),
        (
            "Signed an AI customer colocation agreement for 25 MW for five years to host GPUs.",
            {("ai_capacity_mw", Decimal("25"), "2025-11")},
        ),
        # near-misses: power bought for a site, an option not exercised, a mining deal
        (
            "Riot signed a power supply agreement for 120 MW with the local utility to support "
            "its HPC campus.",
            set(),
        ),
        ("Riot holds an option agreement for 800 MW of further HPC capacity.", set()),
        ("Riot signed a hosting agreement for 20 MW with a bitcoin miner.", set()),
    ],
)
def test_contracted_capacity_wordings(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _NOV, "RIOT", _CAPACITY) == expected


_FLOWS = {"btc_produced", "btc_sold", "debt_repaid_usd"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "In the second month of 2024, a total of 190 Bitcoin were mined.",
            dt.date(2024, 3, 12),
            {("btc_produced", Decimal("190"), "2024-02")},
        ),
        (
            "Riot sold 120 BTC in the last month of 2023.",
            dt.date(2024, 1, 9),
            {("btc_sold", Decimal("120"), "2023-12")},
        ),
        (
            "Riot has repaid a $20 million loan to Galaxy, which was borrowed during the bear "
            "market in 2022.",
            dt.date(2024, 8, 13),
            {("debt_repaid_usd", Decimal("20000000"), "2024-08")},
        ),
        # near-miss: the month is the figure's own when no relative clause intervenes
        (
            "Riot sold 500 BTC in July, which was a record.",
            dt.date(2024, 8, 13),
            {("btc_sold", Decimal("500"), "2024-07")},
        ),
    ],
)
def test_ordinal_months_and_relative_clauses(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published, "RIOT", _FLOWS) == expected


def test_an_as_of_date_does_not_date_a_flow() -> None:
    text = (
        "Riot Reports Preliminary Third Quarter 2022 Results\n"
        "Riot expects a net loss for the three months ended September 30, 2022.\n"
        "A total of 1,210 bitcoin at a hashrate of about 6 EH/s was produced with 60,000 "
        "miners as of the end of September."
    )
    facts = _facts(text, dt.date(2022, 10, 11), "RIOT", _PRODUCED)
    assert facts == {("btc_produced", Decimal("1210"), "2022-Q3")}


def test_a_heading_quarter_names_the_fiscal_quarter() -> None:
    text = (
        "Earnings Call Analysis\n\nQ2-2025\n\n"
        "HIVE grew its revenue. Production of 790 bitcoins this quarter marks a 3% growth.\n\n"
        "Earnings Call Transcript\n2025-Q2\n\n"
        "Welcome to today's webcast reviewing HIVE's financial results for the quarter ended "
        "September 30, 2024."
    )
    facts = _facts(text, dt.date(2024, 11, 14), "HIVE", _PRODUCED)
    assert facts == {("btc_produced", Decimal("790"), "2025-Q2")}


def test_a_calendar_heading_quarter_changes_nothing() -> None:
    text = (
        "Q3 2024\n\n"
        "Riot produced 1,104 bitcoin this quarter.\n"
        "Results for the quarter ended September 30, 2024 were released today."
    )
    facts = _facts(text, dt.date(2024, 10, 30), "RIOT", _PRODUCED)
    assert facts == {("btc_produced", Decimal("1104"), "2024-Q3")}


def test_a_line_cut_before_its_figure_is_one_sentence() -> None:
    text = (
        "Cango Production Update for April 2025\n"
        "In April 2025, Cango produced a total of\n"
        "470.0 Bitcoins, a decrease from the\n"
        "530.1 Bitcoins mined in March 2025.\n"
    )
    facts = _facts(text, dt.date(2025, 5, 6), "CANG", _PRODUCED)
    assert facts == {("btc_produced", Decimal("470.0"), "2025-04")}


def test_a_line_cut_before_another_item_stays_apart() -> None:
    # a page that dropped its linked figures: "… high of" then a new line item
    text = (
        "Second Quarter 2025 Highlights\n"
        "Mining revenue hit an all-time high of\n"
        "Gross profit surged to\n"
        "Bitcoin treasury expanded to 1,483.5 bitcoins by quarter-end.\n"
    )
    facts = _facts(text, dt.date(2025, 8, 14), "CAN", _HELD)
    assert facts == {("btc_held", Decimal("1483.5"), "2025-06-30")}


_ISSUED = {"debt_issued_usd"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draw told right after the loan it is on
        (
            "Riot turned its bank facility into a project loan of up to $250 million. The "
            "company immediately drew a further $40 million to order transformers.",
            {("debt_issued_usd", Decimal("40000000"), "2025-10")},
        ),
        # a purchase paid with new debt
        (
            "- Financed by an $8M secured promissory note (due 2027) plus cash.",
            {("debt_issued_usd", Decimal("8000000"), "2025-10")},
        ),
        (
            "The acquisition was funded with a $20 million term loan from its lender.",
            {("debt_issued_usd", Decimal("20000000"), "2025-10")},
        ),
        # near-misses: a draw on an equity line, own cash, a future financing, cash funding
        (
            "Riot signed a preferred equity facility of up to $300 million. The company "
            "immediately drew $50 million to speed equipment orders.",
            set(),
        ),
        ("Riot repaid its loan last year. The company drew $50 million from its treasury.", set()),
        ("The expansion will be financed by a $30 million loan.", set()),
        ("- 2025 expansion fully funded with $425.3M in cash and no debt.", set()),
    ],
)
def test_new_debt_by_draw_or_financing(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _OCT, "RIOT", _ISSUED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the end of 2024, Riot had about $9.1 million of unrestricted cash and about 14 "
            "bitcoins.",
            {("btc_held", Decimal("14"), "2024-12-31")},
        ),
        (
            "As of 30 June 2025, the group held cryptocurrencies, including receivables it is "
            "entitled to, of a total of approx. 2,140 BTC and approx. 12,000 ETH.",
            {("btc_held", Decimal("2140"), "2025-06-30")},
        ),
        # near-misses: a flow after the date, a change
        ("At the end of 2024, Riot had sold 412 BTC.", set()),
        ("At the end of 2024, Riot had 412 BTC more than a year earlier.", set()),
    ],
)
def test_dated_holdings_with_had_or_a_total(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 7, 10), "RIOT", _HELD) == expected
