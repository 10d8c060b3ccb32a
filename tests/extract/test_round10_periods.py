"""Round 10 (blind batch p), periods: a news story's fiscal quarter in its own words.

"Hive … dropped some jaw-dropping numbers for their Q2 earnings … record revenue of $87.3
million for the quarter ending September 30 … Hive mined 717 Bitcoin during the quarter"
(p1-hive-2026-q2-decrypt-rewrite-717-mined, published 18 November 2025). The story names its
quarter both ways: "Q2 earnings" and "the quarter ending September 30". The calendar quarter
that ends on September 30 is the third; a quarter called the second that ends then is the
issuer's fiscal Q2 of the year ending March 2026, labelled as the issuer names it (README:
"a fiscal quarter as the issuer names it"): 2026-Q2. A bare quarter and an end that agree on
the calendar change nothing; "the quarter ending" with no year is in the report's year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.fiscal import fiscal_report
from monitor.extract.periods import find_mentions
from monitor.vocabulary.periods import Period

_HIVE_P1 = (  # p1-hive-2026-q2-decrypt-rewrite-717-mined (sentences cut from it, verbatim)
    "Picture this: their stock skyrocketed by 7.5% after they dropped some jaw-dropping "
    "numbers for their Q2 earnings.\n\n"
    "So, why should you care? Well, Hive reported a record revenue of $87.3 million for the "
    "quarter ending September 30.\n\n"
    "Here's the scoop: Hive mined 717 Bitcoin during the quarter, which is a 77% increase "
    "from Q1."
)

PRODUCED_CASES: list[tuple[str, str, str, str]] = [
    (_HIVE_P1, "HIVE", "2025-11-18", "2026-Q2"),
    # variant: an ordinal "second-quarter earnings", an end with its year (March year-end)
    (
        "HIVE shares rose 7.5% after its second-quarter earnings. For the quarter ended "
        "September 30, 2025, HIVE reported revenue of $87.3 million. HIVE mined 717 Bitcoin "
        "during the quarter.",
        "HIVE",
        "2025-11-18",
        "2026-Q2",
    ),
    # variant: a June year-end (IREN): "Q1 revenue" for the quarter ending September 30
    (
        "IREN shares rose after Q1 revenue beat estimates. IREN reported revenue of $240 "
        "million for the quarter ending September 30. IREN mined 669 Bitcoin during the quarter.",
        "IREN",
        "2025-11-10",
        "2026-Q1",
    ),
    # near miss: a calendar issuer's quarter agrees with its end, nothing changes
    (
        "Riot shares rose after Q3 earnings beat estimates. Riot reported revenue of $180 "
        "million for the quarter ending September 30. Riot mined 1,406 Bitcoin during the "
        "quarter.",
        "RIOT",
        "2025-11-05",
        "2025-Q3",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "period"), PRODUCED_CASES)
def test_fiscal_quarter_of_a_story(text: str, entity: str, published: str, period: str) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {o.period for o in found if o.metric == "btc_produced"} == {period}


def test_year_less_end_takes_the_reports_year() -> None:
    text = "their Q2 earnings … revenue for the quarter ending September 30."
    assert fiscal_report(Period.of_quarter(2025, 3), text) == Period.of_quarter(2026, 2)
    # a bare quarter naming no results is no name of the report
    text = "up from Q2 … revenue for the quarter ending September 30."
    assert fiscal_report(Period.of_quarter(2025, 3), text) == Period.of_quarter(2025, 3)


# A sale's price right after its BTC ("sold 2,595 BTC for $56 million throughout the quarter")
# is part of the sale, like a value in words ("worth $4.7 billion"): the period after it dates
# the sale and its proceeds (p1-bitf-2022-11-dwpills-pays-off-27m, published 14 November 2022).
SALE_CASES: list[tuple[str, str]] = [
    # p1-bitf-2022-11 (verbatim, the next sentence too)
    (
        "Bitfarms sold 2,595 BTC for $56 million throughout the quarter. The miner has been "
        "selling bitcoin steadily since June, shifting its hodl strategy.",
        "2022-Q3",
    ),
    # variants
    ("Bitfarms sold 1,000 BTC for $30 million during the third quarter of 2022.", "2022-Q3"),
    ("Bitfarms sold 1,000 BTC for approximately $30 million in October.", "2022-10"),
    ("Bitfarms sold 1,000 BTC for about US$30 million in the month of October.", "2022-10"),
]


@pytest.mark.parametrize(("text", "period"), SALE_CASES)
def test_sale_price_is_no_next_figure(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2022, 11, 14), entity="BITF")
    got = {(o.metric, o.period) for o in found if o.metric.startswith("btc_s")}
    assert got == {("btc_sold", period), ("btc_sale_proceeds_usd", period)}


# "In March, Marathon mined … 825 BTC. Additionally, it reduced $50 million in debt": a
# sentence that opens by adding to the one before ("additionally", "in addition", like
# "meanwhile") tells of the same time (p1-mara-2023-q1-jordan720-2195-mined, published 4 April
# 2023, a release titled by the quarter).
_MARA_TITLE = "Marathon Digital Announces a Record Bitcoin Production in Q1 2023\n\n"
REPAID_CASES: list[tuple[str, str]] = [
    # p1-mara-2023-q1 (verbatim)
    (
        _MARA_TITLE + "In March, Marathon mined nearly 40% of its quarterly load, with 825 BTC. "
        "Additionally, it reduced $50 million in debt and increased its unrestricted Bitcoin "
        "holdings by 3,132 BTC after ending credit facilities with Silvergate Bank.",
        "2023-03",
    ),
    # variant
    (
        _MARA_TITLE + "In March, Marathon sold no bitcoin. In addition, the company repaid $50 "
        "million of its term loan.",
        "2023-03",
    ),
    # near miss: no opener, the report's quarter
    (
        _MARA_TITLE + "In March, Marathon sold no bitcoin. The company repaid $50 million of its "
        "term loan.",
        "2023-Q1",
    ),
]


@pytest.mark.parametrize(("text", "period"), REPAID_CASES)
def test_an_added_sentence_keeps_the_time(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2023, 4, 4), entity="MARA")
    assert {o.period for o in found if o.metric == "debt_repaid_usd"} == {period}


# "another roughly 500 coins mined since December" (p1-hut-2018-q1-coindesk-828-mined,
# published 24 May 2018): a total since a month is no whole named period (README, What is NOT
# labelled), and "since December" never dates a figure (the phrase holds its "since").
SINCE_CASES: list[tuple[str, set[tuple[str, str | None]]]] = [
    # p1-hut-2018-q1 (verbatim clause)
    (
        "The 828 bitcoins mined in the first quarter of 2018 join another roughly 500 coins "
        "mined since December.",
        {("btc_produced", "2018-Q1")},
    ),
    # variants
    ("Hut 8 has mined roughly 500 coins since December.", set()),
    ("Hut 8 has sold 300 BTC since June.", set()),
    # near miss: a record "since" a month dates nothing, the quarter does
    (
        "Hut 8 mined 828 bitcoins in the first quarter of 2018, its best quarter since "
        "December 2017.",
        {("btc_produced", "2018-Q1")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_CASES)
def test_since_a_month_is_no_period(text: str, expected: set[tuple[str, str | None]]) -> None:
    found = extract_text(text, published=dt.date(2018, 5, 24), entity="HUT")
    assert {(o.metric, o.period) for o in found} == expected


# "It was left with 9,242 BTC at February's end, after the sale" (p2-hut-2023-02-pegapool-
# sold-188, published 13 March 2023): the possessive month-end is the month's close, like
# "the end of February" and "February-end" (a balance: the month's last day).
END_CASES: list[tuple[str, str]] = [
    ("Hut 8 held 9,242 BTC at February's end.", "2023-02-28"),  # variant of p2-hut
    ("Hut 8 held 9,242 BTC at February’s end.", "2023-02-28"),
    ("Hut 8 held 9,242 BTC at January's end, after the sale.", "2023-01-31"),
    ("Hut 8 held 9,242 BTC at the end of February.", "2023-02-28"),  # (already read)
]


@pytest.mark.parametrize(("text", "period"), END_CASES)
def test_possessive_month_end(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2023, 3, 13), entity="HUT")
    assert {(o.metric, o.period) for o in found} == {("btc_held", period)}


@pytest.mark.parametrize(
    ("text", "relative"),
    [("at month's end", "report"), ("at quarter’s end", "report-quarter")],
)
def test_possessive_relative_end(text: str, relative: str) -> None:
    mentions = find_mentions(text, dt.date(2023, 3, 13))
    assert [(m.relative, m.period) for m in mentions] == [(relative, None)]


# "Their holdings now stand at 3,349 BTC, taking into account the full 3,000 BTC sold and the
# added June production …" (p2-bitf-2022-06-pageone-3000btc-owed-38m, published 21 June 2022,
# a news story with no report period): a balance said to stand now is at the publication
# month, also when a later clause names a month (README: no date → the publication month),
# and not at the month the sentence before was about ("On May 31, Bitfarms reported …").
NOW_CASES: list[tuple[str, str]] = [
    # p2-bitf-2022-06 (verbatim)
    (
        "On May 31, Bitfarms reported that it owned 6,075 BTC. Their holdings now stand at "
        "3,349 BTC, taking into account the full 3,000 BTC sold and the added June production "
        "at an average of 14 BTC per day.",
        "2022-06",
    ),
    # variant: a month in a later clause is no date of the balance; the story retells May's
    # update, whose label the holding takes (decided case 46)
    (
        "In May, Bitfarms mined 420 BTC. Bitfarms now holds 3,349 BTC, after selling coins "
        "mined in April.",
        "2022-05",
    ),
    # near miss: a date of the balance's own clause keeps it
    ("In May, Bitfarms mined 420 BTC. Bitfarms now holds 3,349 BTC as of June 15.", "2022-06-15"),
]


@pytest.mark.parametrize(("text", "period"), NOW_CASES)
def test_held_now_in_a_later_clause(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2022, 6, 21), entity="BITF")
    assert {o.period for o in found if o.metric == "btc_held" and o.value == 3349} == {period}


# "Iris Energy said it held $39 million in cash at the end of the calendar year with no debt"
# (p2-iren-2022-12-theblock-no-debt, published 12 January 2023): the calendar year's end is the
# year-end (a balance: 31 December), as "the end of the year" is.
YEAR_END_CASES: list[tuple[str, str, str]] = [
    (
        "Iris Energy said it held $39 million in cash at the end of the calendar year with no "
        "debt.",
        "debt_total_usd",
        "2022-12-31",
    ),
    ("Iris Energy ended the calendar year with 400 BTC.", "btc_held", "2022-12-31"),
    ("Iris Energy held 400 BTC at the end of the year.", "btc_held", "2022-12-31"),
]


@pytest.mark.parametrize(("text", "metric", "period"), YEAR_END_CASES)
def test_calendar_year_end(text: str, metric: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2023, 1, 12), entity="IREN")
    assert {(o.metric, o.period) for o in found} == {(metric, period)}
