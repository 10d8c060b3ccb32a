"""A holding told "currently" in a relative clause after another verb's date.

Reading rule (decided case 14's last clause: a holding whose own words name no period stands at
publication in a news story): in "The partnership was disclosed on March 12 by Hut 8, which
currently holds 10,200 BTC", March 12 is the day of the disclosure; the holding is told as it
stands now, so the publication month. A date the holding's own clause names keeps its day.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CASES: list[tuple[str, Must, MustNot]] = [
    (
        "The partnership was disclosed on March 12 by Hut 8, which currently holds 10,200 BTC.",
        [("btc_held", 10_200, "2025-03")],
        [],
    ),
    (
        "The hosting deal, signed on March 11 by the miner, which currently holds 10,150 BTC, "
        "closes in April.",
        [("btc_held", 10_150, "2025-03")],
        [],
    ),
    # near miss: the holding's own date
    ("As of March 12, Hut 8 currently holds 10,200 BTC.", [("btc_held", 10_200, "2025-03-12")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CASES)
def test_a_holding_told_currently_after_another_verbs_date_is_at_publication(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "HUT", "2025-03-14"), must, must_not)
