"""Nil debt takes the report's own dollar (holdout t2-dmgi-2022-fy).

"All monetary references are in Canadian {Dollars} except specified in any other case. …
Sturdy steadiness sheet at fiscal year-end with $10.5 million in money and digital forex with no
debt" (a spun rewrite of DMG's release): a nil has no currency of its own, and the label follows
the release's stated convention (CAD). The notice is read in the wordings issuers use; with no
notice, or a U.S. dollar one, nil debt stays USD.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2023, 1, 31)
BODY = (
    "\nLatest Highlights\n"
    "- Strong balance sheet at year-end with $10.5 million in cash and digital currency with no "
    "debt\n"
)


def _nil_units(text: str) -> set[tuple[Decimal | None, str | None]]:
    found = extract_text(text, published=PUBLISHED)
    return {(item.value, item.unit) for item in found if item.metric == "debt_total_usd"}


NOTICES = [
    ("All monetary references are in Canadian {Dollars} except specified in any other case.",
     "CAD"),
    ("All financial references are in Canadian dollars unless otherwise specified.", "CAD"),
    ("All monetary amounts are in Canadian dollars unless otherwise stated.", "CAD"),
    ("All figures are expressed in Australian dollars unless otherwise noted.", "AUD"),
    # Look-alikes: a U.S. dollar notice, and none at all.
    ("All amounts are in U.S. dollars unless otherwise stated.", "USD"),
    ("The company reports its results for the fiscal year.", "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("notice", "unit"), NOTICES)
def test_nil_debt_in_the_reports_dollar(notice: str, unit: str) -> None:
    text = "DMG Blockchain Solutions announces its fiscal year results. " + notice + BODY
    assert _nil_units(text) == {(Decimal(0), unit)}
