"""Round 18: figures written in words before a unit are figures ("two megawatts", "a thousand
bitcoin"), for every metric.

u-dmgi-2025-04-ai-pdc-purchase: "DMG Blockchain Solutions Inc. Announces Purchase of Two
Megawatts of AI Data Center Infrastructure" -> ai_capacity_mw 2. Every reader of figures reads
digits; `number_words` rewrites a spelled figure bound to a unit (megawatts, bitcoin) as digits in
place, same length. Not rewritten: "one" ("the cost to mine one bitcoin"), a bare scale ("a few
thousand bitcoin"), a coin noun naming machines or sites ("two bitcoin mining facilities"), a
range ("between five and ten megawatts", decided case 9).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.number_words import rewritten

_DMGI_U = (  # u-dmgi-2025-04-ai-pdc-purchase (title, verbatim)
    "DMG Blockchain Solutions Inc. Announces Purchase of Two Megawatts of AI Data Center "
    "Infrastructure"
)

# (text, entity, published, expected (metric, value, period) of the figure metrics)
CASES: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    (_DMGI_U, "DMGI", "2025-04-29", {("ai_capacity_mw", "2", "2025-04")}),
    # variants: other numbers, other metrics, other newsrooms' words
    (
        "Hut 8 has energized twenty-five megawatts of critical IT capacity for its AI tenant.",
        "HUT",
        "2025-03-04",
        {("ai_capacity_mw", "25", "2025-03")},
    ),
    (
        "Core Scientific signed a lease for one hundred megawatts of critical IT load with "
        "CoreWeave.",
        "CORZ",
        "2025-03-04",
        {("ai_capacity_mw", "100", "2025-03")},
    ),
    (
        "The lease covers an additional one hundred and fifty megawatts of critical IT load for "
        "HPC.",
        "APLD",
        "2025-03-04",
        {("ai_capacity_mw", "150", "2025-03")},
    ),
    (
        "The company sold a thousand bitcoin in March.",
        "RIOT",
        "2025-04-04",
        {("btc_sold", "1000", "2025-03")},
    ),
    (
        "In May, the miner produced two hundred and fifty bitcoin.",
        "RIOT",
        "2025-06-04",
        {("btc_produced", "250", "2025-05")},
    ),
    (
        "The company held two thousand bitcoin as of June 30, 2025.",
        "RIOT",
        "2025-07-04",
        {("btc_held", "2000", "2025-06-30")},
    ),
    # hard negatives: a unit of cost, sites, mining power, a campus, a bare scale, a range
    ("The average cost to mine one bitcoin was $43,808 in April.", "RIOT", "2025-05-04", set()),
    ("The company operates two bitcoin mining facilities in Texas.", "RIOT", "2025-05-04", set()),
    (
        "The first stage will utilize approximately seven megawatts to power bitcoin miners.",
        "MARA",
        "2025-05-04",
        set(),
    ),
    (
        "Riot has up to one gigawatt of total capacity approved by ERCOT.",
        "RIOT",
        "2025-05-04",
        set(),
    ),
    ("The company sold a few thousand bitcoin in March.", "RIOT", "2025-04-04", set()),
    ("In May, the company issued two million shares.", "RIOT", "2025-06-03", set()),
    (
        "The company expects to lease between five and ten megawatts of critical IT load to AI "
        "tenants.",
        "HUT",
        "2025-03-04",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_number_words(
    text: str, entity: str, published: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    figures = {(o.metric, str(o.value), o.period or "") for o in found if o.value is not None}
    assert figures == expected


@pytest.mark.parametrize(
    "text",
    [
        "Purchase of Two Megawatts of AI",
        "sold a thousand bitcoin",
        "one hundred and fifty megawatts",
    ],
)
def test_same_length(text: str) -> None:
    """Offsets into the rewritten text point into the text as given."""
    assert len(rewritten(text)) == len(text) and rewritten(text) != text
