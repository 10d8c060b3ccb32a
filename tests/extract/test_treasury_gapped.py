"""A figure whose verb is left out (gapping) is the entity's figure.

Expected answers worked out from the labelling rules (tests/extract/real/README.md: a news
rewrite about one company is labelled for that company; industry aggregates and other
companies' figures are not): "public miners mined a combined 3,100 BTC in August, Riot alone
477" says Riot mined 477 BTC in August, the verb shared with the aggregate's clause. Decided
here from the README: the comparative "alone" marks the company's share of the total, which is
its own figure for the period the clause names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 9, 5)


def _btc(text: str, entity: str) -> set[tuple[str, str, str | None]]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {(item.metric, str(item.value), item.period) for item in found if item.unit == "BTC"}


CASES = [
    (
        "The ten largest listed miners mined a combined 3,050 BTC in August, Bitfarms alone 412.",
        "BITF",
        {("btc_produced", "412", "2025-08")},
    ),
    (
        "Listed miners sold about 1,150 bitcoin in August; Bitfarms alone, 380 BTC.",
        "BITF",
        {("btc_sold", "380", "2025-08")},
    ),
    (
        "CleanSpark produced 650 BTC in August, Bitfarms 412 BTC.",
        "BITF",
        {("btc_produced", "412", "2025-08")},
    ),
    # near misses: a plan's gap, another unit, another company's gapped figure
    ("Listed miners may sell 1,150 BTC in September, Bitfarms alone 380.", "BITF", set()),
    ("Listed miners produced 3,050 BTC in August, Bitfarms alone 412 MW of it.", "BITF", set()),
    (
        "Bitfarms produced 412 BTC in August, CleanSpark 650 BTC.",
        "BITF",
        {("btc_produced", "412", "2025-08")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_a_gapped_figure_is_the_entitys(
    text: str, entity: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _btc(text, entity) == expected
