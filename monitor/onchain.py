"""The words of on-chain watching, shared by the `btc_address` source and the on-chain
conditions: event kinds, who attributed an address set to a company, and how that is said.

Events of an address set (entity = the company, e.g. CANG):

* `onchain_balance` (subject = the address set): the confirmed balance of the watched set at
  a block, stored when it changes.
* `onchain_outflow_pending` (subject = txid): bitcoin left the set but the transaction has
  fewer than `min_confirmations`; shown, never counted by rules.
* `onchain_outflow` (subject = txid): the outflow reached `min_confirmations` in a block;
  rules count it. Its identity includes the block hash, so the same transaction confirmed in
  another block after a reorganisation is a new fact.
* `onchain_outflow_retracted` (subject = txid): a counted outflow's block left the best chain.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

SATS_PER_BTC = 100_000_000


class Attribution(StrEnum):
    """Who says these addresses belong to the company."""

    COMPANY_DISCLOSED = "company_disclosed"
    THIRD_PARTY_LABEL = "third_party_label"
    ANALYST_HYPOTHESIS = "analyst_hypothesis"


# Said in every event and alert, so nobody mistakes a label for a disclosure.
ATTRIBUTION_TEXT = {
    Attribution.COMPANY_DISCLOSED: "addresses disclosed by the company",
    Attribution.THIRD_PARTY_LABEL: (
        "addresses labelled by a third party, not confirmed by the company"
    ),
    Attribution.ANALYST_HYPOTHESIS: (
        "addresses the analyst attributes to the company (a hypothesis, not confirmed)"
    ),
}


def attribution_text(attribution: str, note: str = "") -> str:
    """How an event says who attributed the set (ValueError for an unknown attribution)."""
    text = ATTRIBUTION_TEXT[Attribution(attribution)]
    return f"{text} ({note})" if note else text


def btc(sats: int) -> float:
    """Satoshis as BTC, exactly representable to 8 decimals as a float can be."""
    return float(Decimal(sats) / SATS_PER_BTC)
