"""Review findings of rounds 9–10, as data: each probe is how a release or a news rewrite says
it, with what a careful reader records (README conventions).

* the walk-down step: a balance is dropped for the next sentence's level only when that level
  is the debt's ("bringing the total owed down to"), not another figure's;
* "cutting it to $X": "it" is the nearer noun when another thing is joined after the debt;
* a statement days old is recalled only beside the story's own news;
* in a periodic report, "reported that it had sold" recalls the earlier report;
* a flow of a span of months that is no calendar period has no period (not the publication
  month); a calendar span keeps its quarter;
* a role word beside the company's own name describes the company, not another buyer; a site's
  owner is not the buyer.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
TOTAL, REPAID = "debt_total_usd", "debt_repaid_usd"
MINED, SOLD = "btc_produced", "btc_sold"
CAPEX = "ai_capex_usd"

CASES = [
    # the next sentence's level is another figure's: the balance stays
    (
        "Argo Blockchain cut its debt to $41 million at the end of June. Then it sold 200 BTC, "
        "bringing its cash balance to $12 million.",
        "ARBK", dt.date(2023, 7, 20),
        {(TOTAL, Decimal(41_000_000), "2023-06-30"), (SOLD, Decimal(200), "2023-06")},
    ),
    (
        "As of June 30, 2023, Bitfarms lowered its total debt to $50 million. Later in July, "
        "the miner cut its hosting costs, bringing them down to $2 million per month.",
        "BITF", dt.date(2023, 7, 20),
        {(TOTAL, Decimal(50_000_000), "2023-06-30")},
    ),
    # the debt walked further down (p2-bitf-2022-06 shape): the last level is the balance
    (
        "Bitfarms lowered its total debt to $50 million at the end of June. Then it repaid "
        "more of the loan, bringing it down to $38 million.",
        "BITF", dt.date(2023, 7, 20),
        {(TOTAL, Decimal(38_000_000), "2023-06-30")},
    ),
    # "it" is the interest expense, the nearer noun
    (
        "Greenidge restructured its NYDIG loan and its annual interest expense, cutting it to "
        "$4 million.",
        "GREE", dt.date(2023, 2, 20), set(),
    ),
    (
        "The company repaid part of the loan and cut it to $23 million.",
        "GREE", dt.date(2023, 2, 20), {(TOTAL, Decimal(23_000_000), "2023-02")},
    ),
    # a story that only retells a statement of days before reports it
    (
        "Riot Platforms stock jumps\n\nRiot shares rose 10% this week. On Jan. 3, the miner "
        "said it produced 450 BTC in December.",
        "RIOT", dt.date(2026, 1, 8), {(MINED, Decimal(450), "2025-12")},
    ),
    # a periodic report's "had sold" in reported speech recalls its earlier report
    (
        "Riot January 2026 production update\n\nRiot produced 400 BTC in January. The Company "
        "reported that it had sold 300 BTC in December.",
        "RIOT", dt.date(2026, 2, 4), {(MINED, Decimal(400), "2026-01")},
    ),
    # a news story's backshifted "had mined" is what the report said (p1-arbk-2021-11 shape)
    (
        "Argo Blockchain files for notes offering\n\nArgo reported that it had mined 167 BTC "
        "in October.",
        "ARBK", dt.date(2021, 11, 10), {(MINED, Decimal(167), "2021-10")},
    ),
    # spans of months that are no calendar period: the flow is not a period's figure
    ("Bitfarms mined 500 BTC in November-December.", "BITF", dt.date(2025, 2, 10), set()),
    (
        "In April-May, Hut 8 repaid $20 million of its Coinbase loan.",
        "HUT", dt.date(2025, 7, 10), set(),
    ),
    (
        "Riot Platforms update. From November to December the company sold no bitcoin.",
        "RIOT", dt.date(2025, 1, 10), set(),
    ),
    (
        "Between March 2024 and March 2025, Hive sold 1,000 BTC.",
        "HIVE", dt.date(2025, 4, 10), set(),
    ),
    # near-misses: a calendar quarter's span; a flow with its own month beside a span
    (
        "From October to December, Riot mined 1,400 BTC.",
        "RIOT", dt.date(2025, 1, 10), {(MINED, Decimal(1400), "2024-Q4")},
    ),
    (
        "Riot mined 450 BTC in December, and will report January-February figures next month.",
        "RIOT", dt.date(2025, 1, 5), {(MINED, Decimal(450), "2024-12")},
    ),
    # the company described by a role is still the buyer of its own AI capex
    (
        "Nvidia partner Hive Digital purchased 1,000 H200 GPUs for $30 million.",
        "HIVE", dt.date(2025, 6, 10), {(CAPEX, Decimal(30_000_000), "2025-06")},
    ),
    (
        "Hyperscaler-focused Applied Digital purchased servers for $100 million for its AI "
        "data center.",
        "APLD", dt.date(2025, 6, 10), {(CAPEX, Decimal(100_000_000), "2025-06")},
    ),
    (
        "Hut 8 invested $100 million in GPUs at a data center owned by Google.",
        "HUT", dt.date(2025, 6, 10), {(CAPEX, Decimal(100_000_000), "2025-06")},
    ),
    # near-misses: a role the company owns names the buyer; a customer as the subject
    (
        "IREN's client Microsoft bought 10,000 GPUs valued at $300 million.",
        "IREN", dt.date(2025, 6, 10), set(),
    ),
    (
        "Its customer purchased GPUs for $300 million for AI training at the site.",
        "IREN", dt.date(2025, 6, 10), set(),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_review_findings(text: str, entity: str, published: dt.date, expected: set[Fact]) -> None:
    found = extract_text(text, published=published, entity=entity)
    assert {(item.metric, item.value, item.period) for item in found} == expected
