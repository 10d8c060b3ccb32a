"""Treasury figures told again, dated by their own words, or not coins at all (helper "treas2").

* A back-reference restating a production already given is not a new figure, and a count with
  no unit after a sale verb takes the unit of the figure it is a part of: "Acme mined 412
  bitcoin last month, up from 380 bitcoin in May. Of that 412 BTC mined, it sold 300 for $18.6
  million" → one production (June), a sale of 300 and its proceeds, both June's
  (`treasury_restated`; decided case 1). "Of those 310 BTC, the company sold 200" too.
* A holding's sentence that values it on a day ("worth $55.2 million based on a BTC price of
  $61,000 on June 30, 2024") is at that day (decided case 14); a change counted "since its last
  update on 2 December" does not date the holding.
* A "Label: value" line whose value is money ("Cash and Bitcoin Holdings: $2.5 million in
  cash …") holds no coins; "Net proceeds from Bitcoin sales: $176.2 million" is proceeds, dated
  by the sentence that leads into its list with a colon ("full-year performance in 2023 …:").
* "in comparison with 198 BTC produced a month earlier" is a comparative (decided case 1).
Near-misses (a percentage or money share, another company's sale, a plan, a part that is not
sold, a date of a sale or a starting level, a holding priced after the report's period) keep
the old readings.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found as _found

SOLD = "btc_sold"
PRODUCED = "btc_produced"
HELD = "btc_held"
PROCEEDS = "btc_sale_proceeds_usd"

_BACK = (
    "Acme Mining produced 412 bitcoin last month, up from 380 bitcoin in May. Of that 412 BTC "
    "mined, it sold 300 for $18.6 million."
)
_THOSE = (
    "Acme mined 310 BTC in June. Of those 310 BTC, the company sold 200, raising about $12.4 "
    "million."
)
_EARNED = (
    "Northfield Digital earned 95 bitcoin in June, against 88 bitcoin in May. Of those 95 BTC "
    "earned, the miner liquidated 40 for roughly $2.5 million."
)

# (text, entity, published, metric, expected (value, period) pairs of that metric)
CASES: list[tuple[str, str, str, str, set[tuple[object, str | None]]]] = [
    # --- class 1: a restated production and the unit-less share sold of it
    (_BACK, "ACME", "2024-07-02", PRODUCED, {(412.0, "2024-06")}),
    (_BACK, "ACME", "2024-07-02", SOLD, {(300.0, "2024-06")}),
    (_BACK, "ACME", "2024-07-02", PROCEEDS, {(18600000.0, "2024-06")}),
    (_THOSE, "ACME", "2024-07-02", SOLD, {(200.0, "2024-06")}),
    (_THOSE, "ACME", "2024-07-02", PROCEEDS, {(12400000.0, "2024-06")}),
    (_EARNED, "NFD", "2024-07-03", PRODUCED, {(95.0, "2024-06")}),
    (_EARNED, "NFD", "2024-07-03", SOLD, {(40.0, "2024-06")}),
    (
        "Of the 520 bitcoin it produced in June, Acme liquidated 180 for roughly $11 million.",
        "ACME",
        "2024-07-02",
        SOLD,
        {(180.0, "2024-06")},
    ),
    (
        "Riot mined 466 BTC last month, up from 420 BTC in April. Of that 466 BTC mined, Riot "
        "offloaded 250 for $7.5 million.",
        "RIOT",
        "2022-06-03",
        PRODUCED,
        {(466.0, "2022-05")},
    ),
    # near-misses: a percentage, another company, a plan, a part not sold
    (
        "Acme mined 310 BTC in June. Of those 310 BTC, the company sold 60%, raising about "
        "$12.4 million.",
        "ACME",
        "2024-07-02",
        SOLD,
        set(),
    ),
    (
        "Of the 466 BTC mined in June, Marathon sold 250 for $15.1 million.",
        "ACME",
        "2024-07-02",
        SOLD,
        set(),
    ),
    (
        "Acme mined 310 BTC in June. Of those 310 BTC, 120 came from its Texas site.",
        "ACME",
        "2024-07-02",
        SOLD,
        set(),
    ),
    (
        "Acme mined 310 BTC in June. Of those 310 BTC, the company plans to sell 200 in July.",
        "ACME",
        "2024-07-02",
        SOLD,
        set(),
    ),
    # --- class 2: the holding's own day
    (
        "The company now holds 905 bitcoins in its treasury, up from 850 last month and worth "
        "$55.2 million based on a BTC price of $61,000 on June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(905.0, "2024-06-30")},
    ),
    (
        "Acme now holds 1,204 BTC, up from 1,100 BTC and valued at roughly $72 million at the "
        "closing price on June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(1204.0, "2024-06-30")},
    ),
    (
        "As of 8 December 2025, the company reported holding approximately 4,783 Bitcoin – an "
        "increase of 416 BTC since its last update on 2 December 2025.",
        "ACME",
        "2025-12-12",
        HELD,
        {(4783.0, "2025-12-08")},
    ),
    (
        "As of December 8, 2025, Acme held 4,783 Bitcoin, up 416 BTC since its previous report "
        "on December 2, 2025.",
        "ACME",
        "2025-12-12",
        HELD,
        {(4783.0, "2025-12-08")},
    ),
    (
        "Acme's treasury now stands at 2,310 BTC, up from 2,200 BTC a month ago and worth about "
        "$140 million at a price of $60,600 on June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(2310.0, "2024-06-30")},
    ),
    (
        "The miner now holds 780 bitcoin, up from 700 last month, with a market value of $47 "
        "million as of June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(780.0, "2024-06-30")},
    ),
    (
        "Acme now has 3,050 BTC on its balance sheet, up from 2,990 in May and valued at $185 "
        "million on June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(3050.0, "2024-06-30")},
    ),
    (
        "As of July 1, 2024, Acme held 1,204 BTC, an increase of 60 BTC since its prior report "
        "on June 3, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(1204.0, "2024-07-01")},
    ),
    (
        "As of June 28, Acme's holdings reached 1,204 BTC, an increase of 41 BTC since its "
        "latest update on June 21.",
        "ACME",
        "2024-07-02",
        HELD,
        {(1204.0, "2024-06-28")},
    ),
    # near-misses: a starting level's day, a sale's day
    (
        "Acme now holds 1,204 BTC, up from 1,100 BTC on June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(1204.0, "2024-07")},
    ),
    (
        "Acme now holds 1,204 BTC, worth about $75 million, up from 1,100 BTC on June 30, 2024.",
        "ACME",
        "2024-07-02",
        HELD,
        {(1204.0, "2024-07")},
    ),
    # --- class 3: money on a holdings line, a proceeds line, a comparison
    (
        "Summary\n  • Bitcoin Mined: 123 Bitcoin in Q3 2024.\n  • Cash and Bitcoin Holdings: "
        "$2.5 million in cash and four Bitcoin equivalents at the end of Q3 2024.\n",
        "ACME",
        "2024-11-20",
        HELD,
        set(),
    ),
    (
        "Highlights\n- Bitcoin Mined: 88 BTC\n- Bitcoin Holdings: $9.1 million at quarter end\n",
        "ACME",
        "2024-11-20",
        HELD,
        set(),
    ),
    (
        "Acme's full-year performance in 2023 was defined by steady growth:\n"
        "- Total Bitcoin sold in 2023: 6,185 BTC\n"
        "- Net proceeds from Bitcoin sales: $176.2 million\n"
        "- Average net price per Bitcoin sold: $28,491\n",
        "ACME",
        "2024-01-04",
        PROCEEDS,
        {(176200000.0, "2023")},
    ),
    (
        "Acme's operations in the fourth quarter of 2023 at a glance:\n"
        "- Bitcoin sold: 1,200 BTC\n"
        "- Proceeds from bitcoin sales: $48.3 million\n",
        "ACME",
        "2024-01-20",
        PROCEEDS,
        {(48300000.0, "2023-Q4")},
    ),
    (
        "According to Argo's update, the company mined 147 Bitcoins during the month of "
        "December, in comparison with 198 BTC produced a month earlier.",
        "ARBK",
        "2023-01-11",
        PRODUCED,
        {(147.0, "2022-12")},
    ),
    (
        "Acme mined 147 BTC in December, in comparison to 198 BTC in November.",
        "ACME",
        "2023-01-11",
        PRODUCED,
        {(147.0, "2022-12")},
    ),
    (
        "Acme sold 300 BTC in September, in comparison with 450 BTC sold a month earlier.",
        "ACME",
        "2024-10-05",
        SOLD,
        {(300.0, "2024-09")},
    ),
    (
        "Third quarter 2024 at a glance:\n- Bitcoin sold: 300 BTC\n- Net proceeds from bitcoin "
        "sales: $18.2 million\n",
        "ACME",
        "2024-10-05",
        PROCEEDS,
        {(18200000.0, "2024-Q3")},
    ),
    (
        "Highlights\n- Bitcoin mined: 88 BTC\n- Bitcoin and cash holdings: $14.2 million\n",
        "ACME",
        "2024-10-05",
        HELD,
        set(),
    ),
    # near-misses: a price line is no proceeds; coins on a holdings line stay coins
    (
        "Acme's full-year performance in 2023 was defined by steady growth:\n"
        "- Average net price per Bitcoin sold: $28,491\n",
        "ACME",
        "2024-01-04",
        PROCEEDS,
        set(),
    ),
    (
        "Highlights\n- Bitcoin Mined: 88 BTC\n- Bitcoin Holdings: 1,204 BTC ($72.0 million)\n",
        "ACME",
        "2024-11-20",
        HELD,
        {(1204.0, "2024-11")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metric", "expected"), CASES)
def test_reading(
    text: str,
    entity: str,
    published: str,
    metric: str,
    expected: set[tuple[object, str | None]],
) -> None:
    assert _found(text, entity, published, metric) == expected
