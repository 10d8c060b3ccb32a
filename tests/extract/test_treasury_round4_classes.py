"""Treasury classes of round 4, each in several wordings with a near-miss beside it.

* Another company's figure: a company introduced as a rival, peer or competitor, named or not
  in the miner list, and the bitcoin-treasury companies news ranks miners against; clients as
  the subject ("its customers sold 500 BTC") or the owner ("300 BTC of its clients' bitcoin").
* Holdings "kept a total of N BTC", "has accumulated N BTC" (the present perfect states the
  stock; a pluperfect in a later story is a recalled balance), a dashed aside between the
  holdings and their level skipped whole; a change's starting point is no figure ("8,000 BTC at
  the end of March, rising to 8,300 BTC at the end of April" → 8,300 only).
* Zero sold said with a pronoun after a production ("held onto every coin", "all of which went
  into its treasury", "added all of it to its reserve", "did not part with any of its bitcoin").
* Not a result: a trailing window ("over the past 12 months"), quarter-to-date and a year "to
  end of May" are cumulative; guidance words
  ("projects", "guidance", "outlook") make a figure a forecast.
* The company's own part of a stated total ("…, with 300 from self-mining and 120 from hosting
  customers") is production beside the total; a clients' figure later in the sentence does not
  make an earlier own figure theirs ("300 BTC for its own account and 120 BTC for customers").
* A one-line "Label: clause" row ("April: 450 BTC mined, 300 BTC sold") is read as prose; in a
  pair whose second figure has its own verb ("450 BTC mined and 300 BTC sold") each keeps it.
* An intention said with the noun ("hinted at its intentions to sell").
* A running total closed by the month reported is the whole period's production ("mined 310
  BTC in December, taking the total for 2024 to 3,900" → 2024); in a month that does not close
  the period it is year-to-date and not labelled.

Expected sets follow tests/extract/real/README.md, never the extractor's output. Published 6 May
2025, entity RIOT: "in April" is April 2025, a balance with no date the publication month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]
_MINED = ("btc_produced", Decimal("450"), "2025-04")
_NONE_SOLD = ("btc_sold", Decimal("0"), "2025-04")
_HELD_APRIL = ("btc_held", Decimal("19300"), "2025-04-30")

PEERS = [
    ("Rival Zenith Hashworks mined 610 BTC in April, while Riot mined 450 BTC.", {_MINED}),
    (
        "Riot mined 450 BTC in April, ahead of peers such as Halcyon Power, which mined 380 BTC.",
        {_MINED},
    ),
    ("Riot's competitor, Northwind Digital, held 2,100 BTC at the end of April.", set()),
    ("Riot mined 450 BTC in April; fellow miner Bitmine produced 95 BTC.", {_MINED}),
    ("Riot holds 19,000 BTC, second only to MicroStrategy, which holds 214,000 BTC.",
     {("btc_held", Decimal("19000"), "2025-05")}),
    (
        "Tesla holds 11,509 BTC, while Riot holds 19,000 BTC.",
        {("btc_held", Decimal("19000"), "2025-05")},
    ),
    # clients as the subject, or the coins said to be the clients'
    ("Riot's hosting customers sold 500 BTC through its trading desk in April.", set()),
    ("Riot sold 300 BTC of its hosting clients' bitcoin in April.", set()),
    # near-misses: the company itself after the cue word
    ("Like its peers, Riot mined 450 BTC in April.", {_MINED}),
    ("Riot outpaced its rivals in April, mining 450 BTC.", {_MINED}),
]  # fmt: skip

HOLDINGS = [
    ("At the end of April, Riot kept a total of 19,300 BTC.", {_HELD_APRIL}),
    ("Riot retained a total of 19,300 bitcoin at the end of April.", {_HELD_APRIL}),
    ("Riot's holdings were 19,000 BTC at the end of March, rising to 19,300 BTC at the end of "
     "April.",
     {_HELD_APRIL}),
    ("Riot's bitcoin reserve stood at 19,600 BTC as of March 31, falling to 19,300 BTC at the end "
     "of April.",
     {_HELD_APRIL}),
    ("Riot's total bitcoin holdings – after production of 450 bitcoins in April – were 19,300 at "
     "the end of April.", {_MINED, _HELD_APRIL}),
    ("Riot has accumulated 19,300 BTC as of April 30.", {_HELD_APRIL}),
    ("Riot had accumulated 17,700 BTC by the end of 2024 before it began selling.", set()),
    ("Riot has amassed 19,300 bitcoin, making it the second-largest holder among miners.",
     {("btc_held", Decimal("19300"), "2025-05")}),
    # near-misses: an addition in a month, a cumulative since the start, a target
    ("Riot accumulated 450 BTC in April through its treasury programme.", set()),
    ("Riot has accumulated 5,810 BTC since it began mining in 2020.", set()),
    ("Riot aims to keep a total of 25,000 BTC by the end of 2026.", set()),
]  # fmt: skip

ZERO_SOLD = [
    ("Riot mined 450 BTC in April and held onto every coin.", {_MINED, _NONE_SOLD}),
    ("Riot mined 450 BTC in April, all of which went into its treasury.", {_MINED, _NONE_SOLD}),
    ("Riot mined 450 BTC in April, all of which were added to the company's reserves.",
     {_MINED, _NONE_SOLD}),
    ("Riot mined 450 BTC in April and added all of it to its reserve.", {_MINED, _NONE_SOLD}),
    ("Riot mined 450 BTC in April and kept them all.", {_MINED, _NONE_SOLD}),
    ("Riot did not part with any of its bitcoin in April.", {_NONE_SOLD}),
    # near-misses: the pronoun is not the production; a future or another company's choice
    ("Riot mined 450 BTC in April and added 20 MW to its site.", {_MINED}),
    ("Riot mined 450 BTC in April, while rival Zenith Hashworks held onto every coin.", {_MINED}),
]  # fmt: skip

NOT_RESULTS = [
    ("Riot mined 5,400 BTC over the past 12 months.", set()),
    ("Over the last 30 days, Riot mined 150 BTC.", set()),
    ("Riot projects production of 5,000 BTC for 2025.", set()),
    ("Riot's guidance calls for 400 BTC of monthly production.", set()),
    ("Riot's outlook assumes 420 BTC mined in June.", set()),
    ("Riot produced 1,310 BTC quarter-to-date as of June 1.", set()),
    ("Riot mined 1,830 self-mined bitcoin in FY 2025 to end of April.", set()),
    # near-miss: the window describes the month's figure, it does not date it
    ("Riot mined 450 BTC in April, its best month in the past 12 months.", {_MINED}),
]  # fmt: skip

OWN_PART = [
    ("In April, 560 bitcoins were produced at Riot's sites, with 450 from self-mining and 110 "
     "from hosting customers.",
     {("btc_produced", Decimal("560"), "2025-04"), _MINED}),
    ("Riot mined 560 BTC in April, of which 450 BTC came from its own fleet.",
     {("btc_produced", Decimal("560"), "2025-04"), _MINED}),
    ("Riot produced 450 BTC for its own account and 110 BTC for hosting customers in April.",
     {_MINED}),
    ("Riot mined 560 BTC in April, including 110 BTC mined for hosting clients.",
     {("btc_produced", Decimal("560"), "2025-04")}),
    # near-miss: the clients' coins alone
    ("Riot's hosting customers mined 110 BTC at its sites in April.", set()),
]  # fmt: skip

TOTALS = [
    ("Riot mined 310 bitcoins in December 2024, taking the total for 2024 to 3,900, the company "
     "said.",
     {("btc_produced", Decimal("310"), "2024-12"), ("btc_produced", Decimal("3900"), "2024")}),
    ("Riot produced 450 BTC in March 2025, bringing its production for the first quarter of 2025 "
     "to 1,380 BTC.",
     {("btc_produced", Decimal("450"), "2025-03"), ("btc_produced", Decimal("1380"), "2025-Q1")}),
    ("Riot mined 450 BTC in March 2025, taking its Q1 tally to 1,380 BTC.",
     {("btc_produced", Decimal("450"), "2025-03"), ("btc_produced", Decimal("1380"), "2025-Q1")}),
    # near-misses: a month that does not close the period (year-to-date); holdings, not mined
    ("Riot mined 450 BTC in April 2025, taking the total for 2025 to 1,830.", {_MINED}),
    # (the holding reached by March's flows is at March 31: README decided case 14; was 2025-03)
    ("Riot mined 450 BTC in March 2025, bringing its total holdings to 19,300 BTC.",
     {("btc_produced", Decimal("450"), "2025-03"), ("btc_held", Decimal("19300"), "2025-03-31")}),
]  # fmt: skip


INTENTIONS = [
    ("Riot has repeatedly hinted at its intentions to sell part of its mined bitcoin.", True),
    ("Riot confirmed its intention to sell up to 1,000 BTC over the coming quarter.", True),
    # near-misses: a negated plan, a conditional openness
    ("Riot has no intention to sell any of its bitcoin.", False),
    ("Riot is open to selling part of its bitcoin holdings if market conditions are right.", False),
]


# A one-line "Label: clause" whose label names no metric; a pair whose second figure has its
# own verb.
PROSE_ROWS = [
    ("April: 450 BTC mined, 300 BTC sold.",
     {_MINED, ("btc_sold", Decimal("300"), "2025-04")}),
    ("Riot Platforms: 450 BTC mined in April.", {_MINED}),
    ("In April Riot had 450 BTC mined and 300 BTC sold.",
     {_MINED, ("btc_sold", Decimal("300"), "2025-04")}),
    # near-miss: a row whose value is a count of machines
    ("April: 4,500 bitcoin miners deployed.", set()),
]  # fmt: skip


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), PEERS)
def test_rivals_figures_are_not_the_entitys(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), HOLDINGS)
def test_holdings_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), ZERO_SOLD)
def test_zero_sold_with_a_pronoun(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_RESULTS)
def test_trailing_windows_and_guidance_are_not_results(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_PART)
def test_own_part_of_a_total(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTENTIONS)
def test_intention_noun(text: str, expected: bool) -> None:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    assert any(item.metric == "intent" for item in found) == expected


@pytest.mark.parametrize(("text", "expected"), PROSE_ROWS)
def test_prose_after_a_label(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_running_total_closed_by_the_month(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
