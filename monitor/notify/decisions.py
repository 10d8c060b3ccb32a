"""What becomes of a delivery after one attempt: a pure decision, tested with a fixed clock.

`next_delivery` takes what the attempt came to (a silence that held it back counts as one),
how many attempts went before, when the delivery was queued, the time now and the retry
policy, and says the delivery's next status, when to try again, and why — the dispatcher
only carries the decision out. `attempt_of` reads a channel's error as an attempt's outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from monitor.config import DeliverySettings
from monitor.model import DeliveryStatus
from monitor.notify.base import DeliveryError


class Attempt(Enum):
    """What one send came to, as the channel judged it."""

    DELIVERED = "delivered"
    RETRYABLE = "retryable"  # 5xx, 408/425/429, connection error, timeout, a channel bug
    PERMANENT = "permanent"  # another 4xx, a channel that cannot send this at all
    UNKNOWN = "unknown"  # timed out after sending: it may have arrived
    SILENCED = "silenced"  # a silence matched the alert: not sent


def attempt_of(error: DeliveryError) -> Attempt:
    """What a channel's error makes of the attempt."""
    if error.retryable:
        return Attempt.RETRYABLE
    if error.status is DeliveryStatus.UNKNOWN:
        return Attempt.UNKNOWN
    return Attempt.PERMANENT


@dataclass(frozen=True)
class Decision:
    status: DeliveryStatus
    next_at: datetime | None
    reason: str

    def detail(self, said: str | None) -> str | None:
        """What is recorded for the attempt: what the other side said, and for a delivery
        given up, why."""
        return f"{self.reason}: {said}" if self.status is DeliveryStatus.DEAD else said


def next_delivery(
    outcome: Attempt,
    attempts: int,
    queued_at: datetime,
    now: datetime,
    settings: DeliverySettings,
    jitter: float = 1.0,
) -> Decision:
    """The delivery's next state after attempt number `attempts + 1`.

    Retries back off exponentially from `first_retry_seconds`, capped at `max_retry_seconds`
    and multiplied by `jitter` (the caller draws it, so this stays pure); a delivery queued
    `max_age_hours` ago or more is given up.
    """
    if outcome is Attempt.DELIVERED:
        return Decision(DeliveryStatus.SENT, None, "delivered")
    if outcome is Attempt.SILENCED:
        return Decision(DeliveryStatus.SUPPRESSED, None, "silenced: not sent")
    if outcome is Attempt.PERMANENT:
        return Decision(DeliveryStatus.FAILED, None, "permanent failure: not retried")
    if outcome is Attempt.UNKNOWN:
        return Decision(
            DeliveryStatus.UNKNOWN, None, "may have arrived: not sent again (no duplicate)"
        )
    if now - queued_at >= timedelta(hours=settings.max_age_hours):
        return Decision(
            DeliveryStatus.DEAD, None, f"gave up after max age ({settings.max_age_hours:g} h)"
        )
    base = settings.first_retry_seconds * 2 ** min(attempts, 32)
    delay = min(settings.max_retry_seconds, base) * jitter
    reason = f"retry {attempts + 1} in {delay:.0f} s"
    return Decision(DeliveryStatus.PENDING, now + timedelta(seconds=delay), reason)
