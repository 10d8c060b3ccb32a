"""Reviewer findings on freshly merged readers (mend27a).

* A headline's notes offering the body says was launched and then closed or priced is done
  (README decided case 6 reads the body's later words); launched with pricing awaited is not.
* German: a loan received and later repaid in part ("einen Teil davon getilgt") retires no
  stated sum: the sum is the loan received.
* Thai: another company named as the subject ("คู่แข่งของ Riot" = Riot's rival) mines its own
  coins, not the entity's.
* English "as COMPANY … now holds N": a difference ("3,000 BTC less") or a comparison ("about as
  much as Riot … sold") is no figure of the entity's.
* Russian: notes placed in an earlier year and repaid since are recalled (README rule 1).

Each case is written in the shape of such copy; a near-miss stands beside each positive.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract

Row = tuple[str, float | None, str]


def _read(text: str, entity: str, published: dt.date) -> set[Row]:
    return {
        (f.metric, float(f.value) if f.value is not None else None, f.period)
        for f in extract(text, content_type="text/plain", published=published, entity=entity)
    }


_WULF_DAY = dt.date(2024, 10, 5)
_WULF_NOTES = {("debt_issued_usd", 500000000.0, "2024-10")}

CASES: list[tuple[str, str, dt.date, set[Row]]] = [
    (  # launched, then closed: done
        "TeraWulf Raises $500M Convertible Notes\nTeraWulf launched a private offering of $500 "
        "million of convertible notes on Monday. The offering closed on Thursday, the company "
        "said.",
        "WULF",
        _WULF_DAY,
        _WULF_NOTES,
    ),
    (  # launched, then priced and closed: done
        "TeraWulf Raises $500M Convertible Notes\nOn Monday TeraWulf launched an offering of "
        "$500 million of convertible notes; it priced and closed the deal on Wednesday.",
        "WULF",
        _WULF_DAY,
        _WULF_NOTES,
    ),
    (  # near-miss: launched, pricing awaited: nothing
        "TeraWulf Raises $500M Convertible Notes\nTeraWulf has launched a private offering of "
        "$500 million of convertible notes. Investors will watch pricing later this week.",
        "WULF",
        _WULF_DAY,
        set(),
    ),
    (  # near-miss: launched, the closing awaited: nothing
        "TeraWulf Raises $500M Convertible Notes\nTeraWulf launched a private offering of $500 "
        "million of convertible notes on Monday. The offering is expected to be completed on "
        "Thursday.",
        "WULF",
        _WULF_DAY,
        set(),
    ),
    (  # a loan received, a part of it repaid: the loan received
        "Argo Blockchain hatte 2022 ein Darlehen über 35 Millionen US-Dollar von Galaxy erhalten "
        "und im März einen Teil davon getilgt.",
        "ARBK",
        dt.date(2023, 4, 10),
        {("debt_issued_usd", 35000000.0, "2022")},
    ),
    (  # near-miss: the whole loan repaid
        "Argo Blockchain hatte 2022 ein Darlehen über 35 Millionen US-Dollar von Galaxy erhalten "
        "und im März getilgt.",
        "ARBK",
        dt.date(2023, 4, 10),
        {("debt_repaid_usd", 35000000.0, "2022")},
    ),
    (  # near-miss: a cut "um" a sum, the repayment told only in the sentence before
        "Bitdeer hat im Mai ein kleines Darlehen zurückgezahlt. Später wurden die Schulden um 40 "
        "Millionen US-Dollar reduziert.",
        "BTDR",
        dt.date(2024, 6, 12),
        set(),
    ),
    (  # Riot's rival mined the coins: nothing for Riot
        "Marathon Digital คู่แข่งของ Riot Platforms ขุดได้ 673 BTC ในเดือนสิงหาคม",
        "RIOT",
        dt.date(2024, 9, 4),
        set(),
    ),
    (  # near-miss: Riot itself mined them
        "Riot Platforms คู่แข่งของ Marathon Digital ขุดได้ 322 BTC ในเดือนสิงหาคม",
        "RIOT",
        dt.date(2024, 9, 4),
        {("btc_produced", 322.0, "2024-08")},
    ),
    (  # the rival's own figure is the rival's
        "Marathon Digital คู่แข่งของ Riot Platforms ขุดได้ 673 BTC ในเดือนสิงหาคม",
        "MARA",
        dt.date(2024, 9, 4),
        {("btc_produced", 673.0, "2024-08")},
    ),
    (  # a difference after the figure: nothing
        "Public miners collectively sold 3,000 BTC in November as Riot now sold 3,000 BTC less.",
        "RIOT",
        dt.date(2024, 12, 4),
        set(),
    ),
    (  # a comparison over two months: nothing
        "Public miners collectively sold 3,000 BTC in November, about as much as Riot, a Colorado "
        "miner, sold 1,500 BTC in all of October and November.",
        "RIOT",
        dt.date(2024, 12, 4),
        set(),
    ),
    (  # near-miss: Riot's own sale in its own clause
        "Public miners collectively sold 3,000 BTC in November, while Riot, a Colorado miner, "
        "sold 1,500 BTC in October.",
        "RIOT",
        dt.date(2024, 12, 4),
        {("btc_sold", 1500.0, "2024-10")},
    ),
    (  # near-miss: the apposition's holding stays
        "The industry has witnessed a milestone as CleanSpark, a publicly traded mining firm, now "
        "holds over 10,000 BTC",
        "CLSK",
        dt.date(2024, 12, 4),
        {("btc_held", 10000.0, "2024-12")},
    ),
    (  # notes placed in 2021 and repaid since: recalled, nothing
        "Компания Bitfarms в 2021 году разместила облигации на сумму 300 миллионов долларов, "
        "которые погасила в этом году.",
        "BITF",
        dt.date(2024, 6, 10),
        set(),
    ),
    (  # near-miss: notes sold this month
        "Marathon Digital (MARA), которая в этом месяце продала конвертируемые облигации на сумму "
        "300 миллионов долларов, сообщила о росте добычи.",
        "MARA",
        dt.date(2024, 6, 10),
        {("debt_issued_usd", 300000000.0, "2024-06")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_review_rows(text: str, entity: str, published: dt.date, expected: set[Row]) -> None:
    assert _read(text, entity, published) == expected
