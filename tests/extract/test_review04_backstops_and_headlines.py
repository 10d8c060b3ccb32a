"""Review of the backstop, preferred-equity, summary-headline and trailing-window readers.

Each wording was found by the session's review on the new readers: a loan drawn on a backstop
facility, notes bought by backstop parties, a loan that also names preferred stock, a headline
whose closing is still to come, and "twelve months up to" a year-end. Expected values follow the
README: a drawn or borrowed amount is new debt (decided case 19), only done deals are figures
(case 6), a backstop as the amount's own noun is no debt (the backstop reader's rule).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract

_PUBLISHED = dt.date(2025, 11, 14)
_SUMMARY = "Item codes: 1.01, 2.03 LLM model: deepseek-v4-flash:cloud@v2 "
_RULE = " ------------------------ - Notes mature Nov 30, 2027."

# (entity, text, the figures it holds: (metric, value, period))
CASES = [
    (
        "BITF",
        "Bitfarms drew $50 million on the backstop facility in October to repay the "
        "convertible notes.",
        {("debt_issued_usd", "50000000", "2025-10")},
    ),
    (
        "HUT",
        "In October the Company borrowed $75 million under the backstop facility.",
        {("debt_issued_usd", "75000000", "2025-10")},
    ),
    (
        "BITF",
        "In October, Bitfarms borrowed $100 million to backstop the repayment of its 2026 "
        "convertible notes.",
        {("debt_issued_usd", "100000000", "2025-10")},
    ),
    (
        "CIFR",
        "Cipher closed $1.4 billion of Google backstop-supported senior secured notes on "
        "November 13, 2025.",
        {("debt_issued_usd", "1400000000", "2025-11")},
    ),
    (
        "CORZ",
        "On emergence, the backstop parties purchased $150 million of new secured "
        "convertible notes issued by the Company.",
        {("debt_issued_usd", "150000000", "2025-11")},
    ),
    (
        "BTDR",
        "In March 2024 the Company borrowed $10 million from Bitmain, convertible into "
        "Series A preferred shares.",
        {("debt_issued_usd", "10000000", "2024-03")},
    ),
    (
        "BTDR",
        "Bitdeer secured a $50 million loan from Tether and issued Series B preferred stock "
        "in March 2024.",
        {("debt_issued_usd", "50000000", "2024-03")},
    ),
    # near misses: the backstop itself, a preferred-equity draw, a headline of a deal done
    ("CIFR", "Backstop debt of $1.4B amortizes over lease.", set()),
    (
        "WULF",
        "Google provides a $3.2 billion backstop from its balance sheet for the lease.",
        set(),
    ),
    (
        "APLD",
        "Applied Digital closes initial draw from $5B Macquarie preferred equity facility.",
        set(),
    ),
    (
        "GPUS",
        _SUMMARY + "Hyperscale Data issues $12.768M convertible notes at 12.5% with JGB "
        "Capital" + _RULE,
        {("debt_issued_usd", "12768000", "2025-11")},
    ),
    (
        "GPUS",
        _SUMMARY + "Hyperscale Data issues $50M notes; closing expected Dec 3, 2025" + _RULE,
        set(),
    ),
    (
        "GREE",
        "Greenidge mined 1,186 Bitcoin in the twelve months leading up to Feb 28th, 2021.",
        set(),
    ),
]


@pytest.mark.parametrize(("entity", "text", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_the_figures_read(entity: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = extract(text, content_type="text/plain", published=_PUBLISHED, entity=entity)
    assert {(item.metric, str(item.value), item.period) for item in found} == expected


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("IREN", "IREN mined 4,191 Bitcoin in the 12 months up to 30 June 2024.", "4191"),
        ("ARBK", "Argo mined 1,760 Bitcoin in the twelve months up to 31 December 2024.", "1760"),
    ],
)
def test_twelve_months_up_to_a_date_is_not_a_trailing_window(
    entity: str, text: str, value: str
) -> None:
    # "up to" a year-end names the year, as "to" and "ended" do ("leading up to" a day is a
    # trailing window): the figure is kept (its period is the year-end's month for now)
    found = extract(text, content_type="text/plain", published=_PUBLISHED, entity=entity)
    assert [(item.metric, str(item.value)) for item in found] == [("btc_produced", value)]
