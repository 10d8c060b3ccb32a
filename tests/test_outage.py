"""DatabaseWatch: one line when the database goes, one when every job that failed works again;
a disk that is full for writes but fine for reads must not make it flap."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.outage import DatabaseWatch
from monitor.store import gaps


def disk_full() -> None:
    raise OperationalError("INSERT INTO events …", {}, Exception("database or disk is full"))


def test_reads_that_work_while_writes_fail_do_not_end_the_outage(
    sessions: sessionmaker[Session], clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="monitor.outage")
    watch = DatabaseWatch(sessions, clock)
    for _ in range(40):  # a poll that writes fails; a dispatch with nothing due succeeds
        assert watch.run("poll btc", disk_full, source_id="btc") is None
        assert watch.run("dispatch", lambda: 0) == 0
        clock.advance(timedelta(seconds=1))
    assert watch.down
    assert [r.getMessage() for r in caplog.records] == [
        "database unavailable (Exception: database or disk is full): polls are not stored and "
        "deliveries wait; nothing more is logged about it until it is back"
    ]
    assert watch.run("poll btc", lambda: "stored", source_id="btc") == "stored"
    assert not watch.down
    lines = [r.getMessage() for r in caplog.records][1:]
    assert lines == [
        "source btc: 40 polls from 2026-02-09T14:00:00+00:00 to 2026-02-09T14:00:39+00:00 "
        "could not be stored (Exception: database or disk is full); gap recorded",
        "database is back after 40 s (40 jobs failed meanwhile)",
    ]
    with sessions() as session:
        (gap,) = gaps.of_source(session, "btc")
    assert (gap.polls_lost, gap.reason) == (40, "Exception: database or disk is full")


def test_other_errors_are_not_the_watchs_business(
    sessions: sessionmaker[Session], clock: ManualClock
) -> None:
    watch = DatabaseWatch(sessions, clock)
    with pytest.raises(ZeroDivisionError):
        watch.run("poll x", lambda: 1 / 0)
    assert not watch.down
