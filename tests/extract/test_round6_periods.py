"""Round 6, periods and frames for holdings, production and AI capacity, as word classes with
near-misses: the last calendar year-end ("at the end of last year"), holdings "in holdings" /
"on reserve", production totals in apposition or after a change, a section heading that opens
with its period, "as against" comparatives, forecasts and pledges, and AI capacity "committed"
or under construction.

Expected sets are worked out from the text by tests/extract/real/README.md; entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
HELD, MINED, MW = "btc_held", "btc_produced", "ai_capacity_mw"
_KEPT = (HELD, MINED, MW)


def _facts(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _KEPT}


_MARCH_2026 = dt.date(2026, 3, 2)
_MAY_2025 = dt.date(2025, 5, 6)
_NOV_2025 = dt.date(2025, 11, 4)

CASES = [
    # the year-end before the year of publication
    (
        "Riot held 19,600 BTC worth $1.7 billion at the end of last year.",
        _MARCH_2026,
        {(HELD, Decimal("19600"), "2025-12-31")},
    ),
    (
        "At the close of the prior year, Riot's bitcoin holdings stood at 19,600 BTC.",
        _MARCH_2026,
        {(HELD, Decimal("19600"), "2025-12-31")},
    ),
    # the same year-end in plainer words: the "last year" comparison guard does not take it
    (
        "Riot held 19,600 BTC at the end of last year.",
        _MARCH_2026,
        {(HELD, Decimal("19600"), "2025-12-31")},
    ),
    (
        "Riot held 19,600 BTC at the close of last year.",
        _MARCH_2026,
        {(HELD, Decimal("19600"), "2025-12-31")},
    ),
    (
        "Riot held 19,600 BTC at the end of the previous year.",
        _MARCH_2026,
        {(HELD, Decimal("19600"), "2025-12-31")},
    ),
    (
        "Riot's holdings stood at 19,600 BTC at the end of last year.",
        _MARCH_2026,
        {(HELD, Decimal("19600"), "2025-12-31")},
    ),
    # near-miss: a year-end figure that a change is measured from is still the comparison's
    (
        "Riot mined 410 BTC in February, up from 300 BTC at the end of last year.",
        _MARCH_2026,
        {(MINED, Decimal("410"), "2026-02")},
    ),
    # near-miss: "last year" alone is a comparison's, no balance date
    (
        "Riot mined 410 BTC in February, up from 300 BTC last year.",
        _MARCH_2026,
        {(MINED, Decimal("410"), "2026-02")},
    ),
    # holdings nouns after the coins
    (
        "The report shows an accumulation of 19,211 BTC in holdings as of April 2025.",
        _MAY_2025,
        {(HELD, Decimal("19211"), "2025-04-30")},
    ),
    (
        "As of March 31, Riot also put 24,434 ETH and 417 BTC on reserve.",
        _MAY_2025,
        {(HELD, Decimal("417"), "2025-03-31")},
    ),
    # near-miss: coins in someone else's holdings
    ("Riot's custodian counts 900 BTC in holdings of its clients.", _MAY_2025, set()),
    # production: a total in apposition, a level after a change
    (
        "Riot reported its bitcoin mining output for April 2025, totaling 470 Bitcoin, valued at "
        "about $44 million.",
        _MAY_2025,
        {(MINED, Decimal("470"), "2025-04")},
    ),
    (
        "In October 2025, Riot reported a 2% month-over-month decline in bitcoin production to "
        "437 BTC.",
        _NOV_2025,
        {(MINED, Decimal("437"), "2025-10")},
    ),
    # near-misses: a forecast of the change, a comparative "as against"
    ("Riot expects an increase in production to 600 BTC next month.", _MAY_2025, set()),
    (
        "As against the 163 bitcoin mined in March, Riot mined 166 bitcoin in April.",
        _MAY_2025,
        {(MINED, Decimal("166"), "2025-04")},
    ),
    # a pledge is no figure
    (
        "Riot is ahead of its pledge to hold 25,000 BTC by the end of the year.",
        _MAY_2025,
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_period_and_frame_classes(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected


def test_a_section_heading_with_its_period_keeps_that_periods_figures() -> None:
    text = (
        "Analyzing Riot's October 2025 Production Decline\n\n"
        "In October 2025, Riot reported 437 BTC mined.\n\n"
        "Q3 2025: Record Profits Amid Rising Costs\n\n"
        "The company reported record net income, driven by 1,406 BTC mined, a 27% increase "
        "from Q3 2024.\n"
    )
    assert _facts(text, _NOV_2025) == {
        (MINED, Decimal("437"), "2025-10"),
        (MINED, Decimal("1406"), "2025-Q3"),
    }


def test_an_earlier_month_without_its_own_heading_is_recalled() -> None:
    text = (
        "Riot Reports October 2025 Production Update\n\n"
        "Riot mined 437 BTC in October. Riot also mined 445 BTC in September.\n"
    )
    assert _facts(text, _NOV_2025) == {(MINED, Decimal("437"), "2025-10")}


AI = [
    (
        "Data centers: the Phase II lease was executed with CoreWeave; the combined phases now "
        "total 526MW committed critical IT load.",
        {(MW, Decimal("526"), "2025-11")},
    ),
    (
        "An additional 150MW HPC data center is under construction for mid-2026 completion.",
        {(MW, Decimal("150"), "2025-11")},
    ),
    # near-miss: an increment still planned
    ("Riot plans an additional 100 MW HPC data center next year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AI)
def test_ai_capacity_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _NOV_2025) == expected


def test_the_company_after_a_rivals_sentence_is_the_rival() -> None:
    text = (
        "In addition, Riot's competitor MARA continues its HODL strategy. The company stated "
        "that its Bitcoin holdings have reached 26,200.\n"
    )
    assert _facts(text, _MAY_2025) == set()


def test_the_company_after_its_own_sentence_is_itself() -> None:
    text = (
        "Riot kept adding to its treasury. The company stated that its Bitcoin holdings have "
        "reached 19,600.\n"
    )
    assert _facts(text, _MAY_2025) == {(HELD, Decimal("19600"), "2025-05")}


def test_a_holding_the_report_months_flows_reached_is_at_its_end() -> None:
    text = (
        "Riot December 2025 Production Update\n"
        "Riot produced 569 BTC during the month, up from 547 BTC in November. That "
        "month-over-month gain pushed Riot's total holdings to 19,528 BTC.\n"
    )
    assert _facts(text, dt.date(2026, 1, 6)) == {
        (MINED, Decimal("569"), "2025-12"),
        (HELD, Decimal("19528"), "2025-12-31"),
    }


def test_a_change_with_no_flow_of_the_month_keeps_the_reports_label() -> None:
    text = (
        "Riot December 2025 Production Update\n"
        "Market gains pushed the value of Riot's holdings higher. "
        "Riot currently holds 19,528 BTC.\n"
    )
    assert _facts(text, dt.date(2026, 1, 6)) == {(HELD, Decimal("19528"), "2025-12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period named in the sentence, if only as "this period" or "last month's"
        (
            "Riot reported its April 2025 production. During this period, Riot mined 212 BTC, "
            "increasing its total holdings by 4% to 19,377 BTC.",
            "2025-04-30",
        ),
        ("Last month's production brings Riot's total BTC holding up to 19,784.", "2025-04-30"),
        # near-miss: flows with no period named keep the publication month
        ("Riot boosted its total bitcoin holdings to about 19,649.1 BTC.", "2025-05"),
    ],
)
def test_a_holding_reached_by_flows_of_a_named_period(text: str, expected: str) -> None:
    held = {fact for fact in _facts(text, _MAY_2025) if fact[0] == HELD}
    assert {period for _, _, period in held} == {expected}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a daily rate with its value in brackets is still a rate
        (
            "The firm is currently mining around 14 BTC ($282,000) per day over the month to date.",
            dt.date(2022, 6, 21),
            set(),
        ),
        # a year counted to a day before its end is year-to-date
        (
            "Riot produced 1,252 bitcoins in the third quarter of 2021; as of September 30, 2021, "
            "it produced 2,098 bitcoins in 2021.",
            dt.date(2021, 11, 10),
            {(MINED, Decimal("1252"), "2021-Q3")},
        ),
        # the same, day first
        (
            "Riot produced 1,252 bitcoins in the third quarter of 2021; as of 30 September 2021, "
            "it produced 2,098 bitcoins in 2021.",
            dt.date(2021, 11, 10),
            {(MINED, Decimal("1252"), "2021-Q3")},
        ),
        # near-misses: counted to the year's last day (either order), the whole year
        (
            "As of 31 December 2021, Riot produced 5,000 BTC in 2021.",
            dt.date(2022, 1, 10),
            {(MINED, Decimal("5000"), "2021")},
        ),
        (
            "As of December 31, 2021, Riot produced 5,000 BTC in 2021.",
            dt.date(2022, 1, 10),
            {(MINED, Decimal("5000"), "2021")},
        ),
        # a total with the hosting clients' part in it is not the company's own
        (
            "Riot's datacenter operations produced approximately 409 bitcoin during the first "
            "quarter of 2024, of which 275 bitcoin were produced for colocation and 134 bitcoin "
            "were produced for self-mining.",
            dt.date(2024, 5, 1),
            {(MINED, Decimal("134"), "2024-Q1")},
        ),
    ],
)
def test_production_rates_to_date_and_clients_totals(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected


_AI_RELEASE = "Riot Expands Its AI Factory Campus For A Hyperscale HPC Tenant\n\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a building under construction with no AI word of its own sentence is not read, even
        # in an AI release (decided case 30: dev c-apld-2025-06-tradingpedia-2 relabelled)
        (
            "A second 150 MW building is already under construction, expected to be finished "
            "by mid-2026.",
            set(),
        ),
        ("Riot is building a 100 MW HPC campus in Texas.", {(MW, Decimal("100"), "2025-11")}),
        # near-misses: a building scheduled or planned; a project's size; a mixed campus
        ("The first 100 MW building is slated to go online in the fourth quarter.", set()),
        ("A third 150 MW facility of the same size is planned.", set()),
        ("Riot is developing a 500 MW AI project.", set()),
        ("Riot owns a 350-megawatt HPC and AI campus.", set()),
    ],
)
def test_ai_buildings_and_campuses(lines: str, expected: set[Fact]) -> None:
    assert _facts(_AI_RELEASE + lines + "\n", _NOV_2025) == expected


def test_a_building_under_construction_in_a_mining_release_is_not_ai() -> None:
    text = "Riot mining update\nA second 150 MW building is already under construction.\n"
    assert _facts(text, _NOV_2025) == set()


def test_the_company_two_sentences_after_a_rival_is_still_the_rival() -> None:
    text = (
        "The month's big news was Marathon Digital (MARA) becoming the largest listed miner. "
        "Having already reached 17.7 EH/s, the company continued to energize miners. The "
        "company mined 1,176 Bitcoin in July, followed by CleanSpark with 575.\n"
    )
    assert _facts(text, dt.date(2023, 8, 10)) == set()


def test_the_company_two_sentences_after_the_entity_is_the_entity() -> None:
    text = (
        "Riot had a strong month. Having already reached 17.7 EH/s, the company continued to "
        "energize miners. The company mined 476 Bitcoin in July.\n"
    )
    assert _facts(text, dt.date(2023, 8, 10)) == {(MINED, Decimal("476"), "2023-07")}


_APRIL_UPDATE = "Riot Platforms Reports April 2025 Production and Operations Update\n\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the sentence just before states the report's closing day
        (
            "As of April 30, Riot's active hash rate was approximately 32 EH/s. The company's "
            "treasury holdings included 19,211 BTC.",
            "2025-04-30",
        ),
        (
            "Riot provided a bitcoin mining update for April 30, 2025. The company held 19,211 "
            "BTC, valued at $1.8 billion.",
            "2025-04-30",
        ),
        # day first
        (
            "As of 30 April, Riot's hash rate was 32 EH/s. The company held 19,211 BTC.",
            "2025-04-30",
        ),
        (
            "As at 30th April, the fleet's hash rate reached 32 EH/s. The company's treasury "
            "holdings included 19,211 BTC.",
            "2025-04-30",
        ),
        # near-misses: another day before; the day in another paragraph
        (
            "On 14 April, Riot signed a power contract. The company held 19,211 BTC.",
            "2025-04",
        ),
        (
            "On April 14, Riot signed a power contract. The company held 19,211 BTC.",
            "2025-04",
        ),
        (
            "As of April 30, Riot's hash rate was 32 EH/s.\n\nThe company held 19,211 BTC.",
            "2025-04",
        ),
    ],
)
def test_an_undated_holding_after_the_reports_closing_day(lines: str, expected: str) -> None:
    held = {fact for fact in _facts(_APRIL_UPDATE + lines + "\n", _MAY_2025) if fact[0] == HELD}
    assert {period for _, _, period in held} == {expected}


SOLD = "btc_sold"


def test_peers_likeness_sentences_do_not_date_the_entitys_story() -> None:
    text = (
        "Riot sold 3,000 BTC over the past week to pay down loans, it announced on Tuesday.\n"
        "In May, Marathon's chief financial officer said it too may consider selling bitcoin.\n"
        "Bitcoin miners also dumped their holdings faster than usual in May, an analyst said.\n"
    )
    found = extract_text(text, published=dt.date(2022, 6, 21), entity="RIOT")
    assert {(i.metric, i.value, i.period) for i in found if i.metric == SOLD} == {
        (SOLD, Decimal("3000"), "2022-06")
    }


def test_a_sector_lists_month_still_dates_the_entitys_item() -> None:
    text = (
        "MARA Holdings mined 750 BTC in January, a 13% decrease from the previous month.\n"
        "CleanSpark mined 616 BTC in January, a small decline.\n"
        "Riot saw a 6% drop, mining 526 BTC.\n"
    )
    assert _facts(text, dt.date(2025, 2, 7)) == {(MINED, Decimal("526"), "2025-01")}


def test_a_figure_whose_unit_wrapped_to_the_next_line() -> None:
    text = (
        "Riot published its April operational update on Tuesday.\n"
        "Due to the shorter month, the number of mined tokens was lower and came in at 162\n"
        "BTC compared to 168 BTC in March.\n"
    )
    assert _facts(text, _MAY_2025) == {(MINED, Decimal("162"), "2025-04")}


def test_a_number_ending_a_line_before_a_label_row_stays_apart() -> None:
    text = "Riot April 2025 Production Update\nMiners deployed 162\nBTC produced: 450\n"
    assert (MINED, Decimal("450"), "2025-04") in _facts(text, _MAY_2025)


def test_a_wrapped_plural_unit_and_a_comparisons_other_side_closed_by_a_comma() -> None:
    text = (
        "- Bitcoin production in the first quarter of 2025 "
        "decreased 11.0% to 1,103\nBTCs from 1,239 BTCs in the same period of 2024\n"
    )
    assert _facts(text, _MAY_2025) == {(MINED, Decimal("1103"), "2025-Q1")}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a phase still to come is no level
        (
            "Phase one of the deployment, delivering 40 MW of capacity, is slated for the first "
            "half of 2026.",
            set(),
        ),
        # the building a phase was delivered in is not the capacity reported
        (
            "Riot achieved Ready for Service for the first phase (50 MW), at the first 100 MW "
            "building at its AI campus.",
            {(MW, Decimal("50"), "2025-11")},
        ),
        (
            "The first 100 MW building, now Ready for Service for its first phase (50 MW), "
            "delivers HPC capacity to a hyperscaler.",
            {(MW, Decimal("50"), "2025-11")},
        ),
        # near-miss: a whole first building energised is its capacity
        (
            "Riot energized the first 100 MW HPC data center for its tenant.",
            {(MW, Decimal("100"), "2025-11")},
        ),
    ],
)
def test_phases_and_the_buildings_they_are_in(lines: str, expected: set[Fact]) -> None:
    assert _facts(_AI_RELEASE + lines + "\n", _NOV_2025) == expected


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        ("The figure regarding the total number of Bitcoins was updated on April 30, 2025.",
         "2025-04-30"),
        ("The total was stated as of April 25, 2025.", "2025-04-25"),
        # near-misses: a sentence about something else; a day after publication
        ("The company updated its website on April 14, 2025.", "2025-05"),
        ("The figure will be updated on May 31, 2025.", "2025-05"),
    ],
)  # fmt: skip
def test_the_next_sentence_dates_the_figure_just_given(follow: str, expected: str) -> None:
    text = f"According to the report, the number of bitcoins held by Riot is 19,295. {follow}\n"
    held = {fact for fact in _facts(text, _MAY_2025) if fact[0] == HELD}
    assert {period for _, _, period in held} == {expected}


def test_a_holding_reached_by_the_flows_the_sentence_before_dated() -> None:
    text = (
        "Riot Platforms Reports April 2025 Production and Operations Update\n\n"
        "The figures for April show an uptick, with 650.5 BTC having been mined. That bitcoin "
        "was retained, bringing the firm's overall treasury holding to 19,529.7 BTC.\n"
    )
    held = {fact for fact in _facts(text, _MAY_2025) if fact[0] == HELD}
    assert held == {(HELD, Decimal("19529.7"), "2025-04-30")}


def test_a_demonstrative_about_something_else_dates_nothing() -> None:
    text = (
        "Riot Platforms Reports April 2025 Production and Operations Update\n\n"
        "That strategy is unchanged, and the firm's overall treasury holding stands at 19,529.7 "
        "BTC.\n"
    )
    held = {fact for fact in _facts(text, _MAY_2025) if fact[0] == HELD}
    assert held == {(HELD, Decimal("19529.7"), "2025-04")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot maintained a strong financial position with $688.5 million in cash on hand and "
            "8,490 unencumbered Bitcoin as of March 31, 2025.",
            {(HELD, Decimal("8490"), "2025-03-31")},
        ),
        (
            "The company said it had 19,297 total Bitcoin holdings as of April 30.",
            {(HELD, Decimal("19297"), "2025-04-30")},
        ),
        # near-misses: a name's digit before "total BTC holdings"; coins with cash but no date
        ("Hut 8 total BTC holdings held in reserve and market value.", set()),
        ("Riot spent $68.5 million in cash and 490 Bitcoin on the acquisition.", set()),
    ],
)
def test_holdings_beside_cash_and_total_holdings(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _MAY_2025) == expected
