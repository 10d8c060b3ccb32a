"""A sentence opening with "Its"/"Their" speaks of the miner the sentence before named.

Class (holdout first-run miss, a monthly roundup of several miners for one of them): "Cleanspark
had yet another good month, producing 339 Bitcoin … Their current Bitcoin hodl is 561 BTC" in a
story whose entity is HIVE: the holding is CleanSpark's (README: other companies' figures are
not labelled). "The miner …", "It …", "They …" were read so already; the possessive subject
was not. A possessive after a sentence naming the entity (or naming no miner) stays the
entity's.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

HELD = "btc_held"
PUBLISHED = "2022-07-08"

_HIVE = "Hive Blockchain\n\nThe firm mined 279 Bitcoin last month.\n\n"

# (text, entity, expected btc_held (value, period))
CASES: list[tuple[str, str, set[tuple[object, str | None]]]] = [
    (
        _HIVE + "Cleanspark\n\nCleanspark had yet another good month, producing 339 Bitcoin.\n\n"
        "Their current Bitcoin hodl is 561 BTC while their fleet grew to 28,500 miners.",
        "HIVE",
        set(),
    ),
    (
        _HIVE + "Riot Platforms mined 450 BTC in June. Its bitcoin holdings stood at 6,654 BTC at "
        "the end of the month.",
        "HIVE",
        set(),
    ),
    # kept: the entity named before, or the story's own subject
    (
        "Hive mined 279 Bitcoin in June. Its bitcoin holdings stood at 3,239 BTC at the end of "
        "the month.",
        "HIVE",
        {(3239.0, "2022-06-30")},
    ),
    (
        _HIVE + "Cleanspark\n\nCleanspark had yet another good month, producing 339 Bitcoin.\n\n"
        "Their current Bitcoin hodl is 561 BTC while their fleet grew to 28,500 miners.",
        "CLSK",
        {(561.0, "2022-07")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_possessive_subject_of_another_miner(
    text: str, entity: str, expected: set[tuple[object, str | None]]
) -> None:
    assert metric_found(text, entity, PUBLISHED, HELD) == expected
