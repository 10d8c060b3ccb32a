"""Slots (monitor/slots.py): first runs spread over the interval, jitter that does not drift,
late and missed runs accounted from the schedule. Pure arithmetic on given times: no clock."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from apscheduler.triggers.interval import IntervalTrigger

from monitor.slots import FIRST_RUN_SPACING, SlotTrigger, first_runs

START = datetime(2026, 12, 4, 9, 30, 7, tzinfo=UTC)


def test_first_runs_of_many_sources_are_spread_over_one_interval() -> None:
    interval = 900
    firsts = [
        SlotTrigger(f"page-{n}", interval, 5).get_next_fire_time(None, START) for n in range(5000)
    ]
    offsets = [(first - START).total_seconds() for first in firsts]
    # Every source polls within one interval (and its jitter) of the start …
    assert all(0 <= offset < interval + 5 for offset in offsets)
    per_minute = Counter(min(int(offset // 60), 14) for offset in offsets)
    assert len(per_minute) == 15  # … with no empty minute …
    assert max(per_minute.values()) < 2 * 5000 / 15  # … and no burst (all at once was 5,000)


@pytest.mark.parametrize("jitter", [0, 5, 40])
def test_jitter_does_not_drift(jitter: float) -> None:
    trigger = SlotTrigger("cango-prn", 60, jitter)
    fire = trigger.get_next_fire_time(None, START)
    assert fire is not None
    first = fire
    for k in range(1, 10_000):
        fire = trigger.get_next_fire_time(fire, fire)
        assert fire is not None
        # Each run is where the schedule puts it, however many jittered runs came before.
        on_schedule = first - (first - trigger.origin) % trigger.interval + k * trigger.interval
        assert timedelta(0) <= fire - on_schedule < timedelta(seconds=max(jitter, 1e-6))
    assert trigger.index(fire) - trigger.index(first) == 9_999


def test_apscheduler_interval_jitter_drifts_where_slots_do_not() -> None:
    """The defect the slots replace: IntervalTrigger adds the jitter to the previous jittered
    time, so after n runs a source is on average n × jitter/2 late."""
    drifting = IntervalTrigger(seconds=60, jitter=5, start_date=START, timezone=UTC)
    fire = drifting.get_next_fire_time(None, START)
    for _ in range(1000):
        fire = drifting.get_next_fire_time(fire, fire)
    assert fire - (START + 1000 * timedelta(seconds=60)) > timedelta(seconds=500)


def test_jitter_is_at_most_half_the_interval() -> None:
    trigger = SlotTrigger("fast", 10, 60)
    assert trigger.jitter_seconds == 5
    slots = [trigger.slot(k) for k in range(1000)]
    assert all(b - a > timedelta(seconds=4) for a, b in pairwise(slots))


def test_a_restart_keeps_the_slots() -> None:
    before = SlotTrigger("cango-prn", 900, 5)
    after = SlotTrigger("cango-prn", 900, 5)
    later = START + timedelta(hours=7, seconds=13)
    assert before.get_next_fire_time(None, later) == after.get_next_fire_time(None, later)
    assert SlotTrigger("other", 900, 5).origin != before.origin


def test_a_late_poll_is_followed_by_the_next_slot() -> None:
    trigger = SlotTrigger("page-1", 60, 5)
    ran = trigger.slot(100)
    # The process was stalled for three and a half intervals: the next slot is in the past
    # (APScheduler hands the executor every slot that has passed: it counts them).
    now = ran + timedelta(seconds=210)
    assert trigger.get_next_fire_time(ran, now) == trigger.slot(101)


def test_a_run_off_the_slots_is_followed_by_the_first_slot_half_an_interval_later() -> None:
    trigger = SlotTrigger("page-1", 60, 5)
    slot = trigger.slot(7)
    moved = slot + timedelta(seconds=20)  # e.g. the demo wakes a source between its slots
    assert trigger.get_next_fire_time(moved, moved) == trigger.slot(8)
    # A first run just before a slot: that slot would be a second poll within moments.
    just_before = trigger.slot(8) - timedelta(seconds=2)
    assert trigger.get_next_fire_time(just_before, just_before) == trigger.slot(9)
    assert [trigger.is_slot(t) for t in (slot, moved, just_before)] == [True, False, False]


def test_slots_of_ordinary_intervals_fall_on_whole_seconds() -> None:
    """So the polls due in one second start together and run back to back."""
    triggers = [SlotTrigger(f"page-{n}", 900, 5) for n in range(2000)]
    slots = [trigger.slot(k) for trigger in triggers for k in (0, 1, 17)]
    assert all(slot.microsecond == 0 for slot in slots)
    firsts = {trigger.slot(0) for trigger in triggers}
    assert len(firsts) <= 900 + 5  # 2,000 sources' first slots share at most 905 seconds
    fast = SlotTrigger("fast", 0.5)  # too short an interval for whole seconds
    assert fast.slot(1) - fast.slot(0) == timedelta(seconds=0.5)
    assert fast.origin.microsecond != 0


def test_first_runs_after_a_start_are_prompt_for_few_sources_and_spread_for_many() -> None:
    alone = first_runs({"btc-usd": SlotTrigger("btc-usd", 60, 5)}, START)
    assert alone == {"btc-usd": START}
    few = first_runs({f"s{n}": SlotTrigger(f"s{n}", 900, 5) for n in range(40)}, START)
    assert max(few.values()) - START <= timedelta(seconds=40 * FIRST_RUN_SPACING)
    triggers = {f"page-{n}": SlotTrigger(f"page-{n}", 150, 5) for n in range(5000)}
    many = first_runs(triggers, START)
    offsets = sorted((run - START).total_seconds() for run in many.values())
    assert offsets[0] == 0 and offsets[-1] < 150  # over the interval, not at once …
    per_second = Counter(int(offset) for offset in offsets)
    assert max(per_second.values()) <= 5000 / 150 + 1  # … and evenly: no second is a burst
    # From its first run on, a source keeps to its slots.
    trigger, first = triggers["page-7"], many["page-7"]
    following = trigger.get_next_fire_time(first, first)
    assert following is not None
    assert (
        trigger.interval / 2
        < following - first
        <= trigger.interval * 3 / 2 + timedelta(seconds=trigger.jitter_seconds)
    )
    assert following in {trigger.slot(trigger.index(first) + k) for k in range(3)}
