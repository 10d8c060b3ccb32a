"""Near misses of the session's treasury and foreign-copy readers (review findings, mend20t).

Classes:
* a change noun ("a jump from A BTC to B BTC") sizes the holdings the sentence before tells of
  only when those are the entity's own (its name's possessive or a pronoun), not a peer's
  named first nor a group's ("Listed miners' bitcoin holdings"); an analyst's modelled or
  projected change is no holding;
* a relative clause after an appositive (", which sold N BTC") tells of the name inside it;
* "during the year" in a first quarter's story is that quarter (the year so far);
* "combined" / "in aggregate" after one company's figure is its own total, not a group's sum;
* "A in April plus B in March": each its period's figure, not a sum's first term;
* a foreign waypoint ("y luego", "per poi") needs the holding to change after it, not any
  event.
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

# (text, published, entity, metric, expected {(value, period)})
CASES: list[tuple[str, str, str, str, set[tuple[object, str | None]]]] = [
    # a change noun after a peer's holdings, a group's, an analyst's model
    (
        "Cipher's bitcoin holdings nearly doubled in 2024, outpacing CleanSpark. That was a "
        "jump from 5,000 BTC to 9,800 BTC.",
        "2025-03-02",
        "CLSK",
        "btc_held",
        set(),
    ),
    (
        "Listed miners' bitcoin holdings nearly doubled in 2024. We're talking about a rise "
        "from about 60,000 BTC to over 90,000 BTC.",
        "2025-03-02",
        "HUT",
        "btc_held",
        set(),
    ),
    (
        "Hut 8's bitcoin reserve grew strongly in 2024. Analysts project a climb from 10,200 "
        "BTC to 15,000 BTC by the end of 2026.",
        "2025-03-02",
        "HUT",
        "btc_held",
        set(),
    ),
    # (the entity's own full name owns them: kept)
    (
        "By the end of 2024, Riot Platforms' bitcoin holdings had nearly doubled. That was a "
        "jump from 9,700 BTC to 17,722 BTC.",
        "2025-03-02",
        "RIOT",
        "btc_held",
        {(17722.0, "2024-12-31")},
    ),
    # a relative clause after the appositive: the inner name's sale
    (
        "Bitfarms held 1,152 BTC, the third-largest reserve after Hut 8, which sold 300 BTC "
        "in March.",
        "2024-04-10",
        "BITF",
        "btc_sold",
        set(),
    ),
    # "during the year" in a first quarter's results: the quarter
    (
        "Hut 8 Q1 2024 results. During the year, the Company repaid $5 million of its credit "
        "facility.",
        "2024-05-15",
        "HUT",
        "debt_repaid_usd",
        {(5000000.0, "2024-Q1")},
    ),
    # one company's own total, "combined" / "in aggregate"
    (
        "Hut 8's Medicine Hat and Drumheller sites mined 120 BTC combined in May.",
        "2024-06-05",
        "HUT",
        "btc_produced",
        {(120.0, "2024-05")},
    ),
    # a foreign "then" that tells another event: the holding stands
    (
        "Bitfarms tenía 1.152 BTC al 31 de marzo, y luego anunció una nueva emisión de acciones.",
        "2024-04-10",
        "BITF",
        "btc_held",
        {(1152.0, "2024-03-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "metric", "expected"), CASES)
def test_near_miss(
    text: str,
    published: str,
    entity: str,
    metric: str,
    expected: set[tuple[object, str | None]],
) -> None:
    assert metric_found(text, entity, published, metric) == expected


def test_appositive_relative_clause_leaves_the_holding_undated_by_its_month() -> None:
    """The inner name's April sale does not date the subject's holding."""
    found = metric_found(
        "Bitfarms held 1,152 BTC, the third-largest reserve after Hut 8, which sold 300 BTC "
        "in March.",
        "BITF",
        "2024-04-10",
        "btc_held",
    )
    assert {value for value, _ in found} == {1152.0}
    assert all(period != "2024-03" for _, period in found)


@pytest.mark.parametrize(
    "text",
    [
        "CleanSpark holds 12,000 BTC in aggregate, including 2,000 BTC pledged as collateral.",
    ],
)
def test_one_companys_aggregate_holding_is_kept(text: str) -> None:
    found = metric_found(text, "CLSK", "2025-06-04", "btc_held")
    assert 12000.0 in {value for value, _ in found}


def test_two_periods_joined_by_plus_keep_the_first() -> None:
    """(The second month's figure is not asked here: the first is no sum's term.)"""
    found = metric_found(
        "Cipher mined 190 BTC in May plus 170 BTC in June, according to its filings.",
        "CIFR",
        "2024-07-10",
        "btc_produced",
    )
    assert (190.0, "2024-05") in found


def test_a_sale_plus_client_coins_keeps_the_sale() -> None:
    found = metric_found(
        "CleanSpark sold 520 BTC in May plus 30 BTC of client coins held in custody.",
        "CLSK",
        "2025-06-04",
        "btc_sold",
    )
    assert (520.0, "2025-05") in found
