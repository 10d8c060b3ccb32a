"""Round 11, periods: a news rewrite's one-off debt takes the period the rewrite reports; a
flattened list's balances stand at its as-of heading's day; a date told with its weekday is an
event's, never the story's period; a late annual report is still the story's report; a
flattened table's layout lines are no lead sentences.

README decided case 2 ("every metric follows the same period rule": the period the sentence
names, else the report's own period, else the publication month) and decided case 7 (a
periodic report's one-off flow within its period takes the report's period) make no difference
between a monthly update and a news story that rewrites it. The extractor already dated a
rewrite's undated sale or production by the month the rewrite reports (its lead's or the month
its prose names most), but dated a new loan there by publication, as if only a titled report
could have a period: "It secured a $100M BTC-backed loan" in a story on Riot's April 2025 update
(k1-riot-2025-04-techtelegraph-sold-475, published 6 May 2025) is April's. An event told as
after the period ("After the month ended, …") and a story about the deal alone keep the
publication month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.document_period import detect_document_period, detect_report_period
from monitor.extract.sentences import segments

_RIOT_K1 = (  # k1-riot-2025-04-techtelegraph-sold-475 (sentences cut from it, verbatim)
    "Riot Platforms Sells 475 Bitcoin in Strategic Funding Shift\n\n"
    "TLDR\n\n"
    "  • Riot sold 475 BTC in April for $38.8M to fund operations.\n"
    "  • The company ended its 100% Bitcoin holding policy.\n"
    "  • It secured a $100M BTC-backed loan and expanded into AI.\n\n"
    "Riot Platforms, Inc. (NASDAQ: RIOT) sold 475 Bitcoin in April 2025, marking a significant "
    "shift in its operational funding strategy.\n\n"
    "In April, Riot mined 463 Bitcoin, representing a 13% decrease from the 533 Bitcoin mined in "
    "March 2025 but a 23% increase compared to the same period in 2024."
)

# (text, entity, published, principal, expected period of the new debt)
ISSUED_CASES: list[tuple[str, str, str, int, str]] = [
    (_RIOT_K1, "RIOT", "2025-05-06", 100_000_000, "2025-04"),
    # variant: the rewrite's month named in its first sentence, the loan in the next
    (
        "Marathon mined 1,029 BTC in March 2025. The miner also secured a $50 million term loan "
        "from Two Prime to fund new machines.",
        "MARA",
        "2025-04-04",
        50_000_000,
        "2025-03",
    ),
    # variant: the month the prose keeps naming, the loan closed in a later paragraph
    (
        "Bitdeer sold 120 BTC in June.\n\nIn June, Bitdeer mined 350 BTC and its hash rate grew "
        "to 16 EH/s.\n\nThe company closed a $100 million loan from Tether.",
        "BTDR",
        "2025-07-08",
        100_000_000,
        "2025-06",
    ),
    # near miss: told as after the month reported -> its own month, the publication's
    (
        "Marathon mined 1,029 BTC in March 2025. After the month ended, the miner also secured a "
        "$50 million term loan from Two Prime.",
        "MARA",
        "2025-04-04",
        50_000_000,
        "2025-04",
    ),
    # near miss: a story about the loan alone names no period -> the publication month
    (
        "Iris Energy closed a $50 million term loan with Galaxy to fund new machines, the "
        "company said.",
        "IREN",
        "2025-04-04",
        50_000_000,
        "2025-04",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "principal", "period"), ISSUED_CASES)
def test_rewrites_one_off_debt_takes_the_reported_period(
    text: str, entity: str, published: str, principal: int, period: str
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    issued = {(o.value, o.period) for o in found if o.metric == "debt_issued_usd"}
    assert issued == {(principal, period)}


# A balance listed under an as-of heading stands at the heading's day (README "Periods": stock
# figures "as of <date>"/"at month-end" take the ISO date). A 6-K exhibit flattened one cell per
# line puts each item's bullet in a cell of its own on the line before the item, with "|"
# lines between: d-iren-2022-11-investor-update-6k (published 13 Dec 2022), "Liquidity (as of
# month end) | ▪ | $47 million cash, no debt4" -> debt_total_usd 0 at 2022-11-30. The layout's
# pipes and bullet cells neither end the list nor keep a sentence after it in the list.
_IREN_D = (  # d-iren-2022-11-investor-update-6k (lines cut from it, verbatim)
    "Iris Energy Limited, November 2022 Monthly Investor Update, dated December 13, 2022\n"
    "|\n"
    "o |\n"
    "Liquidity (as of month end)\n"
    "|\n"
    "▪ |\n"
    "$47 million cash, no debt4\n"
    "|\n"
    "▪ |\n"
    "$21 million estimated net capex spend to achieve 180MW5\n"
    "|\n"
)

# (text, entity, published, expected {(metric, value, period)} of the balances)
LISTED_CASES: list[tuple[str, str, str, set[tuple[str, int, str]]]] = [
    (_IREN_D, "IREN", "2022-12-13", {("debt_total_usd", 0, "2022-11-30")}),
    # variant: another bullet cell ("- |"), nil debt in other words and a holding in the list
    (
        "Bitdeer May 2025 Production Update\n|\n• |\nBalance sheet (as of month end)\n|\n- |\n"
        "No outstanding debt\n|\n- |\n1,200 BTC held\n|\n",
        "BTDR",
        "2025-06-05",
        {("debt_total_usd", 0, "2025-05-31"), ("btc_held", 1200, "2025-05-31")},
    ),
    # near miss: a sentence after the list is no item of it -> the report's period label
    (
        "Bitdeer May 2025 Production Update\n|\n• |\nBalance sheet (as of month end)\n|\n- |\n"
        "$80 million cash\n|\nThe Company has no debt.\n",
        "BTDR",
        "2025-06-05",
        {("debt_total_usd", 0, "2025-05")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), LISTED_CASES)
def test_flattened_list_items_stand_at_the_headings_day(
    text: str, entity: str, published: str, expected: set[tuple[str, int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    stocks = {
        (o.metric, int(o.value), o.period)
        for o in found
        if o.metric in ("debt_total_usd", "btc_held")
    }
    assert stocks == expected


# A date given with its weekday is when something happened (news tells an event so), never a
# balance or reporting date: f-apld-2023-11-ellendale-groundbreaking-yahoo (published 3 Nov
# 2023), "The announcement was made Tuesday, Oct. 31, on Applied Digital's website", made
# October (a month-end within days of publication) the story's period, and the 80 MW of IT
# load under construction took it; the story names no period of its own -> the publication
# month (README "Periods", decided case 10).
_APLD_F2 = (  # f-apld-2023-11-ellendale-groundbreaking-yahoo (sentences cut from it, verbatim)
    "Applied Digital breaks ground on HPC facility at Ellendale, ND\n\n"
    "Nov. 3—ELLENDALE, N.D. — Applied Digital Corp. has broken ground on its first 100-megawatt "
    "high-performance computing facility that will be located about 1 mile west of Ellendale.\n\n"
    "The announcement was made Tuesday, Oct. 31, on Applied Digital's website.\n\n"
    "The facility is designed and built for artificial intelligence workloads such as "
    "generative AI, natural language processing, machine learning, rendering and traditional "
    "high-performance computing applications.\n\n"
    '"It\'s truly like an AI brain data center is what I like to call it," said Wes Cummins, '
    "CEO and chairman of Applied Digital, which is headquartered in Dallas. \"There'll be 80 "
    "megawatts of IT (information technology) load but it's designed so that every rack in the "
    'building can be within 30 meters of the network core."'
)


def test_weekday_dated_announcement_is_no_report_period() -> None:
    found = extract_text(_APLD_F2, published=dt.date(2023, 11, 3), entity="APLD")
    assert {(int(o.value), o.period) for o in found if o.metric == "ai_capacity_mw"} == {
        (80, "2023-11")
    }


# (text, entity, published, the document's period)
WEEKDAY_CASES: list[tuple[str, str, str, str | None]] = [
    (
        "Applied Digital breaks ground. The announcement was made Tuesday, Oct. 31, on Applied "
        "Digital's website.",
        "APLD",
        "2023-11-03",
        None,
    ),
    # variant: a weekday and a month-end date, abbreviated month
    (
        "Cipher signs AI lease. The agreement was announced Friday, Feb. 28, on the company's "
        "website. Cipher will host 40 MW of critical IT load for the tenant.",
        "CIFR",
        "2025-03-04",
        None,
    ),
    # variant: "said on Monday, June 30"
    (
        "IREN expands. The company said on Monday, June 30 that it had energized 50 MW of AI "
        "capacity at Childress.",
        "IREN",
        "2025-07-03",
        None,
    ),
    # near miss: a month-end balance date without a weekday still dates the story
    (
        "IREN expands. As of June 30, the company had energized 50 MW of AI capacity at Childress.",
        "IREN",
        "2025-07-03",
        "2025-06",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "period"), WEEKDAY_CASES)
def test_weekday_dates_name_no_document_period(
    text: str, entity: str, published: str, period: str | None
) -> None:
    found = detect_document_period(list(segments(text)), dt.date.fromisoformat(published), entity)
    assert (found.label() if found else None) == period


# An annual report may come out later than a quarter's or a month's: a late filer's audited
# year is still the report the story is about. i-nb2-2023-annual-news (published 12 July 2024,
# 194 days after the year's end): "a reported net revenue of €77.5 million for the fiscal year
# 2023" names the report; the AI spending told with no period of its own ("€730 million in
# NVIDIA H100 Tensor Core GPUs") takes the report's period, 2023 (README "Periods").
_NB2_I2 = (  # i-nb2-2023-annual-news (sentences cut from it, verbatim)
    "Northern Data Group experienced a decrease in revenue, with a reported net revenue of €77.5 "
    "million for the fiscal year 2023, compared to €193.3 million in 2022.\n\n"
    "Northern Data's commitment to growth is further highlighted by its investment plans. The "
    "company intends to invest €140 million in Peak Mining, as well as €730 million in NVIDIA "
    "H100 Tensor Core GPUs. Additionally, Northern Data plans to allocate €110 million to expand "
    "its data center presence in the US and EU. These investments are aimed at strengthening the "
    "company's position in the fields of AI and high-performance computing."
)


def test_late_annual_report_dates_its_story() -> None:
    found = extract_text(_NB2_I2, published=dt.date(2024, 7, 12), entity="NB2")
    capex = {(int(o.value), o.period) for o in found if o.metric == "ai_capex_usd"}
    assert capex == {(730_000_000, "2023"), (110_000_000, "2023")}


# (text, published, the report's period)
ANNUAL_AGE_CASES: list[tuple[str, str, str | None]] = [
    (_NB2_I2.split("\n\n")[0], "2024-07-12", "2023"),
    # variant: an annual report published about seven months after its year
    (
        "Bitfarms published its annual report for the financial year 2024 on Friday, with "
        "revenue of $192 million.",
        "2025-07-25",
        "2024",
    ),
    # near miss: a year ended nine months before publication is background
    (
        "Bitfarms published its annual report for the financial year 2024 on Friday, with "
        "revenue of $192 million.",
        "2025-09-26",
        None,
    ),
    # near miss: a quarter ended seven months before is no report of now
    (
        "Bitfarms published its results for the third quarter of 2024, with revenue of $45 "
        "million.",
        "2025-04-20",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "period"), ANNUAL_AGE_CASES)
def test_annual_report_age(text: str, published: str, period: str | None) -> None:
    found = detect_report_period(list(segments(text)), dt.date.fromisoformat(published))
    assert (found.label() if found else None) == period


# A flattened table's layout ("|", "|•", "|o", "▪ |") is no sentence: a news rewrite's or
# exhibit's lead is its first lines that say something. p2-iren-2021-12-sec-update-124-mined
# (the December 2021 monthly update, published 11 Jan 2022) opens with five layout lines, so
# "748 PH/s average operating hashrate in December" fell outside the two lead sentences and
# "124 Bitcoin mined" took the publication month; the update's month is December.
_IREN_P2 = (  # p2-iren-2021-12-sec-update-124-mined (first lines, verbatim)
    "|\n|•\n|\nOperations:\n|o\n|\n"
    "748 PH/s average operating hashrate in December (+14% increase)\n|o\n|\n"
    "124 Bitcoin mined (+10% increase), generating monthly operating revenue of US$6.2 million\n"
    "|o\n"
)

# (text, entity, published, expected {(BTC produced, period)})
LAYOUT_CASES: list[tuple[str, str, str, set[tuple[int, str]]]] = [
    (_IREN_P2, "IREN", "2022-01-11", {(124, "2021-12")}),
    # variant: bullet cells "▪ |" and a heading line first
    (
        "|\n▪ |\nProduction update\n|\n▪ |\nAverage operating hashrate of 1,445 PH/s in November\n"
        "|\n▪ |\n151 Bitcoin mined, generating revenue of US$2.9 million\n|\n",
        "IREN",
        "2022-12-13",
        {(151, "2022-11")},
    ),
    # near miss: the lead names only a comparison's month -> the publication month
    (
        "|\n▪ |\nProduction update\n|\n▪ |\nAverage operating hashrate of 1,445 PH/s, up from "
        "1,200 PH/s in October\n|\n▪ |\n151 Bitcoin mined, generating revenue of US$2.9 million\n"
        "|\n",
        "IREN",
        "2022-12-13",
        {(151, "2022-12")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), LAYOUT_CASES)
def test_layout_lines_are_no_lead_sentences(
    text: str, entity: str, published: str, expected: set[tuple[int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {(int(o.value), o.period) for o in found if o.metric == "btc_produced"} == expected
