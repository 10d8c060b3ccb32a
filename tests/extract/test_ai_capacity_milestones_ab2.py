"""Issue 16, batch ab2 (AI capacity, milestones, periods): classes of the first-run misses.

Passages written in the shape of news copy about other miners and other figures
(tests/extract/real/UNSEEN_MISSES.md, "Batches ab1 and ab2"):

- a utility's power supply and "capacity agreement" for a site is site power, not critical-IT
  capacity (README, decided cases 5 and 30);
- a build named as the purpose of another act ("bought 30 acres … to build a 250 MW AI
  factory") is planned, not contracted, energised or under construction (decided case 30);
- a deal a writer calls a "pact", and a sentence an exclamation mark ends that the splitter
  joined to the next ("… the AI kings of Texas! 🚀 Cipher has secured …"): the company's
  contract signed, not the industry's;
- a contract signed "in June 2025" told in a September story is dated June, however long its
  object, and is recalled background (decided case 1; README "Periods");
- "Q2 next year" is the year after publication, not the latest Q2 before it;
- a news story's headline and subtitle do not decide whether its first sentence is a news
  lead: a balance date it cites ("as of Sep. 30, held …") is no report period, and a figure
  with no period of its own takes the publication month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.periods import Period, find_mentions

PUBLISHED = dt.date(2025, 9, 10)


def _capacity(text: str, entity: str, published: dt.date = PUBLISHED) -> set[tuple[Decimal, str]]:
    found = extract_text(text, published=published, entity=entity)
    return {(o.value, o.period or "") for o in found if o.metric == "ai_capacity_mw"}


def _milestones(text: str, entity: str) -> set[tuple[str, str]]:
    found = extract_text(text, published=PUBLISHED, entity=entity)
    return {(o.detail or "", o.period or "") for o in found if o.metric == "ai_milestone"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a utility's power to the site
        (
            "Cipher acquired a site in Ohio for a new AI data center campus. The facility will "
            "receive an initial power supply of 30 MW by March 2026 from AEP, with a total "
            "capacity agreement for 120 MW.",
            set(),
        ),
        # a tenant's lease for the same words stays capacity
        (
            "Cipher signed a lease with Fluidstack for its new AI data center, with a total "
            "capacity agreement for 120 MW.",
            {(Decimal(120), "2025-09")},
        ),
    ],
)
def test_power_supply_agreement_is_not_ai_capacity(
    text: str, expected: set[tuple[Decimal, str]]
) -> None:
    assert _capacity(text, "CIFR") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On September 2, 2025, Bitdeer closed the purchase of 30 acres in Alberta for $41 "
            "million to build a 250 MW AI factory with over 80,000 GPUs.",
            set(),
        ),
        (
            "TeraWulf bought land in New York to develop a 150 MW AI supercomputer campus.",
            set(),
        ),
        # a deal binds the build: its scope counts (decided case 39)
        (
            "TeraWulf signed a lease with Fluidstack to build a 150 MW AI data center at Lake "
            "Mariner.",
            {(Decimal(150), "2025-09")},
        ),
    ],
)
def test_build_named_as_a_purpose_is_planned(text: str, expected: set[tuple[Decimal, str]]) -> None:
    entity = "BTDR" if "Bitdeer" in text else "WULF"
    assert _capacity(text, entity) == expected


def test_pact_is_a_contract_signed() -> None:
    text = (
        "Cipher Mining has secured a $3 billion AI cloud pact with Amazon, leaving rivals behind."
    )
    assert _milestones(text, "CIFR") == {("contract_signed", "2025-09")}


def test_exclamation_ends_the_industry_sentence() -> None:
    text = (
        "Lo, the bitcoin miners, once the fools of finance, now crowned the AI kings of Texas! "
        "🚀 Cipher, that bold one, hath secured a $3 billion AI cloud pact with Amazon."
    )
    assert _milestones(text, "CIFR") == {("contract_signed", "2025-09")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # June, named at the sentence's end: recalled background in a September story
        (
            "Cipher is offering $1.1 billion of notes to fund its campus. The company signed a "
            "colocation agreement with AI cloud provider Fluidstack for an additional 60 MW of "
            "critical IT capacity in June 2025.",
            set(),
        ),
        # August: dated by its month, still recent news
        (
            "The company signed a colocation agreement with AI cloud provider Fluidstack for an "
            "additional 60 MW of critical IT capacity in August 2025.",
            {("contract_signed", "2025-08")},
        ),
    ],
)
def test_month_ending_the_sentence_dates_the_contract(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _milestones(text, "CIFR") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to bring 12 MW online by the end of Q3 next year", Period.of_quarter(2025, 3)),
        ("in the first quarter of next year", Period.of_quarter(2025, 1)),
        ("by February next year", Period.of_month(2025, 2)),
        # the year printed, or no "next year": read as written
        ("by the end of Q3 2026", Period.of_quarter(2026, 3)),
        ("by the end of Q3", Period.of_quarter(2024, 3)),
    ],
)
def test_next_year(text: str, expected: Period) -> None:
    mentions = find_mentions(text, dt.date(2024, 11, 5))
    assert [m.period for m in mentions if m.period is not None] == [expected]


_NEWS = (
    "Hut 8 Buys Colocation Data Center in Ohio for $31 Million\n\n"
    "Hut 8's hashrate flat since the spring\n\n"
    "Hut 8 (HUT) is expanding its HPC business with the purchase of a Tier 3 data center in "
    "Columbus while keeping its mining fleet unchanged.\n\n"
    "Hut 8 said on Tuesday that it closed the deal on Oct. 8. According to its investor deck, "
    "the data center is \u201cfully leased with 6 MW under contract.\u201d\n\n"
    "As of Jun. 30, the company reported $52 million in cash, and as of Sep. 30, held bitcoin "
    "valued at $95 million."
)


def test_headline_does_not_decide_the_news_lead() -> None:
    assert _capacity(_NEWS, "HUT", dt.date(2024, 10, 10)) == {(Decimal(6), "2024-10")}
