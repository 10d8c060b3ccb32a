"""What a worker's tasks do, synchronously, on the monitor the worker built: the same poll,
dispatch and deadline paths as `monitor run`, each through a DatabaseWatch (a database that
is away is a log line and a recorded gap, not a traceback)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from monitor.app import Monitor
from monitor.outage import DatabaseWatch
from monitor.pipeline import PollReport

log = logging.getLogger(__name__)


class ClusterJobs:
    def __init__(self, monitor: Monitor) -> None:
        self.monitor = monitor
        self.watch = DatabaseWatch(monitor.sessions, monitor.clock)
        late_after = monitor.settings.config.scheduler.late_after_seconds
        self.late_after = timedelta(seconds=late_after)

    def poll(self, source_id: str, slot: datetime, missed: int = 0) -> bool:
        """Poll a source for its slot (late if it starts too long after it, `missed` slots
        before it given to no poll); True if it raised alerts (to dispatch now)."""
        source = self.monitor.sources.get(source_id)
        if source is None or not source.config.enabled:  # this worker's config lacks it
            log.warning("poll %s: not an enabled source in this worker's config", source_id)
            return False
        late = int(self.monitor.clock.now() - slot > self.late_after)
        self.monitor.pipeline.slips.add(source_id, late=late, missed=missed)
        report = self.watch.run(
            f"poll {source_id}", lambda: self._poll(source_id), source_id=source_id
        )
        if report is None:
            return False
        for alert in report.alerts:
            log.warning(
                "ALERT #%s [%s] %s: %s", alert.id, alert.severity, alert.rule_id, alert.title
            )
        return bool(report.alerts)

    def _poll(self, source_id: str) -> PollReport:
        pipeline = self.monitor.pipeline
        # Its last poll may have run on another worker: start from the row as stored, not
        # from what this process saw (a stale row would have this poll's save refused).
        pipeline.states.forget(source_id)
        report = pipeline.poll_source(source_id)
        # And write its bookkeeping now, for the same reason: the next poll may run elsewhere.
        pipeline.flush_bookkeeping()
        return report

    def dispatch(self) -> None:
        self.watch.run("dispatch", self.monitor.dispatch)

    def deadlines(self) -> bool:
        report = self.watch.run("deadlines", self.monitor.check_deadlines)
        return report is not None and bool(report.alerts)


def slot_time(timestamp_ms: int) -> datetime:
    """A slot as the deferrer passes it (milliseconds since the epoch, so that sub-second
    intervals still have one slot each)."""
    return datetime.fromtimestamp(timestamp_ms / 1000, UTC)
