"""AI capacity: an AI campus of the company's own under development.

t-bitf-2025-10-ainvest-project-financing: 'Joshua Stevens, Managing Director of Macquarie …,
stated, "We are proud to expand our partnership with Bitfarms to support the development of its
marquee 350 MW HPC/AI campus in eastern Pennsylvania."' was read as ai_capacity_mw 350 until
decided case 30 (seventeenth session) relabelled it: a campus's size needs a done state in its own
clause ("is developing its …", "is building", "under construction", "leased"); "to support the
development of", "fund the development of", a plan or an exploration is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_BITF = (  # t-bitf-2025-10-ainvest-project-financing (verbatim sentence)
    "Joshua Stevens, Managing Director of Macquarie Group's Commodities and Global Markets "
    'business, stated, "We are proud to expand our partnership with Bitfarms to support the '
    "development of its marquee 350 MW HPC/AI campus in eastern Pennsylvania. With robust energy, "
    "fiber infrastructure and continued demand for data centers, Pennsylvania is quickly emerging "
    'as a new AI infrastructure hub."'
)

# (text, entity, published, expected ai_capacity_mw {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_BITF, "BITF", "2025-10-10", set()),
    # variants: other wordings of a campus under development
    (
        "Bitfarms is developing its 350 MW HPC/AI campus at Panther Creek, with civil works "
        "starting this quarter.",
        "BITF",
        "2025-10-10",
        {(350, "2025-10")},
    ),
    (
        "Work continues on the development of our 200 MW AI campus in Ohio.",
        "BTDR",
        "2025-09-15",
        set(),
    ),
    (
        "The loan will fund the development of the company's 120 MW HPC campus in Sharon.",
        "BITF",
        "2025-08-05",
        set(),
    ),
    # hard negatives: a plan or an exploration of a development; a campus's power
    (
        "Bitfarms plans to pursue the development of its 350 MW HPC/AI campus in Pennsylvania.",
        "BITF",
        "2025-10-10",
        set(),
    ),
    (
        "The company is exploring the development of its 1 GW AI campus in Texas.",
        "CIFR",
        "2025-10-10",
        set(),
    ),
    (
        "The development of its 350 MW HPC and AI campus in Pennsylvania requires new grid power.",
        "BITF",
        "2025-10-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_campus_under_development(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(float(mw), period) for mw, period in expected}
