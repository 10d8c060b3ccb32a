"""The outbox dispatcher: sends due deliveries, each channel on its own, and records outcomes.

Each channel is drained in its own thread (a slow or failing channel never holds up another),
one delivery at a time: lease it (committed), send it while a heartbeat renews the short
lease, then record the outcome under that lease. A process killed mid-send leaves a lease that
runs out within `lease_seconds`, and the delivery is sent again with the same idempotency key;
a worker that lost its lease (the database was away while it sent) records nothing, so a late
outcome never overwrites another worker's "sent". What an attempt leads to — sent, retried,
given up, suppressed by a silence — is decided in one place, the pure `next_delivery`; a
digest channel sends everything pending as one message once its interval has passed.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import Clock
from monitor.config import DeliverySettings
from monitor.logs import redact_text
from monitor.model import Alert, DeliveryStatus
from monitor.notify.base import Channel, DeliveryError
from monitor.notify.decisions import Attempt, attempt_of, next_delivery
from monitor.store import deliveries, silences, tables
from monitor.store.alerts import to_alert
from monitor.store.deliveries import Lease

log = logging.getLogger(__name__)

RENEW_EVERY_MAX_SECONDS = 5.0


@dataclass
class DispatchReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    dead: int = 0
    unknown: int = 0
    suppressed: int = 0
    lease_lost: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def count(self, status: DeliveryStatus, latency_ms: float | None = None) -> None:
        name = {DeliveryStatus.PENDING: "retrying"}.get(status, status.value)
        with self._lock:  # channels report from their own threads
            setattr(self, name, getattr(self, name) + 1)
            if latency_ms is not None:
                self.latencies_ms.append(latency_ms)

    def lost(self) -> None:
        with self._lock:
            self.lease_lost += 1


@dataclass(frozen=True)
class _Job:
    lease: Lease
    channel: str
    alert: Alert
    attempts: int
    created_at: datetime

    @property
    def delivery_id(self) -> int:
        return self.lease.delivery_id


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
        self._lease = timedelta(seconds=settings.lease_seconds)

    @property
    def digest_channels(self) -> dict[str, float]:
        return {
            name: minutes
            for name, channel in self.channels.items()
            if (minutes := getattr(channel, "digest_minutes", None))
        }

    def dispatch_due(self) -> DispatchReport:
        """Send everything due now (up to `batch_size` per channel); return what happened."""
        report = DispatchReport()
        digests = self.digest_channels
        with self.sessions.begin() as session:
            names = deliveries.due_channels(session, self.clock.now(), excluding=digests)
        work: list[Callable[[], None]] = [
            lambda name=name: self._drain(name, report) for name in names
        ]
        work += [
            lambda name=name, minutes=minutes: self._digest(name, minutes, report)
            for name, minutes in digests.items()
        ]
        if len(work) == 1:
            work[0]()
        elif work:
            with ThreadPoolExecutor(max_workers=len(work)) as pool:
                for done in [pool.submit(task) for task in work]:
                    done.result()
        return report

    def _drain(self, channel: str, report: DispatchReport) -> None:
        """Lease, send and record one delivery at a time until none is due."""
        for _ in range(self.settings.batch_size):
            job = self._claim_one(channel, report)
            if job is None:
                return
            self._send([job], channel, report)

    def _claim_one(self, channel: str, report: DispatchReport) -> _Job | None:
        while True:
            with self.sessions.begin() as session:
                now = self.clock.now()
                lease = deliveries.claim_next(session, now, self._lease, only=[channel])
                if lease is None:
                    return None
                job = self._job(session, lease, now, report)
            if job is not None:
                return job

    def _job(
        self, session: Session, lease: Lease, now: datetime, report: DispatchReport
    ) -> _Job | None:
        """The leased delivery as a job, or None once a silence has suppressed it."""
        row = session.get_one(tables.Delivery, lease.delivery_id)
        alert = to_alert(session.get_one(tables.Alert, row.alert_id))
        if silence := silences.silencing(session, alert, now):
            decision = next_delivery(
                Attempt.SILENCED, row.attempts, row.created_at, now, self.settings
            )
            outcome = deliveries.Outcome(decision.status, f"silenced by #{silence.id}", 0.0)
            if deliveries.record(session, lease, now, outcome):
                report.count(decision.status)
            return None
        return _Job(lease, row.channel, alert, row.attempts, row.created_at)

    def _digest(self, channel: str, minutes: float, report: DispatchReport) -> None:
        with self.sessions.begin() as session:
            now = self.clock.now()
            oldest = deliveries.oldest_pending(session, channel)
            if oldest is None or now - oldest < timedelta(minutes=minutes):
                return
            due = deliveries.due_ids(session, now, self.settings.batch_size, only=[channel])
        jobs = []
        for delivery_id in due:
            with self.sessions.begin() as session:
                now = self.clock.now()
                lease = deliveries.claim(session, delivery_id, now, self._lease)
                if lease is not None and (job := self._job(session, lease, now, report)):
                    jobs.append(job)
        if jobs:
            self._send(jobs, channel, report)

    def _send(self, jobs: Sequence[_Job], channel: str, report: DispatchReport) -> None:
        started = time.monotonic()
        with self._renewing([job.lease for job in jobs]):
            attempt, detail = self._attempt(jobs, channel)
        elapsed = (time.monotonic() - started) * 1000
        now = self.clock.now()
        for job in jobs:
            self._record(job, attempt, detail, elapsed, now, report)

    @contextmanager
    def _renewing(self, leases: Sequence[Lease]) -> Iterator[None]:
        """Keep the leases alive while the send runs: a kill lets them lapse within
        `lease_seconds`, however long the send itself may take."""
        stop = threading.Event()
        every = min(self.settings.lease_seconds / 3, RENEW_EVERY_MAX_SECONDS)

        def heartbeat() -> None:
            while not stop.wait(every):
                try:
                    with self.sessions.begin() as session:
                        now = self.clock.now()
                        for lease in leases:
                            deliveries.renew(session, lease, now, self._lease)
                except SQLAlchemyError as exc:
                    log.warning("could not renew a delivery lease: %s", type(exc).__name__)

        beat = threading.Thread(target=heartbeat, name="delivery-lease", daemon=True)
        beat.start()
        try:
            yield
        finally:
            stop.set()
            beat.join()

    def _record(
        self,
        job: _Job,
        attempt: Attempt,
        detail: str | None,
        elapsed: float,
        now: datetime,
        report: DispatchReport,
    ) -> None:
        jitter = self._rng.uniform(0.8, 1.2)
        decision = next_delivery(attempt, job.attempts, job.created_at, now, self.settings, jitter)
        detail = decision.detail(detail)
        outcome = deliveries.Outcome(decision.status, detail, elapsed, decision.next_at)
        with self.sessions.begin() as session:
            held = deliveries.record(session, job.lease, now, outcome)
        if not held:
            report.lost()
            log.warning(
                "delivery %s (alert %s via %s): lease lost while sending; outcome %s not "
                "recorded (another worker has it)",
                job.delivery_id,
                job.alert.id,
                job.channel,
                decision.status.value,
            )
            return
        report.count(decision.status, (now - job.alert.fired_at).total_seconds() * 1000)
        log.info(
            "delivery %s (alert %s via %s): %s (%s) %s",
            job.delivery_id,
            job.alert.id,
            job.channel,
            decision.status.value,
            decision.reason,
            detail or "",
        )

    def _attempt(self, jobs: Sequence[_Job], name: str) -> tuple[Attempt, str | None]:
        channel = self.channels.get(name)
        if channel is None:
            return Attempt.RETRYABLE, f"channel {name!r} is not configured"
        try:
            if len(jobs) > 1:
                return Attempt.DELIVERED, channel.send_many([j.alert for j in jobs])
            return Attempt.DELIVERED, channel.send(jobs[0].alert, jobs[0].delivery_id)
        except DeliveryError as exc:
            return attempt_of(exc), redact_text(str(exc))
        except Exception as exc:  # a bug in a channel must not kill the dispatcher
            log.exception("channel %s crashed", name)
            return Attempt.RETRYABLE, redact_text(f"{type(exc).__name__}: {exc}")
