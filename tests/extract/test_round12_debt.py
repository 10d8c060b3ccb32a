"""Round 12 debt (and period / AI capex) classes, learnt from blind batch q's misses (SEC
filing notes and the news around them): each with real sentences (case id in a comment),
reworded variants (`# variant`) and near-misses that must not fire.

* A filing's comparative sentence names both spans first and the amounts after: "During the
  three months ended March 31, 2024 and March 31, 2023, interest expense was $6.3 million and
  $7.6 million, respectively". The first amount is the first span's (a quarter or a year), the
  second a comparative (decided case 1). Six- and nine-month spans are year-to-date: nothing.
* "Total principal payments of the Company's debt were $29.4 million", "repayments under the
  term loan totaled $4.0 million": a repayment noun as the subject, then a stative verb.
* A balance the clause tells as retired is the repayment ("The $7.0 million outstanding loan
  balance was repaid …"; "prepaid the outstanding principal balance on the final equipment loan
  in the amount of $270,690"), not a balance left; one "to be repaid" is a balance still owed.
* "… crypto assets against approximately $47 million worth of debt": debt named after "against"
  with a hedge word between is a balance.
* A balance whose sentence names no period, in a story whose only period is one it recalls
  months before publication (a loan received "in February 2022", told in January 2023), is at
  the publication month, not the recalled month (which the document then drops as stale).
* A debt balance's own words ("total long-term debt, net of debt discount and issuance costs,
  was $1.79 billion") are no AI capex, whatever AI plans the summary told before.
* A year named as "the 2018 year" / "its 2022 year", and a title's "2018 Year-End (Financial)
  Results/Report", is the whole year (not December): the year's flows are that year's.
* A GPU purchase after a relative clause ("Damoon, in which Northern Data acquired a majority
  stake in July, bought some 400 million euros ($427 million) worth of Nvidia graphic
  processing units"): the clause's month dates its own event, not the purchase (publication
  month), and its words (a stake) do not make the purchase equity; "graphic(s) processing
  units" are GPUs.
* A facility named by its size and proper name, then told drawn by that name in the next
  sentence ("a $23.0 million Delayed Draw Facility. Such loans under the Delayed Draw Facility
  were drawn on the closing date") is new debt at that size (decided case 19); "may be drawn",
  "has not been drawn" leave a size only.
* The noun of a debt cut ("through the reduction of debt by $3.6 million", "a reduction of its
  term loan by $5.0 million") is a repayment as the verb is; a cut of interest costs is not.

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts, issued, repaid, total

from monitor.extract import extract_text

MAY_2024 = dt.date(2024, 5, 15)


def _totals(text: str, published: dt.date, entity: str) -> set:
    """The valued balances read from `text`, for the story's own company `entity`."""
    found = extract_text(text, published=published, entity=entity)
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in found
        if item.metric == "debt_total_usd" and item.value is not None
    }


def interest(amount: str, period: str) -> tuple[str, Decimal, str, str]:
    return ("interest_expense_usd", Decimal(amount), "USD", period)


SPAN_PAIRS: list[tuple[str, dt.date, set]] = [
    # q-hut-2024-q1-10q-loans-note
    (
        "Note 9. Loans payable\nDetails of the Company’s loans payables are as follows:\n"
        "During the three months ended March 31, 2024 and March 31, 2023, total principal "
        "payments of the Company’s debt were $29.4 million and $4.5 million, respectively. "
        "During the three months ended March 31, 2024 and March 31, 2023, the Company recorded "
        "amortization of debt issuance costs of $1.5 million and $1.2 million, respectively. "
        "During the three months ended March 31, 2024 and March 31, 2023, interest expense was "
        "$6.3 million and $7.6 million, respectively.",
        MAY_2024,
        {repaid("29400000", "2024-Q1"), interest("6300000", "2024-Q1")},
    ),
    # variant: years, the second span a bare year
    (
        "For the years ended December 31, 2023 and 2022, interest expense was $12.1 million and "
        "$9.8 million, respectively.",
        dt.date(2024, 3, 1),
        {interest("12100000", "2023")},
    ),
    # variant: quarters, repayments under a named loan
    (
        "During the quarters ended June 30, 2025 and 2024, repayments under the term loan totaled "
        "$4.0 million and $2.5 million, respectively.",
        dt.date(2025, 8, 10),
        {repaid("4000000", "2025-Q2")},
    ),
    # near-miss: nine-month spans are year-to-date totals (not labelled)
    (
        "During the nine months ended March 31, 2024 and 2023, interest expense was $9.0 million "
        "and $7.0 million, respectively.",
        MAY_2024,
        set(),
    ),
    # near-miss: lease payments are no debt repayment
    ("Lease payments on the facility were $2.0 million in 2023.", MAY_2024, set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), SPAN_PAIRS)
