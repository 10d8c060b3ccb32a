"""Earlier deals and financings told as background to the document's own news (README decided
case 1: an earlier contract, purchase or offering recalled is not labelled).

The real passages are from batch s (s-iren-2025-11-sentifin-microsoft-contract: "Prior to this
deal, IREN had already committed $674 million to acquire advanced NVIDIA GPUs … the company
recently raised $1 billion through an oversubscribed convertible notes offering"; and
s-cifr-2025-09-localnewswave-priced-converts-negative: "The financing comes as Cipher yesterday
secured a $3B AI hosting deal"). Variants use the wordings other stories use for the same
thing (a deal "last month", "one day after revealing" a deal, "before this agreement … had
already"); the look-alikes tell the news itself: a story's lead dated "yesterday", reported
speech ("said it had signed"), a repayment "recently announced". Expected values are read off
the sentences by the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 3)
_METRICS = ("ai_milestone", "ai_capex_usd", "debt_issued_usd", "debt_repaid_usd")

# A story's lead (no figure of its own), so that the sentences under test are past it
_LEAD = (
    "Shares of the bitcoin miner surged in premarket trading on Monday after the company "
    "announced its latest results. The stock closed up 11% on the day, and analysts at several "
    "banks raised their price targets on the news. Trading volume was more than three times "
    "its average, according to market data, as investors weighed the size of the company's "
    "plans against the cost of the build-out they require over the next year.\n\n"
)

CASES = [
    pytest.param(
        _LEAD + "Prior to this deal, IREN had already committed $674 million to acquire advanced "
        "NVIDIA GPUs, substantially boosting its AI cloud capacity. To further support its AI "
        "expansion, the company recently raised $1 billion through an oversubscribed "
        "convertible notes offering, underscoring investor confidence in its new strategic "
        "direction.",
        "IREN",
        set(),
        id="real-iren-prior-to-this-deal-recently-raised",
    ),
    pytest.param(
        "Cipher Mining (CIFR) priced a $1.08B private offering of 0.00% convertible senior notes "
        "due 2031, upsized from $800M initially. The notes are convertible at an initial price "
        "of $16.03 per share. Net proceeds will fund capped call transactions and the Barber "
        "Lake data center buildout. The financing comes as Cipher yesterday secured a $3B AI "
        "hosting deal with Google and Fluidstack.",
        "CIFR",
        set(),
        id="real-cifr-financing-comes-as-yesterday-deal",
    ),
    pytest.param(
        _LEAD + "Last month, the company also secured a contract with Nscale for GB300 GPUs to "
        "supply three AI data centers in Europe.",
        "IREN",
        set(),
        id="variant-last-month-contract",
    ),
    pytest.param(
        "Cipher Mining on Friday announced it had upsized its convertible notes offering to $1.1 "
        "billion, one day after it signed a 10-year AI hosting agreement with Fluidstack "
        "backstopped by Google.",
        "CIFR",
        set(),
        id="variant-one-day-after-it-signed",
    ),
    pytest.param(
        _LEAD + "Before this agreement, TeraWulf had already spent $150 million on the "
        "build-out of its CB-1 HPC data hall at Lake Mariner.",
        "WULF",
        set(),
        id="variant-before-this-agreement-had-already-spent",
    ),
    pytest.param(
        _LEAD + "Bitfarms recently closed a $588 million convertible notes offering to fund its "
        "HPC conversion at Panther Creek.",
        "BITF",
        set(),
        id="variant-recently-closed-notes",
    ),
    pytest.param(
        "Cipher Mining yesterday signed a 15-year lease with Amazon Web Services for AI "
        "workloads at its Black Pearl data center.",
        "CIFR",
        {("ai_milestone", None, "2025-11", "contract_signed")},
        id="negative-lead-yesterday-is-the-news",
    ),
    pytest.param(
        _LEAD + "IREN said it had signed a five-year AI cloud contract with Anthropic as well.",
        "IREN",
        {("ai_milestone", None, "2025-11", "contract_signed")},
        id="negative-reported-speech-had-signed",
    ),
    pytest.param(
        _LEAD + "Two weeks after the quarter ended, Bitfarms repaid $20 million of its equipment "
        "loan.",
        "BITF",
        {("debt_repaid_usd", Decimal("20000000"), "2025-11", None)},
        id="negative-weeks-after-in-its-own-clause",
    ),
    pytest.param(
        _LEAD + "Core Scientific recently announced that it had prepaid its debtor-in-possession "
        "loan, repaying $35 million to B. Riley.",
        "CORZ",
        {("debt_repaid_usd", Decimal("35000000"), "2025-11", None)},
        id="negative-recently-announced-repayment",
    ),
]


@pytest.mark.parametrize(("text", "entity", "wanted"), CASES)
def test_background_deal_is_not_the_news(text: str, entity: str, wanted: set[object]) -> None:
    found = {
        (item.metric, item.value, item.period, item.detail)
        for item in extract_text(text, published=PUBLISHED, entity=entity)
        if item.metric in _METRICS
    }
    assert found == wanted
