"""Data-driven: real passages in the forms other writers use, and their look-alikes.

tests/extract/written_forms/forms.yaml holds real cases as a robustness family of
`benchmarks.rewrites` wrote them ("USD 12.5 million", a headline in capitals, "434 BTC were
liquidated", "~$84,356", "$150.0 million", "3Q 2024", "$2100000"), each with the labels its
labellers wrote that the extractor keeps on the rewrite, and (`not_expected`) what the
rewrite once added. lookalikes.yaml holds passages that must read exactly as they did.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from extract_corpus import Case, key_of, load_cases

from monitor.extract import extract_text
from monitor.extract.capital_lines import recased
from monitor.extract.money_codes import as_dollars

DIRECTORY = Path(__file__).parent / "written_forms"
CASES = load_cases(DIRECTORY)
_RAW = {raw["id"]: raw for raw in yaml.safe_load((DIRECTORY / "forms.yaml").read_text("utf-8"))}
REWRITTEN = [case for case in CASES if case.id in _RAW]
LOOKALIKES = [case for case in CASES if case.id not in _RAW]


def test_every_family_of_the_brief_is_covered() -> None:
    families = {raw["family"] for raw in _RAW.values()}
    assert {
        "money_code",
        "headline_upper",
        "sell_verbs",
        "hedge_tilde",
        "money_decimal",
    } <= families
    assert {"quarter_q", "quarter_nq", "thousands"} <= families


@pytest.mark.parametrize("case", REWRITTEN, ids=lambda case: case.id)
def test_rewritten_passage_keeps_its_labels(case: Case) -> None:
    actual = Counter(key_of(item) for item in case.run())
    missing = Counter(case.expected) - actual
    assert not missing, f"missing {sorted(map(str, missing.elements()))}"
    for item in _RAW[case.id].get("not_expected", []):
        added = [
            key
            for key in actual
            if key[0] == item["metric"]
            and key[1] == Decimal(str(item["value"]))
            and key[3] == item["period"]
        ]
        assert not added, f"unexpected {added}"


@pytest.mark.parametrize("case", LOOKALIKES, ids=lambda case: case.id)
def test_lookalike_reads_exactly_its_labels(case: Case) -> None:
    actual = Counter(key_of(item) for item in case.run())
    assert actual == Counter(case.expected), (
        f"missing {sorted(map(str, (Counter(case.expected) - actual).elements()))}; "
        f"unexpected {sorted(map(str, (actual - Counter(case.expected)).elements()))}"
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Net Proceeds USD 12.5 million USD 9.0 million",
            "Net Proceeds US$ 12.5 million US$ 9.0 million",
        ),
        ("a loan of USD12.5m", "a loan of US$12.5m"),
        ("USD 2000 million", "US$ 2000 million"),
        # left alone: a dollar sign already, a stablecoin, header years, a word's end
        ("Loan Amount: USD $2.56 million", "Loan Amount: USD $2.56 million"),
        ("for USDT 4.5 million", "for USDT 4.5 million"),
        ("Key figures USD 2024 2023", "Key figures USD 2024 2023"),
        ("xUSD 5", "xUSD 5"),
        # a year before a comma or a sentence's stop is still a year (review, fifteenth session)
        ("in USD 2024, the", "in USD 2024, the"),
        ("figures in USD 2024.", "figures in USD 2024."),
        ("USD 2024.5 million", "US$ 2024.5 million"),
    ],
)
def test_dollar_code_is_read_as_the_sign_in_place(text: str, read: str) -> None:
    assert as_dollars(text) == read
    assert len(as_dollars(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "RECORD BTC PRODUCTION OF 1,853 BTC IN DECEMBER AND 12,852 BTC IN 2023\nbody",
            "Record BTC Production of 1,853 BTC in December and 12,852 BTC in 2023\nbody",
        ),
        (
            "RIOT INCREASES SELF-MINING HASH RATE CAPACITY TO 12.8 EH/S",
            "Riot Increases Self-Mining Hash Rate Capacity to 12.8 EH/s",
        ),
        # codes joined by "/" or "&", a capacity's "IT", a ticker after its exchange keep their
        # capitals (review, fifteenth session: "IT" read as "It" lost the 168 MW)
        (
            "COMPANY SIGNS LEASE FOR 168 CRITICAL IT MW OF AI/HPC CAPACITY WITH AWS",
            "Company Signs Lease for 168 Critical IT MW of AI/HPC Capacity With AWS",
        ),
        (
            "CLEANSPARK (NASDAQ: CLSK) CLOSES M&A DEAL AND SAYS IT SOLD 100 BTC",
            "Cleanspark (NASDAQ: CLSK) Closes M&A Deal and Says It Sold 100 BTC",
        ),
        # left alone: a headline with lower case, a short line, capitals below the first line
        ("Riot Produces 425 Bitcoin in December", "Riot Produces 425 Bitcoin in December"),
        ("BITCOIN MINED", "BITCOIN MINED"),
        ("Title\nBITCOIN PRODUCTION AND MINING", "Title\nBITCOIN PRODUCTION AND MINING"),
    ],
)
def test_headline_in_capitals_is_read_in_title_case_in_place(text: str, read: str) -> None:
    assert recased(text) == read
    assert len(recased(text)) == len(text)


def test_capacity_in_a_capitals_headline_is_read() -> None:
    """The same capacity as the headline in title case reads (review, fifteenth session)."""
    text = "COMPANY SIGNS LEASE FOR 168 CRITICAL IT MW OF AI/HPC CAPACITY WITH A HYPERSCALER\n"
    found = extract_text(text, published=dt.date(2025, 11, 3), entity="ACME")
    assert ("ai_capacity_mw", Decimal(168)) in {(item.metric, item.value) for item in found}
