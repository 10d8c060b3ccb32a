"""What a transaction takes out of a watched address set, net of change back into it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from monitor.sources.chain.esplora import Tx

# Recipients and spending addresses kept per outflow (a batch payout can have hundreds).
MAX_LISTED = 10


@dataclass(frozen=True)
class Outflow:
    txid: str
    sats: int  # what the set lost: its inputs minus its outputs (the fee included)
    fee_sats: int
    spent_from: tuple[str, ...]
    recipients: tuple[tuple[str, int], ...]  # outputs outside the set, largest first


def outflow(tx: Tx, watched: Collection[str]) -> Outflow | None:
    """The set's net loss in `tx`, or None when the set did not lose anything (an inflow,
    a transfer between its own addresses, a transaction it only received from)."""
    spent = [i for i in tx.inputs if i.address in watched]
    if not spent:
        return None
    returned = sum(o.sats for o in tx.outputs if o.address in watched)
    net = sum(i.sats for i in spent) - returned
    if net <= 0:
        return None
    outside = sorted(
        ((o.address or "(no address)", o.sats) for o in tx.outputs if o.address not in watched),
        key=lambda pair: -pair[1],
    )
    addresses = tuple(dict.fromkeys(str(i.address) for i in spent))
    return Outflow(tx.txid, net, tx.fee_sats, addresses[:MAX_LISTED], tuple(outside[:MAX_LISTED]))
