"""Review findings of rounds 9–10, as data: each probe is how a release or a news rewrite says
it, with what a careful reader records (README conventions).

* the walk-down step: a balance is dropped for the next sentence's level only when that level
  is the debt's ("bringing the total owed down to"), not another figure's;
* "cutting it to $X": "it" is the nearer noun when another thing is joined after the debt;
* a statement days old is recalled only beside the story's own news;
* in a periodic report, "reported that it had sold" recalls the earlier report.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
TOTAL, REPAID = "debt_total_usd", "debt_repaid_usd"
MINED, SOLD = "btc_produced", "btc_sold"

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
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_review_findings(text: str, entity: str, published: dt.date, expected: set[Fact]) -> None:
    found = extract_text(text, published=published, entity=entity)
    assert {(item.metric, item.value, item.period) for item in found} == expected
