"""Figures of other companies (or of no company) in text about several: not the entity's.

Class (session 16, w batches): news copy, newsletters and roundups tell figures of many firms,
of the industry, of a venture or of a site beside the case's company. A careful reader records
only what the sentence says the entity itself did:
- a group as the subject ("Companies sold 10,750 BTC", "five firms, including Hut 8, together
  sold 1,900 BTC", "Bitcoin miners are selling their reserves") gives no figure and no intent
  of the entity's; a sentence whose own subject is the entity, with the industry only as its
  setting ("Amid the industry downturn, Riot sold 500 BTC"), is the entity's;
- a company introduced as one, by a descriptor or its own ticker ("treasury firm Sequoia Labs
  sold 970 BTC", "Zeta Holdings (NASDAQ: ZETA) mined"), is not the entity, though no known
  miner is named; a subsidiary ("its subsidiary Peak Digital mined") is;
- a newsletter's item under a heading that names another company is that company's, though the
  item's own line names no one ("Iris Grows Hashrate 40%" / "• 410 BTC mined");
- a joint venture's output is the venture's, also when its verb is coordinated ("Marathon's
  joint venture … began operations and produced 17 BTC");
- "BTC equivalent" (power sales, credits counted in bitcoin) is not bitcoin mined;
- a capacity "per site" is a unit of a rate, not a level.
Sentences are written for these tests (not copied from the corpus); each group has look-alikes
that must still be read for the entity.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.section_owner import is_peers_section

Row = tuple[str, Decimal | None, str | None]


def _rows(text: str, published: dt.date, entity: str, metrics: tuple[str, ...]) -> set[Row]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric in metrics}


TREASURY = ("btc_sold", "btc_produced", "btc_held", "intent")

# --- a group as the subject: no figure, no intent of the entity's ---
DEC = dt.date(2025, 12, 4)
JUL = dt.date(2022, 7, 6)
GROUP_CASES: list[tuple[str, dt.date, str, set[Row]]] = [
    ("Firms offloaded 3,100 BTC in November, on a net basis, the tracker said.", DEC, "RIOT",
     set()),
    ("Companies sold 8,400 Bitcoin last month, data from the treasury tracker show.", DEC, "HUT",
     set()),
    ("Three firms, including miner Bitfarms and software maker Acme, collectively sold 1,400 BTC "
     "last month.", DEC, "BITF", set()),
    ("Riot and Bitdeer together sold 2,600 BTC in November.", DEC, "BTDR", set()),
    ("MARA and Riot combined mined 1,900 BTC in November, the report said.", DEC, "RIOT", set()),
    ("Bitcoin miners are selling their bitcoin reserves to cover rising power bills.", JUL, "RIOT",
     set()),
    ("Public miners are liquidating their BTC holdings as margins shrink.", JUL, "CLSK", set()),
    ("Companies are offloading their bitcoin holdings to shore up their balance sheets.", JUL,
     "MARA", set()),
    ("Miners plan to sell part of their bitcoin holdings to fund AI build-outs.", JUL, "MARA",
     set()),
    # the entity as its own sentence's subject: read
    ("Amid the industry downturn, Riot sold 500 BTC in June.", JUL, "RIOT",
     {("btc_sold", Decimal(500), "2022-06")}),
    ("While miners across the sector sold heavily, CleanSpark sold only 250 BTC in June.", JUL,
     "CLSK", {("btc_sold", Decimal(250), "2022-06")}),
    ("Like other miners, Riot did not sell any bitcoin in June.", JUL, "RIOT",
     {("btc_sold", Decimal(0), "2022-06")}),
    ("Riot, which mined 406 BTC in June, held 6,654 BTC at the end of the month.", JUL, "RIOT",
     {("btc_produced", Decimal(406), "2022-06"), ("btc_held", Decimal(6654), "2022-06-30")}),
    ("Amid an industry-wide slump, Riot plans to sell part of its bitcoin holdings.", JUL, "RIOT",
     {("intent", None, "2022-07")}),
    ("Riot and MARA did not sell any bitcoin in June.", JUL, "RIOT",
     {("btc_sold", Decimal(0), "2022-06")}),
    # the industry is the subject of an earlier clause only: the intention is the entity's
    ("Public miners are cutting costs, but Riot plans to sell part of its bitcoin holdings.",
     JUL, "RIOT", {("intent", None, "2022-07")}),
    ("Many miners have paused expansion; the company intends to sell its bitcoin holdings.",
     JUL, "CLSK", {("intent", None, "2022-07")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "entity", "expected"), GROUP_CASES)
def test_group_subject(text: str, published: dt.date, entity: str, expected: set[Row]) -> None:
    assert _rows(text, published, entity, TREASURY) == expected


# --- another company introduced as one (a descriptor, or its own ticker), not a known miner ---
NAMED_CASES: list[tuple[str, str, set[Row]]] = [
    ("Treasury firm Sequoia Labs sold 970 BTC in November to pay down debt.", "HUT", set()),
    ("Nasdaq-listed company Zeta Holdings reportedly holds 5,000 BTC.", "MARA", set()),
    ("Zeta Holdings (NASDAQ: ZETA) mined 300 BTC in November.", "RIOT", set()),
    ("Software maker Acme plans to sell part of its bitcoin holdings.", "CLSK", set()),
    # twins of the cases above, the descriptor and name removed: the sentence is read
    ("The company sold 970 BTC in November to pay down debt.", "HUT",
     {("btc_sold", Decimal(970), "2025-11")}),
    ("The company mined 300 BTC in November.", "RIOT",
     {("btc_produced", Decimal(300), "2025-11")}),
    ("The company plans to sell part of its bitcoin holdings.", "CLSK",
     {("intent", None, "2025-12")}),
    # the entity, or its subsidiary: read
    ("In 2025, its subsidiary Peak Digital mined 2,100 BTC.", "NB2",
     {("btc_produced", Decimal(2100), "2025")}),
    ("Digi Power X (NASDAQ: DGXX) mined 20 BTC in November.", "DGHI",
     {("btc_produced", Decimal(20), "2025-11")}),
    ("Bitcoin miner Riot sold 400 BTC in November.", "RIOT",
     {("btc_sold", Decimal(400), "2025-11")}),
    # a weekday, a month or a title after the noun is no company's name: the entity's
    ("The company Tuesday sold 450 BTC in November, it said.", "RIOT",
     {("btc_sold", Decimal(450), "2025-11")}),
    ("CleanSpark said the miner Thursday sold 120 BTC to fund its expansion in November.",
     "CLSK", {("btc_sold", Decimal(120), "2025-11")}),
    ("The miner in November mined 410 BTC, and the company March sold 90 BTC.", "MARA",
     {("btc_produced", Decimal(410), "2025-11"), ("btc_sold", Decimal(90), "2025-11")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "expected"), NAMED_CASES)
def test_named_other_company(text: str, entity: str, expected: set[Row]) -> None:
    assert _rows(text, DEC, entity, TREASURY) == expected


# --- a newsletter's items: a heading naming another company owns the lines beneath it ---
MAY = dt.date(2024, 5, 8)
NEWSLETTER = (
    "Mining roundup: CleanSpark, Iris and TeraWulf post April output\n\n"
    "Iris Grows Hashrate 40% 📈\n\n"
    "  • Average hashrate of 5.2 EH/s, 410 BTC mined, 25 MUSD revenue.\n\n"
    "TeraWulf April update 🐺\n\n"
    "  • Self-mined 300 BTC, up 5% from March.\n\n"
    "CleanSpark Mined 600 BTC in April 🟠\n\n"
    "  • Mined 600 BTC and sold 480 BTC during the month.\n"
)
NEWSLETTER_CASES: list[tuple[str, str, set[Row]]] = [
    (NEWSLETTER, "CLSK", {("btc_produced", Decimal(600), "2024-04"),
                          ("btc_sold", Decimal(480), "2024-04")}),
    (NEWSLETTER, "IREN", {("btc_produced", Decimal(410), "2024-04")}),
    (NEWSLETTER, "WULF", {("btc_produced", Decimal(300), "2024-04")}),
    # a release's own headings name no other company: its lines are the entity's
    ("Bitdeer April 2024 Production Update\n\nOperational Highlights\n\n"
     "  • Mined 300 BTC in April.\n  • Sold 120 BTC.\n", "BTDR",
     {("btc_produced", Decimal(300), "2024-04"), ("btc_sold", Decimal(120), "2024-04")}),
    # hard-wrapped prose: a wrapped line that names another company is no heading
    # a line that names the entity itself is the entity's, whatever the heading
    ("Riot Platforms and the Texas grid\n\n  • Bitdeer mined 300 BTC in April.\n", "BTDR",
     {("btc_produced", Decimal(300), "2024-04")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "expected"), NEWSLETTER_CASES)
def test_newsletter_sections(text: str, entity: str, expected: set[Row]) -> None:
    assert _rows(text, MAY, entity, TREASURY) == expected


# --- what counts as a heading: a short line set apart, not a line of hard-wrapped prose ---
WRAPPED = (
    "April 2024 update\n\nIn April the fleet of Riot Platforms expanded faster than\n"
    "ours did. The fleet sold 210 BTC during the month.\n"
)
HEADED = "Riot Platforms April update\n\n  • Sold 210 BTC during the month.\n"
SECTION_CASES: list[tuple[str, str, str, bool]] = [
    (WRAPPED, "The fleet sold 210 BTC during the month.", "MARA", False),
    ("Operations\n\nThe hashrate of CleanSpark grew more slowly than\nours did. Output rose "
     "and 95 BTC were sold.\n", "Output rose and 95 BTC were sold.", "WULF", False),
    (HEADED, "Sold 210 BTC during the month.", "MARA", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sentence", "entity", "expected"), SECTION_CASES)
def test_heading_is_set_apart(text: str, sentence: str, entity: str, expected: bool) -> None:
    assert is_peers_section(text, text.index(sentence), sentence, entity) is expected


# --- a joint venture's output; bitcoin equivalents ---
AUG = dt.date(2023, 9, 5)
PRODUCED_CASES: list[tuple[str, str, set[Row]]] = [
    ("Marathon's joint venture in Abu Dhabi began mining operations and produced 17 BTC in "
     "August.", "MARA", set()),
    ("Its JV with a Gulf utility came online in August and mined 42 bitcoin.", "MARA", set()),
    ("The Nautilus joint venture started up in August and produced 60 BTC.", "WULF", set()),
    ("Acme Mining reported production of 420 BTC and an additional 15 BTC equivalent from power "
     "sales in August.", "ACME", {("btc_produced", Decimal(420), "2023-08")}),
    ("The miner produced 300 bitcoin and 12 bitcoin equivalent from demand response credits in "
     "August.", "CIFR", {("btc_produced", Decimal(300), "2023-08")}),
    ("Self-mined 820 bitcoin in August and realized another 9 bitcoin earned from profit sharing "
     "under a hosting agreement.", "WULF", {("btc_produced", Decimal(820), "2023-08")}),
    ("The company mined 510 BTC in August and earned 14 BTC from power sales to the grid.",
     "RIOT", {("btc_produced", Decimal(510), "2023-08")}),
    # the company itself, with its venture as the object: read
    ("Marathon completed its joint venture in Abu Dhabi and produced 1,072 BTC in August.", "MARA",
     {("btc_produced", Decimal(1072), "2023-08")}),
    ("Cipher mined 390 BTC in August, equivalent to about $10 million.", "CIFR",
     {("btc_produced", Decimal(390), "2023-08")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "expected"), PRODUCED_CASES)
def test_venture_and_equivalent(text: str, entity: str, expected: set[Row]) -> None:
    assert _rows(text, AUG, entity, TREASURY) == expected


# --- a capacity per site is a rate's unit, not a level ---
OCT = dt.date(2024, 10, 20)
PER_SITE_CASES: list[tuple[str, set[Row]]] = [
    ("Cipher is building three HPC sites in Texas with 300 MW of critical IT capacity per site.",
     set()),
    ("The company plans two AI campuses with 150 MW of critical IT load per campus.", set()),
    ("Each of the four data halls will carry 25 MW of critical IT capacity per hall.", set()),
    # a level: read
    ("Cipher signed a lease for 300 MW of HPC capacity at its Texas site.",
     {("ai_capacity_mw", Decimal(300), "2024-10")}),
    ("The company plans an AI campus with 150 MW of critical IT load, at $8 million per MW.",
     {("ai_capacity_mw", Decimal(150), "2024-10")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PER_SITE_CASES)
def test_capacity_per_site(text: str, expected: set[Row]) -> None:
    assert _rows(text, OCT, "CIFR", ("ai_capacity_mw",)) == expected
