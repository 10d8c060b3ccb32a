"""Periods a figure's own words tie it to: a holding reached in a named month is at the month's
last day; an issuer's ordinal quarter dated by its end is its fiscal quarter; a month inside an
aside about the subject dates the aside, not the deal.

Real passages from batches s and s2:
* s-cang-2025-09-cvj-treasury-5800: "operations for September 2025, achieving 89.7%
  operational hashrate while accumulating over 5,800 BTC in its treasury" -> 2025-09-30
  (README decided case 14);
* s2-hive-2023-q2-fiscal-cryptoproductivity-858-btc: "Reports Second Quarter Revenue … the
  second quarter ended September 30, 2022" -> HIVE's fiscal 2023-Q2 (its year ends March 31;
  README "a fiscal quarter as the issuer names it");
* s-corz-2024-02-cointeeth-coreweave-16mw: "Core Scientific, which emerged from bankruptcy in
  January, announced its plans to lease … to CoreWeave" -> the publication month, not January
  (the same aside before any figure: the report's month).
Variants put the same ties in other companies' words; look-alikes keep their own period (a
holding with no period, a flow in the month, a calendar company's quarter, a month that opens
the sentence). Expected values are read off the text by the labelling convention
(tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

CASES = [
    # a holding reached in a named month
    pytest.param(
        "Cango Inc. (NYSE: CANG) has reported substantial progress in its Bitcoin mining "
        "operations for September 2025, achieving 89.7% operational hashrate while accumulating "
        "over 5,800 BTC in its treasury.",
        "CANG",
        dt.date(2025, 10, 3),
        {("btc_held", Decimal("5800"), "2025-09-30")},
        id="real-cang-accumulating-for-september",
    ),
    pytest.param(
        "MARA reported its operations for October 2025, achieving record uptime while "
        "accumulating 53,250 BTC in its treasury.",
        "MARA",
        dt.date(2025, 11, 5),
        {("btc_held", Decimal("53250"), "2025-10-31")},
        id="variant-accumulating-named-month",
    ),
    pytest.param(
        "MARA reported strong operations for October 2025, with 99% uptime, while amassing over "
        "53,000 BTC in its treasury.",
        "MARA",
        dt.date(2025, 11, 5),
        {("btc_held", Decimal("53000"), "2025-10-31")},
        id="variant-amassing-over",
    ),
    pytest.param(
        "Cango currently holds over 5,800 BTC.",
        "CANG",
        dt.date(2025, 10, 3),
        {("btc_held", Decimal("5800"), "2025-10")},
        id="negative-no-period-named",
    ),
    pytest.param(
        "In September 2025, Cango mined 616.6 BTC.",
        "CANG",
        dt.date(2025, 10, 3),
        {("btc_produced", Decimal("616.6"), "2025-09")},
        id="negative-flow-keeps-its-month",
    ),
    # an ordinal quarter dated by its end: the issuer's fiscal quarter
    pytest.param(
        "HIVE Blockchain Technologies (HIVE) Reports Second Quarter Revenue of $29.6M, Net Loss of "
        "$37.2M\nHIVE Blockchain Technologies Ltd. (Nasdaq: HIVE) is pleased to announce its "
        "earnings report for the second quarter ended September 30, 2022 (all amounts in US "
        "dollars, unless otherwise stated).\nThe company notes that HIVE's production of 858 "
        "Bitcoin this quarter represents a 31% year-over-year increase.",
        "HIVE",
        dt.date(2022, 11, 15),
        {("btc_produced", Decimal("858"), "2023-Q2")},
        id="real-hive-second-quarter-ended-september",
    ),
    pytest.param(
        "HIVE Digital Technologies Reports Third Quarter Results\nHIVE Digital Technologies Ltd. "
        "announces its results for the third quarter ended December 31, 2024. HIVE mined 465 "
        "Bitcoin this quarter.",
        "HIVE",
        dt.date(2025, 2, 14),
        {("btc_produced", Decimal("465"), "2025-Q3")},
        id="variant-third-quarter-ended-december",
    ),
    pytest.param(
        "HIVE Digital Technologies (HIVE) Reports Second Quarter Revenue of $22.6M\nHIVE is "
        "pleased to announce its earnings report for the second quarter ended September 30, "
        "2024.\nThe company notes that HIVE's production of 429 Bitcoin this quarter was lower "
        "after the halving.",
        "HIVE",
        dt.date(2024, 11, 14),
        {("btc_produced", Decimal("429"), "2025-Q2")},
        id="variant-q2-fy2025-ended-september-2024",
    ),
    pytest.param(
        "IREN Reports First Quarter Results\nIREN Limited today reported its results for the "
        "first quarter ended September 30, 2025. IREN mined 669 Bitcoin this quarter.",
        "IREN",
        dt.date(2025, 11, 6),
        {("btc_produced", Decimal("669"), "2026-Q1")},
        id="variant-first-quarter-ended-september-june-year",
    ),
    pytest.param(
        "Riot Platforms Reports Second Quarter Results\nRiot today reported its results for the "
        "second quarter ended June 30, 2025. Riot mined 1,426 Bitcoin in the quarter.",
        "RIOT",
        dt.date(2025, 7, 31),
        {("btc_produced", Decimal("1426"), "2025-Q2")},
        id="negative-calendar-quarter",
    ),
    # a month in an aside about the subject
    pytest.param(
        "According to Blockworks, Texas-based Core Scientific, which emerged from bankruptcy in "
        "January, announced its plans to lease up to 16 megawatts of capacity in its Austin "
        "datacenter to cloud provider CoreWeave.",
        "CORZ",
        dt.date(2024, 2, 21),
        # (the 16 MW the company plans to lease is no longer labelled: decided case 30)
        {("ai_milestone", None, "2024-02")},
        id="real-corz-aside-emerged-in-january",
    ),
    pytest.param(
        "TeraWulf, which listed its shares on Nasdaq in December, signed a ten-year AI "
        "colocation lease with a hyperscale tenant.",
        "WULF",
        dt.date(2024, 1, 18),
        {("ai_milestone", None, "2024-01")},
        id="variant-aside-listed-in-december",
    ),
    pytest.param(
        "TeraWulf, whose Lake Mariner site came online in March, entered into a 10-year HPC lease "
        "with Fluidstack.",
        "WULF",
        dt.date(2024, 1, 18),
        {("ai_milestone", None, "2024-01")},
        id="variant-aside-whose-site-came-online",
    ),
    pytest.param(
        "Core Scientific March 2024 Production Update\nCore Scientific, which emerged from "
        "bankruptcy in January, sold 150 BTC.",
        "CORZ",
        dt.date(2024, 4, 3),
        {("btc_sold", Decimal("150"), "2024-03")},
        id="variant-aside-before-a-sale-in-a-monthly-update",
    ),
    pytest.param(
        "Core Scientific March 2024 Production Update\nCore Scientific, which in January sold "
        "150 BTC, is expanding its Texas site.",
        "CORZ",
        dt.date(2024, 4, 3),
        {("btc_sold", Decimal("150"), "2024-01")},
        id="negative-figure-inside-the-aside",
    ),
    pytest.param(
        "In January, Core Scientific signed a 200 MW AI hosting contract with CoreWeave.",
        "CORZ",
        dt.date(2024, 2, 21),
        {("ai_milestone", None, "2024-01"), ("ai_capacity_mw", Decimal("200"), "2024-01")},
        id="negative-month-opens-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "wanted"), CASES)
def test_period_the_words_tie(
    text: str, entity: str, published: dt.date, wanted: set[object]
) -> None:
    found = {
        (item.metric, item.value, item.period)
        for item in extract_text(text, published=published, entity=entity)
    }
    assert found == wanted
