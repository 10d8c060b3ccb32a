"""The queue of due polls (monitor/poll_queue.py): shortest interval first, then first due;
a slot folded into a poll that has not started is counted, a slot that comes while its
source's poll runs waits for it, and a close drops everything not started. No threads, no
clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.poll_queue import PollQueue

T = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
FAST, SLOW = timedelta(seconds=10), timedelta(minutes=15)


def seconds(n: float) -> datetime:
    return T + timedelta(seconds=n)


def taken_keys(queue: PollQueue[str], count: int) -> list[str]:
    keys = []
    for _ in range(count):
        due = queue.take()
        assert due is not None
        keys.append(due.key)
        queue.done(due.key)
    return keys


def test_a_short_interval_poll_goes_before_a_burst_of_long_interval_ones() -> None:
    queue: PollQueue[str] = PollQueue()
    # 1,000 first polls of 15-minute sources, due over the last 20 s (the burst is behind).
    for n in range(1000):
        queue.offer(f"page-{n}", "poll", seconds(n / 50), SLOW)
    # A 10-second source's slot comes now: it would miss its next one in 10 s.
    queue.offer("alert-0", "poll", seconds(20), FAST)
    assert taken_keys(queue, 3) == ["alert-0", "page-0", "page-1"]


def test_polls_of_one_interval_start_in_the_order_they_fell_due() -> None:
    """So in a backlog each waits about as long as the backlog, none until its next slot."""
    queue: PollQueue[str] = PollQueue()
    for key in ("b", "a", "c"):
        queue.offer(key, "poll", seconds(0), MINUTE)
    queue.offer("d", "poll", seconds(-1), MINUTE)
    queue.offer("e", "poll", seconds(-30), SLOW)
    assert taken_keys(queue, 5) == ["d", "b", "a", "c", "e"]


def test_a_slot_that_comes_before_the_previous_poll_started_is_folded_and_counted() -> None:
    queue: PollQueue[str] = PollQueue()
    assert queue.offer("page-1", "slot 1", seconds(0), MINUTE) == 0
    assert queue.offer("page-1", "slot 2", seconds(10), MINUTE) == 1
    assert queue.waiting() == 1
    due = queue.take()
    assert due is not None
    # One poll serves the later slot (it fetches when it starts, after both).
    assert (due.key, due.work, due.run_time) == ("page-1", "slot 2", seconds(10))


def test_a_slot_that_comes_while_its_poll_runs_waits_for_it_and_is_not_missed() -> None:
    queue: PollQueue[str] = PollQueue()
    queue.offer("page-1", "slot 1", seconds(0), MINUTE)
    running = queue.take()
    assert running is not None
    assert queue.offer("page-1", "slot 2", seconds(10), MINUTE) == 0
    queue.offer("page-2", "slot 1", seconds(11), MINUTE)
    # page-1's second poll is held back while its first runs; page-2 does not wait for it.
    assert taken_keys(queue, 1) == ["page-2"]
    assert queue.waiting() == 1
    # A third slot before the second poll started: folded into it, counted.
    assert queue.offer("page-1", "slot 3", seconds(20), MINUTE) == 1
    queue.done("page-1")
    due = queue.take()
    assert due is not None and (due.key, due.run_time) == ("page-1", seconds(20))


def test_close_drops_what_has_not_started_and_releases_the_workers() -> None:
    queue: PollQueue[str] = PollQueue()
    queue.offer("running", "poll", seconds(0), MINUTE)
    assert queue.take() is not None
    queue.offer("running", "poll", seconds(10), MINUTE)  # waits for the running one
    for n in range(5):
        queue.offer(f"queued-{n}", "poll", seconds(n), MINUTE)
    assert queue.close() == 6
    assert queue.take() is None  # a worker asking now stops instead of waiting
    assert queue.offer("late", "poll", seconds(30), MINUTE) == 0
    queue.done("running")  # the poll in flight ends after the close: nothing requeued
    assert (queue.waiting(), queue.running()) == (0, 0)


def test_a_first_run_that_waits_until_the_first_slot_serves_both_and_misses_nothing() -> None:
    queue: PollQueue[str] = PollQueue()
    # The first run after a start is not a slot of the schedule: an extra, early poll.
    assert queue.offer("page-1", "first run", seconds(0), MINUTE, slot=False) == 0
    assert queue.offer("page-1", "slot 1", seconds(80), MINUTE) == 0
    due = queue.take()
    assert due is not None
    # Its lateness still runs from the first run's time, when it was due.
    assert (due.work, due.run_time, queue.waiting()) == ("slot 1", seconds(0), 0)
    queue.done("page-1")
    # Past the first run, a slot folded into a waiting slot's poll is missed as ever.
    queue.offer("page-1", "first run", seconds(300), MINUTE, slot=False)
    assert queue.offer("page-1", "slot 2", seconds(380), MINUTE) == 0
    assert queue.offer("page-1", "slot 3", seconds(530), MINUTE) == 1


def test_a_run_moved_by_hand_that_joins_a_waiting_slot_misses_nothing() -> None:
    queue: PollQueue[str] = PollQueue()
    queue.offer("page-1", "slot 1", seconds(0), MINUTE)
    # e.g. the demo wakes the source now: the poll waiting for slot 1 serves the wake too.
    assert queue.offer("page-1", "woken", seconds(5), MINUTE, slot=False) == 0
    due = queue.take()
    assert due is not None and (due.work, due.run_time) == ("woken", seconds(0))
