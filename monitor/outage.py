"""The database going away, seen from the scheduler's jobs: one line when it goes, one when it
is back, and the polls that could not be stored recorded as gaps once it is.

While the database is away (PostgreSQL cut, SQLite disk full or locked for good) every job
fails the same way; a traceback per job made 14,000 log lines of one fact. `DatabaseWatch.run`
wraps a job: a database error is logged once at the change of state (with its class and first
line, no traceback), counted while it lasts, and on the first job that succeeds again one line
says how long it lasted. Each source whose polls failed meanwhile gets a `source_gaps` row —
when, how many polls, why — written by its first poll that is stored again, because whatever
crossed a threshold then was never seen, and `monitor sources` and the web page must say so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

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
    """Runs the scheduler's jobs; says when the database goes and when it is back.

    "Back" means every job that failed meanwhile has succeeded again: with SQLite's disk
    full, reads (a dispatch with nothing due) still succeed while every write fails, so one
    successful job proves nothing.
    """

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self._down_since: datetime | None = None
        self._failures = 0
        self._failing: set[str] = set()
        self._gaps: dict[str, _Gap] = {}
        self._lock = threading.Lock()

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def run(self, name: str, job: Callable[[], T], *, source_id: str | None = None) -> T | None:
        """Run `job`; a database error is noted (not raised), and None returned."""
        try:
            result = job()
        except SQLAlchemyError as exc:
            self._failed(name, exc, source_id)
            return None
        self._succeeded(name, source_id)
        return result

    def _failed(self, name: str, exc: SQLAlchemyError, source_id: str | None) -> None:
        now, reason = self.clock.now(), describe(exc)
        with self._lock:
            self._failures += 1
            self._failing.add(name)
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

    def _succeeded(self, name: str, source_id: str | None) -> None:
        with self._lock:
            gap = self._gaps.get(source_id) if source_id is not None else None
        if gap is not None:
            self._record(source_id or "", gap)
        with self._lock:
            self._failing.discard(name)
            if self._down_since is None or self._failing:
                return
            since, failures = self._down_since, self._failures
            self._down_since, self._failures = None, 0
        lasted = (self.clock.now() - since).total_seconds()
        log.warning("database is back after %.0f s (%d jobs failed meanwhile)", lasted, failures)

    def _record(self, source_id: str, gap: _Gap) -> None:
        """Store the source's gap now that its poll could be stored; kept if that fails."""
        try:
            with self.sessions.begin() as session:
                gaps.record(session, source_id, gap.started_at, gap.ended_at, gap.polls, gap.reason)
        except SQLAlchemyError:
            return  # the next successful poll tries again
        with self._lock:
            if self._gaps.get(source_id) is gap:
                del self._gaps[source_id]
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