def test_span_pairs(text: str, published: dt.date, expected: set) -> None:
    assert debt_facts(text, published) == expected


BALANCES_REPAID: list[tuple[str, dt.date, set]] = [
    # q-cbit-2022-12-kevinkinge-final-equipment-loan
    (
        "In December, the Company prepaid the outstanding principal balance on the final "
        "equipment loan in the amount of $270,690.",
        dt.date(2023, 1, 11),
        {repaid("270690", "2022-12")},
    ),
    # q-cifr-2021-q3-10q-bitfury-loan-repaid (its sentence, told as news of the day)
    (
        "The $7.0 million outstanding loan balance was repaid by the Company at the Closing on "
        "August 27, 2021 by offsetting it against the $60.0 million of cash due under the Bitfury "
        "Private Placement.",
        dt.date(2021, 9, 10),
        {repaid("7000000", "2021-08")},
    ),
    # variant: paid off, "remaining balance of its term loan"
    (
        "In March, the Company paid off the remaining balance of its term loan in the amount of "
        "$1,250,000.",
        MAY_2024,
        {repaid("1250000", "2024-03")},
    ),
    # variant: notes redeemed
    (
        "The $12.5 million of convertible notes were redeemed in March.",
        MAY_2024,
        {repaid("12500000", "2024-03")},
    ),
    # near-miss: still to be repaid -> a balance owed, no repayment
    (
        "The $7.0 million outstanding loan balance is to be repaid at maturity.",
        MAY_2024,
        {total("7000000", "2024-05")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), BALANCES_REPAID)
def test_balances_repaid(text: str, published: dt.date, expected: set) -> None:
    assert debt_facts(text, published) == expected


_BITF = (
    "Bitcoin (BTC) mining company Bitfarms has unveiled plans to modify an existing loan "
    "agreement with BlockFi — a move the company said would reduce its indebtedness amid the "
    "bear market.\n"
    "On Jan. 13, Bitfarm disclosed that it is working with creditors to modify a loan agreement "
    "for Backbone Mining Solutions, or BMS. BMS received a $32 million equipment financing loan "
    "from Bitcoin lender BlockFi in February 2022.\n"
    "{balance}"
)
JAN_2023 = dt.date(2023, 1, 13)


HELD_AGAINST: list[tuple[str, dt.date, set]] = [
    # q-bitf-2023-01-gocryptonft-blockfi-47m
    (
        _BITF.format(
            balance="Bitfarms and its subsidiaries hold roughly $36 million worth of unencumbered "
            "crypto assets against approximately $47 million worth of debt, which includes the "
            "$20 million BlockFi loan."
        ),
        JAN_2023,
        {total("47000000", "2023-01"), total("20000000", "2023-01")},
    ),
    # variant: "against roughly $X of loans"
    (
        _BITF.format(
            balance="The miner holds $10 million of bitcoin against roughly $25 million of loans."
        ),
        JAN_2023,
        {total("25000000", "2023-01")},
    ),
    # variant: the plain "has $X of debt" in the same story
    (
        _BITF.format(balance="Bitfarms has approximately $47 million of debt."),
        JAN_2023,
        {total("47000000", "2023-01")},
    ),
    # near-miss: no debt after "against"
    (
        "The miner sold BTC against approximately $47 million worth of hashrate.",
        JAN_2023,
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), HELD_AGAINST)
def test_debt_held_against(text: str, published: dt.date, expected: set) -> None:
    assert _totals(text, published, "BITF") == expected


_CLSK = (
    "- For 2026, management is focusing on expanding its power and land portfolio, monetizing "
    "available megawatt capacity, and accelerating the development of AI-focused data center "
    "infrastructure [3] Balance Sheet Overview - As of December 31, 2025, CleanSpark had cash "
    "and cash equivalents of $458 million [6] - {tail}"
)


def _capex(text: str) -> set[tuple[Decimal | None, str | None]]:
    found = extract_text(text, published=dt.date(2026, 2, 10), entity="CLSK")
    return {(item.value, item.period) for item in found if item.metric == "ai_capex_usd"}


def test_debt_balance_is_no_ai_capex() -> None:
    # q-clsk-2026-q1fy-reportify-debt
    text = _CLSK.format(
        tail="The total long-term debt, net of debt discount and issuance costs, was $1.79 "
        "billion as of December 31, 2025"
    )
    assert _capex(text) == set()
    assert _totals(text, dt.date(2026, 2, 10), "CLSK") == {total("1790000000", "2025-12-31")}
    # variant: borrowings
    text = _CLSK.format(tail="Total borrowings, net of issuance costs, were $900 million")
    assert _capex(text) == set()


def test_ai_capex_still_read() -> None:
    # near-miss of the guard: capex of the AI build-out itself
    text = _CLSK.format(
        tail="The company expects capital expenditures of $300 million for its AI data center "
        "build-out in 2026."
    )
    assert _capex(text) == {(Decimal("300000000"), "2026")}


_HUT_2018 = (
    "Hut 8 Reports 2018 Year-End Financial Results\n\n"
    "May 06, 2019 9:26 AM EDT | Source: Hut 8 Mining Corp.\n\n"
    "Toronto, Ontario--(Newsfile Corp. - May 6, 2019) - Hut 8 Mining Corp. today announces its "
    "financial results for the year ended December 31, 2018.\n\n"
    "2018 Highlights\n\n"
    "  • Achieved record revenue of $49.4 million from mining 5,592 bitcoin for the 2018 year\n"
    "  • Raised US$16 million secured loan facility with Galaxy Digital\n"
)
MAY_2019 = dt.date(2019, 5, 6)


def _facts(text: str, published: dt.date, entity: str) -> set:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.unit, item.period) for item in found}


