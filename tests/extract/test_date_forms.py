"""Dates in every order and spelling: real passages as the robustness families rewrite them.

Each case is a passage of the real corpus (tests/extract/real) as `benchmarks.rewrites`'
`date_order` or `months` family prints it ("30 September 2023" for "September 30, 2023",
"Jun. 30" for "June 30"), with the labels the labellers gave the original case: the facts must
be read from the rewritten passage as from the original. Look-alikes must stay as they are:
a count before a month is no date, a date's day is no count.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.date_forms import month_first, parse_date

_GREE_TABLE = (
    "The following table summarizes the Company's debt agreements: $ in thousands Balance as "
    "of: Note Loan Date Maturity Date Interest Amount Financed 30 September 2023 31 December "
    "2022 Equipment Financings: A-D May 2021 October 2023 15.0 % $ 15,724 $ — $ 10,478 E July "
    "2021 January 2023 17.0 % $ 4,457 — 495 F March 2022 April 2024 13.0 % $ 81,375 — 63,890 "
    "Senior Unsecured Notes October 2021/December 2021 October 2026 8.5 % $ 72,200 72,200 "
    "72,200 Secured Promissory Note March 2022 November 2023 7.5 % $ 26,500 4,116 10,430 "
    "Senior Secured Loan January 2023 January 2025 15.0 % $ 17,322 17,689 — Total Debt 94,005 "
    "157,493"
)
_RIOT_ROLLFORWARD = (
    "Note 5. Bitcoin\nThe following table presents information about the Company’s Bitcoin "
    "holdings:\nQuantity\nAmounts\nBalance as of 1 January 2024\n7,362\n$\n311,178\nRevenue "
    "recognized from Bitcoin mined\n3,312\n194,651\nChange in Bitcoin receivable\n6\n(93)\n"
    "Proceeds from sale of Bitcoin\n(212)\n(9,518)\nExchange of Bitcoin for employee "
    "compensation\n(41)\n(2,099)\nChange in fair value of Bitcoin\n—\n166,231\nBalance as of "
    "30 September 2024\n10,427\n$\n660,350\n"
)
_SLNH_TABLE = (
    "Debt | 7. Debt The following table represents total debt outstanding by agreement as of "
    "Sept. 30, 2024: Schedule of Total Debt Outstanding (Dollars in thousands): Convertible "
    "notes payable Current portion of debt Long term debt Total Convertible Notes $ 3,370 $ - "
    "$ - $ 3,370 NYDIG financing - 9,183 - 9,183 Navitas term loan - 292 - 292 Jun 2024 "
    "secured note - 3,781 8,100 11,881 Jul. 2024 additional secured note - 1,273 - 1,273 "
    "Total Debt $ 3,370 $ 14,529 $ 8,100 $ 25,999"
)

# (case id, published, rewritten passage, a labelled fact: metric, value, period)
CASES = [
    (
        "a-clsk-fy2025-10k-summary-debt (date_order)",
        "2025-11-25",
        "Summary Report: CleanSpark, Inc. (Fiscal Year Ended 30 September 2025)\nKey Financial "
        "Metrics - Debt: $821.2 million net (majority from $650 million of 0% convertible notes "
        "due 2030, plus $174.5 million Coinbase line of credit). - As of 19 November 2025, "
        "common shares outstanding: 255,583,445.",
        ("debt_total_usd", "821200000", "2025-09-30"),
    ),
    (
        "b-hive-2024-q1fy-results-1 (date_order)",
        "2023-08-11",
        "Hive Digital Technologies Ltd. has released its earnings report for the first quarter "
        "ended 30 June 2023 (all amounts are in U.S. dollars unless otherwise indicated).\n\nHive "
        "achieved revenue of $23.6-million this quarter by mining 834 bitcoin with a 34-per-cent "
        "gross operating margin, representing $8.0-million of income from operations.",
        ("btc_produced", "834", "2024-Q1"),
    ),
    (
        "c-gree-2023-q3-debt-table (date_order)",
        "2023-11-14",
        _GREE_TABLE,
        ("debt_total_usd", "72200000", "2023-09-30"),
    ),
    (
        "q-riot-2024-q3-10q-bitcoin-note (date_order)",
        "2024-10-30",
        _RIOT_ROLLFORWARD,
        ("btc_held", "10427", "2024-09-30"),
    ),
    (
        "u-riot-2020-04-production-blockcast (date_order)",
        "2020-05-05",
        "Riot noted, “BTC inventory increased by 13% since 31 March 2020, to 929 BTC as of 30 "
        "April 2020.”",
        ("btc_held", "929", "2020-04-30"),
    ),
    (
        "q-slnh-2024-09-s1a-debt-table (months)",
        "2024-11-20",
        _SLNH_TABLE,
        ("debt_total_usd", "25999000", "2024-09-30"),
    ),
]


def _facts(text: str, published: str) -> set[tuple[str, Decimal | None, str | None]]:
    found = extract_text(text, published=dt.date.fromisoformat(published))
    return {(item.metric, item.value, item.period) for item in found}


@pytest.mark.parametrize(("case", "published", "text", "fact"), CASES, ids=[c[0] for c in CASES])
def test_rewritten_passage_keeps_its_fact(
    case: str, published: str, text: str, fact: tuple[str, str, str]
) -> None:
    metric, value, period = fact
    assert (metric, Decimal(value), period) in _facts(text, published)


# e-can-2025-07-investing-holding-policy (date_order): the day before the month is no count
def test_a_day_first_date_is_no_holding() -> None:
    text = "The company reported holding 1,484 bitcoins as of 30 June 2025."
    facts = _facts(text, "2025-07-10")
    assert ("btc_held", Decimal(1484), "2025-06-30") in facts
    assert not any(value == Decimal(30) for _, value, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Fiscal Year Ended 30 September 2025)", "(Fiscal Year Ended September 30 2025)"),
        ("as of 30 April, it held", "as of April 30, it held"),
        ("on 31st March we", "on March 31st we"),
        ("30 Sept. 2025", "Sept. 30 2025"),
        ("30 September, 2023", "September 30, 2023"),
        ("BALANCE AT 1 JANUARY 2024", "BALANCE AT JANUARY 1 2024"),
        # a sentence's full stop stays where it ends the sentence (review, fifteenth session)
        ("as of 30 April. 300 BTC", "as of April 30. 300 BTC"),
        ("as of 31 Dec. The balance", "as of Dec 31. The balance"),
        ("on 30 Sept., 2023 it", "on Sept. 30, 2023 it"),  # an abbreviation's dot, a year after
        # look-alikes: left alone
        ("mined 30 March in the year", "mined 30 March in the year"),  # a count, no year
        ("1,30 June 2024", "1,30 June 2024"),  # a number's tail
        ("held 30 Marathon 2024", "held 30 Marathon 2024"),  # a word that opens like a month
        ("32 June 2024", "32 June 2024"),  # no day
        ("September 30, 2023", "September 30, 2023"),  # already month-first
    ],
)
def test_month_first_keeps_length_and_reads_only_dates(text: str, expected: str) -> None:
    assert month_first(text) == expected
    assert len(month_first(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("September 30, 2024", dt.date(2024, 9, 30)),
        ("Sept. 30 2024", dt.date(2024, 9, 30)),
        ("Dec 31st, 2023", dt.date(2023, 12, 31)),
        ("Marathon 30, 2024", None),
        ("February 30, 2024", None),
    ],
)
def test_parse_date_reads_every_spelling(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


# Review finds (fifteenth session): a day-first date must not carry a sentence's full stop into
# the sentence after it, and a date hard-wrapped before its year is read whole.
EVIDENCE_CASES = [
    (
        "The Company held 1,484 BTC as of 30 April. 300 BTC were sold in May.",
        {
            ("btc_held", "The Company held 1,484 BTC as of 30 April."),
            ("btc_sold", "300 BTC were sold in May."),
        },
    ),
    (
        "The Company said today that it held a total of 1,484 BTC as of 30 April\n2024, up from "
        "1,200 BTC a month earlier.",
        {
            (
                "btc_held",
                "The Company said today that it held a total of 1,484 BTC as of 30 April\n2024, "
                "up from 1,200 BTC a month earlier.",
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "quotes"), EVIDENCE_CASES)
def test_evidence_is_the_whole_sentence_as_printed(text: str, quotes: set[tuple[str, str]]) -> None:
    found = extract_text(text, published=dt.date(2024, 5, 3))
    assert {(item.metric, item.evidence) for item in found} == quotes
    assert all(item.period in ("2024-04-30", "2024-05") for item in found)


def test_labels_map_back_whole_dates_only() -> None:
    from monitor.extract.date_forms import as_printed

    assert as_printed("June 30, 2024", {"June 3": "3 June"}) == "June 30, 2024"
    assert as_printed("Balance June 3 2024", {"June 3": "3 June"}) == "Balance 3 June 2024"


def test_us_form_unchanged() -> None:
    """Look-alike: the month-first original still reads as it did."""
    text = "The company reported holding 1,484 bitcoins as of June 30, 2025."
    assert _facts(text, "2025-07-10") == {("btc_held", Decimal(1484), "2025-06-30")}
