"""AI capacity told as a tenant's share, a coordinate done verb after a hedge, or IT power.

Readings (README decided cases 5 and 23; `ai_tenant_capacity`, `ai_clauses`):
1. Infrastructure provided or leased to a named AI tenant is contracted capacity: "will provide
   an additional 90 megawatts of computing infrastructure to support Nebius's operations",
   "is leasing its 300 MW under-construction capacity to hyperscaler Oracle".
2. A part of a whole a tenant has contracted: "owns 900 megawatts of data-center capacity, 450
   megawatts of which is under contract to Lambda".
3. A hedge or goal of an earlier verb ("is designed to scale to 2 GW") does not reach a figure a
   coordinate done verb governs ("and has leased the 250 MW under construction to CoreWeave").
4. A deal's scope: "the deals … cover 220 megawatts", "a contract across about 40MW of …
   systems". "MW of IT power" is a data centre's IT draw; a contracted footprint lifted
   "above" a level is that level (a one-sided bound); a joint venture with a tenant covering
   a campus is a deal.
5. A delivery "by" a later half-year is a schedule: the contracted level takes the news month.
Negatives: a hedge inside the new predicate, a site's power, mining, an option, a plan with no
tenant, a campus named with no deal.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, entity, published, expected AI capacity {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[int, str]]]] = [
    (
        "Galaxy will provide an additional 90 megawatts of computing infrastructure to support "
        "Nebius's operations at its Helios site.",
        "GLXY",
        "2025-03-11",
        {(90, "2025-03")},
    ),
    (
        "Under the amended deal, Hut 8 will provide roughly 150 megawatts of infrastructure to "
        "Lambda's cloud operations.",
        "HUT",
        "2025-06-02",
        {(150, "2025-06")},
    ),
    (
        "The Lake Mariner campus is built to scale up to 2 GW of critical IT capacity and is "
        "currently leasing its 300 MW under-construction capacity to hyperscaler Oracle.",
        "WULF",
        "2025-09-04",
        {(300, "2025-09")},
    ),
    (
        "Proceeds will fund the Sandy Creek AI campus, which is designed to scale to 2GW and has "
        "leased the 250MW under construction to CoreWeave.",
        "APLD",
        "2025-08-19",
        {(250, "2025-08")},
    ),
    (
        "Riot, long known for hosting bitcoin miners, owns 900 megawatts of data-center capacity "
        "in Texas, 450 megawatts of which is already under contract to Lambda.",
        "RIOT",
        "2025-05-14",
        {(450, "2025-05")},
    ),
    (
        "Altogether the company plans to provide approximately 260 megawatts of infrastructure "
        "to CoreWeave by the second half of 2026.",
        "CORZ",
        "2025-02-20",
        {(260, "2025-02")},
    ),
    (
        "The new halls are liquid-cooled data centers designed to add 120 megawatts of IT power "
        "for Microsoft's GPU deployment.",
        "IREN",
        "2025-12-03",
        {(120, "2025-12")},
    ),
    (
        "Work on the second building is underway, lifting Cipher's contracted HPC footprint "
        "above 600 MW.",
        "CIFR",
        "2025-11-05",
        {(600, "2025-11")},
    ),
    (
        "Its joint venture with Fluidstack covers a 120 MW campus in Kearney, Nebraska under a "
        "15-year hosting commitment.",
        "WULF",
        "2025-07-22",
        {(120, "2025-07")},
    ),
    (
        "The deals with CoreWeave cover 220 megawatts of capacity at its Garden City campus.",
        "APLD",
        "2025-06-16",
        {(220, "2025-06")},
    ),
    (
        "A four-year AI cloud services contract across about 40MW of liquid-cooled systems "
        "has been signed.",
        "IREN",
        "2026-01-12",
        {(40, "2026-01")},
    ),
    # negatives: a hedge of the figure's own predicate, a site's power, mining, an option, a
    # plan with no tenant, a campus with no deal
    (
        "The campus is designed to scale to 2 GW and could lease up to 400 MW to a hyperscaler.",
        "APLD",
        "2025-08-19",
        set(),
    ),
    (
        "Bitdeer will provide 200 megawatts of power to its bitcoin miners at the Clarington site.",
        "BTDR",
        "2025-04-10",
        set(),
    ),
    (
        "The company may add 118 megawatts of power at other sites if CoreWeave exercises its "
        "option.",
        "CORZ",
        "2025-02-20",
        set(),
    ),
    (
        "The company plans to provide 300 megawatts of infrastructure at its new Texas site by "
        "2027.",
        "CORZ",
        "2025-02-20",
        set(),
    ),
    (
        "The power agreements cover 300 MW at the site.",
        "RIOT",
        "2025-06-16",
        set(),
    ),
    (
        "The grant will support the company's 500-MW campus in Ellendale and general expenses.",
        "APLD",
        "2025-08-19",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_tenant_share(
    text: str, entity: str, published: str, expected: set[tuple[int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    capacity = {(int(x.value), x.period) for x in found if x.metric == "ai_capacity_mw"}
    assert capacity == expected
