"""Round 13, periods: a holding "now" reached by its own sentence's flows.

README decided case 14: a holding tied to a named period stands at that period, "also when the
holding is reached by that period's flows"; only a holding whose sentence names no period
("currently holds", "now holds") takes the report's period label, and decided case 26 reads a
bullet that is a sentence ("– Sold 173 BTC but added 44 BTC to its treasury, which now holds
1,147 BTC") as prose: the report's period label. The resolver dated every "now" holding of a
news story (no titled report) by the month of publication, so the September roundup item of
o2-bitf-2024-10-cryptoworld-september (published 3 October 2024) held 1,147 BTC in October.

The class: the holding is the result of the sale, addition or production its own sentence
tells ("sold … and added … to its treasury, which now holds …", "sold 200 BTC … and now
holds …"): the flows are the period's, so the level is too. A bare "now holds" in a news story
(i-cang-2025-07-production-news, m2-mara-2023-01-cryptotale-silvergate-revolver-repaid) still
stands at publication, and so does a holding beside another company's flows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_BITF_O2 = (  # o2-bitf-2024-10-cryptoworld-september (verbatim)
    "In September, publicly traded crypto miners experienced a third consecutive month of "
    "declining daily revenue, despite a rise in the value of Bitcoin. The increased network "
    "difficulty contributed to challenging conditions for miners as the Bitcoin network’s hash "
    "rate grew to 643 exahashes per second (EH/s), a 2% increase from August, according to a "
    "JPMorgan report. Miners saw their earnings per EH/s fall by 6% month-over-month to an "
    "average of $42,100.\n"
    "4. Bitfarms (BITF):\n"
    "– Produced 217 BTC, down 7% from the previous month due to rising network difficulty.\n"
    "– Sold 173 BTC but added 44 BTC to its treasury, which now holds 1,147 BTC, valued at "
    "$73.4 million.\n"
)

# (text, entity, published, holding, expected period of the holding)
NOW_CASES: list[tuple[str, str, str, int | float, str]] = [
    (_BITF_O2, "BITF", "2024-10-03", 1147, "2024-09"),
    # variant: another roundup item, the reserve named instead of the treasury
    (
        "In October, listed miners produced fewer coins as network difficulty rose.\n"
        "2. Riot Platforms (RIOT):\n"
        "- Mined 505 BTC, down 2% from September.\n"
        "- Sold 240 BTC and added 265 BTC to its reserve, which now holds 11,062 BTC.\n",
        "RIOT",
        "2024-11-06",
        11062,
        "2024-10",
    ),
    # variant: prose, production kept whole and added to the treasury
    (
        "Cango mined 650.5 BTC in July 2025, its best month yet. The miner sold none of its "
        "coins and added all 650.5 BTC to its treasury, which now holds 4,529.7 BTC.",
        "CANG",
        "2025-08-05",
        4529.7,
        "2025-07",
    ),
    # variant: a sale, then "and now holds"
    (
        "HIVE produced 247 BTC in August. It sold 200 BTC to fund its Paraguay build-out and "
        "now holds 2,201 BTC in its treasury.",
        "HIVE",
        "2025-09-08",
        2201,
        "2025-08",
    ),
    # a bare "now holds" in a story retelling July's update -> July's label (decided case 46)
    (
        "Cango mined 650.5 BTC in July 2025, its best month yet. Cango now holds 4,529.7 BTC, "
        "worth approximately $512 million.",
        "CANG",
        "2025-08-05",
        4529.7,
        "2025-07",
    ),
    # "currently holds a total", no flow of its own sentence -> the retold update's label (case 46)
    (
        "In December 2022, Marathon mined an additional 475 bitcoins. The company currently "
        "holds a total of 12,232 bitcoins, with 7,815 of those being unrestricted.",
        "MARA",
        "2023-01-06",
        12232,
        "2022-12",
    ),
    # near miss: the sentence's flow is another company's -> no month's end, only the label of
    # the update the story retells (Riot's December production, case 46)
    (
        "Riot mined 460 BTC in December 2025. Marathon sold 1,500 BTC and Riot now holds "
        "18,005 BTC.",
        "RIOT",
        "2026-01-06",
        18005,
        "2025-12",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "holding", "period"), NOW_CASES)
def test_now_holding_reached_by_its_sentence_flows(
    text: str, entity: str, published: str, holding: int | float, period: str
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    held = {(float(o.value), o.period) for o in found if o.metric == "btc_held"}
    assert held == {(float(holding), period)}


# A closing verb with no period of its own: "end with a balance of 163.4 BTC". README "Periods":
# stock figures "at month-end" take the ISO date; decided case 14: a holding tied to a named
# period stands at its last day. The resolver read "concluded the month with", "finished the
# quarter with" (the period as the verb's object), but a report's "… and end with a balance of
# 163.4 BTC" (k3-lmfa-2024-03-stocktitan-update, the update for the month ended March 31, 2024)
# kept the month's label. The verb names the close of the period the report is about. With no
# report period (a news story's "ended with"), the label stays.
_LMFA_K3 = (  # k3-lmfa-2024-03-stocktitan-update (title and first paragraph, verbatim)
    "LM Funding America, Inc. Provides Monthly Operational and Bitcoin Mining Update for Month "
    "Ended March 31, 2024\n"
    "Insights\n"
    "The disclosed increase in Bitcoin holdings by LM Funding America, Inc. signifies a "
    "strategic accumulation of digital assets, which is noteworthy from an investment "
    "perspective. The company's ability to mine 86.4 BTC in three months and end with a balance "
    "of 163.4 BTC, valued at approximately $11.7 million, reflects a robust operational "
    "performance in the cryptocurrency mining sector."
)

ENDED_WITH_CASES: list[tuple[str, str, str, int | float, str]] = [
    (_LMFA_K3, "LMFA", "2024-04-09", 163.4, "2024-03-31"),
    # variants: a monthly update's closing verb with no period of its own
    (
        "Riot Announces April 2025 Production and Operations Updates\n"
        "Riot mined 463 BTC and finished with a treasury of 19,211 BTC.",
        "RIOT",
        "2025-05-05",
        19211,
        "2025-04-30",
    ),
    (
        "Bitfarms Provides April 2024 Production Update\n"
        "Bitfarms sold 100 BTC and closed with 905 BTC in its treasury.",
        "BITF",
        "2024-05-02",
        905,
        "2024-04-30",
    ),
    (
        "Hut 8 Mining Update for the Month Ended May 31, 2023\n"
        "Hut 8 produced 150 BTC and ended with approximately 9,300 BTC held in custody.",
        "HUT",
        "2023-06-06",
        9300,
        "2023-05-31",
    ),
    # near miss: a news story with no report period -> the label (publication month)
    (
        "Analysts said the miner ended with a balance of 1,200 BTC after a volatile stretch.",
        "BTDR",
        "2025-02-05",
        1200,
        "2025-02",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "holding", "period"), ENDED_WITH_CASES)
def test_report_balance_ended_with_stands_at_the_close(
    text: str, entity: str, published: str, holding: int | float, period: str
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    held = {(float(o.value), o.period) for o in found if o.metric == "btc_held"}
    assert held == {(float(holding), period)}
