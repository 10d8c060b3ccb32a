"""A backlog of signed contracts told by its value is no contract signed.

u2-wulf-2025-q4-cointelegraph-522mw: "expects further growth in 2026, backed by $12.8 billion
in signed AI and HPC contracts" -> no contract_signed milestone: "signed" describes contracts
the company holds, summed by value (a running total, README decided case 1). A deal done in
the period ("signed $3.7 billion in AI contracts", "signed a $5.5 billion lease") stays one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, entity, published, a contract_signed milestone expected)
CASES: list[tuple[str, str, str, bool]] = [
    (
        "For the full year, Terawulf's revenue rose from $140.1 million in 2024 to $168.5 million "
        "in 2025 and expects further growth in 2026, backed by $12.8 billion in signed AI and HPC "
        "contracts.",
        "WULF",
        "2026-02-27",
        False,
    ),
    (
        "The company now has $9.5 billion of signed HPC lease contracts with AI tenants.",
        "CIFR",
        "2026-02-24",
        False,
    ),
    (
        "Revenue visibility improved with more than $6 billion worth of executed AI hosting "
        "agreements.",
        "HUT",
        "2026-03-01",
        False,
    ),
    # hard negatives: the verb of a deal done
    (
        "TeraWulf signed $3.7 billion in AI hosting contracts with Fluidstack this month.",
        "WULF",
        "2025-08-14",
        True,
    ),
    (
        "Cipher Mining signed a $5.5 billion, 15-year lease with Amazon Web Services for AI "
        "workloads.",
        "CIFR",
        "2025-11-03",
        True,
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "signed"), CASES)
def test_contract_backlog(text: str, entity: str, published: str, signed: bool) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    details = {x.detail for x in found if x.metric == "ai_milestone"}
    assert ("contract_signed" in details) is signed
