"""AI capacity a deal gives a named AI tenant, and a build's first phase done.

1. u2-apld-2025-10-reuters-200mw-hyperscaler (Reuters, 2025-10-22): "signed a $5 billion lease
   with a U.S.-based hyperscaler for 200 MW at its Polaris Forge 2 campus" -> 200 MW contracted
   (README decided case 5: the tenant ties the MW to AI compute).
2. u2-cifr-2025-q3-aws-convertible-commentary (commentary on the Q3 2025 report): "commits
   Cipher to delivering 300 MW of capacity to AWS starting in July 2026" -> 300 MW at the
   report's period 2025-Q3 (cases 7, 23, 27: the delivery date is a schedule, not the period).
3. u2-corz-2025-q3-blockspace-250mw-coreweave: "plans to have 250 MW online for CoreWeave's AI
   colocation by the end of the year" -> contracted capacity restated as a delivery target
   (decided case 23), at the report's period 2025-Q3.
4. s-corz-2024-02-cointeeth-coreweave-16mw: "to lease up to 16 megawatts of capacity in its
   Austin datacenter to cloud provider CoreWeave" -> 16 MW, dated as the deal (2024-02), not by
   the "January" of a relative clause about the bankruptcy.
5. u2-apld-2025-10-polaris-forge-1-ready-for-service: "completed the first 50 megawatt (MW)
   phase of its Polaris Forge 1 AI Factory Campus …, reaching Ready for Service" -> 50 MW
   energised.
Hard negatives: a deal still talked about, power from a utility, another company's lease, an
earlier deal recalled, power capacity, a phase still to come, and a second phase beside the
total it brings (only the total is the level).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, entity, published, expected AI capacity {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[int, str]]]] = [
    # 1. the real passage and variants: a deal with a tenant, then its size
    (
        "Applied Digital on Wednesday signed a $5 billion lease with a U.S.-based hyperscaler "
        "for 200 MW at its Polaris Forge 2 campus in North Dakota, sending its shares up 4 per "
        "cent in premarket trading.",
        "APLD",
        "2025-10-22",
        {(200, "2025-10")},
    ),
    (
        "Hut 8 has signed a 15-year agreement with Fluidstack for 245 MW at its River Bend "
        "campus in Louisiana.",
        "HUT",
        "2025-12-17",
        {(245, "2025-12")},
    ),
    (
        "TeraWulf inked a ten-year contract with a leading hyperscaler for approximately 120 MW "
        "at Lake Mariner.",
        "WULF",
        "2025-09-04",
        {(120, "2025-09")},
    ),
    # 2. delivering or leasing the size to the tenant
    (
        "Cipher Mining Inc. (CIFR) just dropped its Q3 2025 numbers. This 15-year deal commits "
        "Cipher to delivering 300 MW of capacity to AWS starting in July 2026, ramping up to full "
        "delivery by Q4 2026.",
        "CIFR",
        "2025-11-04",
        {(300, "2025-Q3")},
    ),
    (
        "Core Scientific announced its plans to lease up to 16 megawatts of capacity in its "
        "Austin datacenter to cloud provider CoreWeave.",
        "CORZ",
        "2024-02-21",
        set(),  # a lease still planned, "up to" (decided case 30: s-corz-2024-02 relabelled)
    ),
    (
        "Under the new lease, Galaxy will provide 260 MW of capacity at Helios to CoreWeave.",
        "GLXY",
        "2025-08-20",
        {(260, "2025-08")},
    ),
    # 3. a contracted delivery target (decided case 23)
    (
        "Per the company's Q3 2025 10-Q, Core Scientific plans to have 250 MW online for "
        "CoreWeave's AI colocation by the end of the year.",
        "CORZ",
        "2025-10-24",
        {(250, "2025-Q3")},
    ),
    (
        "Iris Energy expects to bring 50 MW online for Microsoft by the end of the quarter.",
        "IREN",
        "2025-11-05",
        {(50, "2025-11")},
    ),
    # 5. a first phase done
    (
        "Applied Digital announced Monday it has successfully completed the first 50 megawatt "
        "(MW) phase of its Polaris Forge 1 AI Factory Campus in Ellendale, North Dakota, "
        "reaching Ready for Service status on schedule.",
        "APLD",
        "2025-10-27",
        {(50, "2025-10")},
    ),
    (
        "Galaxy has energized the initial 133 MW phase of its Helios AI data center campus.",
        "GLXY",
        "2026-02-10",
        {(133, "2026-02")},
    ),
    # hard negatives
    (
        "Applied Digital said it is in talks with a U.S.-based hyperscaler for 200 MW at its "
        "Polaris Forge 2 campus.",
        "APLD",
        "2025-09-10",
        set(),
    ),
    (
        "The company signed a power purchase agreement with Google for 200 MW from the Texas grid.",
        "CIFR",
        "2025-06-10",
        set(),
    ),
    (
        "Hut 8, another major player, recently signed a 15-year, $7 billion lease with "
        "Fluidstack for 245 MW of IT capacity.",
        "WYFI",
        "2025-12-19",
        set(),
    ),
    (
        "The financing follows a long-term lease agreement with CoreWeave for 800 megawatts of "
        "power capacity.",
        "GLXY",
        "2025-08-15",
        set(),
    ),
    (
        "The company expects to complete the next 50 MW phase of its AI campus before year-end.",
        "APLD",
        "2025-10-27",
        set(),
    ),
    (
        "Applied Digital has completed the second 50MW phase of its first AI data center building "
        "at its Ellendale, North Dakota campus, bringing the total for “Building 1” to 100MW.",
        "APLD",
        "2025-12-01",
        {(100, "2025-12")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_tenant_capacity(
    text: str, entity: str, published: str, expected: set[tuple[int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    capacity = {(int(x.value), x.period) for x in found if x.metric == "ai_capacity_mw"}
    assert capacity == expected
