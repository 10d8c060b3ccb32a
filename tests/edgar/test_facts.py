"""edgar_facts: debt normalisation, period logic on companyfacts, restatements across polls."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import responses

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.model import Observation
from monitor.sources.edgar.companyfacts import parse_company_facts
from monitor.sources.edgar.concepts import (
    CRYPTO_FAIR_VALUE,
    DEBT_TOTAL,
    INTEREST_EXPENSE,
    MetricSpec,
    metric_specs,
)
from monitor.sources.edgar.facts import EdgarFactsConfig, EdgarFactsSource
from monitor.sources.edgar.periods import FiscalCalendar
from monitor.sources.edgar.values import metric_values
from tests.edgar.support import (
    DATA,
    FACTS,
    INTERIM_9M,
    FakeStore,
    context,
    facts_without,
    load_json,
    sec_fetcher,
)

# Liabilities of Snowflake's 10-Q at 2021-04-30 (in thousands): no borrowings.
NO_DEBT_LIABILITIES = {
    "LiabilitiesCurrent": 776_998,
    "Liabilities": 970_689,
    "AccountsPayableCurrent": 4_371,
    "AccruedLiabilitiesCurrent": 116_807,
    "EmployeeRelatedLiabilitiesCurrent": 64_706,  # a note's part of the accrued line
    "ContractWithCustomerLiabilityCurrent": 635_086,
    "OperatingLeaseLiabilityCurrent": 20_734,
    "ContractWithCustomerLiabilityNoncurrent": 3_650,
    "OperatingLeaseLiabilityNoncurrent": 179_796,
    "OtherLiabilitiesNoncurrent": 10_245,
}

DEBT_CASES = [
    # (name, facts reported by one filing for one date, expected total, concepts used).
    # Amounts are real filers' (in thousands) where a filer is named.
    ("total only", {"LongTermDebt": 100}, 100, {"LongTermDebt"}),
    (
        "current + noncurrent when no total",
        {"LongTermDebtCurrent": 30, "LongTermDebtNoncurrent": 70},
        100,
        {"LongTermDebtCurrent", "LongTermDebtNoncurrent"},
    ),
    (
        "a total equal to its parts: the balance sheet's parts, never both",
        {"LongTermDebt": 100, "LongTermDebtCurrent": 30, "LongTermDebtNoncurrent": 70},
        100,
        {"LongTermDebtCurrent", "LongTermDebtNoncurrent"},
    ),
    (
        "short-term borrowings are another line",
        {"LongTermDebt": 100, "ShortTermBorrowings": 20},
        120,
        {"LongTermDebt", "ShortTermBorrowings"},
    ),
    (
        "DebtCurrent stands in for the current side",
        {"DebtCurrent": 25, "LongTermDebtNoncurrent": 70},
        95,
        {"DebtCurrent", "LongTermDebtNoncurrent"},
    ),
    (
        "DebtCurrent holds the short-term lines and the current portion",
        {"DebtCurrent": 50, "ShortTermBorrowings": 20, "LongTermDebtCurrent": 30},
        50,
        {"DebtCurrent"},
    ),
    (
        "DebtCurrent equal to the current portion leaves short-term borrowings their own",
        {"DebtCurrent": 30, "LongTermDebtCurrent": 30, "ShortTermBorrowings": 20},
        50,
        {"DebtCurrent", "ShortTermBorrowings"},
    ),
    (
        "ShortTermBorrowings equal to LongTermDebtCurrent is one line tagged twice",
        {"ShortTermBorrowings": 30, "LongTermDebtCurrent": 30, "LongTermDebtNoncurrent": 70},
        100,
        {"LongTermDebtCurrent", "LongTermDebtNoncurrent"},
    ),
    (
        "LongTermDebt as the noncurrent column beside DebtCurrent (Tesla 2022-09-30, $M)",
        {"DebtCurrent": 979, "LongTermDebt": 1_418},
        2_397,
        {"DebtCurrent", "LongTermDebt"},
    ),
    (
        "LongTermDebt + noncurrent capital leases = the combined line (Tesla 10-K 2018)",
        {
            "DebtCurrent": 2_221_985,
            "LongTermDebt": 8_410_490,
            "LongTermDebtAndCapitalLeaseObligations": 9_403_672,
            "CapitalLeaseObligationsNoncurrent": 993_182,
        },
        10_632_475,
        {"DebtCurrent", "LongTermDebt"},
    ),
    (
        "LongTermDebt larger than all noncurrent liabilities is the total",
        {
            "LongTermDebtCurrent": 30,
            "LongTermDebt": 100,
            "ShortTermBorrowings": 5,
            "Liabilities": 150,
            "LiabilitiesCurrent": 80,
        },
        105,
        {"LongTermDebt", "ShortTermBorrowings"},
    ),
    (
        "LongTermDebt that fits beside a current portion is the noncurrent column",
        {
            "LongTermDebtCurrent": 30,
            "LongTermDebt": 70,
            "Liabilities": 150,
            "LiabilitiesCurrent": 50,
        },
        100,
        {"LongTermDebtCurrent", "LongTermDebt"},
    ),
    (
        "commercial paper is its own line (Apple 2020-09-26, $M)",
        {"CommercialPaper": 4_996, "LongTermDebtCurrent": 8_773, "LongTermDebtNoncurrent": 98_667},
        112_436,
        {"CommercialPaper", "LongTermDebtCurrent", "LongTermDebtNoncurrent"},
    ),
    (
        "short-term borrowings at least as large hold the commercial paper",
        {"ShortTermBorrowings": 50, "CommercialPaper": 40, "LongTermDebtNoncurrent": 100},
        150,
        {"ShortTermBorrowings", "LongTermDebtNoncurrent"},
    ),
    (
        "convertible notes: current and noncurrent lines (Tesla 2014-06-30)",
        {"ConvertibleDebtCurrent": 593_712, "ConvertibleDebtNoncurrent": 1_767_024},
        2_360_736,
        {"ConvertibleDebtCurrent", "ConvertibleDebtNoncurrent"},
    ),
    (
        "convertible notes inside the long-term debt line are not added again",
        {
            "LongTermDebtCurrent": 50,
            "LongTermDebtNoncurrent": 1_000,
            "ConvertibleDebtNoncurrent": 400,
        },
        1_050,
        {"LongTermDebtCurrent", "LongTermDebtNoncurrent"},
    ),
    (
        "a rounded note mention of the same notes is not added (Tesla 2013-09-30)",
        {"ConvertibleDebtCurrent": 582_502, "LongTermDebtNoncurrent": 582_500},
        582_502,
        {"ConvertibleDebtCurrent"},
    ),
    (
        "principal in LongTermDebt beside the notes' lines is a note figure (Tesla 10-K 2014)",
        {
            "ConvertibleNotesPayableCurrent": 601_566,
            "ConvertibleLongTermNotesPayable": 1_806_518,
            "LongTermDebt": 2_959_795,
        },
        2_408_084,
        {"ConvertibleNotesPayableCurrent", "ConvertibleLongTermNotesPayable"},
    ),
    (
        "combined debt-and-capital-lease lines less the leases (Tesla 2014-12-31)",
        {
            "LongTermDebtAndCapitalLeaseObligationsCurrent": 611_099,
            "LongTermDebtAndCapitalLeaseObligations": 1_818_785,
            "CapitalLeaseObligationsCurrent": 9_532,
            "CapitalLeaseObligationsNoncurrent": 12_267,
        },
        2_408_085,
        {
            "LongTermDebtAndCapitalLeaseObligationsCurrent",
            "LongTermDebtAndCapitalLeaseObligations",
            "CapitalLeaseObligationsCurrent",
            "CapitalLeaseObligationsNoncurrent",
        },
    ),
    (
        "combined lines with no lease figure anywhere are taken whole (Tesla 2016-03-31)",
        {
            "LongTermDebtAndCapitalLeaseObligationsCurrent": 635_285,
            "LongTermDebtAndCapitalLeaseObligations": 2_484_329,
        },
        3_119_614,
        {
            "LongTermDebtAndCapitalLeaseObligationsCurrent",
            "LongTermDebtAndCapitalLeaseObligations",
        },
    ),
    (
        "related-party notes (Cango's lender is a related party)",
        {"NotesPayableRelatedPartiesNoncurrent": 405, "LongTermDebtCurrent": 63},
        468,
        {"NotesPayableRelatedPartiesNoncurrent", "LongTermDebtCurrent"},
    ),
    (
        "ifrs-full: LongtermBorrowings holds its current portion; Borrowings is principal (LPA)",
        {
            "Borrowings": 271_344_270,
            "LongtermBorrowings": 269_854_235,
            "CurrentPortionOfLongtermBorrowings": 16_702_810,
        },
        269_854_235,
        {"LongtermBorrowings"},
    ),
    (
        "ifrs-full: current and noncurrent borrowings",
        {
            "CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings": 10,
            "NoncurrentPortionOfNoncurrentBorrowings": 90,
        },
        100,
        {
            "CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings",
            "NoncurrentPortionOfNoncurrentBorrowings",
        },
    ),
    ("ifrs-full: Borrowings alone", {"Borrowings": 500}, 500, {"Borrowings"}),
    ("no borrowings, proven by the liabilities (Snowflake)", NO_DEBT_LIABILITIES, 0, set()),
    (
        "liabilities that do not add up prove nothing (debt tagged another way)",
        {**NO_DEBT_LIABILITIES, "LiabilitiesCurrent": 876_998},
        None,
        set(),
    ),
    ("nothing relevant", {"Revenues": 1}, None, set()),
]


@pytest.mark.parametrize(
    ("name", "reported", "total", "used"), DEBT_CASES, ids=[c[0] for c in DEBT_CASES]
)
def test_debt_total(
    name: str, reported: dict[str, float], total: float | None, used: set[str]
) -> None:
    result = DEBT_TOTAL.value(reported)
    assert (result[0] if result else None) == total
    assert set(result[1] if result else ()) == used


def test_a_reading_says_what_it_holds() -> None:
    combined = DEBT_TOTAL.read(
        {
            "LongTermDebtAndCapitalLeaseObligationsCurrent": 635_285,
            "LongTermDebtAndCapitalLeaseObligations": 2_484_329,
        }
    )
    assert combined is not None and "includes finance-lease liabilities" in combined.note
    zero = DEBT_TOTAL.read(NO_DEBT_LIABILITIES)
    assert zero is not None and (zero.value, zero.method) == (0, "no_borrowings")
    assert "current liabilities 776,998 = AccountsPayableCurrent + " in zero.note
    one_side = DEBT_TOTAL.read({"LongTermDebtNoncurrent": 71_828})
    assert one_side is not None and not one_side.complete


@pytest.mark.parametrize(
    ("spec", "reported", "expected"),
    [
        (INTEREST_EXPENSE, {"InterestExpenseNonoperating": 7, "InterestExpenseDebt": 5}, 7),
        (INTEREST_EXPENSE, {"InterestExpense": 9, "InterestExpenseNonoperating": 7}, 9),
        (
            CRYPTO_FAIR_VALUE,
            {"CryptoAssetFairValueCurrent": 1, "CryptoAssetFairValueNoncurrent": 2},
            3,
        ),
        (CRYPTO_FAIR_VALUE, {"CryptoAssetFairValue": 3, "CryptoAssetFairValueNoncurrent": 2}, 3),
    ],
    ids=["interest-fallback-chain", "interest-first-wins", "crypto-parts", "crypto-total"],
)
def test_other_metrics(spec: MetricSpec, reported: dict[str, float], expected: float) -> None:
    assert spec.value(reported)[0] == expected  # type: ignore[index]


def fixture_values(spec: MetricSpec, **kwargs: Any) -> dict[str, tuple[float, str]]:
    facts = parse_company_facts(load_json(FACTS), spec.concepts, ["us-gaap", "ifrs-full"])
    values = metric_values(spec, facts, FiscalCalendar(12), **kwargs)
    return {label: (v.value, v.method) for label, v in values.items()}


def test_debt_by_date_from_the_latest_filing_for_each_date() -> None:
    assert fixture_values(DEBT_TOTAL) == {
        "2023-12-31": (100286, "reported"),  # the CNY figure for the same date is not USD
        "2024-12-31": (53_500_000, "sum"),  # the nine-month filing's restated comparative
        "2025-03-31": (308_000_000, "sum"),
        "2025-06-30": (459_200_000, "sum"),
        # LongTermDebt 468.5m + short-term 20m; its current/noncurrent parts are not added.
        "2025-09-30": (488_500_000, "sum"),
    }


def test_interest_expense_by_quarter_derived_from_year_to_date() -> None:
    values = fixture_values(INTEREST_EXPENSE)
    assert {k: v for k, v in values.items() if k.startswith("2025")} == {
        "2025-Q1": (2_100_000, "reported"),
        "2025-H1": (9_100_000, "reported"),
        "2025-Q2": (7_000_000, "derived"),
        "2025-9M": (21_400_000, "reported"),
        "2025-Q3": (12_300_000, "derived"),
    }
    assert values["2024"] == (1_850_000, "reported")
    assert values["2024-Q4"] == (550_000, "derived")  # FY 2024 − 9M 2024
    assert "2025-H1" not in fixture_values(INTEREST_EXPENSE, year_to_date=False)


def test_concepts_can_be_restricted_or_added() -> None:
    (debt,) = metric_specs(["debt_total_usd"], {"debt_total_usd": ["LongTermDebtNoncurrent"]})
    assert fixture_values(debt)["2025-09-30"] == (405_100_000, "reported")
    specs = metric_specs([], {"capex_usd": ["PaymentsToAcquirePropertyPlantAndEquipment"]})
    assert [(s.name, s.money) for s in specs] == [("capex_usd", True)]
    assert fixture_values(specs[0]) == {"2025-H1": (41_000_000, "reported")}


# --- the source, poll after poll ----------------------------------------------------------


def source(**options: Any) -> EdgarFactsSource:
    config = {"id": "cango-facts", "kind": "edgar_facts", "cik": 1725123, "ticker": "CANG"}
    return EdgarFactsSource(EdgarFactsConfig.model_validate({**config, **options}))


class Poller:
    def __init__(self, src: EdgarFactsSource, clock: ManualClock) -> None:
        self.source, self.clock = src, clock
        self.fetcher = sec_fetcher(clock)
        self.source.setup(self.fetcher)
        self.store = FakeStore()
        self.cursor: dict[str, Any] = {}

    def poll(self, facts: Any, **kwargs: Any) -> list[Observation]:
        """Poll with SEC answering `facts`; return what the store would find new."""
        responses.upsert(responses.GET, f"{DATA}/{FACTS}", json=facts)
        ctx = context(self.fetcher, self.clock, self.store, self.cursor, **kwargs)
        result = self.source.poll(ctx)
        new = [o for o in result.observations if o.fingerprint not in self.store.fingerprints]
        self.store.keep(new)
        self.cursor = result.cursor
        return new


def by_subject(observations: list[Observation]) -> dict[str, Observation]:
    return {o.subject: o for o in observations}


@responses.activate
def test_new_periods_then_restatement_then_nothing(clock: ManualClock) -> None:
    poller = Poller(source(), clock)
    first = by_subject(poller.poll(facts_without(INTERIM_9M)))
    # Periods ending in the last 400 days are news; older ones are remembered silently.
    assert set(first) == {
        "debt_total_usd:2025-03-31",
        "debt_total_usd:2025-06-30",
        "interest_expense_usd:2025-Q1",
        "interest_expense_usd:2025-H1",
        "interest_expense_usd:2025-Q2",
        "crypto_fair_value_usd:2025-03-31",
        "crypto_fair_value_usd:2025-06-30",
    }
    debt = first["debt_total_usd:2025-06-30"]
    assert debt.kind == "metric_observed" and debt.entity == "CANG"
    assert debt.payload == {
        "metric": "debt_total_usd",
        "value": 459_200_000,
        "unit": "USD",
        "period": "2025-06-30",
        "source": "xbrl",
        "period_type": "instant",
        "start": None,
        "end": "2025-06-30",
        "fiscal_quarter": "2025-Q2",
        "accession": "0001104659-25-112896",
        "form": "6-K",
        "filed": "2025-11-20",
        "concepts": {"LongTermDebtCurrent": 61_200_000, "LongTermDebtNoncurrent": 398_000_000},
        "method": "sum",
        "derived_from": [],
        "provenance": [
            {
                "concept": concept,
                "value": value,
                "accession": "0001104659-25-112896",
                "form": "6-K",
                "filed": "2025-11-20",
                "start": None,
                "end": "2025-06-30",
            }
            for concept, value in [
                ("LongTermDebtCurrent", 61_200_000),
                ("LongTermDebtNoncurrent", 398_000_000),
            ]
        ],
    }
    assert debt.evidence["accession"] == "0001104659-25-112896"
    assert debt.evidence["url"] == f"{DATA}/{FACTS}"
    assert debt.occurred_at.isoformat() == "2025-11-20T05:00:00+00:00"  # filing day, New York

    second = by_subject(poller.poll(load_json(FACTS)))
    assert {s: o.kind for s, o in second.items()} == {
        # The nine-month filing restates the year-end comparative (noncurrent 40m → 41m) …
        "debt_total_usd:2024-12-31": "metric_restated",
        # … and brings new periods.
        "debt_total_usd:2025-09-30": "metric_observed",
        "interest_expense_usd:2025-9M": "metric_observed",
        "interest_expense_usd:2025-Q3": "metric_observed",
        "crypto_fair_value_usd:2025-09-30": "metric_observed",
    }
    restated = second["debt_total_usd:2024-12-31"].payload
    assert (restated["value"], restated["previous_value"]) == (53_500_000, 52_500_000)
    assert restated["previous_accession"] == "0001104659-25-112896"
    q3 = second["interest_expense_usd:2025-Q3"].payload
    assert (q3["value"], q3["method"], q3["derived_from"]) == (
        12_300_000,
        "derived",
        ["2025-9M", "2025-H1"],
    )
    assert (q3["start"], q3["end"], q3["fiscal_quarter"]) == ("2025-07-01", "2025-09-30", "2025-Q3")

    assert poller.poll(load_json(FACTS)) == []  # same figures again: nothing new

    changed = load_json(FACTS)
    rows = changed["facts"]["us-gaap"]["InterestExpense"]["units"]["USD"]
    rows.append(
        {
            "start": "2025-01-01",
            "end": "2025-09-30",
            "val": 21_900_000,
            "accn": "0001104659-26-030303",
            "fy": 2025,
            "fp": "FY",
            "form": "20-F",
            "filed": "2026-03-30",
        }
    )
    third = by_subject(poller.poll(changed))
    assert {s: o.kind for s, o in third.items()} == {
        "interest_expense_usd:2025-9M": "metric_restated",
        "interest_expense_usd:2025-Q3": "metric_restated",
    }
    assert third["interest_expense_usd:2025-Q3"].payload["value"] == 12_800_000


@responses.activate
def test_backfill_emits_the_periods_since_the_date(clock: ManualClock) -> None:
    poller = Poller(source(), clock)
    poller.poll(load_json(FACTS))
    again = by_subject(poller.poll(load_json(FACTS), backfill_since=date(2024, 1, 1)))
    assert set(again) == {
        "debt_total_usd:2024-12-31",
        "interest_expense_usd:2024",
        "interest_expense_usd:2024-Q1",
        "interest_expense_usd:2024-H1",
        "interest_expense_usd:2024-Q2",
        "interest_expense_usd:2024-9M",
        "interest_expense_usd:2024-Q3",
        "interest_expense_usd:2024-Q4",
    }  # the 2025 periods were stored by the first poll


@responses.activate
def test_fiscal_year_end_from_config(clock: ManualClock) -> None:
    found = by_subject(Poller(source(fiscal_year_end="0331"), clock).poll(load_json(FACTS)))
    # With a March year end, January to March 2025 is the fourth quarter of fiscal 2025 …
    assert found["interest_expense_usd:2025-Q4"].payload["start"] == "2025-01-01"
    # … and 30 June 2025 closes the first quarter of fiscal 2026.
    assert found["debt_total_usd:2025-06-30"].payload["fiscal_quarter"] == "2026-Q1"
    assert not any(s.endswith(("-H1", "-9M")) for s in found)  # no longer year-to-date spans


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ({"status": 404, "body": "<html>Not Found</html>"}, "no XBRL facts for CIK 1725123"),
        ({"body": '{"cik": 1725123, "facts": {'}, "malformed JSON in companyfacts"),
        ({"json": {"cik": 1725123, "facts": []}}, "unexpected companyfacts JSON shape"),
    ],
    ids=["404", "malformed", "wrong-shape"],
)
@responses.activate
def test_errors_are_source_errors(clock: ManualClock, reply: dict[str, Any], message: str) -> None:
    responses.get(f"{DATA}/{FACTS}", **reply)
    poller = Poller(source(), clock)
    with pytest.raises(SourceError, match=message):
        poller.source.poll(context(poller.fetcher, clock, poller.store))
