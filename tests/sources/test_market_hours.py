"""Market hours: NYSE sessions, weekends, holidays, early closes, DST, and overrides."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import yaml

from monitor.sources.market_hours import MarketHours

NEW_YORK = ZoneInfo("America/New_York")
NYSE = MarketHours()


def et(text: str) -> datetime:
    """A New York wall-clock time, as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=NEW_YORK).astimezone(UTC)


OPEN_CASES = [
    ("2026-02-09 09:29:59", False),  # Monday, before the bell
    ("2026-02-09 09:30:00", True),
    ("2026-02-09 15:59:59", True),
    ("2026-02-09 16:00:00", False),  # the close is not in the session
    ("2026-02-07 12:00:00", False),  # Saturday
    ("2026-02-08 12:00:00", False),  # Sunday
    ("2026-02-16 12:00:00", False),  # Presidents' Day
    ("2026-04-03 12:00:00", False),  # Good Friday
    ("2026-07-03 12:00:00", False),  # Independence Day observed (the 4th is a Saturday)
    ("2026-11-26 12:00:00", False),  # Thanksgiving
    ("2026-11-27 12:59:00", True),  # the day after: early close at 13:00
    ("2026-11-27 13:00:00", False),
    ("2025-11-17 10:00:00", True),  # the day Cango's quote changed unit: a normal session
    ("2026-03-09 09:30:00", True),  # first Monday of daylight saving: 13:30 UTC
    ("2026-03-06 09:30:00", True),  # the Friday before: 14:30 UTC
]


@pytest.mark.parametrize(("local", "is_open"), OPEN_CASES)
def test_is_open(local: str, is_open: bool) -> None:
    assert NYSE.is_open(et(local)) is is_open


def test_session_times_follow_daylight_saving() -> None:
    assert NYSE.session(date(2026, 3, 6)) == (
        datetime(2026, 3, 6, 14, 30, tzinfo=UTC),
        datetime(2026, 3, 6, 21, 0, tzinfo=UTC),
    )
    assert NYSE.session(date(2026, 3, 9)) == (
        datetime(2026, 3, 9, 13, 30, tzinfo=UTC),
        datetime(2026, 3, 9, 20, 0, tzinfo=UTC),
    )


LAST_CLOSE_CASES = [
    ("2026-02-09 17:00:00", "2026-02-09 16:00:00"),  # Monday evening: today's close
    ("2026-02-09 08:00:00", "2026-02-06 16:00:00"),  # Monday morning: Friday's
    ("2026-02-09 12:00:00", "2026-02-06 16:00:00"),  # during a session: the previous one
    ("2026-02-17 08:00:00", "2026-02-13 16:00:00"),  # after the Presidents' Day weekend
    ("2026-11-28 10:00:00", "2026-11-27 13:00:00"),  # an early close
]


@pytest.mark.parametrize(("local", "closed_at"), LAST_CLOSE_CASES)
def test_last_close(local: str, closed_at: str) -> None:
    assert NYSE.last_close(et(local)) == et(closed_at)


def test_a_configured_calendar_replaces_the_default() -> None:
    doc = yaml.safe_load(
        """
        timezone: Asia/Hong_Kong
        open: "09:30"
        close: 16:00
        days: [mon, tue, wed, thu, fri]
        holidays: [2026-02-17]
        early_closes: {2026-02-16: 12:00}
        """
    )
    hong_kong = MarketHours.model_validate(doc)
    assert hong_kong.close == time(16, 0)  # YAML read 16:00 as 960; it is still 4 pm
    assert hong_kong.early_closes == {date(2026, 2, 16): time(12, 0)}
    hk = ZoneInfo("Asia/Hong_Kong")
    assert not hong_kong.is_open(datetime(2026, 2, 17, 10, 0, tzinfo=hk))
    assert hong_kong.is_open(datetime(2026, 2, 16, 11, 59, tzinfo=hk))
    assert not hong_kong.is_open(datetime(2026, 2, 16, 12, 0, tzinfo=hk))


@pytest.mark.parametrize(
    "bad", [{"timezone": "Nowhere/Else"}, {"days": ["monday"]}, {"opens": "09:30"}]
)
def test_bad_calendars_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        MarketHours.model_validate(bad)
