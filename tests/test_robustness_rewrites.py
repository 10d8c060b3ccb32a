"""The rewrite families of the robustness harness (benchmarks/rewrites): each changes what it
should, keeps every figure and period, and leaves alone what it could not rewrite safely."""

from __future__ import annotations

import re

import pytest

from benchmarks.rewrites import FAMILIES

# (family, entity, before, after): the family's rewrite of `before` is exactly `after`.
REWRITES = [
    ("units", None, "It mined 362 BTC and 1,200 BTC.", "It mined 362 bitcoin and 1,200 bitcoins."),
    ("units", None, "It held 7,327 bitcoin in September.", "It held 7,327 BTC in September."),
    ("mine_verbs", None, "The Company mined 362 BTC.", "The Company produced 362 BTC."),
    ("mine_verbs", None, "It produced about 54 bitcoin.", "It mined about 54 bitcoin."),
    ("mine_verbs", None, "Riot Produces 362 Bitcoin", "Riot Mines 362 Bitcoin"),
    ("mine_verbs", None, "In total 450 BTC were mined.", "In total 450 BTC were produced."),
    ("sell_verbs", None, "sold 340 BTC, sold 20 BTC", "liquidated 340 BTC, disposed of 20 BTC"),
    ("sell_verbs", None, "During May, 12 BTC were sold.", "During May, 12 BTC were liquidated."),
    ("company", "RIOT",
     'Riot Platforms, Inc. (NASDAQ: RIOT) ("Riot") said Riot mined 5. Riot Platforms sold 2.',
     'Riot Platforms, Inc. (NASDAQ: RIOT) ("Riot") said the Company mined 5. The Company sold 2.'),
    ("thousands", None, "It held 7,327 BTC worth $1,234,567.", "It held 7327 BTC worth $1234567."),
    ("thousands", None, "It held 12345 BTC and 1930.8 BTC.", "It held 12,345 BTC and 1,930.8 BTC."),
    ("money_us", None, "Debt of $305 million.", "Debt of US$305 million."),
    ("money_decimal", None, "$305 million and $1.25 billion", "$305.0 million and $1.250 billion"),
    ("money_decimal", None, "Debt of $305.0 million.", "Debt of $305 million."),
    ("money_suffix", None, "$305 million, then $1.2B.", "$305M, then $1.2 billion."),
    ("money_code", None, "Debt of $305 million.", "Debt of USD 305 million."),
    ("hedges", None, "approximately 400 MW, approximately $5 million, Approximately 9 BTC",
     "about 400 MW, roughly $5 million, Nearly 9 BTC"),
    ("hedges", None, "about 4 MW, nearly $5M", "approximately 4 MW, approximately $5M"),
    ("hedge_tilde", None, "approximately 400 MW, ~$5 million", "~400 MW, approximately $5 million"),
    ("months", None, "September 30, 2023 and October 2023", "Sept. 30, 2023 and Oct 2023"),
    ("months", None, "Sept. 30, 2023 and Dec 31", "September 30, 2023 and December 31"),
    ("date_order", None, "As of September 30, 2023, it held", "As of 30 September 2023, it held"),
    ("date_order", None, "As of 30 September 2023 it held", "As of September 30, 2023 it held"),
    ("quarter_q", None, "In the third quarter of 2025 it mined", "In Q3 2025 it mined"),
    ("quarter_q", None, "Q4 2024 Results", "fourth quarter 2024 Results"),
    ("quarter_nq", None, "In the third quarter of 2025 and Q4 2025", "In 3Q 2025 and 4Q 2025"),
    ("quarter_nq", None, "3Q 2025 results", "Q3 2025 results"),
    ("nbsp", None, "approximately 4 MW, May 31", "approximately\u00a04\u00a0MW, May\u00a031"),
    ("quotes_dashes", None, "Riot's \"update\" -- 2024-2025 - done",
     "Riot’s “update” — 2024–2025 – done"),
    ("quotes_dashes", None, "Riot’s “update” — done", "Riot's \"update\" -- done"),
    ("quotes_dashes", None, "$ 15,724 | — | The “Notes” were – paid",
     '$ 15,724 | — | The "Notes" were - paid'),
    ("linebreak", None,
     "The Company mined 362 bitcoin in September 2023 and held 7,327 bitcoin as of September 30,"
     " 2023, it said.",
     "The Company mined 362 bitcoin in September 2023 and held 7,327 bitcoin\nas of September 30,"
     " 2023, it said."),
    ("headline_upper", None, "Riot Produces 362 Bitcoin in September\n\nBody text.",
     "RIOT PRODUCES 362 BITCOIN IN SEPTEMBER\n\nBody text."),
    ("headline_title", None, "Riot produces 362 bitcoin in September\n\nBody text.",
     "Riot Produces 362 Bitcoin in September\n\nBody text."),
]  # fmt: skip

