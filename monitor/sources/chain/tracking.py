"""The life of one outflow between polls: pending → counted → (retracted by a reorg).

An outflow is tracked in the source's cursor from the poll that first sees it until its block
is `recheck_depth` deep. Each poll brings its current status; `advance` says what changed:

* first seen below `min_confirmations` → pending (shown, not counted);
* `min_confirmations` reached → counted, in that block;
* a counted outflow whose block is no longer in the best chain (unconfirmed again, in another
  block, or unknown to the server) → retracted; it is then tracked again as pending, so the
  same transaction confirmed in the new block is counted anew.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from monitor.sources.chain.esplora import Tip, TxStatus

PENDING = "pending"
COUNTED = "counted"
Change = Literal["pending", "counted", "retracted"]


@dataclass(frozen=True)
class Tracked:
    """An outflow as the cursor keeps it (JSON-ready through to_json/from_json)."""

    txid: str
    sats: int
    fee_sats: int
    spent_from: tuple[str, ...]
    recipients: tuple[tuple[str, int], ...]
    first_seen: str
    state: str = PENDING
    block_height: int | None = None
    block_hash: str | None = None
    block_time: str | None = None

    def with_status(self, status: TxStatus) -> Tracked:
        return replace(
            self,
            block_height=status.block_height,
            block_hash=status.block_hash,
            block_time=status.block_time.isoformat() if status.block_time else None,
        )

    def to_json(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["spent_from"] = list(self.spent_from)
        data["recipients"] = [list(pair) for pair in self.recipients]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tracked:
        values = dict(data)
        values["spent_from"] = tuple(values["spent_from"])
        values["recipients"] = tuple((str(a), int(s)) for a, s in values["recipients"])
        return cls(**values)


@dataclass(frozen=True)
class Step:
    """What one poll did to one outflow: the changes to report (with the outflow as it was
    when each happened) and what to keep tracking (None: forget it)."""

    changes: list[tuple[Change, Tracked]]
    keep: Tracked | None


def first_seen(outflow: Tracked, status: TxStatus, tip: Tip, min_confirmations: int) -> Step:
    """A newly found outflow: counted at once if deep enough, else pending."""
    seen = outflow.with_status(status)
    if status.confirmations(tip.height) >= min_confirmations:
        counted = replace(seen, state=COUNTED)
        return Step([("counted", counted)], counted)
    return Step([("pending", seen)], seen)


def advance(
    tracked: Tracked,
    status: TxStatus | None,
    tip: Tip,
    min_confirmations: int,
    recheck_depth: int,
) -> Step:
    """A tracked outflow with its status now (None: the server no longer knows it)."""
    changes: list[tuple[Change, Tracked]] = []
    current = tracked
    if tracked.state == COUNTED:
        if status is not None and status.confirmed and status.block_hash == tracked.block_hash:
            if tip.height - (tracked.block_height or tip.height) + 1 > recheck_depth:
                return Step([], None)  # deep enough: no reorg will take it back
            return Step([], tracked)
        changes.append(("retracted", tracked))
        current = replace(tracked, state=PENDING)
    if status is None:
        return Step(changes, None)  # dropped or replaced: nothing left to count
    current = current.with_status(status)
    if status.confirmations(tip.height) >= min_confirmations:
        current = replace(current, state=COUNTED)
        changes.append(("counted", current))
    return Step(changes, current)
