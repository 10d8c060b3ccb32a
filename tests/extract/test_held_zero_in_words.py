"""A holding of zero in words: "it held no corporate Bitcoin as of Feb. 20" → btc_held 0.

Real: v2-btdr-2026-02-zero-treasury, "Per the company's disclosure, it held no corporate
Bitcoin as of Feb. 20." -> btc_held 0 at 2026-02-20 (README "Zero stated in words": a treasury
emptied is a zero holding, dated as any holding). Look-alikes: coins held for clients, a noun
after the coins ("no bitcoin sales"), a hypothetical, a holding never stated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2026, 2, 21)


def _held(text: str) -> set[tuple[str, str]]:
    found = extract_text(text, published=_PUBLISHED, entity="BTDR")
    return {(str(item.value), item.period) for item in found if item.metric == "btc_held"}


ZERO = [
    (  # real: v2-btdr-2026-02-zero-treasury
        "Per the company's disclosure, it held no corporate Bitcoin as of Feb. 20.",
        "2026-02-20",
    ),
    ("Bitdeer said it holds zero BTC as of February 20, 2026.", "2026-02-20"),
    ("Bitdeer no longer holds any bitcoin on its balance sheet as of Feb. 20.", "2026-02-20"),
    (
        "After the sales, Bitdeer's bitcoin holdings fell to zero at the end of January.",
        "2026-01-31",
    ),
]


@pytest.mark.parametrize(("text", "day"), ZERO)
def test_a_treasury_emptied_is_a_zero_holding(text: str, day: str) -> None:
    assert _held(text) == {("0", day)}


NOT_ZERO = [
    "Bitdeer holds no bitcoin for clients as of Feb. 20; its own treasury is 1,200 BTC.",
    "Bitdeer had no bitcoin sales in January.",
    "If prices fall further, Bitdeer could hold no bitcoin by year-end.",
    "Bitdeer holds no bitcoin-backed loans.",
]


@pytest.mark.parametrize("text", NOT_ZERO)
def test_no_zero_for_clients_coins_or_another_noun(text: str) -> None:
    assert ("0", "2026-02-20") not in _held(text) and not any(v == "0" for v, _ in _held(text))
