"""A prior period's figure hung on it by a participle is a comparative, not labelled (README
"What is NOT labelled": prior-period comparatives).

The real sentence is from batch s2 (s2-hive-2023-q2-fiscal-cryptoproductivity-858-btc): "HIVE's
production of 858 Bitcoin this quarter represents a 31% year-over-year increase, with the same
period last year, having mined 656 Bitcoin" (656 is last year's). Variants hang the earlier
figure on other prior-period words; look-alikes use the same participle with no prior period
(the figure is the company's own). Expected values are read off the sentences by the labelling
convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2022, 11, 15)

CASES = [
    pytest.param(
        "The company notes that HIVE's production of 858 Bitcoin this quarter represents a 31% "
        "year-over-year increase, with the same period last year, having mined 656 Bitcoin.",
        {Decimal("858")},
        id="real-hive-same-period-last-year-having-mined",
    ),
    pytest.param(
        "HIVE's production of 1,775 Bitcoin this quarter represents a 12% increase over the "
        "prior quarter, having mined 1,581 Bitcoin then.",
        {Decimal("1775")},
        id="variant-prior-quarter-having-mined-then",
    ),
    pytest.param(
        "HIVE's production of 4,451 BTC this quarter was a 50% rise, with the same quarter last "
        "year having mined 2,967 BTC.",
        {Decimal("4451")},
        id="variant-same-quarter-last-year-no-comma",
    ),
    pytest.param(
        "HIVE mined 300 BTC in October, compared with a year earlier, having produced 250 BTC.",
        {Decimal("300")},
        id="variant-a-year-earlier-having-produced",
    ),
    pytest.param(
        "HIVE, having mined 300 BTC in October, increased its bitcoin holdings.",
        {Decimal("300")},
        id="negative-participle-with-no-prior-period",
    ),
    pytest.param(
        "HIVE raised its hashrate by 10% in October, having mined 300 BTC in the month.",
        {Decimal("300")},
        id="negative-participle-after-a-change-of-hashrate",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_prior_period_participle_is_a_comparative(text: str, wanted: set[Decimal]) -> None:
    found = {
        item.value
        for item in extract_text(text, published=PUBLISHED, entity="HIVE")
        if item.metric == "btc_produced"
    }
    assert found == wanted
