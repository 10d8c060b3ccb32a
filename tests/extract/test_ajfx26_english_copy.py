"""Classes of English copy in holdout batch aj2 (issue 16) the readers got wrong, with other
phrasings and near misses beside them:

* a month in a sentence telling the sector did the same ("Previously, miners in the US did the
  same by selling 4,411 BTC throughout May 2022") dates the sector's news, not the story's;
* a sale the company would have to make ("would have to sell their BTC … to reduce its debt")
  is forced, no intention (as "may be required to sell"); "would sell" is one;
* coins one named source brought ("earned an additional 4.25 BTC from Slipstream alone", "from
  its transaction acceleration service") are no month's production.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.vocabulary.metrics import BTC_HELD, BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD
from tests.extract.treasury_facts import metric_rows

_COIN_METRICS = frozenset({BTC_HELD, BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD})

_BITFARMS = (
    "Canadian giant Bitcoin (BTC) miner Bitfarms have been forced to sell nearly 50 percent of "
    "their BTC reserves, the equivalent of 3,000 BTC over the past week, due to the severe "
    "downturn in the crypto market. {likeness}\n\n"
    "This was conveyed by the company on June 21, 2022.\n\n"
    "Bitfarms confirmed that it has sold a total of 3,000 Bitcoins (BTC) over the past week for "
    "around US$63 million."
)

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        _BITFARMS.format(
            likeness="Previously, miners in the US did the same by selling 4,411 BTC throughout "
            "May 2022."
        ),
        "BITF",
        "2022-06-22",
        {("btc_sold", 3000, "2022-06"), ("btc_sale_proceeds_usd", 63_000_000, "2022-06")},
    ),
    (
        _BITFARMS.format(
            likeness="Miners across the industry followed suit, selling 4,411 BTC in May 2022."
        ),
        "BITF",
        "2022-06-22",
        {("btc_sold", 3000, "2022-06"), ("btc_sale_proceeds_usd", 63_000_000, "2022-06")},
    ),
    (  # coins mined from one source: none of the month's production; the month's stands
        "In its April operational report, Marathon revealed that it produced 850 BTC. Just before "
        "the Halving, we earned an additional 4.25 BTC from Slipstream alone, and MARA Pool "
        "outperformed.",
        "MARA",
        "2024-05-03",
        {("btc_produced", 850, "2024-04")},
    ),
    (
        "Marathon produced 850 BTC in April. It also earned 12 BTC from its transaction "
        "acceleration service in April.",
        "MARA",
        "2024-05-03",
        {("btc_produced", 850, "2024-04")},
    ),
    (  # the company's own mining operations: mined
        "In April, Marathon earned 850 BTC from its mining operations.",
        "MARA",
        "2024-05-03",
        {("btc_produced", 850, "2024-04")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_aj2_english_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    rows = metric_rows(text, entity, published, _COIN_METRICS)
    read = {(metric, value, period) for metric, value, _unit, period in rows}
    assert read == {(metric, float(value), period) for metric, value, period in expected}


# (text, entity, published, the intentions' periods)
INTENT_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "But Lucas said, due to the volatility of the crypto market, Bitfarms would have to sell "
        "its BTC to reduce its debt to Galaxy.",
        "BITF",
        "2022-06-22",
        set(),
    ),
    (
        "Bitfarms said it will have to sell some of its bitcoin holdings.",
        "BITF",
        "2022-06-22",
        set(),
    ),
    (
        "Bitfarms said it would sell part of its BTC production to reduce its debt.",
        "BITF",
        "2022-06-22",
        {"2022-06"},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), INTENT_CASES)
def test_a_sale_it_has_to_make_is_no_intent(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {item.period for item in found if item.metric == "intent"} == expected
