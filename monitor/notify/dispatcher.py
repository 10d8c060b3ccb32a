"""The outbox dispatcher: sends due deliveries, each channel on its own, and records outcomes.

Each due delivery is claimed with a lease (committed) before it is sent, and its outcome is
recorded after; a crash in between leaves the lease to expire and the delivery is sent again
with the same Idempotency-Key. Channels run in parallel threads, so a slow or failing channel
never holds up another. A silenced alert's deliveries are marked `suppressed`; a digest
channel sends everything pending as one message once its interval has passed.
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
from monitor.store import deliveries, silences, tables
from monitor.store.alerts import to_alert

log = logging.getLogger(__name__)


@dataclass
class DispatchReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    dead: int = 0
    unknown: int = 0
    suppressed: int = 0
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


@dataclass(frozen=True)
class _Batch:
    channel: str
    jobs: list[_Job]
    digest: bool = False


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

    @property
    def digest_channels(self) -> dict[str, float]:
        return {
            name: minutes
            for name, channel in self.channels.items()
            if (minutes := getattr(channel, "digest_minutes", None))
        }

    def dispatch_due(self) -> DispatchReport:
        """Send everything due now; return what happened."""
        report = DispatchReport()
        batches = self._claim(report)
        if not batches:
            return report
        with ThreadPoolExecutor(max_workers=len(batches)) as pool:
            for outcomes in pool.map(self._deliver, batches):
                for status, latency in outcomes:
                    report.count(status)
                    report.latencies_ms.append(latency)
        return report

    def _claim(self, report: DispatchReport) -> list[_Batch]:
        now = self.clock.now()
        digests = self.digest_channels
        with self.sessions.begin() as session:
            due = deliveries.due_ids(session, now, self.settings.batch_size, excluding=digests)
        by_channel: dict[str, list[_Job]] = defaultdict(list)
        for job in self._claimed(due, now, report):
            by_channel[job.channel].append(job)
        batches = [_Batch(channel, jobs) for channel, jobs in by_channel.items()]
        for channel, minutes in digests.items():
            if jobs := self._digest_jobs(channel, minutes, now, report):
                batches.append(_Batch(channel, jobs, digest=True))
        return batches

    def _digest_jobs(
        self, channel: str, minutes: float, now: datetime, report: DispatchReport
    ) -> list[_Job]:
        with self.sessions.begin() as session:
            oldest = deliveries.oldest_pending(session, channel)
            if oldest is None or now - oldest < timedelta(minutes=minutes):
                return []
            due = deliveries.due_ids(session, now, self.settings.batch_size, only=[channel])
        return self._claimed(due, now, report)

    def _claimed(self, due: list[int], now: datetime, report: DispatchReport) -> list[_Job]:
        jobs = []
        for delivery_id in due:
            with self.sessions.begin() as session:
                lease = timedelta(seconds=self.settings.lease_seconds)
                if not deliveries.claim(session, delivery_id, now, lease):
                    continue
                row = session.get_one(tables.Delivery, delivery_id)
                alert = to_alert(session.get_one(tables.Alert, row.alert_id))
                if silence := silences.silencing(session, alert, now):
                    outcome = deliveries.Outcome(
                        DeliveryStatus.SUPPRESSED, f"silenced by #{silence.id}", 0.0
                    )
                    deliveries.record(session, delivery_id, now, outcome)
                    report.count(DeliveryStatus.SUPPRESSED)
                    continue
                jobs.append(_Job(delivery_id, row.channel, alert, row.attempts, row.created_at))
        return jobs

    def _deliver(self, batch: _Batch) -> list[tuple[DeliveryStatus, float]]:
        if not batch.digest:
            return [self._send([job], batch.channel) for job in batch.jobs]
        status_latency = self._send(batch.jobs, batch.channel)
        return [status_latency] * len(batch.jobs)

    def _send(self, jobs: list[_Job], channel: str) -> tuple[DeliveryStatus, float]:
        started = time.monotonic()
        status, detail = self._attempt(jobs, channel)
        elapsed = (time.monotonic() - started) * 1000
        now = self.clock.now()
        for job in jobs:
            self._record(job, status, detail, elapsed, now)
        latency = (now - jobs[0].alert.fired_at).total_seconds() * 1000
        return status, latency

    def _record(
        self, job: _Job, status: DeliveryStatus, detail: str | None, elapsed: float, now: datetime
    ) -> None:
        next_at = self._next_attempt(job, now) if status is DeliveryStatus.PENDING else None
        if next_at is None and status is DeliveryStatus.PENDING:
            status, detail = DeliveryStatus.DEAD, f"gave up after max age: {detail}"
        with self.sessions.begin() as session:
            deliveries.record(
                session, job.delivery_id, now, deliveries.Outcome(status, detail, elapsed, next_at)
            )
        log.info(
            "delivery %s (alert %s via %s): %s %s",
            job.delivery_id,
            job.alert.id,
            job.channel,
            status.value,
            detail or "",
        )

    def _attempt(self, jobs: list[_Job], name: str) -> tuple[DeliveryStatus, str | None]:
        channel = self.channels.get(name)
        if channel is None:
            return DeliveryStatus.PENDING, f"channel {name!r} is not configured"
        try:
            if len(jobs) > 1:
                return DeliveryStatus.SENT, channel.send_many([j.alert for j in jobs])
            return DeliveryStatus.SENT, channel.send(jobs[0].alert, jobs[0].delivery_id)
        except DeliveryError as exc:
            status = DeliveryStatus.PENDING if exc.retryable else exc.status
            return status, str(exc)
        except Exception as exc:  # a bug in a channel must not kill the dispatcher
            log.exception("channel %s crashed", name)
            return DeliveryStatus.PENDING, f"{type(exc).__name__}: {exc}"

    def _next_attempt(self, job: _Job, now: datetime) -> datetime | None:
        """Exponential backoff with jitter; None once the delivery is older than max age."""
        if now - job.created_at >= timedelta(hours=self.settings.max_age_hours):
            return None
        base = self.settings.first_retry_seconds * (2**job.attempts)
        delay = min(self.settings.max_retry_seconds, base) * self._rng.uniform(0.8, 1.2)
        return now + timedelta(seconds=delay)
