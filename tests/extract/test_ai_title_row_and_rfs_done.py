"""AI build-out: a headline's period set off by a bar, and service readiness stated done.

1. t2-apld-2025-11-polaris-forge-campus-update (a video description published 2026-01-08):
   "Polaris Forge 1 Campus Update | November 2025" -> the update's month dates what it states
   (README "Periods", case 10: a title's period). A bar between a headline and its period made
   the line read as a table row, so no report period was found and the capacity fell back to
   the upload month. A headline row (two or three cells on the first line, the first one a
   report's words) is now a title.
2. The same description: "Building 1 (100 MW Critical IT Load): Both phases of
   Ready-for-Service are complete. Data halls have been turned over to the tenant." ->
   capacity_energised. Service readiness stated done ("RFS was achieved", "Ready-for-Service
   is complete") and halls "turned over" to a tenant are capacity handed over; a schedule
   ("is expected to be complete in 2026", "will be turned over") is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_APLD = (  # t2-apld-2025-11-polaris-forge-campus-update (verbatim lines, abridged)
    "Polaris Forge 1 Campus Update | November 2025\n"
    "Winter has arrived in full force, but so has the commitment of the crews building Polaris "
    "Forge 1.\n"
    "Building 1 (100 MW Critical IT Load): Both phases of Ready-for-Service are complete. Data "
    "halls have been turned over to the tenant, marking the transition from construction to "
    "activation.\n"
    "Building 2 (150 MW Critical IT Load): Progress continues across both interior and exterior "
    "scopes.\n"
)

# (text, entity, published, expected capacity {(MW, period)}, expected energised periods)
CASES: list[tuple[str, str, str, set[tuple[float, str]], set[str]]] = [
    (_APLD, "APLD", "2026-01-08", {(100, "2025-11"), (150, "2025-11")}, {"2025-11"}),
    # variants: other headlines with a bar, other ways to say readiness is done
    (
        "Ellendale Construction Update | October 2025\n"
        "Building 3 (150 MW critical IT load): RFS was achieved for the first phase.\n",
        "APLD",
        "2025-12-10",
        {(150, "2025-10")},
        {"2025-10"},
    ),
    (
        "Data Center Progress Report | September 2025 | Lake Mariner\n"
        "CB-5 (200 MW of critical IT load): the data halls are now handed over to Fluidstack.\n",
        "WULF",
        "2025-11-02",
        {(200, "2025-09")},
        {"2025-09"},
    ),
    (
        "Campus Monthly Update | December 2025\n"
        "Phase 2 (50 MW critical IT): Ready for Service has been achieved and the halls have "
        "been turned over to the tenant.\n",
        "CIFR",
        "2026-01-20",
        {(50, "2025-12")},
        {"2025-12"},
    ),
    # hard negatives: readiness scheduled, halls still to be handed over
    (
        "Polaris Forge 2 Campus Update | November 2025\n"
        "Building 1 (150 MW critical IT load): Ready-for-Service is expected to be complete in "
        "2026.\n",
        "APLD",
        "2026-01-08",
        {(150, "2025-11")},
        set(),
    ),
    (
        "Campus Update | November 2025\n"
        "Building 2 (150 MW critical IT load): data halls will be turned over to the tenant "
        "next year.\n",
        "APLD",
        "2026-01-08",
        {(150, "2025-11")},
        set(),
    ),
    # a table's header row is no headline: no report's words before the bar
    (
        "Site | November 2025 | October 2025\n"
        "Ellendale (100 MW critical IT load) | 100 | 100\n"
        "Building 1 (100 MW critical IT load): Ready-for-Service is complete.\n",
        "APLD",
        "2026-01-08",
        {(100, "2026-01")},
        {"2026-01"},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "capacity", "energised"), CASES)
def test_title_row_period_and_readiness_done(
    text: str, entity: str, published: str, capacity: set[tuple[float, str]], energised: set[str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    done = {
        o.period or ""
        for o in found
        if o.metric == "ai_milestone" and o.detail == "capacity_energised"
    }
    assert levels == {(float(mw), period) for mw, period in capacity}
    assert done == energised
