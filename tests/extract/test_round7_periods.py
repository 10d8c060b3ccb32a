"""Round 7, periods by class of wording: a bracketed aside after a figure (its value, an
equivalent) does not cut the figure off from the period phrase that follows it; "the year's
end" is a year-end like "year-end" (a balance: its last day).

Expected sets are worked out from the text by tests/extract/real/README.md ("Periods",
decided cases 1, 2, 7, 14, 21); entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
HELD, MINED, DEBT = "btc_held", "btc_produced", "debt_total_usd"
_KEPT = (HELD, MINED, DEBT, "ai_capex_usd", "btc_sold", "ai_capacity_mw")


def _facts(text: str, published: dt.date) -> set[Fact]:
    entity = "APLD" if "Applied Digital" in text else "RIOT"  # (a real passage kept whole)
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric in _KEPT}


_JAN_2023 = dt.date(2023, 1, 3)
_MAY_2025 = dt.date(2025, 5, 6)

ASIDE_CASES = [
    # real (j-bitf-2022-12): the value in brackets, then the year the output covers
    (
        "The company mined 5,167 BTC ($86.1 million at the time of publication) for all of "
        "2022 and had an outstanding debt balance of $47.0 million at the year's end.",
        _JAN_2023,
        {(MINED, Decimal("5167"), "2022"), (DEBT, Decimal("47000000"), "2022-12-31")},
    ),
    # variant written for the class
    (
        "Riot produced 1,200 BTC (worth about $30 million) in the third quarter of 2022.",
        _JAN_2023,
        {(MINED, Decimal("1200"), "2022-Q3")},
    ),
    # variant written for the class: an equivalent in brackets
    (
        "Riot produced 402 bitcoin (approximately $38.2 million) during November 2022.",
        _JAN_2023,
        {(MINED, Decimal("402"), "2022-11")},
    ),
    # variant written for the class: the value in words, between commas
    (
        "Riot held 7,000 BTC, valued at $420 million, at the end of the third quarter of 2022.",
        _JAN_2023,
        {(HELD, Decimal("7000"), "2022-09-30")},
    ),
    # variant written for the class
    (
        "Riot held 6,974 BTC worth approximately $115 million at the end of last year.",
        _JAN_2023,
        {(HELD, Decimal("6974"), "2022-12-31")},
    ),
    # near-miss (real, c-btbt-2025-04): the phrase after the aside opens another clause; a
    # plan's date is not the figure's (the release's month is)
    (
        "Riot's high-performance computing facility is being retrofitted to Tier 3 standards, "
        "with development costs expected to "
        "total approximately CAD $55 million (approximately $40MM USD), and a targeted go-live "
        "date of July 2025.",
        _MAY_2025,
        {
            ("ai_capex_usd", Decimal("55000000"), "2025-05"),
            ("ai_capex_usd", Decimal("40000000"), "2025-05"),
        },
    ),
]

YEAR_END_CASES = [
    # variant written for the class: the possessive year-end, curly apostrophe
    (
        "Riot had $47.0 million of debt outstanding at the year’s end.",
        _JAN_2023,
        {(DEBT, Decimal("47000000"), "2022-12-31")},
    ),
    (
        "At year's end, Riot held 6,974 BTC.",
        _JAN_2023,
        {(HELD, Decimal("6974"), "2022-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ASIDE_CASES + YEAR_END_CASES)
def test_period_classes(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# A balance with no date of its own, right after a sentence of the same paragraph that names
# its period's close in words ("at the end of March 2024", "at the end of the previous year"),
# stands at that close; a balance said to stand "currently" keeps the report's label (case 14).
_APR_2024 = dt.date(2024, 4, 8)
_MAR_2026 = dt.date(2026, 3, 1)
_JUL_2022 = dt.date(2022, 7, 5)

CLOSE_JUST_NAMED_CASES = [
    # real (d-hive-2024-03)
    (
        "Hive Digital Technologies Executive Chairman Frank Holmes shared its unaudited "
        "production figures for March 2024.\n\nHolmes revealed that Riot had approximately $160 "
        "million worth of Bitcoin on its balance sheet at the end of March 2024. The company "
        "increased its Bitcoin holdings by 10% during the month, with a HODL position of 2,287 "
        "Bitcoin on the balance sheet.",
        _APR_2024,
        {(HELD, Decimal("2287"), "2024-03-31")},
    ),
    # real (l1-mara-2025-12): a debt balance under a "Q4 Results" heading
    (
        "Treasury Holdings And Q4 Results\n\nRiot held 53,822 BTC worth approximately $4.7 "
        "billion at the end of the previous year. About 28% of those holdings were activated, "
        "including 5,938 BTC pledged as collateral against $350 million in outstanding credit "
        "facilities.",
        _MAR_2026,
        {(HELD, Decimal("53822"), "2025-12-31"), (DEBT, Decimal("350000000"), "2025-12-31")},
    ),
    # near-miss (real, c-dghi-2022-06): "currently has no debt" keeps the report's label
    (
        "Production Highlights for June 2022\n- Cash and liquid assets as of June 30, 2022 "
        "totalled approximately $12.4 million.\n- On June 14, 2022, the Company repaid its $10 "
        "million collateralized loan facility. The Company currently has no debt.",
        _JUL_2022,
        {(DEBT, Decimal("0"), "2022-06")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CLOSE_JUST_NAMED_CASES)
def test_close_named_just_before(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# A month used as an attribute of the flow noun ("June Bitcoin mining", "its April production")
# names the month of the flow, as "Its March holdings" names a balance's.
_JUL_2022_NEWS = dt.date(2022, 7, 7)

ATTRIBUTIVE_MONTH_CASES = [
    # real (j-hive-2022-06)
    (
        "Key points:\n\n  • Riot reported June Bitcoin mining of 278.5 coins\n  • However, it's "
        "also late filing its Annual Report",
        _JUL_2022_NEWS,
        {(MINED, Decimal("278.5"), "2022-06")},
    ),
    # variant written for the class
    (
        "Riot's June production of 421 BTC was its best month this year.",
        _JUL_2022_NEWS,
        {(MINED, Decimal("421"), "2022-06")},
    ),
    # near-miss written for the class: a month before another noun dates nothing
    (
        "Riot said its June board meeting approved the plan; it mined 421 BTC last month.",
        dt.date(2022, 8, 3),
        {(MINED, Decimal("421"), "2022-07")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ATTRIBUTIVE_MONTH_CASES)
def test_month_as_attribute(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# A flow "from <first month> to <last month>" covers the whole span the two months bound; a
# first month named without a year is the one before the last month.
SPAN_CASES = [
    # real (i-nb2-2022-12), published in January 2023
    (
        "Riot generated a total of 2,798 BTC from January to the end of December 2022, "
        "generating EUR 77.7 million in Bitcoin revenue alone.",
        dt.date(2023, 1, 10),
        {(MINED, Decimal("2798"), "2022")},
    ),
    # variant written for the class
    (
        "Riot mined 1,200 BTC from January through March 2024.",
        dt.date(2024, 4, 3),
        {(MINED, Decimal("1200"), "2024-Q1")},
    ),
    # variant written for the class: across a year boundary, the first month of the year before
    (
        "Riot mined 2,500 BTC from July to December 2023, its best half-year.",
        dt.date(2024, 1, 5),
        {(MINED, Decimal("2500"), "2023-H2")},
    ),
    # near-miss written for the class: a change between two months' figures is no span
    (
        "Riot's monthly output rose from 400 BTC in January to 512 BTC in February 2024.",
        dt.date(2024, 3, 4),
        {(MINED, Decimal("512"), "2024-02")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SPAN_CASES)
def test_month_spans(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# A list flattened into one line: a capital "As of" inside the sentence opens the next item,
# and its date belongs to that item, not to the figure before it.
FLATTENED_ITEM_CASES = [
    # real (d-lmfa-2024-q1)
    (
        "Operational Highlights As of March 31, 2024, held 163.4 Bitcoin valued at approximately "
        "$11.7 million As of April 30, 2024, held 155.1 Bitcoin valued at approximately $9.7 "
        "million based on a recent Bitcoin price of approximately $62,500 Revenue for the quarter",
        dt.date(2024, 5, 16),
        {(HELD, Decimal("163.4"), "2024-03-31"), (HELD, Decimal("155.1"), "2024-04-30")},
    ),
    # variant written for the class: no value between the items
    (
        "Highlights As of June 30, 2024, Riot held 9,334 Bitcoin As of July 31, 2024, Riot held "
        "9,704 Bitcoin",
        dt.date(2024, 8, 5),
        {(HELD, Decimal("9334"), "2024-06-30"), (HELD, Decimal("9704"), "2024-07-31")},
    ),
    # near-miss: a lower-case "as of" after the value is the figure's own date
    (
        "Riot's holdings rose to 9,334 BTC valued at $580 million as of June 30, 2024.",
        dt.date(2024, 8, 5),
        {(HELD, Decimal("9334"), "2024-06-30")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FLATTENED_ITEM_CASES)
def test_flattened_items(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# "an earnings release for 2023", "its results for 2024": a report of the whole (ended) year;
# figures with no period of their own take the year.
ANNUAL_RELEASE_CASES = [
    # real (j-fufu-2023-annual)
    (
        "In an earnings release for 2023, Riot disclosed that it generated a total revenue of "
        "$284 million last year. The proprietary mining segment generated 3,577 bitcoin with a "
        "revenue of $100 million.",
        dt.date(2024, 4, 11),
        {(MINED, Decimal("3577"), "2023")},
    ),
    # variant written for the class
    (
        "Riot published its results for 2024 on Tuesday. The company mined 4,828 bitcoin.",
        dt.date(2025, 2, 20),
        {(MINED, Decimal("4828"), "2024")},
    ),
    # near-miss: a year not yet ended is no report's period (the publication month is)
    (
        "Riot will publish its results for 2025 in February. The company mined 450 bitcoin.",
        dt.date(2025, 11, 4),
        {(MINED, Decimal("450"), "2025-11")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANNUAL_RELEASE_CASES)
def test_annual_release(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# The month of an earlier deal recalled as background ("the initial two leases executed in May
# 2025", "Under the initial lease agreements in May") is not the month the document reports,
# however often it is named (decided case 1); undated figures take the publication month.
_APLD_COREWEAVE = (
    "The agreement between Applied Digital and CoreWeave in North Dakota will "
    "further bolster Applied Digital’s strategic expansion into advanced compute "
    "infrastructure.\n"
    "\n"
    "With a new lease agreement with CoreWeave having now been finalised, an "
    "additional 150 megawatts (MW) is in place at the Polaris Forge 1 Campus in "
    "Ellendale, North Dakota. It will bring Applied Digital’s total anticipated "
    "contracted lease revenue to roughly US$11 billion, which includes $7 billion in "
    "revenue from the initial two approximately 15-year leases executed in May 2025.\n"
    "\n"
    "“This new lease agreement with CoreWeave underpins our commitment to building "
    "the next generation of AI infrastructure right here in America’s heartland,” "
    "said Wes Cummins, chairman and CEO of Applied Digital. “It also further "
    "reinforces the importance of North Dakota’s role in shaping the future of the "
    "digital economy and is another step in advancing its position as one of the "
    "most strategic destinations for AI in the world.”\n"
    "\n"
    "Under the terms of this new long-term lease agreement, the total critical IT "
    "capacity across these three long-term lease agreements will encompass 400MW "
    "across Applied Digital’s purpose-built Polaris Forge 1 Campus. This campus is "
    "strategically designed to power CoreWeave's AI and high-performance computing "
    "(HPC) initiatives.\n"
    "\n"
    "The additional 150MW data centre will be housed in the third building of "
    "Polaris Forge 1 and is currently in the planning stages.\n"
    "\n"
    "It is expected that the new lease agreement will be at full capacity and ready "
    "for service in 2027. Under the initial lease agreements in May, the first 100MW "
    "data centre for CoreWeave is scheduled to be ready for service in Q4 of 2025 "
    "and the second building, which is expected to house a 150MW data centre, is "
    "currently under construction and is expected to be operational in the middle of "
    "2026.\n"
)

RECALLED_MONTH_CASES = [
    # real (i-apld-2025-08-coreweave), published September 1, 2025: the whole passage
    (
        _APLD_COREWEAVE,
        dt.date(2025, 9, 1),
        # (the 400MW the three leases "will encompass" is CoreWeave's running total beside its
        # new 150MW: not read, README decided case 38)
        {("ai_capacity_mw", Decimal("150"), "2025-09")},
    ),
    # variant written for the class: a treasury story
    (
        "Riot mined 450 bitcoin, the company said. The output follows the previously announced "
        "hosting contracts signed in July 2025 with Acme. Under the earlier agreements in July, "
        "Acme hosts 20,000 machines.",
        dt.date(2025, 9, 2),
        {(MINED, Decimal("450"), "2025-09")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RECALLED_MONTH_CASES)
def test_recalled_month_is_no_document_period(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected


# "as of the date hereof", "as of the date of this press release", "as of today": a balance at
# the day the document was issued.
ISSUE_DAY_CASES = [
    # real (j-cbit-2023-11-debenture-settlement-announced)
    (
        "The debt is payable to certain debenture holders in respect of 3.5% senior secured "
        "convertible debentures of the Company due November 11, 2024 originally issued to the "
        "debenture holders on November 11, 2021 (the “Debentures”). The aggregate principal "
        "amount outstanding of the Debentures as of the date hereof is C$19,810,390.",
        dt.date(2023, 11, 21),
        {(DEBT, Decimal("19810390"), "2023-11-21")},
    ),
    # variant written for the class
    (
        "As of the date of this press release, Riot holds 19,225 BTC.",
        dt.date(2025, 5, 6),
        {(HELD, Decimal("19225"), "2025-05-06")},
    ),
    # variant written for the class
    (
        "Riot has $594 million of convertible notes outstanding as of today.",
        dt.date(2025, 5, 6),
        {(DEBT, Decimal("594000000"), "2025-05-06")},
    ),
    # near-miss: "today" as the day of an announcement dates no balance to the day
    (
        "Riot today announced that it holds 19,225 BTC.",
        dt.date(2025, 5, 6),
        {(HELD, Decimal("19225"), "2025-05")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ISSUE_DAY_CASES)
def test_issue_day(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# "our goal of 5,000 Bitcoin": a goal's figure is no balance, sale or output, whether reached or
# not (README, "Only done things are figures").
GOAL_CASES = [
    # real (f-hut-2021-q3)
    (
        "“We are thrilled to have reported our third consecutive record-breaking quarterly "
        "results and to have already surpassed our goal of 5,000 Bitcoin held in reserve.”",
        dt.date(2021, 11, 10),
        set(),
    ),
    # variant written for the class
    (
        "Riot reached its objective of approximately 20,000 BTC held in treasury ahead of plan.",
        dt.date(2025, 5, 6),
        set(),
    ),
    # near-miss: the goal is named, the figure is the holding itself
    (
        "In line with its goal, Riot held 19,225 BTC as of April 30, 2025.",
        dt.date(2025, 5, 6),
        {(HELD, Decimal("19225"), "2025-04-30")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), GOAL_CASES)
def test_goal_figures(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


def _facts_for(text: str, published: dt.date, entity: str) -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric in _KEPT}


# A miner's name printed without its space ("Hut8") is still that miner: "The company" after it
# speaks of Hut 8, not of the story's company.
GLUED_NAME_CASES = [
    # real (j-wulf-2023-q2-self-mined-rewrite)
    (
        "TeraWulf successfully mined 375 BTC in Q2 2023.\nHut8 Faces Q2 Setback, Diversification "
        "Plans Underway\nIn contrast, Hut8, another BTC mining entity, experienced a dip in hash "
        "rate and self-mined Bitcoin in Q2 2023, as revealed in their mid-year results. The "
        "company mined 399 BTC in the quarter, marking a 58% decrease from Q2 2022.",
        "WULF",
        {(MINED, Decimal("375"), "2023-Q2")},
    ),
    # variant written for the class: the story is about Hut 8 itself
    (
        "HUT8 mined 399 BTC in the second quarter of 2023.",
        "HUT",
        {(MINED, Decimal("399"), "2023-Q2")},
    ),
    # variant written for the class: the glued name in a story about another miner
    (
        "Riot mined 1,775 BTC in the second quarter of 2023, while Hut8 mined 399 BTC.",
        "RIOT",
        {(MINED, Decimal("1775"), "2023-Q2")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), GLUED_NAME_CASES)
def test_glued_miner_names(text: str, entity: str, expected: set[Fact]) -> None:
    assert _facts_for(text, dt.date(2023, 8, 15), entity) == expected


# A story with no period of its own that states a debt balance at two dates: the earlier one is
# background (decided case 1); a periodic report keeps both.
SUPERSEDED_CASES = [
    # real (i-arbk-2024-06-galaxy-loan-balance-theminermag)
    (
        "“As of June 30, 2024, the remaining balance of the Galaxy loan is $5.7 million, down "
        "from the $35 million initially advanced in December 2022,” the company stated in a "
        "release on Monday.\n\nFinancial statements from Riot reveal that the debt owed to "
        "Galaxy was $12.8 million as of March 31, indicating a reduction of approximately $7.1 "
        "million over the past three months.",
        dt.date(2024, 7, 1),
        {(DEBT, Decimal("5700000"), "2024-06-30")},
    ),
    # variant written for the class: the earlier balance first
    (
        "Riot's term loan stood at $123 million as of December 31, 2023. As of June 30, 2024, "
        "the outstanding principal of the term loan was $76 million.",
        dt.date(2024, 7, 20),
        {(DEBT, Decimal("76000000"), "2024-06-30")},
    ),
    # near-miss: in a quarterly report both dated balances are labelled when stated as its own
    (
        "Riot Reports Second Quarter 2024 Results\nAs of June 30, 2024, the outstanding "
        "principal of the term loan was $76 million. As of July 31, 2024, the outstanding "
        "principal of the term loan was $50 million.",
        dt.date(2024, 8, 5),
        {(DEBT, Decimal("76000000"), "2024-06-30"), (DEBT, Decimal("50000000"), "2024-07-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUPERSEDED_CASES)
def test_superseded_debt_balances(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# "similar to Riot Platforms' decision in July 2022", "just as Marathon did in May": a likeness
# to another company's event; its period is that event's, not the figure's.
LIKENESS_CASES = [
    # variant written for the class (after g-mara-2023-06, whose figure is an intent)
    (
        "Riot sold 400 BTC, similar to Marathon's sale in May 2023.",
        dt.date(2023, 6, 5),
        {("btc_sold", Decimal("400"), "2023-06")},
    ),
    # variant written for the class
    (
        "Riot sold 400 BTC, just as Marathon did in April 2023.",
        dt.date(2023, 6, 5),
        {("btc_sold", Decimal("400"), "2023-06")},
    ),
    # near-miss: the figure's own period comes before the likeness
    (
        "Riot sold 400 BTC in May 2023, similar to Marathon.",
        dt.date(2023, 6, 5),
        {("btc_sold", Decimal("400"), "2023-05")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LIKENESS_CASES)
def test_likeness_period(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


def test_intent_beside_another_companys_decision() -> None:
    """Real (g-mara-2023-06-lolacoin): the intent takes the update's month, not Riot's."""
    text = (
        "Marathon Digital Holdings experiences mixed performance in June due to bad weather\n"
        "Marathon saw a 21% decrease in production in June, with 979 BTC produced. They also "
        "revealed plans to sell a portion of their bitcoin holdings to support operations. "
        "Marathon’s decision to sell bitcoin holdings is similar to Riot Platforms’ decision in "
        "July 2022 due to high cooling costs.\n"
    )
    found = extract_text(text, published=dt.date(2023, 7, 5), entity="MARA")
    assert {item.period for item in found if item.metric == "intent"} == {"2023-06"}


# "Meanwhile, …", "At the same time, …": a sentence that names no period of its own speaks of
# the period of the sentence before it.
SAME_TIME_CASES = [
    # real (i-corz-2022-07-sold-more-than-mined): June is recalled in a story about July
    (
        "The firm sold 1,975 coins at an average price of $22,000 per Bitcoin in July, bringing "
        "in $44 million in revenue. Meanwhile, only 1,221 coins were mined.\n\nAlthough the sale "
        "has dragged Riot's total Bitcoin holdings even lower, it marks a relatively small hit "
        "compared to the previous month. The company sold a whopping 7,202 coins in June worth "
        "$165 million to “increase liquidity,” as Bitcoin’s price crashed well below $30,000. "
        "Meanwhile, it produced only 1,106 coins.\n",
        dt.date(2022, 8, 5),
        {("btc_sold", Decimal("1975"), "2022-07"), (MINED, Decimal("1221"), "2022-07")},
    ),
    # variant written for the class
    (
        "Riot Reports First Quarter 2024 Results\nIn February 2024, Riot sold 500 BTC. At the "
        "same time, it produced 420 BTC.",
        dt.date(2024, 4, 3),
        {("btc_sold", Decimal("500"), "2024-02"), (MINED, Decimal("420"), "2024-02")},
    ),
    # near-miss: the sentence names its own period
    (
        "Riot sold 500 BTC in February 2024. Meanwhile, it produced 420 BTC in March 2024.",
        dt.date(2024, 4, 3),
        {("btc_sold", Decimal("500"), "2024-02"), (MINED, Decimal("420"), "2024-03")},
    ),
    # near-miss written for the review: the sentence before compares with an earlier month;
    # "Meanwhile" speaks of its own month, not the comparative
    (
        "Riot July 2024 Production Update. Riot produced 300 BTC in July, up from 250 BTC in "
        "June. Meanwhile, it sold 100 BTC.",
        dt.date(2024, 8, 3),
        {(MINED, Decimal("300"), "2024-07"), ("btc_sold", Decimal("100"), "2024-07")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_TIME_CASES)
def test_same_time_sentences(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


# A participle after a balance's noun ("a convertible note agreed in June", "the loan taken out
# in 2022") dates when the instrument began, not the balance; a flow keeps it.
ORIGIN_CASES = [
    # real (f-hut-2024-10-anchorage-payoff-bitget)
    (
        "The company still carries around $290 million in debt.\nRiot’s remaining debt includes "
        "a $150-million convertible note agreed in June with Coatue Management and earmarked for "
        "the miner’s expansion into the artificial intelligence computing capacity market.",
        dt.date(2024, 10, 1),
        {(DEBT, Decimal("290000000"), "2024-10"), (DEBT, Decimal("150000000"), "2024-10")},
    ),
    # variant written for the class
    (
        "Riot has $45 million outstanding under an equipment loan signed in March 2023.",
        dt.date(2024, 10, 1),
        {(DEBT, Decimal("45000000"), "2024-10")},
    ),
    # near-miss: the balance's own date
    (
        "Riot had $45 million outstanding under its equipment loan at the end of June 2024.",
        dt.date(2024, 10, 1),
        {(DEBT, Decimal("45000000"), "2024-06-30")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ORIGIN_CASES)
def test_instrument_origin_is_no_balance_date(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected


# A story that names no period of its own is about the month it was published in: a sale of an
# earlier month that its words recall ("also sold 650 bitcoin in February") is background
# (decided case 1); an earlier month's figure told as the news is kept.
NEWS_MONTH_CASES = [
    # real (a-mara-2023-03-silvergate-paydown), published March 8, 2023
    (
        "Riot Terminates Credit Facility With Crypto Bank Silvergate\nThe miner reduced its debt "
        "by $50 million and freed up about $75 million worth of bitcoin that was held as "
        "collateral.\nThe company also sold 650 bitcoin in February, following its sale of 1,500 "
        "bitcoin in January to pay for operating expenses and general corporate purposes.",
        dt.date(2023, 3, 8),
        set(),
    ),
    # variant written for the class
    (
        "Riot Closes New Credit Facility\nRiot closed a new $100 million credit facility with "
        "Coinbase on Monday, the company said.\nThe company also sold 400 bitcoin in April to "
        "fund operations.",
        dt.date(2024, 5, 14),
        set(),
    ),
    # near-miss: the earlier month's sale is the story's news (no words recall it)
    (
        "Riot sold 400 bitcoin in April to fund operations, the company said on Friday.",
        dt.date(2024, 5, 3),
        {("btc_sold", Decimal("400"), "2024-04")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEWS_MONTH_CASES)
def test_news_month_recalls(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


def test_costs_to_be_incurred_keep_their_year() -> None:
    """Near-miss of the origin rule: "to be incurred in 2026" is when a cost falls, not an
    instrument's origin (synthetic corpus, blind-capex-estimated-at)."""
    text = (
        "Capital expenditures for the first AI inference data center are estimated at US$70 "
        "million, to be incurred in 2026."
    )
    found = extract_text(text, published=dt.date(2026, 1, 15), entity="CANG")
    assert {(i.metric, i.value, i.period) for i in found} == {
        ("ai_capex_usd", Decimal("70000000"), "2026")
    }


# A holding reached over a year the text names as the issuer's fiscal year, published before
# the calendar year ends: the fiscal year has ended (its day is not stated), so the year's label
# stands, not the publication month.
FISCAL_YEAR_HOLDING_CASES = [
    # real (dev a-clsk-fy2025-call-highlights)
    (
        "Riot reported a remarkable fiscal year 2025, with record revenues reaching $766 million, "
        "a gross margin of 55%, and a significant 62% growth in Bitcoin treasury to over 13,000.",
        dt.date(2025, 11, 25),
        {(HELD, Decimal("13000"), "2025")},
    ),
    # variant written for the class
    (
        "Riot closed FY2025 with revenue of $766 million and a treasury that grew to 13,000 BTC.",
        dt.date(2025, 11, 25),
        {(HELD, Decimal("13000"), "2025")},
    ),
    # near-miss: a calendar year not yet ended names no closing day; the publication month
    (
        "In 2025, revenue reached $766 million and Riot's treasury grew to 13,000 BTC.",
        dt.date(2025, 11, 25),
        {(HELD, Decimal("13000"), "2025-11")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FISCAL_YEAR_HOLDING_CASES)
def test_fiscal_year_holding(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected
