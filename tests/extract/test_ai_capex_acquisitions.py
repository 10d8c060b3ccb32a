"""README decided case 43: buying a data centre, a site or a company is not `ai_capex_usd`.

An acquisition's price buys assets or a business; it is capex only when the text itself calls
it capex or AI/HPC build-out spending. GPUs and servers bought for AI, and construction
spending, stay capex (tests/extract/test_ai_capex_supply_deal.py and others). A sum a third
party projects ("projected to bring a $6.1 billion real property investment", a city's figure)
is not the company's guidance.

Passages written for these tests in the shape of news copy and releases about miners turning
to AI/HPC.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

CASES = [
    # a data centre bought, its AI use named in the same sentence
    (
        "Greyrock Mining spent $38 million to buy a data center that can run graphics "
        "processing and machine learning workloads for AI customers.",
        "2024-03-12",
    ),
    # a site bought for an HPC conversion
    (
        "Helix Compute, which is pivoting to AI and HPC hosting, has acquired a "
        "210,000-square-foot industrial facility in Ohio for $41.5 million.",
        "2025-02-20",
    ),
    # the passive: "The campus was purchased for ..."
    (
        "Helix Compute announced its new Tier III AI data center site near Montreal. The "
        "campus was purchased for CAD $28.0 million (approximately USD $19.6 million) from a "
        "real estate trust.",
        "2025-01-08",
    ),
    # "spent ... on purchasing an industrial facility", AI use told next
    (
        "In March, Greyrock Mining spent $47 million on purchasing an industrial facility in "
        "Georgia. It plans to build AI and HPC data halls there.",
        "2025-06-02",
    ),
    # a city's figure for the project, not the company's spending
    (
        "The council approved land lease amendments letting Ardent Mining add high-performance "
        "computing infrastructure for artificial intelligence to the site, a $4.2 billion real "
        "property investment, according to a city news release.",
        "2024-10-17",
    ),
]


@pytest.mark.parametrize(("text", "published"), CASES)
def test_acquisition_price_is_not_ai_capex(text: str, published: str) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published))
    assert [o for o in found if o.metric == "ai_capex_usd"] == []
