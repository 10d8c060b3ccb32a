"""Round 15, AI milestones: two classes that decide whether a deal told is this document's.

1. A company named "… Mining" is no mining. Out of an AI sentence (in a release about an AI
   build-out), a milestone is left out when its sentence talks about bitcoin mining; the word
   "Mining" of "Cipher Mining" or "BIT Mining" said nothing of the kind, so "Cipher Mining has
   reached a 15-year lease agreement worth $5.5 billion with Amazon" was no contract signed
   (m3-cifr-2025-11-lbkrs-aws-300mw). The capacity reader already masked company names
   (`ai_mining_words`); the milestone reader now does too. Real mining words ("a bitcoin mining
   customer", "for its miners", "The Bitcoin Mining company") still count.
2. A one-off event told months later is background (README, decided case 1). A story
   published in November that tells "In August, the company entered into two noteworthy HPC
   leasing agreements" (k2-wulf-2025-11-hpc-contracted) recalls the deal; the capacity level
   "leased by August 2025" stays a state of its date. Events are recalled after 60 days
   (two calendar months before publication), figures after 100 as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_CIFR_M3 = (  # m3-cifr-2025-11-lbkrs-aws-300mw (headline and first paragraph, verbatim)
    "Pre-market surge! Cryptocurrency miner Cipher Mining continues to leverage the AI boom: "
    "after Google, it secures a $5.5 billion order from Amazon\n\n"
    "Cipher Mining has reached a 15-year lease agreement worth $5.5 billion with Amazon, with "
    "shares rising approximately 16% in pre-market trading. The agreement will support "
    "artificial intelligence workloads, with plans to deliver 300 MW of power capacity in two "
    "phases by 2026."
)
_HEAD = "Cipher Mining's AI build-out continues at pace\n\n"

# (text, entity, published, expected {(detail, period)})
MINING_NAME_CASES: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    (_CIFR_M3, "CIFR", "2025-11-03", {("contract_signed", "2025-11")}),
    # variants: other "… Mining" companies, other verbs, an energised hall
    (
        "BIT Mining expands into AI data centers\n\n"
        "BIT Mining executed a five-year lease agreement with a cloud customer in Ohio.",
        "BTCM",
        "2025-11-03",
        {("contract_signed", "2025-11")},
    ),
    (
        _HEAD + "Cipher Mining has signed a 10-year lease with a cloud customer at its Barber "
        "Lake site.",
        "CIFR",
        "2025-11-03",
        {("contract_signed", "2025-11")},
    ),
    (
        _HEAD + "Cipher Mining energized the first data hall at Barber Lake in October.",
        "CIFR",
        "2025-11-03",
        {("capacity_energised", "2025-10")},
    ),
    # hard negatives: real mining words beside the company's name
    (
        _HEAD + "Cipher Mining signed a hosting agreement with a bitcoin mining customer at "
        "Odessa.",
        "CIFR",
        "2025-11-03",
        set(),
    ),
    (
        _HEAD + "Cipher Mining energized the first data hall for its miners at Odessa.",
        "CIFR",
        "2025-11-03",
        set(),
    ),
    (
        _HEAD + "The Bitcoin Mining company signed a lease for its Odessa site with a crypto firm.",
        "CIFR",
        "2025-11-03",
        set(),
    ),
]


def _milestones(text: str, entity: str, published: str) -> set[tuple[str, str]]:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    return {(o.detail or "", o.period or "") for o in found if o.metric == "ai_milestone"}


@pytest.mark.parametrize(("text", "entity", "published", "expected"), MINING_NAME_CASES)
def test_a_company_named_mining_is_no_mining(
    text: str, entity: str, published: str, expected: set[tuple[str, str]]
) -> None:
    assert _milestones(text, entity, published) == expected


_WULF_K2 = (  # k2-wulf-2025-11-hpc-contracted (second paragraph, verbatim)
    "Strategic Partnerships and Growth\n"
    "In August, the company entered into two noteworthy HPC leasing agreements with "
    "Fluidstack, collectively totaling 360 MW. A major game-changer in these agreements was the "
    "involvement of Google, which provided a level of institutional credibility and support "
    "that legitimized the mining initiatives that might have otherwise been viewed as risky."
)

RECALLED_EVENT_CASES: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    (_WULF_K2, "WULF", "2025-11-12", set()),
    # variants: an event two or more months before publication, other verbs and dates
    (
        "On July 14, TeraWulf signed a 10-year HPC lease with Fluidstack at Lake Mariner.",
        "WULF",
        "2025-10-01",
        set(),
    ),
    (
        "Back in June, IREN executed an AI cloud contract with a hyperscaler.",
        "IREN",
        "2025-09-02",
        set(),
    ),
    (
        "In March, Hut 8 energized the first data hall of its AI campus in Louisiana.",
        "HUT",
        "2025-06-20",
        set(),
    ),
    # near misses: the month before publication, or the month itself, is this story's event
    (
        "In October, TeraWulf signed a 10-year HPC lease with Fluidstack at Lake Mariner.",
        "WULF",
        "2025-11-12",
        {("contract_signed", "2025-10")},
    ),
    (
        "On September 28, IREN executed an AI cloud contract with a hyperscaler.",
        "IREN",
        "2025-11-03",
        {("contract_signed", "2025-09")},
    ),
    (
        "In November, Hut 8 energized the first data hall of its AI campus in Louisiana.",
        "HUT",
        "2025-11-20",
        {("capacity_energised", "2025-11")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), RECALLED_EVENT_CASES)
def test_an_event_told_months_later_is_background(
    text: str, entity: str, published: str, expected: set[tuple[str, str]]
) -> None:
    assert _milestones(text, entity, published) == expected


def test_a_capacity_level_of_an_earlier_month_stays() -> None:
    """d-apld-2025-12-nasdaq-zacks-pivot: "CoreWeave CRWV fully leased 400 MW by August 2025"
    is a state as of August, told in December (the figure rule, 100 days, is unchanged)."""
    text = (
        "At Polaris Forge 1 in Ellendale, CoreWeave CRWV fully leased 400 MW by August 2025, "
        "with management citing 15-year terms and $11 billion of anticipated contracted lease "
        "revenues."
    )
    found = extract_text(text, published=dt.date(2025, 12, 5), entity="APLD")
    levels = {(o.value, o.period) for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(400, "2025-08")}


# 3. The market's reaction to a deal announced is the deal's news. m3-riot-2026-01-mercy-amd-
# lease-25mw: "Riot Platforms stock surged approximately 13% following the announcement of the
# AMD data center lease" -> contract_signed 2026-01 (a story of the day of the announcement).
# "following/after/upon the announcement of a lease, agreement, contract" names the deal done;
# a deal still to be announced, an earlier announcement, another company's deal or a loan is not.
_RIOT_M3 = (  # m3-riot-2026-01-mercy-amd-lease-25mw (first bullet, verbatim)
    "Key Facts\n"
    "- ✓ Riot Platforms stock surged approximately 13% following the announcement of the AMD "
    "data center lease, reaching a trading price of $18.70 per share."
)

NEWS_OF_DEAL_CASES: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    (_RIOT_M3, "RIOT", "2026-01-16", {("contract_signed", "2026-01")}),
    # variants: other prepositions, determiners and deal nouns
    (
        "Riot shares rose 10% after the announcement of a 10-year HPC lease with AMD.",
        "RIOT",
        "2026-01-16",
        {("contract_signed", "2026-01")},
    ),
    (
        "Following Monday's announcement of its AI colocation agreement with AMD, Riot stock hit "
        "a new high.",
        "RIOT",
        "2026-01-16",
        {("contract_signed", "2026-01")},
    ),
    (
        "Cipher's shares jumped upon the announcement of the $5.5 billion AWS lease for AI "
        "workloads.",
        "CIFR",
        "2025-11-03",
        {("contract_signed", "2025-11")},
    ),
    # the reaction told with a finite verb and a count of deals (ad2-apld-2025-06 paraphrased)
    (
        "Applied Digital shares surged 48% on Monday. This followed the announcement of two "
        "long-term lease agreements with CoreWeave for artificial intelligence data centers.",
        "APLD",
        "2025-06-03",
        {("contract_signed", "2025-06")},
    ),
    (
        "The rally came after the announcement of three HPC colocation contracts with Fluidstack.",
        "WULF",
        "2025-08-14",
        {("contract_signed", "2025-08")},
    ),
    # hard negatives: to come, recalled, a loan, another company's deal, plans for deals
    (
        "Riot shares fell 8% after the announcement of three lease agreements between Galaxy "
        "and CoreWeave.",
        "RIOT",
        "2025-06-03",
        set(),
    ),
    (
        "The rally followed the announcement of plans to seek AI lease agreements with "
        "hyperscalers.",
        "APLD",
        "2025-06-03",
        set(),
    ),
    (
        "Riot shares rose ahead of the announcement of an AI lease with AMD.",
        "RIOT",
        "2026-01-16",
        set(),
    ),
    (
        "Investors await the announcement of an AI lease with AMD at Rockdale.",
        "RIOT",
        "2026-01-16",
        set(),
    ),
    (
        "Riot shares rose following the announcement of a $500 million AI data center loan.",
        "RIOT",
        "2026-01-16",
        set(),
    ),
    (
        "Riot shares rose following the announcement of AMD's AI lease with Crusoe.",
        "RIOT",
        "2026-01-16",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), NEWS_OF_DEAL_CASES)
def test_the_news_of_a_deal_is_a_contract_signed(
    text: str, entity: str, published: str, expected: set[tuple[str, str]]
) -> None:
    assert _milestones(text, entity, published) == expected
