"""Round 6, holdings and periods: one-sided bounds (decided case 20) and holdings on a monthly
update's list lines (decided case 21), each with near-misses.

Every expected set is worked out from the text by the labelling convention
(tests/extract/real/README.md). Published 6 May 2025 unless said; entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
Fact = tuple[str, Decimal | None, str | None]
HELD, MINED, SOLD, MW = "btc_held", "btc_produced", "btc_sold", "ai_capacity_mw"
_KEPT = (HELD, MINED, SOLD, MW)


def _facts(text: str, published: dt.date = PUBLISHED) -> set[Fact]:
    found = extract_text(text, published=published, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _KEPT}


# Case 20: "more than", "over", "in excess of", "surpassed" keep their number, for the date
# they are stated of; the exact figure, when the same text gives it, replaces the bound.
BOUNDS = [
    (
        "The miner's bitcoin reserve topped 8,000 BTC at the end of March.",
        {(HELD, Decimal("8000"), "2025-03-31")},
    ),
    ("Riot now holds in excess of 10,000 bitcoin.", {(HELD, Decimal("10000"), "2025-05")}),
    ("Its treasury has crossed 7,500 BTC, the company said.", {(HELD, Decimal("7500"), "2025-05")}),
    ("Riot's bitcoin stack climbed 40% to over 9,200 BTC.", {(HELD, Decimal("9200"), "2025-05")}),
    ("Riot mined more than 450 BTC during April.", {(MINED, Decimal("450"), "2025-04")}),
    ("Riot sold slightly more than 1,000 BTC in April.", {(SOLD, Decimal("1000"), "2025-04")}),
    (
        "Riot has leased more than 520 MW of critical IT capacity to a hyperscaler for AI "
        "workloads.",
        {(MW, Decimal("520"), "2025-05")},
    ),
    # the exact figure in the same text: only it
    (
        "Riot holds over 9,000 BTC\nAs of April 30, 2025, Riot held 9,084 BTC.",
        {(HELD, Decimal("9084"), "2025-04-30")},
    ),
    (
        "Riot leases more than 500 MW of critical IT capacity for AI.\n"
        "The hyperscaler lease covers 526 MW of critical IT load for AI workloads.",
        {(MW, Decimal("526"), "2025-05")},
    ),
    # near-misses: a bound of another date, far from the exact figure, stays; a goal, a pledge
    # and a comparative are no figures
    (
        "Riot held more than 6,000 BTC at the end of March. As of April 30, 2025, it held 3,349 "
        "BTC.",
        {(HELD, Decimal("6000"), "2025-03-31"), (HELD, Decimal("3349"), "2025-04-30")},
    ),
    ("Riot aims to hold more than 10,000 BTC by year-end.", set()),
    ("Riot's holdings are expected to surpass 12,000 BTC by December.", set()),
    (
        "Riot is ahead of its commitment to the market to have over 5,000 self-mined bitcoin by "
        "the end of the year.",
        set(),
    ),
    (
        "Output fell 28% from last year, when Riot mined over 443 BTC in the same month.\n"
        "Riot mined 318 BTC in April.",
        {(MINED, Decimal("318"), "2025-04")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_a_one_sided_bound_keeps_its_number(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


_UPDATE = "Riot Platforms Reports April 2025 Production and Operations Update\n"

# Case 21: a monthly update's list line or holdings row is at the reported month's last day,
# unless the line gives its own date; its prose holdings with no date keep the report's label.
LISTS = [
    ("- Bitcoin Holdings: 351 BTC\n", {(HELD, Decimal("351"), "2025-04-30")}),
    ("• Bitcoin balance: 341 BTC\n", {(HELD, Decimal("341"), "2025-04-30")}),
    ("* Total BTC holdings – 2,210 BTC\n", {(HELD, Decimal("2210"), "2025-04-30")}),
    ("| Bitcoin held | 1,005 |\n", {(HELD, Decimal("1005"), "2025-04-30")}),
    # near-miss: a bullet that is a sentence is prose (no named period: the report's label)
    (
        "• Mined 268 BTC in April\n• Despite lower output, Riot held 1,005 BTC\n",
        {(MINED, Decimal("268"), "2025-04"), (HELD, Decimal("1005"), "2025-04")},
    ),
    # near-misses: the line's own date; prose of the update; a story that is no monthly update
    ("- Bitcoin holdings: 351 BTC as of May 5, 2025\n", {(HELD, Decimal("351"), "2025-05-05")}),
    ("The company currently holds 351 BTC.\n", {(HELD, Decimal("351"), "2025-04")}),
]


@pytest.mark.parametrize(("lines", "expected"), LISTS)
def test_a_listed_holding_is_at_the_months_end(lines: str, expected: set[Fact]) -> None:
    assert _facts(_UPDATE + lines) == expected


def test_a_list_outside_a_monthly_update_keeps_its_month() -> None:
    text = "Riot expands its bitcoin treasury\n- Bitcoin holdings: 351 BTC\n"
    assert _facts(text) == {(HELD, Decimal("351"), "2025-05")}


# Case 25: a quarterly release's list line is at the quarter's last day, like a month's.
QUARTERLY_LISTS = [
    ("- Bitcoin holdings: 351 BTC\n", {(HELD, Decimal("351"), "2025-03-31")}),
    ("• Bitcoin Holdings: 155.5 Bitcoin valued at $16.7 million\n",
     {(HELD, Decimal("155.5"), "2025-03-31")}),
    # near-misses: the line's own date; a bullet that is a sentence is prose (the quarter)
    ("- Bitcoin holdings: 351 BTC as of May 5, 2025\n", {(HELD, Decimal("351"), "2025-05-05")}),
    ("- Riot held 351 BTC\n", {(HELD, Decimal("351"), "2025-Q1")}),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), QUARTERLY_LISTS)
def test_a_quarterly_list_line_is_at_the_quarters_end(lines: str, expected: set[Fact]) -> None:
    assert _facts("Riot Reports First Quarter 2025 Results\n" + lines) == expected


# Case 14: a holding reached by a named period's flows, in the same sentence, is at that
# period's last day; "now holds" names no period and keeps the report's label.
REACHED = [
    (
        "Riot said the mining output for April was 268 BTC, and its bitcoin treasury decreased "
        "to 1,005 BTC.",
        {(MINED, Decimal("268"), "2025-04"), (HELD, Decimal("1005"), "2025-04-30")},
    ),
    (
        "For the first quarter of 2025, Riot mined 1,380 BTC, lifting its total holdings to "
        "19,300 BTC.",
        {(MINED, Decimal("1380"), "2025-Q1"), (HELD, Decimal("19300"), "2025-03-31")},
    ),
    # "now holds" in a sentence that names the period is at its end too
    (
        "Riot Platforms Reports April 2025 Production and Operations Update\n"
        "Riot mined 450 BTC in April and now holds 19,211 BTC.",
        {(MINED, Decimal("450"), "2025-04"), (HELD, Decimal("19211"), "2025-04-30")},
    ),
    # near-misses: a present-tense balance in a sentence naming no period; a period still
    # running when published
    (
        "Riot Platforms Reports April 2025 Production and Operations Update\n"
        "Riot mined 450 BTC in April. It now holds 19,211 BTC.",
        {(MINED, Decimal("450"), "2025-04"), (HELD, Decimal("19211"), "2025-04")},
    ),
    (
        "So far in May, Riot has mined 120 BTC, bringing its holdings to 19,331 BTC.",
        {(HELD, Decimal("19331"), "2025-05")},  # (month to date: no production figure)
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED)
def test_a_holding_reached_by_named_flows_is_at_their_end(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


def test_a_bound_beside_an_exact_holding_of_its_date_gives_way() -> None:
    text = (
        "Riot, which held over 6,300 BTC before the sale, sold 3,000 BTC in April.\n"
        "As of April 30, 2025, Riot held 3,349 BTC."
    )
    assert _facts(text) == {
        (SOLD, Decimal("3000"), "2025-04"),
        (HELD, Decimal("3349"), "2025-04-30"),
    }


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Riot mined 569 BTC in December 2025, surpassing 19,500 BTC total holdings.", "19500"),
        ("Riot produced 569 BTC in December 2025, pushing its total holdings above 19,500 BTC.",
         "19500"),
        # near-miss: a production threshold is not a holding
        ("Riot mined 569 BTC in December 2025, surpassing 500 BTC in monthly output.", None),
    ],
)  # fmt: skip
def test_a_threshold_the_holding_crossed(text: str, held: str | None) -> None:
    expected = {(MINED, Decimal("569"), "2025-12")}
    if held is not None:
        expected.add((HELD, Decimal(held), "2025-12-31"))
    assert _facts(text, dt.date(2026, 1, 7)) == expected


QUARTER_RELEASE = "Riot Platforms Reports Second Quarter 2025 Financial Results\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quarter's bound and its closing day's exact holding: one holding per date
        (
            QUARTER_RELEASE + "Riot holds over 19,000 BTC.\nAs of June 30, 2025, Riot held "
            "19,273 BTC.",
            {(HELD, Decimal("19273"), "2025-06-30")},
        ),
        # near-miss: the exact holding is the previous quarter's, the bound stays
        (
            QUARTER_RELEASE + "Riot holds over 19,000 BTC.\nAs of March 31, 2025, Riot held "
            "19,223 BTC.",
            {(HELD, Decimal("19000"), "2025-Q2"), (HELD, Decimal("19223"), "2025-03-31")},
        ),
    ],
)
def test_a_quarters_bound_gives_way_to_the_exact_holding_inside_it(
    text: str, expected: set[Fact]
) -> None:
    assert _facts(text, published=dt.date(2025, 7, 31)) == expected
