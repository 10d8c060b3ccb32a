"""AI capex: a sum of accelerator systems named by their model.

t-iren-2026-05-berritmedia-dell-blackwell: "The company said on May 26 it agreed to buy about
$1.6 billion of air-cooled Blackwell systems from Dell Technologies" -> ai_capex_usd 1.6
billion, 2026-05 (GPU systems bought: AI build-out spending). "$X of GPUs" was read; "$X of …
Blackwell systems" was not, "systems" alone being no hardware word. Systems named by an
accelerator model ("Blackwell systems", "GB300 systems", "DGX systems", "HGX systems") now are;
revenue from such systems and a financing of them are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_IREN = (  # t-iren-2026-05-berritmedia-dell-blackwell (verbatim sentence)
    "IREN Blackwell expansion has become a sharper test of how quickly AI infrastructure "
    "providers can turn hardware access into contracted revenue. The company said on May 26 it "
    "agreed to buy about $1.6 billion of air-cooled Blackwell systems from Dell Technologies, a "
    "move Reuters reported will help IREN bring more capacity online as demand for AI computing "
    "remains intense."
)

# (text, entity, published, expected ai_capex_usd {(USD, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_IREN, "IREN", "2026-05-27", {(1_600_000_000, "2026-05")}),
    # variants: other models and wordings of systems bought
    (
        "Cipher purchased $500 million of Nvidia GB300 systems for its AI cloud.",
        "CIFR",
        "2025-11-12",
        {(500_000_000, "2025-11")},
    ),
    (
        "Hut 8 agreed to acquire approximately $210 million of liquid-cooled HGX systems for "
        "its AI cloud platform.",
        "HUT",
        "2025-03-10",
        {(210_000_000, "2025-03")},
    ),
    (
        "Bit Digital ordered $95 million of DGX systems for its AI cloud business.",
        "BTBT",
        "2024-08-14",
        {(95_000_000, "2024-08")},
    ),
    # hard negatives: systems that are no accelerators; a financing of systems
    (
        "IREN agreed to buy about $40 million of liquid cooling systems for its AI data center.",
        "IREN",
        "2026-05-27",
        set(),
    ),
    (
        "IREN closed $1.6 billion of Blackwell systems financing with a group of lenders for "
        "its AI cloud.",
        "IREN",
        "2026-05-27",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_accelerator_systems_capex(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    spent = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capex_usd"}
    assert spent == {(float(usd), period) for usd, period in expected}
