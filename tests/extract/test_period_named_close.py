"""A period told by its close: "the second quarter that ended on June 30", "at fiscal
year-end", and a title's quarter the text restates as another.

Expected periods worked out from the passages by the labelling rules (tests/extract/real/
README.md, "Periods" and decided cases 10 and 14): a quarter named with its last day is that
quarter; a balance at the fiscal year's close stands at the year-end day the document states;
the text's own quarter, stated by its end day and its calendar name, beats a filing index's
title.
"""

from __future__ import annotations

import datetime as dt

from monitor.extract import extract_text
from monitor.extract.closing_days import closing_day_of
from monitor.extract.fiscal import fiscal_report
from monitor.extract.fiscal_year_end import fiscal_year_end
from monitor.extract.periods import find_mentions
from monitor.vocabulary.periods import Period


def _found(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    return [
        (item.metric, str(item.value), item.period)
        for item in extract_text(text, published=published)
    ]


# --- a quarter named with its closing day -------------------------------------------------

# s2-hut-2023-q2-krypticbuzz-sold-spun (a spun rewrite of Hut 8's Q2 2023 results)
_HUT = (
    "Through the second quarter that ended on June 30, Hut 8 introduced that it mined about "
    "399 Bitcoins, which represented a decline of roughly 58 p.c throughout the identical "
    "interval final yr."
)


def test_real_quarter_that_ended_on_its_day() -> None:
    assert _found(_HUT, dt.date(2023, 8, 19)) == [("btc_produced", "399", "2023-Q2")]


def test_other_wordings_of_the_quarters_closing_day() -> None:
    cases = [
        (
            "During the third quarter ending September 30, Riot produced 1,104 bitcoin.",
            dt.date(2024, 10, 30),
            [("btc_produced", "1104", "2024-Q3")],
        ),
        (
            "Through the first quarter that ended on March 31, Hut 8 said it mined about 399 "
            "Bitcoins.",
            dt.date(2025, 2, 20),
            [("btc_produced", "399", "2024-Q1")],
        ),
        (
            "In the fourth quarter, which ended on December 31, the company sold 120 BTC.",
            dt.date(2025, 2, 20),
            [("btc_sold", "120", "2024-Q4")],
        ),
    ]
    for text, published, expected in cases:
        assert _found(text, published) == expected, text


def _pair(text: str, published: dt.date) -> Period | None:
    mentions = find_mentions(text, published)
    merged = closing_day_of(text, mentions[0], mentions[1])
    return merged.period if merged else None


def test_the_issuers_ordinal_closed_by_another_month_is_its_fiscal_quarter() -> None:
    # IREN's fiscal year ends in June: its second quarter ends on December 31 (Q2 FY25)
    text = "In the second quarter that ended on December 31, IREN mined 1,000 BTC."
    assert _found(text, dt.date(2025, 2, 20)) == [("btc_produced", "1000", "2025-Q2")]
    # HIVE's ends in March: its third quarter ends on December 31 (Q3 FY25)
    for text in (
        "In its fiscal third quarter, the three months ended December 31, 2024, HIVE mined "
        "317 BTC.",
        "For its third quarter (three months ended December 31, 2024), HIVE produced 317 Bitcoin.",
    ):
        assert _found(text, dt.date(2025, 2, 14)) == [("btc_produced", "317", "2025-Q3")], text


def test_a_day_of_its_own_or_mid_month_or_a_named_year_stays_apart() -> None:
    # a day of its own after the quarter ("and on June 30 the company sold 50 BTC")
    text = "Bitfarms mined 700 BTC in the second quarter, and on June 30 the company sold 50 BTC."
    assert _pair(text, dt.date(2024, 8, 1)) is None
    assert ("btc_sold", "50", "2024-06") in _found(text, dt.date(2024, 8, 1))
    # a day within a month closes no quarter
    assert (
        _pair("In the second quarter that ended on June 15, it mined 9 BTC.", dt.date(2024, 8, 1))
        is None
    )
    # a quarter named with a year the day contradicts: left to the apposition rule
    text = "In Q3 2024, which ended December 31, 2024, HIVE mined 317 BTC."
    assert _pair(text, dt.date(2025, 2, 14)) is None


# --- a quarter found from its calendar end, in a document naming the fiscal quarter --------

# HIVE's Q2 FY2025 (quarter ended September 30, 2024), as an earnings tracker words it
_HIVE = (
    "HIVE Blockchain Technologies reported a Q2 FY2025 quarter ended September 30, 2024 with "
    "total revenue of $22.6 million. HIVE mined {figure} Bitcoin {phrase}."
)


def test_calendar_end_phrases_take_the_issuers_fiscal_name() -> None:
    for phrase in (
        "for the three months ended September 30, 2024",
        "in the quarter ended September 30, 2024",
        "during the 3-month period ended September 30, 2024",
    ):
        text = _HIVE.format(figure="314", phrase=phrase)
        assert _found(text, dt.date(2024, 11, 12)) == [("btc_produced", "314", "2025-Q2")], phrase


def test_a_calendar_issuer_or_an_ordinal_keeps_its_quarter() -> None:
    # no fiscal quarter named beside the end day: the calendar quarter
    text = (
        "Riot reported results for the quarter ended September 30, 2024. Riot mined 1,104 BTC "
        "in the quarter ended September 30, 2024."
    )
    assert _found(text, dt.date(2024, 10, 30)) == [("btc_produced", "1104", "2024-Q3")]
    # a fiscal year that is the calendar's ("Q3 FY2024" ended September 30, 2024)
    text = _HIVE.replace("Q2 FY2025", "Q3 FY2024").format(
        figure="314", phrase="for the three months ended September 30, 2024"
    )
    assert _found(text, dt.date(2024, 11, 12)) == [("btc_produced", "314", "2024-Q3")]


# --- a balance at fiscal year-end ----------------------------------------------------------

# t2-dmgi-2022-fy-results-spun-no-debt (spun copy of DMG's fiscal 2022 release, in C$)
_DMG = (
    "VANCOUVER, British Columbia, Jan. 30, 2023 (GLOBE NEWSWIRE) — DMG Blockchain Options Inc. "
    "(TSX-V: DMGI) (“DMG”), a vertically built-in blockchain and cryptocurrency know-how firm, "
    "as we speak proclaims its fourth quarter and full fiscal-year monetary outcomes. All "
    "monetary references are in Canadian {Dollars} except specified in any other case.\n"
    "Latest Highlights\n"
    "- Sturdy steadiness sheet at fiscal year-end with $10.5 million in money and digital forex "
    "with no debt\n"
    "Readers are inspired to assessment the Firm’s September 30, 2022 year-ended audited "
    "monetary statements and administration’s dialogue and evaluation thereof."
)


def test_real_no_debt_at_fiscal_year_end() -> None:
    found = extract_text(_DMG, published=dt.date(2023, 1, 31))
    assert [(i.metric, str(i.value), i.unit, i.period) for i in found] == [
        ("debt_total_usd", "0", "CAD", "2022-09-30")
    ]


def test_other_wordings_of_the_fiscal_year_close() -> None:
    cases = [
        (
            "DMG Blockchain Solutions today announces its fourth quarter and full fiscal year "
            "financial results.\n- Strong balance sheet at fiscal year-end with $10.5 million in "
            "cash and digital currency and no debt\nReaders are encouraged to review the "
            "Company's September 30, 2022 year-end audited financial statements.",
            dt.date(2023, 1, 31),
            [("debt_total_usd", "0", "2022-09-30")],
        ),
        (
            "HIVE Blockchain Technologies announces its fourth quarter results. The fourth quarter "
            "closed its fiscal year ended March 31, 2022.\nHIVE exited the fiscal year with 3,000 "
            "BTC in its treasury.",
            dt.date(2022, 6, 28),
            [("btc_held", "3000", "2022-03-31")],
        ),
        (
            "Iris Energy released its fourth quarter update today. At the end of the financial "
            "year, the Company had borrowings of $12 million. The audited accounts for the 30 June "
            "2022 financial year end are available online.",
            dt.date(2022, 8, 25),
            [("debt_total_usd", "12000000", "2022-06-30")],
        ),
    ]
    for text, published, expected in cases:
        assert _found(text, published) == expected, text


def test_no_stated_day_or_no_fiscal_close_leaves_the_balance_alone() -> None:
    # no year-end day in the document: a fiscal year's end is the issuer's, never guessed
    assert _found("The Company had no debt at fiscal year-end.", dt.date(2023, 1, 31)) == [
        ("debt_total_usd", "0", "2023-01")
    ]
    # a day stated, but the balance's sentence names no fiscal close
    text = (
        "Results for the fiscal year ended September 30, 2022. The Company currently has no debt."
    )
    assert fiscal_year_end(text, text.index("no debt"), text, dt.date(2023, 1, 31)) is None
    # a year-end named only as an old comparative is no day of this report
    text = (
        "Compared with the fiscal year ended September 30, 2019, results improved. "
        "The Company had no debt at fiscal year-end."
    )
    assert fiscal_year_end(text, text.index("no debt") + 20, text, dt.date(2023, 1, 31)) is None


# --- a title's quarter against the text's -------------------------------------------------

# t2-btbt-2023-q2-filing-summary (a tracker's summary of Bit Digital's Q2 2023 report)
_BTBT = (
    "Bit Digital(BTBT) - 2023 Q3 - Quarterly Report\n"
    "Bit DigitalBit Digital(US:BTBT)2023-08-14 16:00\n\n"
    "Financial Performance - Total revenue for the second quarter of 2023 was $9.0 million, "
    "primarily from bitcoin mining operations[1] - Revenues for the three months ended June 30, "
    "2023, were $9,037,602, an increase of $2,222,602 compared to $6,815,000 for the same period "
    "in 2022[48] Mining Operations - The company earned 318.4 bitcoins during the quarter[2]"
)


def test_real_title_quarter_restated_by_the_text() -> None:
    found = _found(_BTBT, dt.date(2023, 8, 14))
    assert ("btc_produced", "318.4", "2023-Q2") in found


_INDEX = (
    "{name} - 2024 Q3 - Quarterly Report\n"
    "Revenue for the three months ended June 30, 2024 was $70.0 million, {named}. "
    "The company mined 844 bitcoins during the quarter."
)


def test_the_texts_calendar_name_in_other_wordings() -> None:
    for named in (
        "a record for the second quarter of 2024",
        "in Q2 2024 a record",
        "2Q 2024 a record",
        "up 8% in the second-quarter, 2024",
    ):
        text = _INDEX.format(name="Riot Platforms (RIOT)", named=named)
        assert _found(text, dt.date(2024, 8, 5)) == [("btc_produced", "844", "2024-Q2")], named


def test_fiscal_names_or_a_comparative_keep_the_titles_quarter() -> None:
    # CleanSpark's fiscal Q3 2024 ended June 30, 2024: the title is the issuer's name
    text = _INDEX.format(name="CleanSpark (CLSK)", named="Q3 FY2024")
    assert _found(text, dt.date(2024, 8, 5)) == [("btc_produced", "844", "2024-Q3")]
    # the text names only another quarter (a comparative), not the one that ended
    text = _INDEX.format(name="Bit Digital (BTBT)", named="compared to the third quarter of 2023")
    assert _found(text, dt.date(2024, 8, 5)) == [("btc_produced", "844", "2024-Q3")]
    # a title that agrees with the text is kept
    title = Period.of_quarter(2024, 2)
    assert fiscal_report(title, "second quarter of 2024, three months ended June 30, 2024") == title
