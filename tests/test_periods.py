"""Period labels: parsing, coarsening and the previous period."""

from __future__ import annotations

import pytest

from monitor.vocabulary.periods import Period
from monitor.vocabulary.periods import rule_period as parse

CASES = [
    # (label, granularity asked, parsed label, previous label)
    ("2026-01", None, "2026-01", "2025-12"),
    ("2026-03", "quarter", "2026-Q1", "2025-Q4"),
    ("2025-Q3", None, "2025-Q3", "2025-Q2"),
    ("2025-Q1", "quarter", "2025-Q1", "2024-Q4"),
    ("2025", None, "2025", "2024"),
    ("2025-12-31", "quarter", "2025-Q4", "2025-Q3"),
    ("2025-12-31", None, "2025-12", "2025-11"),
    ("2025-Q2", "year", "2025", "2024"),
]


@pytest.mark.parametrize(("label", "granularity", "parsed", "previous"), CASES)
def test_parse_and_previous(
    label: str, granularity: str | None, parsed: str, previous: str
) -> None:
    period = parse(label, granularity)  # type: ignore[arg-type]
    assert period is not None
    assert (str(period), str(period.previous())) == (parsed, previous)


@pytest.mark.parametrize(
    ("label", "granularity"),
    [
        ("2025", "quarter"),
        ("2025-Q4", "month"),
        ("2026-13", None),
        ("Feb 2026", None),
        ("", None),
        (None, None),
        ("2025-02-30", None),
    ],
)
def test_unusable_labels_give_none(label: str | None, granularity: str | None) -> None:
    assert parse(label, granularity) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "longer_than_half"),
    [
        ("2025", True),
        ("2025-9M", True),
        ("2025-H2", False),
        ("2025-Q3", False),
        ("2025-09", False),
        ("2025-09-30", False),
    ],
)
def test_longer_than_half_names_no_part_of_the_year(label: str, longer_than_half: bool) -> None:
    period = Period.parse(label)
    assert period is not None
    assert period.is_longer_than_half is longer_than_half
    # the same as asking for each part in turn, as the readers used to
    assert longer_than_half is (period.month is None and period.quarter is None and not period.half)
