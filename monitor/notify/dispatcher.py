"""The outbox dispatcher: sends due deliveries, each channel on its own, and records outcomes.

Each due delivery is claimed with a lease (committed) before it is sent, and its outcome is
recorded after; a crash in between leaves the lease to expire and the delivery is sent again
with the same Idempotency-Key. Channels run in parallel threads, so a slow or failing channel
never holds up another.
"""

from __future__ import annotations

import logging
import random
import time
from collections import defaultdict
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import Clock
from monitor.config import DeliverySettings
from monitor.model import Alert, DeliveryStatus
from monitor.notify.base import Channel, DeliveryError
from monitor.store import deliveries, tables
from monitor.store.alerts import to_alert

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=5)


@dataclass
class DispatchReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    dead: int = 0
    latencies_ms: list[float] = field(default_factory=list)

    def count(self, status: DeliveryStatus) -> None:
        name = {DeliveryStatus.PENDING: "retrying"}.get(status, status.value)
        setattr(self, name, getattr(self, name) + 1)


@dataclass(frozen=True)
class _Job:
    delivery_id: int
    channel: str
    alert: Alert
    attempts: int
    created_at: datetime


class Dispatcher:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        channels: Mapping[str, Channel],
        clock: Clock,
        settings: DeliverySettings,
        rng: random.Random | None = None,
    ) -> None:
        self.sessions = sessions
        self.channels = dict(channels)
        self.clock = clock
        self.settings = settings
        self._rng = rng or random.Random()

    def dispatch_due(self) -> DispatchReport:
        """Send everything due now; return what happened."""
        jobs = self._claim_due()
        by_channel: dict[str, list[_Job]] = defaultdict(list)
        for job in jobs:
            by_channel[job.channel].append(job)
        report = DispatchReport()
        if not by_channel:
            return report
        with ThreadPoolExecutor(max_workers=len(by_channel)) as pool:
            for outcomes in pool.map(self._send_all, by_channel.values()):
                for status, latency in outcomes:
                    report.count(status)
                    report.latencies_ms.append(latency)
        return report

    def _claim_due(self) -> list[_Job]:
        now = self.clock.now()
        with self.sessions.begin() as session:
            due = deliveries.due_ids(session, now, self.settings.batch_size)
        jobs = []
        for delivery_id in due:
            with self.sessions.begin() as session:
                if not deliveries.claim(session, delivery_id, now, LEASE):
                    continue
                row = session.get_one(tables.Delivery, delivery_id)
                alert = to_alert(session.get_one(tables.Alert, row.alert_id))
                jobs.append(_Job(delivery_id, row.channel, alert, row.attempts, row.created_at))
        return jobs

    def _send_all(self, jobs: list[_Job]) -> list[tuple[DeliveryStatus, float]]:
        return [self._send(job) for job in jobs]

    def _send(self, job: _Job) -> tuple[DeliveryStatus, float]:
        started = time.monotonic()
        outcome = self._attempt(job)
        elapsed = (time.monotonic() - started) * 1000
        now = self.clock.now()
        status, detail = outcome
        next_at = self._next_attempt(job, now) if status is DeliveryStatus.PENDING else None
        if next_at is None and status is DeliveryStatus.PENDING:
            status, detail = DeliveryStatus.DEAD, f"gave up after max age: {detail}"
        with self.sessions.begin() as session:
            deliveries.record(
                session,
                job.delivery_id,
                now,
                deliveries.Outcome(status, detail, elapsed, next_at),
            )
        log.info(
            "delivery %s (alert %s via %s): %s %s",
            job.delivery_id,
            job.alert.id,
            job.channel,
            status.value,
            detail or "",
        )
        latency = (now - job.alert.fired_at).total_seconds() * 1000
        return status, latency

    def _attempt(self, job: _Job) -> tuple[DeliveryStatus, str | None]:
        channel = self.channels.get(job.channel)
        if channel is None:
            return DeliveryStatus.PENDING, f"channel {job.channel!r} is not configured"
        try:
            return DeliveryStatus.SENT, channel.send(job.alert, job.delivery_id)
        except DeliveryError as exc:
            status = DeliveryStatus.PENDING if exc.retryable else DeliveryStatus.FAILED
            return status, str(exc)
        except Exception as exc:  # a bug in a channel must not kill the dispatcher
            log.exception("channel %s crashed", job.channel)
            return DeliveryStatus.PENDING, f"{type(exc).__name__}: {exc}"

    def _next_attempt(self, job: _Job, now: datetime) -> datetime | None:
        """Exponential backoff with jitter; None once the delivery is older than max age."""
        if now - job.created_at >= timedelta(hours=self.settings.max_age_hours):
            return None
        base = self.settings.first_retry_seconds * (2**job.attempts)
        delay = min(self.settings.max_retry_seconds, base) * self._rng.uniform(0.8, 1.2)
        return now + timedelta(seconds=delay)
