"""An earnings preview recalls earlier facts: nothing it tells of the previewed quarter or
before is the document's own news.

Real: v2-wulf-2025-11-earnings-preview-neg (and v3-wulf-2025-q3-preview-recalled-neg),
"TeraWulf (NASDAQ: WULF) will report third-quarter 2025 results after the close today. … is
coming off a transformative summer, having announced a landmark 10-year, 200+ megawatt AI
hosting agreement with Fluidstack … TeraWulf self-mined 485 Bitcoin in Q2, up 30% sequentially."
-> no btc_produced, no ai_milestone (README decided case 1: recalled figures and earlier
contracts are background). A later month's fact told in a preview stays; a release that only
mentions its call is no preview.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_WULF = (  # real: v2-wulf-2025-11-earnings-preview-neg (abridged)
    "TeraWulf (NASDAQ: WULF) will report third-quarter 2025 results after the close today. The "
    "Bitcoin miner and high-performance computing (HPC) operator is coming off a transformative "
    "summer, having announced a landmark 10-year, 200+ megawatt AI hosting agreement with "
    "Fluidstack — a deal backed by Google with a $1.8 billion lease guarantee and 8% equity "
    "stake in TeraWulf.\n\n"
    "Key Areas to Watch\n\n"
    "4. Bitcoin Mining Economics\n\n"
    "TeraWulf self-mined 485 Bitcoin in Q2, up 30% sequentially.\n"
)

# (text, entity, published)
PREVIEWS = [
    (_WULF, "WULF", "2025-11-10"),
    (
        "Riot Platforms is set to release its second-quarter 2025 earnings on Thursday. In the "
        "first quarter, Riot mined 1,530 BTC and sold 475 BTC.\n",
        "RIOT",
        "2025-07-29",
    ),
    (
        "Ahead of its fiscal fourth-quarter earnings next week, here is what to watch at "
        "CleanSpark. In the third quarter of 2024, CleanSpark mined 1,945 bitcoin.\n",
        "CLSK",
        "2024-11-20",
    ),
    (
        "Marathon Digital will announce fourth-quarter 2024 results on Wednesday. In November, "
        "the company signed a 10-year AI hosting lease with a hyperscaler.\n",
        "MARA",
        "2025-02-24",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published"), PREVIEWS)
def test_a_preview_recalls_its_quarter_and_before(text: str, entity: str, published: str) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert [(item.metric, item.period) for item in found] == []


KEPT = [
    (  # a later month's update told in the preview: the preview's own news
        "Cipher Mining will report third-quarter 2025 results on Monday. In October, Cipher "
        "mined 180 BTC.\n",
        "CIFR",
        "2025-11-02",
        ("btc_produced", "2025-10"),
    ),
    (  # an update's own figure told before the report to come
        "Riot mined 450 BTC in December, and will report fourth-quarter results next month.\n",
        "RIOT",
        "2026-01-05",
        ("btc_produced", "2025-12"),
    ),
    (  # a results release that names its call: no preview
        "Bitfarms mined 520 BTC in the third quarter of 2025. Management will host a conference "
        "call to discuss the results at 8:00 a.m. ET.\n",
        "BITF",
        "2025-11-12",
        ("btc_produced", "2025-Q3"),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "kept"), KEPT)
def test_a_later_fact_or_a_results_release_stays(
    text: str, entity: str, published: str, kept: tuple[str, str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert kept in {(item.metric, item.period) for item in found}