ANNUAL_DATING: list[tuple[str, dt.date, set]] = [
    # q-hut-2018-newsfile-year-end: "for the 2018 year" and the title's year-end results
    (
        _HUT_2018,
        MAY_2019,
        {
            ("btc_produced", Decimal("5592"), "BTC", "2018"),
            ("debt_issued_usd", Decimal("16000000"), "USD", "2018"),
        },
    ),
    # variant: "its 2022 year", a year-end report title with no financial word
    (
        "Hut 8 Mining Corp. 2022 Year-End Report\n\nHut 8 mined 1,200 bitcoin in its 2022 year.",
        dt.date(2023, 3, 20),
        {("btc_produced", Decimal("1200"), "BTC", "2022")},
    ),
    # near-miss: a holding "at the 2018 year-end" is at the year's last day
    (
        "Hut 8 held 3,000 bitcoin at the 2018 year-end.",
        MAY_2019,
        {("btc_held", Decimal("3000"), "BTC", "2018-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANNUAL_DATING)
def test_annual_dating(text: str, published: dt.date, expected: set) -> None:
    assert _facts(text, published, "HUT") == expected


SEP_2023 = dt.date(2023, 9, 21)


def _capex_facts(text: str) -> set:
    found = extract_text(text, published=SEP_2023, entity="NB2")
    return {(item.value, item.unit, item.period) for item in found if item.metric == "ai_capex_usd"}


# A GPU purchase told after a relative clause: the clause's month dates its own event (a stake
# bought, a round closed), not the purchase; its words (a stake) are not the purchase's either.
GPU_PURCHASES_AFTER_ASIDE: list[tuple[str, set]] = [
    # q-nb2-2023-09-coindesk-damoon-nvidia
    (
        "Damoon Designated Activity, in which Frankfurt-based Northern Data acquired a majority "
        "stake in July, bought some 400 million euros ($427 million) worth of Nvidia graphic "
        "processing units (GPU), the German company said in a press release.",
        {
            (Decimal("400000000"), "EUR", "2023-09"),
            (Decimal("427000000"), "USD", "2023-09"),
        },
    ),
    # variant: "which" clause with another month, H100 GPUs
    (
        "Northern Data, which closed a funding round in June, bought 300 million euros worth of "
        "Nvidia H100 GPUs.",
        {(Decimal("300000000"), "EUR", "2023-09")},
    ),
    # variant: "graphics processing units (GPUs)" spelled out, no aside
    (
        "Northern Data bought 300 million euros worth of Nvidia graphics processing units (GPUs).",
        {(Decimal("300000000"), "EUR", "2023-09")},
    ),
    # near-miss: the month leads the purchase's own clause -> that month
    (
        "In July, Northern Data bought 400 million euros ($427 million) worth of Nvidia GPUs.",
        {
            (Decimal("400000000"), "EUR", "2023-07"),
            (Decimal("427000000"), "USD", "2023-07"),
        },
    ),
    # near-miss: a stake bought is no capex
    ("Northern Data bought a 400 million euro stake in Damoon.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GPU_PURCHASES_AFTER_ASIDE)
def test_gpu_purchases_after_aside(text: str, expected: set) -> None:
    assert _capex_facts(text) == expected


_WHITEHAWK = (
    "WhiteHawk Credit Agreement\n"
    "On October 27, 2022, the Company entered into a Credit Agreement with WhiteHawk to refinance "
    "the WhiteHawk Financing Agreement, effectively terminating the WhiteHawk Financing "
    "Agreement. {terms}"
)
NOV_2022 = dt.date(2022, 11, 14)


# A facility named by its size, then told drawn by name in the next sentence (decided case 19:
# drawn = new debt); the refinanced term loans are not new money (the label's reading).
FACILITIES_DRAWN: list[tuple[str, set]] = [
    # q-sdig-2022-q3-10q-subsequent-whitehawk
    (
        _WHITEHAWK.format(
            terms="The Credit Agreement consists of $35.1 million in term loans and a $23.0 "
            "million Delayed Draw Facility. Such loans under the Delayed Draw Facility were drawn "
            "on the closing date of the Credit Agreement."
        ),
        {issued("23000000", "2022-10")},
    ),
    # variant: a Term Loan Facility "fully drawn at closing"
    (
        _WHITEHAWK.format(
            terms="The Credit Agreement provides a $50.0 million Term Loan Facility. The Term "
            "Loan Facility was fully drawn at closing."
        ),
        {issued("50000000", "2022-10")},
    ),
    # near-miss: may be drawn later -> a size only
    (
        _WHITEHAWK.format(
            terms="The Credit Agreement consists of $35.1 million in term loans and a $23.0 "
            "million Delayed Draw Facility. Loans under the Delayed Draw Facility may be drawn "
            "until March 2023."
        ),
        set(),
    ),
    # near-miss: not drawn
    (
        _WHITEHAWK.format(
            terms="The Credit Agreement consists of $35.1 million in term loans and a $23.0 "
            "million Delayed Draw Facility. The Delayed Draw Facility has not been drawn."
        ),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FACILITIES_DRAWN)
def test_facilities_drawn_next(text: str, expected: set) -> None:
    assert debt_facts(text, NOV_2022, ["debt_issued_usd"]) == expected


_HUT_2019 = (
    "Hut 8 Mining Reports Financial Results for the Third Quarter of 2019\n\n"
    "Toronto, Ontario--(Newsfile Corp. - November 7, 2019) - Hut 8 Mining Corp. announces its "
    "financial results for the three and nine months ended September 30, 2019.\n\n"
    "Q3-2019 Highlights:\n\n"
    "  • {bullet}\n"
)
NOV_2019 = dt.date(2019, 11, 7)


# The noun of a debt cut ("the reduction of debt by $3.6 million") is a repayment, as the verb
# ("reduced its debt by $3.6 million") is; a cut of anything else (interest costs) is not.
DEBT_REDUCTIONS: list[tuple[str, set]] = [
    # q-hut-2019-q3-newsfile-results (its amounts in dollars here, so USD)
    (
        _HUT_2019.format(
            bullet="Strengthened balance sheet through the reduction of debt by $3.6 million "
            "and reduced accounts payable by more than $6 million from the prior quarter."
        ),
        {repaid("3600000", "2019-Q3")},
    ),
    # variant: "a reduction of its term loan by"
    (
        _HUT_2019.format(bullet="Completed a reduction of its term loan by $5.0 million."),
        {repaid("5000000", "2019-Q3")},
    ),
    # near-miss: a reduction of interest costs
    (
        _HUT_2019.format(bullet="Achieved a reduction in interest costs by $2.0 million."),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEBT_REDUCTIONS)
def test_debt_reductions(text: str, expected: set) -> None:
    assert debt_facts(text, NOV_2019) == expected
