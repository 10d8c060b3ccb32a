"""The queue as `monitor sources` and /metrics show it: jobs waiting and running per task,
how long a job waited to start (over the last RETAIN), and the jobs each live worker ran.
Nothing to show (None) on SQLite or before the queue's schema is installed."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from monitor.cluster.queue import RETAIN, STALLED_AFTER_SECONDS
from monitor.web.prometheus import Family

BY_STATUS = """
SELECT task_name, status::text, count(*) FROM procrastinate_jobs
WHERE status IN ('todo', 'doing') GROUP BY task_name, status
"""
# Waits from deferral to start, of the jobs started within the window.
WAITS = """
SELECT j.task_name,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.at - d.at)),
       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM s.at - d.at)),
       count(*)
FROM procrastinate_jobs j
JOIN procrastinate_events d ON d.job_id = j.id AND d.type = 'deferred'
JOIN procrastinate_events s ON s.job_id = j.id AND s.type = 'started'
WHERE s.at > now() - make_interval(secs => :window)
GROUP BY j.task_name
"""
PER_WORKER = """
SELECT w.id, count(j.id) FROM procrastinate_workers w
LEFT JOIN procrastinate_jobs j ON j.worker_id = w.id
WHERE w.last_heartbeat > now() - make_interval(secs => :stalled)
GROUP BY w.id
"""


@dataclass
class QueueFigures:
    waiting: dict[str, int] = field(default_factory=dict)  # task → jobs queued
    running: dict[str, int] = field(default_factory=dict)  # task → jobs running
    wait_p50: dict[str, float] = field(default_factory=dict)  # task → seconds
    wait_p95: dict[str, float] = field(default_factory=dict)
    started: dict[str, int] = field(default_factory=dict)  # task → jobs started in the window
    per_worker: dict[int, int] = field(default_factory=dict)  # live worker → jobs it holds

    def lines(self) -> list[str]:
        """For `monitor sources`."""
        tasks = sorted(set(self.waiting) | set(self.running) | set(self.started))
        lines = [f"queue: {len(self.per_worker)} workers alive"]
        for task in tasks:
            wait = (
                f"; waited {self.wait_p50[task]:.1f} s (p50), {self.wait_p95[task]:.1f} s (p95)"
                f" over {self.started[task]} started in the last {_minutes()} min"
                if task in self.started
                else ""
            )
            lines.append(
                f"  {task}: {self.waiting.get(task, 0)} waiting, "
                f"{self.running.get(task, 0)} running{wait}"
            )
        for worker, jobs in sorted(self.per_worker.items()):
            lines.append(f"  worker {worker}: {jobs} jobs in the last {_minutes()} min")
        return lines


def _minutes() -> int:
    return int(RETAIN.total_seconds() // 60)


def queue_figures(session: Session) -> QueueFigures | None:
    if session.get_bind().dialect.name != "postgresql":
        return None
    if session.scalar(text("SELECT to_regclass('procrastinate_jobs')")) is None:
        return None
    figures = QueueFigures()
    for task, status, count in session.execute(text(BY_STATUS)):
        (figures.waiting if status == "todo" else figures.running)[task] = count
    for task, p50, p95, count in session.execute(text(WAITS), {"window": RETAIN.total_seconds()}):
        figures.wait_p50[task], figures.wait_p95[task] = float(p50), float(p95)
        figures.started[task] = count
    for worker, count in session.execute(text(PER_WORKER), {"stalled": STALLED_AFTER_SECONDS}):
        figures.per_worker[worker] = count
    return figures


def queue_families(session: Session) -> list[Family]:
    """/metrics: nothing on SQLite; on PostgreSQL the queue's gauges."""
    figures = queue_figures(session)
    if figures is None:
        return []
    jobs = Family("monitor_queue_jobs", "gauge", "Jobs in the task queue, by task and state.")
    for state, counts in (("waiting", figures.waiting), ("running", figures.running)):
        for task, count in sorted(counts.items()):
            jobs.add(count, {"task": task, "state": state})
    wait = Family(
        "monitor_queue_wait_seconds",
        "gauge",
        f"How long jobs waited from deferral to start, over the last {_minutes()} minutes "
        "(quantile 0.5 and 0.95), by task.",
    )
    for task in sorted(figures.started):
        wait.add(figures.wait_p50[task], {"task": task, "quantile": "0.5"})
        wait.add(figures.wait_p95[task], {"task": task, "quantile": "0.95"})
    workers = Family(
        "monitor_worker_jobs",
        "gauge",
        f"Jobs run (or running) by each live worker, over the last {_minutes()} minutes.",
    )
    for worker, count in sorted(figures.per_worker.items()):
        workers.add(count, {"worker": str(worker)})
    return [jobs, wait, workers]
