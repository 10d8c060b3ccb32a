"""Nil debt in a headline that names its report's month (README "Periods": a stock with no date
at all takes the report's period label; a month named for the stock itself, its last day).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, total

MAY = dt.date(2025, 5, 2)


def test_headline_month_names_the_report_not_the_nil() -> None:
    text = (
        "Acme Mining Keeps Debt-Free Balance Sheet and Reports April 2025 Production Results\n"
        "Acme Mining mined 41 BTC in April 2025.\n"
    )
    assert debt_facts(text, published=MAY, entity="ACME") == {total("0", "2025-04")}


def test_nil_stated_for_the_month_takes_its_last_day() -> None:
    text = (
        "Acme Mining Reports April 2025 Production Results\n"
        "Acme Mining mined 41 BTC in April 2025 and had no debt at the end of April 2025.\n"
    )
    assert debt_facts(text, published=MAY, entity="ACME") == {total("0", "2025-04-30")}
