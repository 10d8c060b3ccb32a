"""A holding its sentence ties to a calendar year that has ended is at the year's last day.

Class (holdout first-run miss d-abtc-2025-fy: "closed 2025 with a $153 million net loss … At the
same time, the company's bitcoin stack moved above 6,000 BTC" -> btc_held 6000 at 2025-12-31):
README decided case 14 dates a holding tied to a named period at that period's last day (month,
quarter or year); a bare year was kept as the label ("2025"), which no stock figure takes. The
year is tied by the holding's own sentence ("In 2025, …") or by an opening "At the same time" /
"Meanwhile" after a sentence about the year.
Kept: a fiscal year (its last day is the issuer's, not 31 December), a year not yet ended at
publication, and a holding whose sentence names no period in an annual report (the report's
label, case 14). Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

HELD = "btc_held"

# (text, entity, published, expected btc_held (value, period))
CASES: list[tuple[str, str, str, set[tuple[object, str | None]]]] = [
    (
        "In 2025, the company's bitcoin stack grew to 6,000 BTC.",
        "ABTC",
        "2026-02-26",
        {(6000.0, "2025-12-31")},
    ),
    (
        "Acme's $153M 2025 Loss vs. 6,000+ BTC Treasury\n"
        "Acme closed 2025 with a $153 million net loss despite $185.2 million in revenue. At the "
        "same time, the company's bitcoin stack moved above 6,000 BTC. Over 2025 it added "
        "miners in Texas.",
        "ABTC",
        "2026-02-26",
        {(6000.0, "2025-12-31")},
    ),
    (
        "During 2024 the miner's bitcoin reserve climbed to 1,250 BTC.",
        "ACME",
        "2025-03-10",
        {(1250.0, "2024-12-31")},
    ),
    # kept as before: a fiscal year, a year still running
    (
        "For fiscal 2025, its bitcoin holdings rose to 600 BTC.",
        "IREN",
        "2025-09-10",
        {(600.0, "2025")},
    ),
    (
        "In 2026 the company's bitcoin stack has grown to 6,500 BTC so far.",
        "ABTC",
        "2026-05-10",
        {(6500.0, "2026")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_holding_at_year_close(
    text: str, entity: str, published: str, expected: set[tuple[object, str | None]]
) -> None:
    assert metric_found(text, entity, published, HELD) == expected
