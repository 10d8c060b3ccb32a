"""Which periods a bound and an exact figure share (`bounds._overlapping`)."""

from __future__ import annotations

import pytest

from monitor.extract.bounds import _overlapping


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2025-Q2", "2025-06", True),
        ("2025-Q2", "2025-06-30", True),
        ("2025", "2025-04", True),
        ("2025-04-15", "2025-04-30", True),  # a day counts as its month
        ("2025-H1", "2025-Q2", True),
        ("2025-9M", "2025-Q3", True),
        # near-misses
        ("2025-Q2", "2025-03-31", False),
        ("2025-Q2", "2025-Q3", False),
        ("2024", "2025-01", False),
        (None, "2025-06", False),  # a missing period overlaps nothing
        ("2025-06", None, False),
        (None, None, False),
    ],
)
def test_periods_overlap_by_containment(
    first: str | None, second: str | None, expected: bool
) -> None:
    assert _overlapping(first, second) is expected
