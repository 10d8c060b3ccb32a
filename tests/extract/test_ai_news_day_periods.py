"""AI deals told as the news of the day: a weekday, a present-tense headline, joined quarters.

t2-wulf-2024-12-core42-lease-news (published Monday 2024-12-23): "Terawulf Signs 70 MW AI
Hosting Lease to Diversify Bitcoin Mining / Realized hashrate dropped to 5.98 EH/s in November
/ … TeraWulf announced on Monday that it has entered into a data center lease with G42's U.S.
subsidiary Core42 and the infrastructure will be delivered in phases between Q1 and Q3 of
2025." -> ai_capacity_mw 70 and contract_signed, both 2024-12 (README "Periods": an event in
its month; the hashrate's November is another topic's).

1. "announced on Monday that …": a weekday dates the event to the latest such day on or before
   publication (its month), before the lead's month.
2. A first line telling a deal in the present tense ("Signs", "Inks", "Secures") is the news of
   the day: its capacity takes the publication month, not a month a later line names.
3. "between Q1 and Q3 of 2025": a quarter named without its year takes the year of the quarter
   joined to it (it was read as the latest Q1, 2024, and the contract dropped as recalled).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.periods import find_mentions

_WULF = (  # t2-wulf-2024-12-core42-lease-news (verbatim lines, abridged)
    "Terawulf Signs 70 MW AI Hosting Lease to Diversify Bitcoin Mining\n"
    "Realized hashrate dropped to 5.98 EH/s in November\n"
    "Bitcoin mining company TeraWulf is leasing over 70 megawatts (MW) of its data center "
    "capacity in New York to a subsidiary of UAE-based AI firm G42, supporting its growing AI "
    "operations.\n"
    "TeraWulf announced on Monday that it has entered into a data center lease with G42's U.S. "
    "subsidiary Core42 and the infrastructure will be delivered in phases between Q1 and Q3 of "
    "2025.\n"
    "Meanwhile, TeraWulf has been experiencing a decline in its Bitcoin mining output. Its "
    "realized hashrate dropped from 8.9 EH/s in August to just under 6 EH/s in November.\n"
)

# (text, entity, published, expected capacity {(MW, period)}, contract_signed periods)
CASES: list[tuple[str, str, str, set[tuple[float, str]], set[str]]] = [
    (_WULF, "WULF", "2024-12-23", {(70, "2024-12")}, {"2024-12"}),
    # variants: another weekday and company; a weekday in the month before publication
    (
        "Cipher said on Tuesday it has signed a 10-year lease with Fluidstack for HPC workloads, "
        "with delivery between Q2 and Q4 of 2026.\n",
        "CIFR",
        "2025-09-25",
        set(),
        {"2025-09"},
    ),
    (
        "Applied Digital announced on Friday that it has entered into a lease with CoreWeave for "
        "its AI workloads at Polaris Forge 2.\n",
        "APLD",
        "2025-12-02",
        set(),
        {"2025-11"},
    ),
    # a present-tense headline, a later line naming another topic's month
    (
        "Cipher Inks 168 MW AI Lease With Fluidstack\n"
        "Bitcoin mined fell to 160 BTC in August\n"
        "The lease covers 168 MW of critical IT load at Barber Lake, the company said on "
        "Thursday.\n",
        "CIFR",
        "2025-09-25",
        {(168, "2025-09")},
        {"2025-09"},
    ),
    # hard negatives: a month named before the weekday decides; a past month in the headline
    (
        "In November, TeraWulf entered into a data center lease with Core42 for AI workloads; "
        "the company confirmed the terms on Monday.\n",
        "WULF",
        "2024-12-23",
        set(),
        {"2024-11"},
    ),
    (
        "TeraWulf Signs 70 MW AI Hosting Lease in November\n"
        "The company shared the news with investors this week.\n",
        "WULF",
        "2024-12-23",
        {(70, "2024-11")},
        {"2024-11"},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "capacity", "signed"), CASES)
def test_news_day_periods(
    text: str, entity: str, published: str, capacity: set[tuple[float, str]], signed: set[str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    deals = {
        o.period or ""
        for o in found
        if o.metric == "ai_milestone" and o.detail == "contract_signed"
    }
    assert levels == {(float(mw), period) for mw, period in capacity}
    assert deals == signed


# (text, expected labels of the mentions) at a reference of 2024-12-23
JOINED: list[tuple[str, list[str]]] = [
    ("delivered in phases between Q1 and Q3 of 2025", ["2025-Q1", "2025-Q3"]),
    ("energized in Q2 and Q3 2025", ["2025-Q2", "2025-Q3"]),
    ("from Q1 through Q4 2025", ["2025-Q1", "2025-Q4"]),
    # not joined by the year: a later quarter first, a clause between
    ("between Q4 and Q1 2025", ["2024-Q4", "2025-Q1"]),
    ("revenue rose in Q1, and in Q3 2025 it fell", ["2024-Q1", "2025-Q3"]),
]


@pytest.mark.parametrize(("text", "labels"), JOINED)
def test_joined_quarters_share_a_year(text: str, labels: list[str]) -> None:
    mentions = find_mentions(text, dt.date(2024, 12, 23))
    assert [m.period.label() for m in mentions if m.period is not None] == labels
