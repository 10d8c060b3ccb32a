"""The session's other-owner and received-note rules must not drop the entity's own figures.

Class (review of the fp19/debt_receivable session, issue 16; the code at 0795543 read each of
these, main did not):
1. The entity's own legal name with a corporate suffix, then an appositive ("Riot Platforms,
   Inc., a Bitcoin mining and digital infrastructure company, held 19,309 BTC"): the "apposed"
   form took "Inc." as the name of another organisation. The name before the suffix decides.
2. The entity's own sites in a named country ("Bitdeer's self-mining fleet in Ethiopia mined",
   "operations outside China mined"): a state owns a figure only as the clause's subject ("The
   UAE holds", "El Salvador bought"), not as a place after "in", "outside", "across".
3. A note received from a person or lender "to fund" the company ("received a $25 million
   promissory note from its chairman to fund operations") is money lent to the company: new
   debt. A note taken "in exchange for" / "as consideration for" a sale stays a receivable
   (tests/extract/test_debt_note_received_as_consideration.py).
Sentences are written for these tests in the shape of monthly-update and news copy; expected
sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 9, 4)

CASES = [
    # 1. the entity's legal name, a corporate suffix, an appositive
    (
        "RIOT",
        "Riot Platforms, Inc., a Bitcoin mining and digital infrastructure company, held 19,309 "
        "BTC as of August 31, 2025.",
        {("btc_held", Decimal("19309"), "2025-08-31")},
    ),
    (
        "MARA",
        "Marathon Digital Holdings, Inc., a leading digital asset technology company, produced "
        "705 BTC in August.",
        {("btc_produced", Decimal("705"), "2025-08")},
    ),
    (
        "BTBT",
        "Bit Digital, Inc., a sustainable digital infrastructure platform, mined 40 BTC in August.",
        {("btc_produced", Decimal("40"), "2025-08")},
    ),
    (
        "CLSK",
        "CleanSpark, Inc., a leading bitcoin mining company, mined 629 BTC in August.",
        {("btc_produced", Decimal("629"), "2025-08")},
    ),
    (
        "CIFR",
        "Cipher Mining, Inc., a developer and operator of industrial-scale bitcoin mining data "
        "centers, mined 250 BTC in August.",
        {("btc_produced", Decimal("250"), "2025-08")},
    ),
    # 2. the entity's own sites in a named country
    (
        "BTDR",
        "Bitdeer's self-mining fleet in Ethiopia mined 375 BTC in August.",
        {("btc_produced", Decimal("375"), "2025-08")},
    ),
    (
        "BTDR",
        "Bitdeer's mining sites in Bhutan produced 200 BTC in August.",
        {("btc_produced", Decimal("200"), "2025-08")},
    ),
    (
        "CANG",
        "Cango said its mining operations outside China mined 663.7 BTC in August.",
        {("btc_produced", Decimal("663.7"), "2025-08")},
    ),
    (
        "BTCM",
        "BIT Mining's operations in Ethiopia produced 120 BTC in August.",
        {("btc_produced", Decimal("120"), "2025-08")},
    ),
    (
        "BTDR",
        "Bitdeer said its hosting sites across Ethiopia produced 310 BTC in August.",
        {("btc_produced", Decimal("310"), "2025-08")},
    ),
    # 3. a note received from a lender or a person to fund the company: borrowing
    (
        "RIOT",
        "Riot received a $25 million promissory note from its chairman to fund operations in "
        "August.",
        {("debt_issued_usd", Decimal("25000000"), "2025-08")},
    ),
    (
        "CANG",
        "Cango received a $10 million unsecured note from its largest shareholder to finance the "
        "expansion in August.",
        {("debt_issued_usd", Decimal("10000000"), "2025-08")},
    ),
    (
        "BTDR",
        "Bitdeer received a $40 million secured promissory note from its founder to fund the "
        "build-out in August.",
        {("debt_issued_usd", Decimal("40000000"), "2025-08")},
    ),
]

# still another owner's: a state as the clause's subject, another company's appositive
OTHERS = [
    ("RIOT", "The UAE holds approximately 6,450 BTC, according to Arkham."),
    ("RIOT", "El Salvador bought 21 BTC in August."),
    ("BTDR", "Ethiopia mined 375 BTC in August, according to the ministry."),
    (
        "RIOT",
        "In August, Riot received a $20 million secured note from Hostco as consideration for the "
        "sale of its Kearney site.",
    ),
    (
        "RIOT",
        "Zeta Holdings, Inc., a Nasdaq-listed treasury company, holds 3,300 BTC as of August 31.",
    ),
]


def _facts(text: str, entity: str) -> set[tuple[str, Decimal, str]]:
    found = extract_text(text, published=PUBLISHED, entity=entity)
    return {(item.metric, item.value, str(item.period)) for item in found if item.value is not None}


@pytest.mark.parametrize(("entity", "text", "expected"), CASES)
def test_the_entity_s_own_figure_is_read(entity: str, text: str, expected: set[object]) -> None:
    assert _facts(text, entity) == expected


@pytest.mark.parametrize(("entity", "text"), OTHERS)
def test_another_owner_s_figure_is_not(entity: str, text: str) -> None:
    assert _facts(text, entity) == set()
