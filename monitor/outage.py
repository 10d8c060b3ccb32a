"""The database going away, seen from the scheduler's jobs: one line when it goes, one when it
is back, and the polls that could not be stored recorded as gaps once it is.

While the database is away (PostgreSQL cut, SQLite disk full or locked for good) every job
fails the same way; a traceback per job made 14,000 log lines of one fact. `DatabaseWatch.run`
wraps a job: a database error is logged once at the change of state (with its class and first
line, no traceback), counted while it lasts, and on the first job that succeeds again one line
says how long it lasted. Each source whose polls failed meanwhile gets a `source_gaps` row —
when, how many polls, why — because whatever crossed a threshold then was never seen, and
`monitor sources` and the web page must say so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import Clock
from monitor.store import gaps

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class _Gap:
    started_at: datetime
    ended_at: datetime
    polls: int
    reason: str


class DatabaseWatch:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self._down_since: datetime | None = None
        self._failures = 0
        self._gaps: dict[str, _Gap] = {}
        self._lock = threading.Lock()

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def run(self, job: Callable[[], T], *, source_id: str | None = None) -> T | None:
        """Run `job`; a database error is noted (not raised), and None returned."""
        try:
            result = job()
        except SQLAlchemyError as exc:
            self._failed(exc, source_id)
            return None
        self._succeeded()
        return result

    def _failed(self, exc: SQLAlchemyError, source_id: str | None) -> None:
        now, reason = self.clock.now(), describe(exc)
        with self._lock:
            self._failures += 1
            if source_id is not None:
                gap = self._gaps.setdefault(source_id, _Gap(now, now, 0, reason))
                gap.ended_at, gap.polls = now, gap.polls + 1
            if self._down_since is not None:
                return
            self._down_since = now
        log.warning(
            "database unavailable (%s): polls are not stored and deliveries wait; "
            "nothing more is logged about it until it is back",
            reason,
        )

    def _succeeded(self) -> None:
        if self._down_since is not None and not self._reachable():
            return  # the job did not need the database (nothing to write): still away
        with self._lock:
            since, failures = self._down_since, self._failures
            self._down_since, self._failures = None, 0
            pending = dict(self._gaps) if self._gaps else {}
        if since is not None:
            lasted = (self.clock.now() - since).total_seconds()
            log.warning(
                "database is back after %.0f s (%d jobs failed meanwhile)", lasted, failures
            )
        if pending:
            self._record(pending)

    def _reachable(self) -> bool:
        try:
            with self.sessions() as session:
                session.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def _record(self, pending: dict[str, _Gap]) -> None:
        try:
            with self.sessions.begin() as session:
                for source_id, gap in pending.items():
                    gaps.record(
                        session, source_id, gap.started_at, gap.ended_at, gap.polls, gap.reason
                    )
        except SQLAlchemyError as exc:  # away again: keep them for the next success
            self._failed(exc, None)
            return
        with self._lock:
            for source_id, gap in pending.items():
                if self._gaps.get(source_id) is gap:
                    del self._gaps[source_id]
        for source_id, gap in pending.items():
            log.warning(
                "source %s: %d polls from %s to %s could not be stored (%s); gap recorded",
                source_id,
                gap.polls,
                gap.started_at.isoformat(timespec="seconds"),
                gap.ended_at.isoformat(timespec="seconds"),
                gap.reason,
            )


def describe(exc: SQLAlchemyError) -> str:
    """The error's class and the first line of the driver's message (no SQL, no values)."""
    original = getattr(exc, "orig", None) or exc
    first = (str(original).strip().splitlines() or [""])[0][:200]
    return f"{type(original).__name__}: {first}" if first else type(original).__name__
