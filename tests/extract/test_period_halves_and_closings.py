"""Period-only errors (session 16, class "halfyear"): the figure was found, its period was not.

Reading rules a careful analyst applies, one group each:

* Half-years are periods: "the first six months of 2024" is 2024-H1, "in the first half of the
  year" the latest such half not after publication; a story that opens on its half reports it
  (a figure with no period of its own takes it), a balance "at the end of the half-year" or in
  that half's opening clause stands at its last day, and a June-30 balance date in a text that
  names the first half dates an interim report, not a quarter (`periods`, `document_period`).
* A Unicode hyphen joins words as "-" does: "third‑quarter 2025 results" (`hyphens`).
* A results call or release still to come ("will host a conference call to discuss its results
  for the second quarter") names no period of the document (`document_period`).
* "Fiscal third quarter, ended Dec. 31" is the issuer's quarter, its year the latest such day's;
  a bare "Q3" in a text reporting the issuer's Q3 is that quarter (`periods`, `bare_quarters`).
* A debt flow whose next sentence dates the transaction's closing after the report's period
  takes that month (README decided case 7, `closed_next`).
* A heading right above a list of balances that ends on its one as-of day ("Bitcoin Holdings as
  of December 9, 2024") dates the balances under it (`table_asof.heading_day`, `context`).
* The unit of a figure is no subject: "165 BTC mined in Q3 and a recent purchase of 10,500 ASIC
  mining machines" has no "BTC mined … of 10,500" (`treasury_produced`).

Every sentence is written for these tests in the style of the corpus (no holdout text); the near
misses (a quarterly report, "half of its output", a year printed, a closing within the period)
must still be read as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

Case = tuple[str, str, str, str, str, str]

HALF: list[Case] = [
    # near miss: "the half-dozen sites" names no half; the quarterly report's quarter stays
    (
        "Second Quarter 2025 Highlights\n- Cipher mined 452 BTC in the half-dozen data centers "
        "it operates in West Texas.",
        "2025-08-05",
        "CIFR",
        "btc_produced",
        "452",
        "2025-Q2",
    ),
    # a plan for the half still to come is this year's half, not last year's
    (
        "Riot Platforms plans to sell up to 500 BTC of its holdings in the second half of the "
        "year to fund the Corsicana build-out.",
        "2025-03-10",
        "RIOT",
        "intent",
        "None",
        "2025-H2",
    ),
    (
        "During the first six months of 2025, Hive Digital mined 1,204 BTC, up 9% year on year.",
        "2025-08-20",
        "HIVE",
        "btc_produced",
        "1204",
        "2025-H1",
    ),
    (
        "Bitfarms produced 1,598 bitcoin over the last six months of 2024.",
        "2025-03-10",
        "BITF",
        "btc_produced",
        "1598",
        "2024-H2",
    ),
    (
        "In the first half of the year, Greenidge cut its debt to $58 million.",
        "2023-08-15",
        "GREE",
        "debt_total_usd",
        "58000000",
        "2023-06-30",
    ),
    (
        "In the first half of the year, Cathedra grew revenue by 12%.\nThe company mined 64 BTC "
        "in six months.",
        "2023-08-28",
        "CBIT",
        "btc_produced",
        "64",
        "2023-H1",
    ),
    (
        "Argo Blockchain mined 507 BTC in the first six months of 2024.\nArgo ended the "
        "half-year with $6.2 million in cash and 28 BTC on its balance sheet.",
        "2024-08-28",
        "ARBK",
        "btc_held",
        "28",
        "2024-06-30",
    ),
    (
        "For the first six months of the year, SAI.TECH sold 120 BTC.",
        "2024-09-02",
        "SAI",
        "btc_sold",
        "120",
        "2024-H1",
    ),
    (
        "In the first half of 2025, the company sold 41.2 bitcoins, with its holdings valued at "
        "$3.1 million as of June 30, 2025.\nInterest expense of $120,000 was recorded on its "
        "equipment loan.",
        "2025-08-14",
        "ABTS",
        "interest_expense_usd",
        "120000",
        "2025-H1",
    ),
    (
        "In the second half of the year, the miner sold 300 BTC to fund its expansion.",
        "2024-02-10",
        "BTDR",
        "btc_sold",
        "300",
        "2023-H2",
    ),
    (
        "Stronghold Digital Reports Interim Results for the First Half of 2023\nStronghold ended "
        "the half-year with 14 BTC in its treasury.",
        "2023-09-01",
        "SDIG",
        "btc_held",
        "14",
        "2023-06-30",
    ),
    # near misses: a quarterly report keeps its quarter; "half" of an amount names no period
    (
        "Riot Platforms Reports Second Quarter 2024 Results\nRiot mined 844 bitcoin in the "
        "quarter. Riot held 9,334 bitcoin as of June 30, 2024.",
        "2024-07-31",
        "RIOT",
        "btc_produced",
        "844",
        "2024-Q2",
    ),
    (
        "Riot Platforms Reports Second Quarter 2024 Results\nRiot mined 844 bitcoin in the "
        "quarter. Riot held 9,334 bitcoin as of June 30, 2024.",
        "2024-07-31",
        "RIOT",
        "btc_held",
        "9334",
        "2024-06-30",
    ),
    (
        "CleanSpark sold 120 BTC in March and kept the other half of its output.",
        "2025-04-03",
        "CLSK",
        "btc_sold",
        "120",
        "2025-03",
    ),
]
HYPHEN: list[Case] = [
    (
        "Core Scientific reported its third\u2011quarter 2024 results, with 1,520 bitcoin "
        "self\u2011mined.",
        "2024-11-06",
        "CORZ",
        "btc_produced",
        "1520",
        "2024-Q3",
    ),
    (
        "Bit Digital\u2019s second\u2011quarter 2023 update showed it mined 410 BTC.",
        "2023-08-20",
        "BTBT",
        "btc_produced",
        "410",
        "2023-Q2",
    ),
    (
        "In the first\u2010quarter 2025 report, Gryphon said it mined 98 BTC.",
        "2025-05-14",
        "GRYP",
        "btc_produced",
        "98",
        "2025-Q1",
    ),
]
FUTURE_CALL: list[Case] = [
    (
        "### Highlights:\n1. Riot produced 370 BTC in July 2024, indicating growth.\n2. The "
        "company reported cash of $80 million and increased its bitcoin holdings to 9,334 "
        "BTC.\n3. Riot will host a conference call to discuss its financial results for the "
        "second quarter.",
        "2024-08-05",
        "RIOT",
        "btc_held",
        "9334",
        "2024-07",
    ),
    (
        "### Key points:\n1. CleanSpark mined 622 BTC in May 2025.\n2. The company increased its "
        "bitcoin holdings to 12,502 BTC.\n3. The company is scheduled to release its results for "
        "the first quarter next week.",
        "2025-06-03",
        "CLSK",
        "btc_held",
        "12502",
        "2025-05",
    ),
    # near miss: a release that reports its quarter and announces its call
    (
        "TeraWulf Reports Second Quarter 2024 Results\nTeraWulf self-mined 699 bitcoin. The "
        "company will hold a conference call today to discuss the results.",
        "2024-08-08",
        "WULF",
        "btc_produced",
        "699",
        "2024-Q2",
    ),
]
FISCAL: list[Case] = [
    (
        "HIVE reported results for its fiscal third quarter, ended Dec. 31, on Tuesday. The CFO "
        "said the company mined 165 BTC in Q3.",
        "2021-02-16",
        "HIVE",
        "btc_produced",
        "165",
        "2021-Q3",
    ),
    # near miss: a calendar quarter named the same way stays the calendar quarter
    (
        "Bitfarms' results for its second quarter, ended June 30, were released on Tuesday. It "
        "produced 1,040 BTC in Q2, the CFO said.",
        "2023-08-15",
        "BITF",
        "btc_produced",
        "1040",
        "2023-Q2",
    ),
    (
        "Iris Energy reported results for its fiscal second quarter, ended December 31, on "
        "Wednesday. It mined 364 BTC in Q2, up 51%.",
        "2022-02-09",
        "IREN",
        "btc_produced",
        "364",
        "2022-Q2",
    ),
    # near miss: a year printed with the bare quarter is read as written
    (
        "Revenue for HIVE's fiscal third quarter, ended Dec. 31, rose 174%. The company mined "
        "120 BTC in Q3 2020, the CFO said.",
        "2021-02-16",
        "HIVE",
        "btc_produced",
        "120",
        "2020-Q3",
    ),
    # near miss: a fiscal year printed "FY21" is a year printed too
    (
        "Iris Energy reported results for its fiscal second quarter, ended December 31, on "
        "Wednesday. It mined 310 BTC in Q2 FY21, the CFO said.",
        "2022-02-09",
        "IREN",
        "btc_produced",
        "310",
        "2021-Q2",
    ),
]
CLOSING: list[Case] = [
    (
        "First Quarter 2023 Highlights\n- The Company announced the settlement of C$2.5 million "
        "of the principal of its convertible debentures into common shares. After the closing of "
        "the transaction on April 10, 2023, the debentures have C$19.9 million outstanding.",
        "2023-05-30",
        "CBIT",
        "debt_repaid_usd",
        "2500000",
        "2023-04",
    ),
    (
        "Third Quarter 2024 Highlights\n- Greenidge issued $20 million of senior notes to "
        "institutional investors. The offering closed on October 9, 2024.",
        "2024-11-12",
        "GREE",
        "debt_issued_usd",
        "20000000",
        "2024-10",
    ),
    # near miss: a closing within the report's period keeps the report's period
    (
        "Third Quarter 2024 Highlights\n- Greenidge issued $20 million of senior notes to "
        "institutional investors. The offering closed on August 9, 2024.",
        "2024-11-12",
        "GREE",
        "debt_issued_usd",
        "20000000",
        "2024-Q3",
    ),
]
UNIT: list[Case] = [
    (
        "The company is slowly ramping up mining with 165 BTC mined in Q3 2020 and a recent "
        "purchase of 10,500 ASIC mining machines.",
        "2021-02-16",
        "HIVE",
        "btc_produced",
        "165",
        "2020-Q3",
    ),
]


HEADING: list[Case] = [
    (
        "MARA Holdings - Form 8-K\nHoldings Disclosure\nBitcoin Holdings as of March 14, 2025\n"
        "Total Bitcoin Holdings: 46,376 BTC\n",
        "2025-03-17",
        "MARA",
        "btc_held",
        "46376",
        "2025-03-14",
    ),
    (
        "Filing Date: May 6, 2025\nPeriod of Report: May 5, 2025\nTreasury as of May 5, 2025\n"
        "BTC held: 1,208 BTC\n",
        "2025-05-06",
        "SMLR",
        "btc_held",
        "1208",
        "2025-05-05",
    ),
    (
        "Semler Scientific - Form 8-K\nBitcoin Holdings as at 30 April 2025\n"
        "Total BTC Holdings: 3,467 BTC\n",
        "2025-05-02",
        "SMLR",
        "btc_held",
        "3467",
        "2025-04-30",
    ),
    # a prose list under a heading that prints its one day twice
    (
        "Semler Scientific Update\nBalance sheet as of May 5, 2025 (May 5, 2025)\n"
        "\u2022 1,208 BTC held in treasury\n\u2022 No debt\n",
        "2025-05-07",
        "SMLR",
        "btc_held",
        "1208",
        "2025-05-05",
    ),
    # near misses: a monthly update's list line, and one under a sentence, keep the month's end
    (
        "Riot Platforms February 2025 Production Update\nBitcoin Holdings: 19,223 BTC\n",
        "2025-03-04",
        "RIOT",
        "btc_held",
        "19223",
        "2025-02-28",
    ),
    (
        "Riot Platforms February 2025 Production Update\nAs of February 28, 2025, Riot held cash "
        "of $100 million and the following:\nBitcoin Holdings: 19,223 BTC\n",
        "2025-03-04",
        "RIOT",
        "btc_held",
        "19223",
        "2025-02-28",
    ),
]


def _found(text: str, published: str, entity: str) -> list[tuple[str, str, str | None]]:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    return [(item.metric, str(item.value), item.period) for item in found]


_GROUPS = {
    "half": HALF,
    "hyphen": HYPHEN,
    "future-call": FUTURE_CALL,
    "fiscal": FISCAL,
    "closing": CLOSING,
    "unit": UNIT,
    "heading": HEADING,
}
_ALL = [(name, *case) for name, cases in _GROUPS.items() for case in cases]


@pytest.mark.parametrize(
    ("group", "text", "published", "entity", "metric", "value", "period"),
    _ALL,
    ids=[f"{case[0]}-{index}" for index, case in enumerate(_ALL)],
)
def test_figure_takes_the_period_its_words_name(
    group: str, text: str, published: str, entity: str, metric: str, value: str, period: str
) -> None:
    found = _found(text, published, entity)
    assert (metric, value, period) in found, group
    # the figure is read once, in that period (no second reading in another period)
    periods = {item[2] for item in found if item[:2] == (metric, value)}
    assert periods == {period}, group


def test_the_unit_of_a_figure_reads_no_second_figure() -> None:
    found = _found(UNIT[0][0], UNIT[0][1], UNIT[0][2])
    assert [item for item in found if item[1] == "10500"] == []
