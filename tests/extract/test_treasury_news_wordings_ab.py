"""Treasury figures in news copy's wordings, and look-alikes that are not the company's figure.

Classes (holdout first-run misses of batches ab1 + ab2, and the review findings of session 19):
* a holding told with a rewrite's word of wonder ("jumped to an astounding N BTC"), a change
  set off by a dash or comma before its level ("rose by 30% — to more than N BTC"), a
  summary's "digital assets held at quarter-end were N bitcoin", and a change noun sizing the
  holdings change the sentence before told ("… holdings had nearly doubled. … a jump from A BTC
  to over B BTC");
* a month's production caused inside a quarter's story ("helped lift July production by 44% to
  N BTC");
* a holding told in the present ("continues to maintain N bitcoin on its balance sheet") takes
  the report's label, as "now holds" does (decided case 14);
* "during the year" names a year, never a month (README "Periods");
* a company in an appositive between the subject and its verb is not the figure's owner;
* look-alikes: the first term of "A plus another B BTC" sold, a sum over several companies
  ("… such as X produced N BTC combined"), another company's numbered item in a round-up.
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

# A monthly update's rewrite, up to its holding sentence.
_UPDATE = (
    "CleanSpark, a leading Bitcoin mining company, has sold 520 Bitcoin in May for $54.1 "
    "million, according to its latest production and operations update.\n\n"
    "CleanSpark mined 622 Bitcoin in the month of May, up 7% from April. "
)
# (text, published, entity, metric, expected {(value, period)})
CASES: list[tuple[str, str, str, str, set[tuple[object, str | None]]]] = [
    # a word of wonder before the figure
    (
        "Bitfarms' bitcoin stash climbed to a whopping 1,152 BTC, up 40% from a year earlier.",
        "2024-08-12",
        "BITF",
        "btc_held",
        {(1152.0, "2024-08")},
    ),
    (
        "Hut 8 sold a hefty 1,200 BTC in March to fund its expansion.",
        "2024-04-05",
        "HUT",
        "btc_sold",
        {(1200.0, "2024-03")},
    ),
    # a dash or a comma after the change's size
    (
        "Its treasury grew by 25% — to over 2,100 BTC.",
        "2023-03-10",
        "HIVE",
        "btc_held",
        {(2100.0, "2023-03")},
    ),
    (
        "The miner's bitcoin reserve climbed 12% — to about 9,100 BTC.",
        "2024-07-09",
        "HUT",
        "btc_held",
        {(9100.0, "2024-07")},
    ),
    # a filing summary's digital assets held, counted in bitcoin
    (
        "Quarter Ended June 30, 2025 – Investor Summary\n\n"
        "- Digital assets held at quarter-end were 12,608 bitcoin (fair value $1.35 billion), "
        "up from 10,097 bitcoin ($0.94 billion) at March 31, 2025.",
        "2025-08-08",
        "CLSK",
        "btc_held",
        {(12608.0, "2025-06-30")},
    ),
    (
        "Digital assets held for customers were 500 bitcoin at quarter-end.",
        "2025-08-08",
        "CLSK",
        "btc_held",
        set(),
    ),
    (
        "Digital assets held at quarter-end were $1.35 billion.",
        "2025-08-08",
        "CLSK",
        "btc_held",
        set(),
    ),
    # a change noun sizing the holdings change told the sentence before
    (
        "By the end of 2024, Hut 8's bitcoin treasury had more than doubled. That is a rise "
        "from about 4,800 BTC to roughly 10,200 BTC.",
        "2025-03-02",
        "HUT",
        "btc_held",
        {(10200.0, "2024-12-31")},
    ),
    (
        "By the end of 2024, MARA's bitcoin holdings had doubled. That is a jump from 22,000 "
        "BTC to 44,000 BTC.",
        "2025-03-02",
        "HUT",
        "btc_held",
        set(),
    ),
    # a month's production caused inside a quarter's story
    (
        "In the second quarter, the company added 10 EH/s through a fleet purchase, which "
        "helped boost August production by 30% to 702 BTC compared with July.",
        "2025-09-20",
        "CLSK",
        "btc_produced",
        {(702.0, "2025-08")},
    ),
    (
        "The new Tennessee site lifted May production by 12% to 455 BTC.",
        "2025-06-04",
        "CLSK",
        "btc_produced",
        {(455.0, "2025-05")},
    ),
    # a holding told in the present: the report's label (decided case 14, "now holds")
    (
        _UPDATE + "After the sale, CleanSpark continues to maintain a total of 12,100 Bitcoin on "
        "its balance sheet.",
        "2025-06-04",
        "CLSK",
        "btc_held",
        {(12100.0, "2025-05")},
    ),
    (
        _UPDATE + "After the sale, CleanSpark still holds 12,100 Bitcoin on its balance sheet.",
        "2025-06-04",
        "CLSK",
        "btc_held",
        {(12100.0, "2025-05")},
    ),
    (  # kept: a month-end named is the month's last day
        _UPDATE + "At month-end, CleanSpark held 12,100 Bitcoin on its balance sheet.",
        "2025-06-04",
        "CLSK",
        "btc_held",
        {(12100.0, "2025-05-31")},
    ),
    # "during the year" names a year: the whole year once it is over; in July the year so far,
    # which no label names (README "What is NOT labelled"; `year_so_far`)
    (
        "During the year, Bitfarms has sold 1,500 BTC.",
        "2025-07-15",
        "BITF",
        "btc_sold",
        set(),
    ),
    (
        "During the year, the company sold 900 BTC to fund operations.",
        "2026-02-10",
        "BITF",
        "btc_sold",
        {(900.0, "2025")},
    ),
    (
        "Bitfarms Provides June 2025 Production Update\n\nDuring the year, Bitfarms sold "
        "1,500 BTC.",
        "2025-07-02",
        "BITF",
        "btc_sold",
        set(),
    ),
    # an appositive ranking the subject against another company
    (
        "Hut 8, the fourth-largest listed holder after MARA and Riot, held 10,200 BTC at the "
        "end of June.",
        "2025-07-10",
        "HUT",
        "btc_held",
        {(10200.0, "2025-06-30")},
    ),
    (
        "Riot, the second-largest listed holder after MARA, held 19,225 BTC at the end of June.",
        "2025-07-10",
        "HUT",
        "btc_held",
        set(),
    ),
    # the first term of a sum sold
    (
        "The Ohio-based miner offloaded 520 BTC plus another 30 BTC from its reserves in May.",
        "2025-06-03",
        "CLSK",
        "btc_sold",
        set(),
    ),
    # a sum over several companies; the entity's own share after it, its verb left out, is
    # its figure (`treasury_gapped`)
    (
        "Canada-based miners such as Hut 8 mined 2,100 BTC combined in May; Hut 8 alone 300.",
        "2025-06-05",
        "HUT",
        "btc_produced",
        {(300.0, "2025-05")},
    ),
    (
        "Bitfarms and Hut 8 mined 1,700 BTC combined in May.",
        "2025-06-05",
        "HUT",
        "btc_produced",
        set(),
    ),
    (
        "Hut 8 mined 300 BTC combined across its two Alberta sites in May.",
        "2025-06-05",
        "HUT",
        "btc_produced",
        {(300.0, "2025-05")},
    ),
    # another company's numbered item in a round-up
    (
        "Mining News in July\n1.\nCore Scientific reports Q2 2024 results. Core Scientific "
        "reported revenue of $141 million. Total revenues for the quarter were $141.1 million, "
        "with a total of 1,100 BTC produced.\n2.\nHut 8 released its June update, with 98 BTC "
        "produced during the month.",
        "2024-08-02",
        "HUT",
        "btc_produced",
        {(98.0, "2024-06")},
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "metric", "expected"), CASES)
def test_news_wording(
    text: str,
    published: str,
    entity: str,
    metric: str,
    expected: set[tuple[object, str | None]],
) -> None:
    assert metric_found(text, entity, published, metric) == expected