# (family, entity, text): a rewrite here would not be safe (or not a rewrite), so none is made.
UNCHANGED = [
    ("units", None, "ahead of the 2024 bitcoin halving, 200 bitcoin miners and 5 BTC/EH"),
    ("mine_verbs", None, "It produced revenue of $5 million and mined its way up."),
    ("sell_verbs", None, "It sold its stake in 2024."),
    ("company", "RIOT", "Cipher Mining Inc. (NASDAQ: CIFR) said Cipher mined 5 BTC."),
    ("company", "CANG", 'Cango Inc. (NYSE: CANG) ("Cango" or the "Company") said the Company'),
    ("company", None, "Riot Platforms, Inc. (NASDAQ: RIOT) said Riot mined 5 BTC."),
    ("thousands", None, "ADecember 2020June 202217.0 %$4,482 $— $1,245"),
    ("thousands", None, "It was selling 1,975 to pay; in 2024 BTC prices rose; Held17,3277,309"),
    ("money_us", None, "Debt of C$12 million and $3 million."),
    ("money_us", None, "GPUs for USD $5.8 billion at $8 to $10 million per MW"),
    ("money_code", None, "All amounts in Canadian dollars: debt of $3 million."),
    ("hedges", None, "It talked about 2025 plans."),
    ("months", None, "May 2025 and she may 3 times"),
    ("quarter_q", None, "the second and third quarter of 2025; fiscal third quarter of 2025"),
    ("linebreak", None,
     "Key MetricsJanuary 2024*BTC Mined371Power Sales Equivalent BTC18BTC Sold34BTC Held1,132"),
    ("linebreak", None,
     "| Bitcoin held | 7,327 | 7,309 | 6,766 | 5,500 | 4,400 | 3,300 | 2,200 | 1,100 | 1,000 |"),
    ("headline_upper", None, "Riot produced 362 bitcoin in September, it said on Tuesday morning."),
]  # fmt: skip

SAMPLES = [
    "Riot Platforms, Inc. (NASDAQ: RIOT) mined 362 BTC in September 2023 and held 7,327 bitcoin.",
    "As of September 30, 2023, it sold approximately 340 bitcoin for $9.0 million.",
    "In the third quarter of 2025 it drew $305 million, about $1.2 billion in total; Q4 2024 too.",
]
# Families whose forms spell a figure differently by design: quarter numbers and words.
_RESPELL = {"quarter_q", "quarter_nq"}


@pytest.mark.parametrize(("family", "entity", "before", "after"), REWRITES)
def test_family_rewrites(family: str, entity: str | None, before: str, after: str) -> None:
    assert FAMILIES[family].rewrite(before, entity) == after


@pytest.mark.parametrize(("family", "entity", "text"), UNCHANGED)
def test_family_leaves_unsafe_text_alone(family: str, entity: str | None, text: str) -> None:
    assert FAMILIES[family].rewrite(text, entity) == text


def _figures(text: str) -> list[str]:
    """Every figure's value: separators, a trailing ".0" and money scales spelled out alike."""
    text = re.sub(r"(\d)M\b", r"\1 million", re.sub(r"(\d)B\b", r"\1 billion", text))
    figures = re.findall(r"\d[\d,]*(?:\.\d+)?", text)
    return sorted(re.sub(r"\.?0+$", "", f.replace(",", "")) if "." in f else f.replace(",", "")
                  for f in figures)  # fmt: skip


@pytest.mark.parametrize("family", sorted(set(FAMILIES) - _RESPELL))
@pytest.mark.parametrize("sample", SAMPLES)
def test_family_keeps_every_figure(family: str, sample: str) -> None:
    assert _figures(FAMILIES[family].rewrite(sample, "RIOT")) == _figures(sample)


def test_every_family_rewrites_something() -> None:
    """A family that never fires measures nothing."""
    fired = {family for family, *_ in REWRITES}
    assert fired == set(FAMILIES)
