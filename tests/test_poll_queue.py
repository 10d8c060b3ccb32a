"""The queue of due polls (monitor/poll_queue.py): earliest deadline first, a slot folded
into a poll that has not started is counted, a slot that comes while its source's poll
runs waits for it, and a close drops everything not started. No threads, no clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.poll_queue import PollQueue

T = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)


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
        due = seconds(n / 50)
        queue.offer(f"page-{n}", "poll", due, due + timedelta(minutes=15))
    # A 10-second source's slot comes now: it must start before its next slot, in 10 s.
    queue.offer("alert-0", "poll", seconds(20), seconds(30))
    assert taken_keys(queue, 3) == ["alert-0", "page-0", "page-1"]


def test_polls_of_one_interval_start_in_the_order_they_were_due() -> None:
    queue: PollQueue[str] = PollQueue()
    for key in ("b", "a", "c"):
        queue.offer(key, "poll", seconds(0), seconds(60))
    queue.offer("d", "poll", seconds(-1), seconds(59))
    assert taken_keys(queue, 4) == ["d", "b", "a", "c"]


def test_a_slot_that_comes_before_the_previous_poll_started_is_folded_and_counted() -> None:
    queue: PollQueue[str] = PollQueue()
    assert queue.offer("page-1", "slot 1", seconds(0), seconds(10)) == 0
    assert queue.offer("page-1", "slot 2", seconds(10), seconds(20)) == 1
    assert queue.waiting() == 1
    due = queue.take()
    assert due is not None
    # One poll serves the later slot (it fetches when it starts, after both).
    assert (due.key, due.work, due.run_time) == ("page-1", "slot 2", seconds(10))


def test_a_slot_that_comes_while_its_poll_runs_waits_for_it_and_is_not_missed() -> None:
    queue: PollQueue[str] = PollQueue()
    queue.offer("page-1", "slot 1", seconds(0), seconds(10))
    running = queue.take()
    assert running is not None
    assert queue.offer("page-1", "slot 2", seconds(10), seconds(20)) == 0
    queue.offer("page-2", "slot 1", seconds(11), seconds(21))
    # page-1's second poll is held back while its first runs; page-2 does not wait for it.
    assert taken_keys(queue, 1) == ["page-2"]
    assert queue.waiting() == 1
    # A third slot before the second poll started: folded into it, counted.
    assert queue.offer("page-1", "slot 3", seconds(20), seconds(30)) == 1
    queue.done("page-1")
    due = queue.take()
    assert due is not None and (due.key, due.run_time) == ("page-1", seconds(20))


def test_close_drops_what_has_not_started_and_releases_the_workers() -> None:
    queue: PollQueue[str] = PollQueue()
    queue.offer("running", "poll", seconds(0), seconds(10))
    assert queue.take() is not None
    queue.offer("running", "poll", seconds(10), seconds(20))  # waits for the running one
    for n in range(5):
        queue.offer(f"queued-{n}", "poll", seconds(n), seconds(60))
    assert queue.close() == 6
    assert queue.take() is None  # a worker asking now stops instead of waiting
    assert queue.offer("late", "poll", seconds(30), seconds(40)) == 0
    queue.done("running")  # the poll in flight ends after the close: nothing requeued
    assert (queue.waiting(), queue.running()) == (0, 0)


def test_a_first_run_that_waits_until_the_first_slot_serves_both_and_misses_nothing() -> None:
    queue: PollQueue[str] = PollQueue()
    # The first run after a start is not a slot of the schedule: an extra, early poll.
    assert queue.offer("page-1", "first run", seconds(0), seconds(80), slot=False) == 0
    assert queue.offer("page-1", "slot 1", seconds(80), seconds(230)) == 0
    due = queue.take()
    assert due is not None
    # Its lateness still runs from the first run's time, when it was due.
    assert (due.work, due.run_time, queue.waiting()) == ("slot 1", seconds(0), 0)
    queue.done("page-1")
    # Past the first run, a slot folded into a waiting slot's poll is missed as ever.
    queue.offer("page-1", "first run", seconds(300), seconds(380), slot=False)
    assert queue.offer("page-1", "slot 2", seconds(380), seconds(530)) == 0
    assert queue.offer("page-1", "slot 3", seconds(530), seconds(680)) == 1


def test_a_run_moved_by_hand_that_joins_a_waiting_slot_misses_nothing() -> None:
    queue: PollQueue[str] = PollQueue()
    queue.offer("page-1", "slot 1", seconds(0), seconds(60))
    # e.g. the demo wakes the source now: the poll waiting for slot 1 serves the wake too.
    assert queue.offer("page-1", "woken", seconds(5), seconds(60), slot=False) == 0
    due = queue.take()
    assert due is not None and (due.work, due.run_time) == ("woken", seconds(0))
