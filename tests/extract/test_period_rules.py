"""The period each figure takes (README "Periods"), one rule class per group of variants.

Each text is written for the rule from how miners, wire services and news rewrites phrase it;
the expected period is worked out by the labelling convention, never read off the extractor.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.periods import find_mentions

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date, entity: str | None = None) -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found}


def _labels(text: str, reference: dt.date) -> list[str | None]:
    return [m.period.label() if m.period else None for m in find_mentions(text, reference)]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("In the last quarter of 2024, it mined", dt.date(2025, 4, 2), ["2024-Q4"]),
        ("during the final quarter of fiscal 2023", dt.date(2024, 2, 1), ["2023-Q4"]),
        ("from a peak of $165 million in June, 2022", dt.date(2024, 3, 7), ["2022-06"]),
        ("holdings increased to 7,406 in Q2", dt.date(2022, 8, 11), ["2022-Q2"]),
        ("output fell in 4Q", dt.date(2024, 2, 20), ["2023-Q4"]),
        ("Q3 FY25 and 2Q '25", dt.date(2025, 8, 1), ["2025-Q3", "2025-Q2"]),
        ("was debt free two weeks ago", dt.date(2024, 3, 7), ["2024-02"]),
        ("closed the offering last week", dt.date(2025, 6, 3), ["2025-05"]),
        ("repaid the loan 3 days ago", dt.date(2025, 6, 10), ["2025-06"]),
    ],
)
def test_period_phrases(text: str, reference: dt.date, expected: list[str]) -> None:
    assert _labels(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A calendar year's end dates a balance at its last day.
        (
            "The company ended the year with 3,002 BTC on its balance sheet.",
            dt.date(2024, 1, 3),
            {("btc_held", Decimal("3002"), "2023-12-31")},
        ),
        (
            "Bitdeer held 1,100 BTC at the end of 2024.",
            dt.date(2025, 1, 8),
            {("btc_held", Decimal("1100"), "2024-12-31")},
        ),
        # A fiscal year's end is the issuer's: not guessed.
        (
            "CleanSpark held 6,154 BTC at the end of fiscal 2024.",
            dt.date(2024, 12, 2),
            {("btc_held", Decimal("6154"), "2024")},
        ),
        # The start of a period is its first day.
        (
            "Argo held 1,659 BTC at the start of September.",
            dt.date(2021, 9, 10),
            {("btc_held", Decimal("1659"), "2021-09-01")},
        ),
        (
            "The miner had 842 BTC on its balance sheet at the beginning of the month.",
            dt.date(2024, 5, 9),
            {("btc_held", Decimal("842"), "2024-05-01")},
        ),
        # A quarter named right after the balance dates it at the quarter's end.
        (
            "Bitcoin holdings increased 14.6% to 7,406 BTC in Q2.",
            dt.date(2022, 8, 11),
            {("btc_held", Decimal("7406"), "2022-06-30")},
        ),
    ],
)
def test_balance_dates(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


def test_each_line_of_a_run_together_list_is_dated_by_itself() -> None:
    text = (
        "As of December 31, 2023, held 95.1 Bitcoin valued at approximately $3.4 million\n"
        "As of February 29, 2024, held 153.6 Bitcoin valued at approximately $10.8 million"
    )
    assert _facts(text, dt.date(2024, 4, 1)) == {
        ("btc_held", Decimal("95.1"), "2023-12-31"),
        ("btc_held", Decimal("153.6"), "2024-02-29"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The miner has $55 million of debt outstanding, with no amortization until July 2024.",
        "The company has $55 million of debt outstanding, maturing in 2027.",
        "It has $55 million outstanding under a term loan maturing in 2026.",
    ],
)
def test_a_term_never_dates_a_balance(text: str) -> None:
    assert _facts(text, dt.date(2023, 2, 7)) == {("debt_total_usd", Decimal("55000000"), "2023-02")}


def test_a_count_back_from_publication_dates_but_names_no_month_end() -> None:
    text = "We lowered our debt to fully debt free two weeks ago."
    assert _facts(text, dt.date(2024, 3, 7)) == {("debt_total_usd", Decimal("0"), "2024-02")}


def test_a_later_clause_with_its_own_verb_keeps_its_period() -> None:
    text = (
        "Cipher Mining signs a 15-year lease with Amazon Web Services\n"
        "The shares jumped 15% on Monday.\n"
        "The deal marks a shift from bitcoin mining to AI hosting.\n"
        "Cipher completed a $1.3 billion convertible note offering and announced Q3 adjusted "
        "earnings of $41 million."
    )
    # (the headline's AWS lease is a contract signed in an AI document: "Cipher Mining" is a
    # company's name, no mining, test_round15_ai_milestones)
    assert _facts(text, dt.date(2025, 11, 3), entity="CIFR") == {
        ("debt_issued_usd", Decimal("1300000000"), "2025-11"),
        ("ai_milestone", None, "2025-11"),
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Story in the body: "reported" far down is news prose, not the document's title.
        (
            "Cango sold 4,451 BTC over the weekend to repay debt.\n"
            "In a statement released Monday, Cango said the coins were sold on the open market.\n"
            "The company said the proceeds were used to repay a loan.\n"
            "Analysts said the move was expected.\n"
            "The sale comes after Cango had reported a decline in its reserves as of the end "
            "of January.",
            dt.date(2026, 2, 9),
            {("btc_sold", Decimal("4451"), "2026-02")},
        ),
        # "Reported" opening a story names the period it reports.
        (
            "DMG reported an 18% rise in hashrate during the third quarter.\n"
            "The company mined a total of 212 bitcoin.",
            dt.date(2022, 9, 8),
            {("btc_produced", Decimal("212"), "2022-Q3")},
        ),
    ],
)
def test_the_report_period_comes_from_the_title_or_opening(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A quarterly letter's highlight tiles: the quarter named line after line.
        (
            "Key Highlights\n"
            "Revenues increased 30% to $213.9 million IN Q1 2025 from $165.2 million in Q1 2024.\n"
            "Energized hashrate increased 95% TO 54.3 EH/S IN Q1 2025 from 27.8 EH/s in Q1 2024.\n"
            "Mined 2,286 BTC and purchased 340 BTC\n",
            dt.date(2025, 5, 9),
            {("btc_produced", Decimal("2286"), "2025-Q1")},
        ),
        # A call summary: the current quarter beside the prior one (too old to be reported).
        (
            "GAAP revenues $50.6 million in 3Q '25, up from $47.6 million in 2Q '25.\n"
            "Power prices $0.047 per kWh in 3Q '25, down from $0.05 in 2Q '25.\n"
            "The company mined 377 bitcoin.",
            dt.date(2025, 11, 10),
            {("btc_produced", Decimal("377"), "2025-Q3")},
        ),
        # A quarter-end balance date a month and more before publication is a quarterly report.
        (
            "- The firm earned 248.36 bitcoins.\n"
            "- Treasury holdings were 526.1 BTC as of September 30, 2021.",
            dt.date(2021, 11, 17),
            {
                ("btc_produced", Decimal("248.36"), "2021-Q3"),
                ("btc_held", Decimal("526.1"), "2021-09-30"),
            },
        ),
        # Background months named once do not make a news story's period.
        (
            "Marathon Terminates Credit Facility With Silvergate\n"
            "The miner said it terminated its credit facility, reducing its debt by $50 million.\n"
            "Shares were down about 1% in after-hours trading.\n"
            "In January, it sold 1,500 bitcoin for operating expenses.",
            dt.date(2023, 3, 8),
            {
                ("debt_repaid_usd", Decimal("50000000"), "2023-03"),
                ("btc_sold", Decimal("1500"), "2023-01"),
            },
        ),
    ],
)
def test_a_document_without_a_title_period_is_about_its_recent_period(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected


def test_a_statement_of_intent_is_dated_when_it_was_said() -> None:
    text = (
        "CleanSpark announced last month that it would begin selling monthly production to "
        "cover operational expenses."
    )
    assert _facts(text, dt.date(2025, 5, 5), entity="CLSK") == {("intent", None, "2025-04")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the text names its half, as the release does: README decided case 42 reads a half
        # only then, since the eighteenth session)
        (
            "H1 2024 highlights: Reduced the Galaxy loan by $18.2 million from $23.5 million at "
            "1 January 2024 to $5.3 million at 30 June 2024.",
            {
                ("debt_repaid_usd", Decimal("18200000"), "2024-H1"),
                ("debt_total_usd", Decimal("5300000"), "2024-06-30"),
            },
        ),
        (
            "The company repaid $12 million of the term loan between January 1, 2025 and "
            "March 31, 2025.",
            {("debt_repaid_usd", Decimal("12000000"), "2025-Q1")},
        ),
        (
            "Mined 1,200 BTC from October 1, 2024 through December 31, 2024.",
            {("btc_produced", Decimal("1200"), "2024-Q4")},
        ),
        # Two dates that bound no calendar span, or are not a from/between pair: each dates
        # its own figure.
        (
            "The company repaid $12 million of the term loan between March 1, 2025 and "
            "May 31, 2025.",
            {("debt_repaid_usd", Decimal("12000000"), "2025-03")},
        ),
        (
            "The company repaid $12 million of the term loan on January 1, 2025 and had "
            "$40 million outstanding as of March 31, 2025.",
            {
                ("debt_repaid_usd", Decimal("12000000"), "2025-01"),
                ("debt_total_usd", Decimal("40000000"), "2025-03-31"),
            },
        ),
    ],
)
def test_a_flow_between_two_balance_dates_takes_their_span(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 8, 28)) == expected


def test_a_sector_round_up_dates_each_miners_line_by_its_month() -> None:
    text = (
        "Riot Platforms mined 527 BTC in January, its highest monthly output since December "
        "2023.\n"
        "The broader industry reported weaker numbers, with many miners posting declines.\n"
        "  • MARA Holdings mined 750 BTC in January, a 13% decrease from the previous month.\n"
        "  • CleanSpark saw a 6% drop, mining 626 BTC.\n"
    )
    assert _facts(text, dt.date(2025, 2, 7), entity="CLSK") == {
        ("btc_produced", Decimal("626"), "2025-01")
    }


def test_a_planned_date_after_publication_does_not_date_a_balance() -> None:
    text = (
        "On September 8, 2025, we issued a notice of redemption for all US$7,700,000 aggregate "
        "principal amount outstanding of our 8.50% Convertible Notes, pursuant to which we will "
        "redeem all such notes on September 23, 2025."
    )
    found = _facts(text, dt.date(2025, 9, 19))
    assert ("debt_total_usd", Decimal("7700000"), "2025-09-08") in found
    assert not any(period == "2025-09-23" for _, _, period in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The report is a quarter; "the month" is the month the prose is about.
        (
            "Marathon has released its financial results for the second quarter of 2023. In "
            "August 2023, its output fell 9%. The company mined 1,072 BTC for the month.",
            {("btc_produced", Decimal("1072"), "2023-08")},
        ),
        (
            "Third quarter 2023 results. During August, the miner's fleet grew. It produced "
            "1,072 BTC during the month.",
            {("btc_produced", Decimal("1072"), "2023-08")},
        ),
        # No month in the prose: "the month" keeps the report's period.
        (
            "Third quarter 2023 results. The miner produced 1,072 BTC during the month.",
            {("btc_produced", Decimal("1072"), "2023-Q3")},
        ),
    ],
)
def test_the_month_in_a_quarterly_story(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2023, 9, 6)) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # The period after "and" opens the next clause with its own figure.
        (
            "Q1 bitcoin mined reached 9.68 BTC and Q2 reached ~19.5 BTC.",
            Decimal("9.68"),
            "2024-Q1",
        ),
        ("In Q1 it mined 9.68 BTC and Q2 brought another 19.5 BTC.", Decimal("9.68"), "2024-Q1"),
        (
            "In January the company mined 687 BTC, and February saw 702 BTC mined.",
            Decimal("687"),
            "2024-01",
        ),
        # No figure follows: the period after "and" still dates the figure before it.
        (
            "The company produced 425 BTC in total and March 2024 was its best month.",
            Decimal("425"),
            "2024-03",
        ),
        ("The company produced 425 BTC in March 2024.", Decimal("425"), "2024-03"),
    ],
)
def test_period_opening_the_next_clause(text: str, value: Decimal, expected: str) -> None:
    found = _facts(text, dt.date(2024, 4, 16))
    assert ("btc_produced", value, expected) in found


_INTENT = " Marathon intends to sell a portion of its bitcoin holdings in future periods."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A monthly report named by other words than "update": its month is the report's.
        ("Marathon recently released its monthly review for April, reporting growth.", "2023-04"),
        ("Marathon shared its production numbers for April on Wednesday.", "2023-04"),
        ("Marathon published its operational summary for April.", "2023-04"),
        ("Marathon released its production figures for April on Tuesday.", "2023-04"),
        # Not a report of a period: the intention is dated by publication.
        ("Marathon's board began a strategic review in April.", "2023-05"),
        ("Analysts expect a review of April numbers soon.", "2023-05"),
    ],
)
def test_report_named_by_other_words(lead: str, expected: str) -> None:
    found = extract_text(lead + _INTENT, published=dt.date(2023, 5, 3))
    assert {item.period for item in found if item.metric == "intent"} == {expected}


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # the year is the one printed, not the last year-end before publication
        ("held 3,002 BTC at year-end 2023", dt.date(2025, 1, 20), ["2023-12"]),
        ("debt of $40 million at end-June", dt.date(2025, 7, 20), ["2025-06"]),
        ("the year ending December 31, 2024", dt.date(2025, 2, 24), ["2024"]),
        ("ready for service in Q4 of 2025", dt.date(2025, 8, 29), ["2025-Q4"]),
        ("results for 1Q of fiscal 2026", dt.date(2025, 8, 29), ["2026-Q1"]),
        (
            "results for the month and quarter ended March 31, 2022",
            dt.date(2022, 4, 4),
            ["2022-03"],
        ),
    ],
)
def test_more_period_phrases(text: str, reference: dt.date, expected: list[str]) -> None:
    assert _labels(text, reference) == expected


def test_last_quarter_is_the_quarter_before_publication() -> None:
    facts = _facts("Riot mined 1,200 BTC last quarter.", dt.date(2025, 1, 20))
    assert facts == {("btc_produced", Decimal("1200"), "2024-Q4")}
