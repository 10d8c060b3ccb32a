"""Publication dates as listing pages print them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from monitor.sources.dates import parse_published

NEW_YORK = ZoneInfo("America/New_York")

CASES = [
    # PR Newswire cards: ET in winter is UTC-5, in summer UTC-4.
    ("Feb 09, 2026, 06:00 ET", datetime(2026, 2, 9, 11, 0)),
    ("Jul 01, 2025, 06:00 ET", datetime(2025, 7, 1, 10, 0)),
    ("Nov. 6, 2025, 8:30 AM EST", datetime(2025, 11, 6, 13, 30)),
    ("Nov 6, 2025 4:05 p.m. ET", datetime(2025, 11, 6, 21, 5)),
    ("Date: 2025-09-05", datetime(2025, 9, 5, 4, 0)),  # midnight in the default zone
    ("2026-02-09T06:00:00-05:00", datetime(2026, 2, 9, 11, 0)),
    ("2026-02-09T11:00:00Z", datetime(2026, 2, 9, 11, 0)),
    ("2026-02-09 06:00", datetime(2026, 2, 9, 11, 0)),
    ("February 3, 2026", datetime(2026, 2, 3, 5, 0)),
    ("3 February 2026 09:15 GMT", datetime(2026, 2, 3, 9, 15)),
    ("September 5th, 2025", datetime(2025, 9, 5, 4, 0)),
    ("02/09/2026", datetime(2026, 2, 9, 5, 0)),  # US order: month first
    ("Posted on 2026-01-05 at 07:00 +08:00", datetime(2026, 1, 4, 23, 0)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates_are_read_in_utc(text: str, expected: datetime) -> None:
    assert parse_published(text, NEW_YORK) == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text", [None, "", "Read more", "Q4 2025 results", "2026-02-30", "Mayor 5, 2026"]
)
def test_no_date_is_none(text: str | None) -> None:
    assert parse_published(text, NEW_YORK) is None


def test_the_default_zone_applies_only_without_a_zone() -> None:
    hong_kong = ZoneInfo("Asia/Hong_Kong")
    assert parse_published("2026-02-09 08:00", hong_kong) == datetime(2026, 2, 9, 0, 0, tzinfo=UTC)
    assert parse_published("2026-02-09 08:00 ET", hong_kong) == datetime(
        2026, 2, 9, 13, 0, tzinfo=UTC
    )
