"""Confidence tiers: measured on the blind batches, and the signs they rest on.

The data-driven tests re-measure the tiers leave-one-batch-out on the first-run facts of the
blind batches (benchmarks/confidence_facts.jsonl) and fail when "high" stops being clearly more
often right than the rest, or when the committed rules drift from what the learner picks.
The sign tests use hand-made facts with paraphrased release sentences and near-misses.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from benchmarks import confidence as study
from monitor.extract.confidence import (
    DOUBTS,
    HIGH,
    LOW,
    LOW_SIGNS,
    MEDIUM,
    confidence,
    period_kind,
    risk_flags,
)
from monitor.extract.model import Extracted

RELEASE = "https://www.globenewswire.com/news-release/2025/11/04/riot-october-update.html"
REWRITE = "https://cryptonewsdesk.example/riot-mined-more-bitcoin-in-october"
PUBLISHED = dt.date(2025, 11, 4)


def fact(
    quote: str,
    metric: str = "btc_produced",
    value: str | None = "505",
    period: str | None = "2025-10",
    row_label: str | None = None,
) -> Extracted:
    unit = "USD" if metric.endswith("_usd") else "MW" if metric.endswith("_mw") else "BTC"
    return Extracted(
        metric=metric,
        value=None if value is None else Decimal(value),
        unit=unit,
        currency=unit if unit == "USD" else None,
        period=period,
        evidence=quote,
        start=0,
        end=len(quote),
        row_label=row_label,
    )


def flags(item: Extracted, **kwargs: object) -> frozenset[str]:
    options = {"entity": "RIOT", "source_url": RELEASE, "published": PUBLISHED, **kwargs}
    return risk_flags(item, **options)  # type: ignore[arg-type]


# --- measured on the blind batches -------------------------------------------------------


@pytest.fixture(scope="module")
def held_out() -> dict[str, list[tuple[study.Fact, str]]]:
    facts, _ = study.load()
    return study.leave_one_batch_out(facts)


def _precision(rows: list[tuple[study.Fact, str]], tier: str) -> float:
    group = [item for item, got in rows if got == tier]
    return sum(item.right for item in group) / len(group)


def test_high_facts_are_right_far_more_often_than_the_rest_on_held_out_batches(
    held_out: dict[str, list[tuple[study.Fact, str]]],
) -> None:
    pooled = [row for rows in held_out.values() for row in rows]
    high, medium, low = (_precision(pooled, tier) for tier in (HIGH, MEDIUM, LOW))
    assert high >= 0.86  # measured 0.882 at 34% of the facts
    assert high > medium + 0.1 > low + 0.2
    assert sum(got == HIGH for _, got in pooled) / len(pooled) >= 0.2


def test_every_held_out_batch_has_a_high_tier_right_at_least_four_times_in_five(
    held_out: dict[str, list[tuple[study.Fact, str]]],
) -> None:
    # Measured 0.82 (l) to 1.00 (j); in l "high" is no better than "medium" (0.83).
    for batch, rows in held_out.items():
        assert _precision(rows, HIGH) >= 0.8, batch
        assert _precision(rows, HIGH) > _precision(rows, LOW), batch


def test_the_committed_rules_are_what_the_learner_picks_on_all_batches() -> None:
    facts, _ = study.load()
    assert study.learn(facts) == (DOUBTS, LOW_SIGNS)


# --- the signs ----------------------------------------------------------------------------


def test_a_plain_stated_figure_carries_no_cue() -> None:
    found = flags(fact("Riot produced 505 bitcoin in October 2025."))
    assert not found & {"hedged", "planned", "ranged", "recalled", "other_year", "headline"}
    assert "period_unnamed" not in found and "news" not in found


@pytest.mark.parametrize(
    ("quote", "sign"),
    [
        ("Riot produced approximately 505 bitcoin in October.", "hedged"),
        ("Riot expects to produce 505 bitcoin in October.", "planned"),
        ("Riot produced between 480 and 505 bitcoin in October.", "ranged"),
        ("Riot previously reported that it produced 505 bitcoin in October.", "recalled"),
        ("Riot produced 505 bitcoin in October, or 16.3 bitcoin per day.", "rate"),
        ("Riot produced 505 bitcoin in October, against 3,400 in all of 2021.", "other_year"),
        ("Riot produced 505 bitcoin in October while Marathon produced 890.", "other_company"),
        ("Riot Produces 505 Bitcoin in October", "headline"),
    ],
)
def test_each_cue_of_doubt_is_seen_in_the_quote(quote: str, sign: str) -> None:
    assert sign in flags(fact(quote))


@pytest.mark.parametrize(
    ("quote", "sign"),
    [
        ("Riot produced 505 bitcoin throughout October.", "hedged"),  # "about" inside a word
        ("Riot produced 505 bitcoin in October, in line with its plan.", "planned"),
        ("Riot produced 505 bitcoin in October 2025.", "other_year"),  # its own year
        ("Riot Platforms produced 505 bitcoin in October.", "other_company"),  # itself
        ("Riot produced 505 bitcoin in October (unaudited).", "headline"),
    ],
)
def test_near_misses_do_not_raise_the_cue(quote: str, sign: str) -> None:
    assert sign not in flags(fact(quote))


def test_the_period_must_be_named_by_the_quote() -> None:
    assert "period_unnamed" in flags(fact("The company mined 505 bitcoin last month."))
    assert "period_unnamed" not in flags(fact("It mined 505 bitcoin in Oct. 2025."))
    quarter = fact("It mined 1,530 bitcoin in the third quarter.", value="1530", period="2025-Q3")
    assert "period_unnamed" not in flags(quarter)


def test_a_news_page_and_a_table_cell_are_told_apart() -> None:
    cell = fact("Bitcoin Produced | 505 | 412", row_label="Bitcoin Produced")
    assert "prose" not in flags(cell)
    assert "news" in flags(cell, source_url=REWRITE)
    assert "news" not in flags(cell, source_url="https://www.sec.gov/Archives/edgar/x.htm")


def test_the_documents_other_facts_raise_repeats_and_conflicts() -> None:
    first = fact("Riot produced 505 bitcoin in October.")
    other_month = fact("Riot produced 412 bitcoin in September.", value="412", period="2025-09")
    clash = fact("Riot mined 515 bitcoin in October.", value="515")
    held = fact("Riot held 19,324 bitcoin.", metric="btc_held", value="19324")
    assert not flags(first, siblings=[first, held]) & {"same_metric_again", "conflict"}
    assert "same_metric_again" in flags(first, siblings=[first, other_month])
    assert "conflict" not in flags(first, siblings=[first, other_month])
    assert "conflict" in flags(first, siblings=[first, clash])


def test_publication_month_and_period_kind() -> None:
    assert "pub_month" in flags(fact("It mined 505 bitcoin.", period="2025-11"))
    assert "pub_month" not in flags(fact("It mined 505 bitcoin in October."))
    assert [period_kind(p) for p in ("2025-10", "2025-10-31", "2025-Q3", "2025-H1", "2025")] == [
        "month",
        "date",
        "Q",
        "H",
        "year",
    ]


# --- tiers and their reasons --------------------------------------------------------------


def test_a_plain_monthly_production_figure_from_a_release_is_high() -> None:
    found = confidence(
        fact("Riot produced 505 bitcoin in October 2025."),
        entity="RIOT",
        source_url=RELEASE,
        published=PUBLISHED,
    )
    assert found.tier == HIGH
    assert "company's own release" in found.reason


def test_a_second_production_figure_in_the_document_makes_both_low() -> None:
    first = fact("Riot produced 505 bitcoin in October 2025.")
    second = fact("It produced 412 bitcoin in September 2025.", value="412", period="2025-09")
    found = confidence(first, siblings=[first, second], source_url=RELEASE, published=PUBLISHED)
    assert found.tier == LOW
    assert "another btc_produced figure" in found.reason


def test_holdings_without_a_day_are_low_and_say_so() -> None:
    held = fact("Riot held 19,324 bitcoin at the end of the month.", "btc_held", "19324")
    found = confidence(held, source_url=REWRITE, published=PUBLISHED)
    assert found.tier == LOW  # right under half the time on the blind batches
    assert "btc_held dated by a month without a day" in found.reason
    dated = fact(
        "As of October 31, 2025, Riot held 19,324 bitcoin.", "btc_held", "19324", "2025-10-31"
    )
    assert confidence(dated, published=PUBLISHED, source_url=REWRITE).tier == HIGH


def test_a_quote_that_does_not_name_the_period_is_medium() -> None:
    vague = fact("Riot produced 505 bitcoin during the month.")
    found = confidence(vague, source_url=RELEASE, published=PUBLISHED)
    assert found.tier == MEDIUM and "does not name the period" in found.reason


def test_a_nine_months_fact_is_graded_by_its_own_granularity() -> None:
    # "2025-9M" (year to date through September) is neither a month nor a quarter.
    assert period_kind("2025-9M") == "nine_months"
    named = fact(
        "Revenue for the nine months ended September 30 was $412 million, and the company "
        "repaid $40 million of equipment loans.",
        metric="debt_repaid_usd",
        value="40000000",
        period="2025-9M",
    )
    assert "period_unnamed" not in flags(named)
    unnamed = fact(
        "The company repaid $40 million of equipment loans in the period.",
        metric="debt_repaid_usd",
        value="40000000",
        period="2025-9M",
    )
    assert "period_unnamed" in flags(unnamed)
    assert confidence(unnamed, entity="RIOT", source_url=RELEASE, published=PUBLISHED).tier
