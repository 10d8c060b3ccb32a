"""From facts to a period's figure: which filing wins, re-rounding vs restatement, concept
switches, currencies, crypto holdings. Facts are shaped as companyfacts rows of real filers."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from monitor.sources.edgar.companyfacts import Fact, parse_company_facts
from monitor.sources.edgar.concepts import (
    CRYPTO_FAIR_VALUE,
    CRYPTO_UNITS,
    DEBT_TOTAL,
    INTEREST_EXPENSE,
    MetricSpec,
)
from monitor.sources.edgar.metric_events import event_kind, explain, remembered
from monitor.sources.edgar.periods import FiscalCalendar
from monitor.sources.edgar.values import metric_values, reporting_currency
from monitor.vocabulary.kinds import METRIC_RESTATED

DECEMBER = FiscalCalendar(12)


def fact(
    concept: str,
    value: float,
    end: str,
    accession: str,
    filed: str,
    start: str | None = None,
    unit: str = "USD",
    form: str = "10-Q",
) -> Fact:
    return Fact(
        taxonomy="us-gaap",
        concept=concept,
        unit=unit,
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end),
        value=value,
        accession=accession,
        fy=None,
        fp=None,
        form=form,
        filed=date.fromisoformat(filed),
    )


def values(spec: MetricSpec, facts: list[Fact], **kwargs: Any) -> dict[str, float]:
    return {k: v.value for k, v in metric_values(spec, facts, DECEMBER, **kwargs).items()}


# --- re-rounding is not a restatement -------------------------------------------------------

# Tesla's third quarter of 2018: 175,220,000 in the 10-Q, 175,000,000 a year later when the
# comparative column was shown in millions.
Q3_2018 = fact("InterestExpense", 175_220_000, "2018-09-30", "q3-2018", "2018-11-02", "2018-07-01")
Q3_2018_AGAIN = fact(
    "InterestExpense", 175_000_000, "2018-09-30", "q3-2019", "2019-10-29", "2018-07-01"
)


def test_a_re_rounded_figure_keeps_the_more_precise_one() -> None:
    found = metric_values(INTEREST_EXPENSE, [Q3_2018, Q3_2018_AGAIN], DECEMBER)["2018-Q3"]
    assert (found.value, found.accession) == (175_220_000, "q3-2018")


def test_a_re_rounded_figure_is_not_news_but_a_correction_is() -> None:
    (first,) = metric_values(INTEREST_EXPENSE, [Q3_2018], DECEMBER).values()
    (again,) = metric_values(INTEREST_EXPENSE, [Q3_2018_AGAIN], DECEMBER).values()
    since = date(2018, 1, 1)
    assert event_kind(remembered(first), again, since, backfill=False) is None
    # Tesla's 6M 2013 interest was filed as −20,234,000 and corrected to 20,234,000.
    wrong_sign = fact("InterestExpense", -20_234_000, "2013-06-30", "a", "2013-08-09", "2013-01-01")
    right_sign = fact("InterestExpense", 20_234_000, "2013-06-30", "b", "2014-08-08", "2013-01-01")
    (before,) = metric_values(INTEREST_EXPENSE, [wrong_sign], DECEMBER).values()
    (after,) = metric_values(INTEREST_EXPENSE, [right_sign], DECEMBER).values()
    assert event_kind(remembered(before), after, since, backfill=False) == METRIC_RESTATED
    # Tesla's 2016 year-end debt, first tagged in thousands as if in dollars.
    scale = [fact("DebtCurrent", 1_114_652, "2016-12-31", "k", "2017-03-01", form="10-K")]
    fixed = [fact("DebtCurrent", 1_114_652_000, "2016-12-31", "q", "2017-05-10")]
    (small,) = metric_values(DEBT_TOTAL, scale, DECEMBER).values()
    (large,) = metric_values(DEBT_TOTAL, fixed, DECEMBER).values()
    assert event_kind(remembered(small), large, since, backfill=False) == METRIC_RESTATED
    assert metric_values(DEBT_TOTAL, scale + fixed, DECEMBER)["2016-12-31"].value == 1_114_652_000


# --- a concept switch ------------------------------------------------------------------------

# Nine months under InterestExpense in the 10-Q, the year under InterestExpenseNonoperating in
# the 10-K, which also shows the prior year under the new concept.
NINE_MONTHS = fact("InterestExpense", 30_000_000, "2024-09-30", "10q", "2024-10-30", "2024-01-01")
YEAR = fact(
    "InterestExpenseNonoperating",
    41_000_000,
    "2024-12-31",
    "10k",
    "2025-02-10",
    "2024-01-01",
    form="10-K",
)
PRIOR_YEAR_OLD = fact(
    "InterestExpense", 37_000_000, "2023-12-31", "10k-23", "2024-02-09", "2023-01-01"
)
PRIOR_YEAR_NEW = fact(
    "InterestExpenseNonoperating", 37_000_000, "2023-12-31", "10k", "2025-02-10", "2023-01-01"
)


def test_q4_across_a_concept_switch_the_filer_shows_is_one_line() -> None:
    found = metric_values(
        INTEREST_EXPENSE, [NINE_MONTHS, YEAR, PRIOR_YEAR_OLD, PRIOR_YEAR_NEW], DECEMBER
    )
    q4 = found["2024-Q4"]
    assert (q4.value, q4.method) == (11_000_000, "derived")
    assert q4.concepts == {
        "InterestExpenseNonoperating": 41_000_000,
        "InterestExpense": -30_000_000,
    }
    assert [(p.concept, p.value, p.accession) for p in q4.parts] == [
        ("InterestExpenseNonoperating", 41_000_000, "10k"),
        ("InterestExpense", -30_000_000, "10q"),
    ]
    assert "InterestExpenseNonoperating 41,000,000 (10-K 10k" in explain(q4)


def test_no_q4_across_a_switch_nothing_shows_to_be_the_same_line() -> None:
    assert "2024-Q4" not in values(INTEREST_EXPENSE, [NINE_MONTHS, YEAR, PRIOR_YEAR_OLD])


def test_quarters_from_any_durations_and_zero_years() -> None:
    # Snowflake (year ending January): 9M and Q1 and Q3 of fiscal 2025, no H1.
    snowflake = FiscalCalendar(1)
    facts = [
        fact("InterestExpenseNonoperating", 689_000, "2024-10-31", "a", "2024-11-27", "2024-02-01"),
        fact("InterestExpenseNonoperating", 0, "2024-04-30", "b", "2025-05-30", "2024-02-01"),
        fact("InterestExpenseNonoperating", 689_000, "2024-10-31", "a", "2024-11-27", "2024-08-01"),
        # A whole year of zero: every quarter in it is zero.
        fact("InterestExpenseNonoperating", 0, "2023-01-31", "c", "2025-03-21", "2022-02-01"),
    ]
    found = {k: v.value for k, v in metric_values(INTEREST_EXPENSE, facts, snowflake).items()}
    assert found["2025-Q2"] == 0  # 9M − Q3 − Q1
    assert {found[f"2023-Q{n}"] for n in range(1, 5)} == {0}


# --- currencies ------------------------------------------------------------------------------


def test_figures_in_another_currency_are_read_in_it() -> None:
    # A 20-F filer with an RMB balance sheet and a convenience translation for one date.
    facts = [
        fact("LongTermDebtNoncurrent", 712_023_000, "2023-12-31", "20f", "2024-04-26", unit="CNY"),
        fact("LongTermDebtCurrent", 50_000_000, "2023-12-31", "20f", "2024-04-26", unit="CNY"),
        fact("LongTermDebtNoncurrent", 100_286_000, "2023-12-31", "20f", "2024-04-26"),
        fact("LongTermDebtCurrent", 7_040_000, "2023-12-31", "20f", "2024-04-26"),
        fact("LongTermDebtNoncurrent", 650_000_000, "2022-12-31", "20f", "2024-04-26", unit="CNY"),
    ]
    balance_sheet = [fact("Liabilities", 9e9, "2023-12-31", "20f", "2024-04-26", unit="CNY")]
    currency = reporting_currency(balance_sheet)
    found = metric_values(DEBT_TOTAL, facts, DECEMBER, currency=currency)
    assert {k: (v.value, v.unit) for k, v in found.items()} == {
        "2023-12-31": (762_023_000, "CNY"),
        "2022-12-31": (650_000_000, "CNY"),
    }


# --- crypto holdings --------------------------------------------------------------------------


def test_crypto_units_and_fair_value_as_series() -> None:
    data = {
        "facts": {
            "us-gaap": {
                "CryptoAssetNumberOfUnits": {
                    "units": {
                        "pure": [
                            {
                                "end": "2025-09-30",
                                "val": 7528.3,
                                "accn": "x",
                                "form": "10-Q",
                                "filed": "2025-11-10",
                            },
                        ]
                    }
                },
                "CryptoAssetFairValueNoncurrent": {
                    "units": {
                        "USD": [
                            {
                                "end": "2025-09-30",
                                "val": 860_000_000,
                                "accn": "x",
                                "form": "10-Q",
                                "filed": "2025-11-10",
                            },
                        ]
                    }
                },
            }
        }
    }
    facts = parse_company_facts(
        data, CRYPTO_UNITS.concepts + CRYPTO_FAIR_VALUE.concepts, ["us-gaap"]
    )
    assert values(CRYPTO_UNITS, facts) == {"2025-09-30": 7528.3}
    assert values(CRYPTO_FAIR_VALUE, facts) == {"2025-09-30": 860_000_000}


@pytest.mark.parametrize(("unit", "kept"), [("BTC", True), ("pure", True), ("USD/shares", False)])
def test_crypto_units_are_counts_in_the_assets_unit(unit: str, kept: bool) -> None:
    held = fact("CryptoAssetNumberOfUnits", 5, "2025-09-30", "x", "2025-11-10", unit=unit)
    found = metric_values(CRYPTO_UNITS, [held], DECEMBER)
    assert {k: (v.value, v.unit) for k, v in found.items()} == (
        {"2025-09-30": (5, unit)} if kept else {}
    )
    assert values(CRYPTO_FAIR_VALUE, [held]) == {}
