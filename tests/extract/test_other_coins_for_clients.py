"""Coins held for clients are not the company's holding (other coin named first).

"A custodian holds 2,000 ETH and 320 BTC for the company's clients": the coins are kept for
others, so no btc_held; the company's own "holds 2,000 ETH and 320 BTC" still reads 320.
Sentences written for these tests (review 23b, item 6).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text


def _held(text: str) -> set[Decimal]:
    found = extract_text(text, published=dt.date(2024, 11, 5), entity="MINER")
    return {item.value for item in found if item.metric == "btc_held"}


@pytest.mark.parametrize(
    "text",
    [
        "Custodian Acme Trust holds 2,000 ETH and 320 BTC for Miner's clients.",
        "The custodian held 1,500 ETH and 75 BTC on behalf of its customers at year end.",
    ],
)
def test_coins_kept_for_clients_are_not_held(text: str) -> None:
    assert _held(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Miner holds 2,000 ETH and 320 BTC.",
        "The Company holds 2,000 ETH and 320 BTC, up from 250 BTC for the prior quarter.",
    ],
)
def test_own_coins_still_held(text: str) -> None:
    assert _held(text) == {Decimal(320)}
