"""Zero debt, proven by a filing's own liabilities.

A filer that tags no borrowing concept may have no borrowings, or may tag its debt with
concepts of its own (absent from companyfacts). Only the arithmetic tells: when the current
liabilities, and the noncurrent ones, are each exactly a sum of reported lines that are not
borrowings, there is no room left for debt on that date.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

from monitor.sources.edgar.rounding import tolerance

# Liabilities that are not borrowings, as balance sheets show them: when the current (and the
# noncurrent) liabilities are exactly a sum of these, the filer has no borrowings that day.
TOTAL_LIABILITIES = "Liabilities"
CURRENT_LIABILITIES = "LiabilitiesCurrent"
NONCURRENT_LIABILITIES = "LiabilitiesNoncurrent"
OTHER_CURRENT_LIABILITIES = (
    "AccountsPayableCurrent",
    "AccruedLiabilitiesCurrent",
    "AccountsPayableAndAccruedLiabilitiesCurrent",
    "EmployeeRelatedLiabilitiesCurrent",
    "OperatingLeaseLiabilityCurrent",
    "ContractWithCustomerLiabilityCurrent",
    "DeferredRevenueCurrent",
    "TaxesPayableCurrent",
    "AccruedIncomeTaxesCurrent",
    "OtherLiabilitiesCurrent",
    "OtherAccruedLiabilitiesCurrent",
    "CustomerDepositsCurrent",
)
OTHER_NONCURRENT_LIABILITIES = (
    "OperatingLeaseLiabilityNoncurrent",
    "ContractWithCustomerLiabilityNoncurrent",
    "DeferredRevenueNoncurrent",
    "OtherLiabilitiesNoncurrent",
    "DeferredIncomeTaxLiabilitiesNet",
    "DeferredTaxLiabilitiesNoncurrent",
    "AccruedIncomeTaxesNoncurrent",
    "LiabilityForUncertainTaxPositionsNoncurrent",
    "EmployeeRelatedLiabilitiesNoncurrent",
    "AssetRetirementObligationsNoncurrent",
)

CONCEPTS = (
    TOTAL_LIABILITIES,
    CURRENT_LIABILITIES,
    NONCURRENT_LIABILITIES,
    *OTHER_CURRENT_LIABILITIES,
    *OTHER_NONCURRENT_LIABILITIES,
)


def no_borrowings(reported: Mapping[str, float]) -> str | None:
    """How the liabilities add up without any borrowing (a note for the zero figure), or
    None when they do not (unknown: the filer may tag its debt with concepts of its own)."""
    current = reported.get(CURRENT_LIABILITIES)
    total = reported.get(TOTAL_LIABILITIES)
    if current is None or total is None:
        return None
    noncurrent = reported.get(NONCURRENT_LIABILITIES, total - current)
    current_lines = _sum_of_lines(current, OTHER_CURRENT_LIABILITIES, reported)
    noncurrent_lines = _sum_of_lines(noncurrent, OTHER_NONCURRENT_LIABILITIES, reported)
    if current_lines is None or noncurrent_lines is None:
        return None
    lines = " + ".join(current_lines) or "nothing"
    other = " + ".join(noncurrent_lines) or "nothing"
    return (
        f"no borrowings: current liabilities {current:,.0f} = {lines}; "
        f"noncurrent liabilities {noncurrent:,.0f} = {other}"
    )


_MOST_LINES = 12  # subsets of at most 2**12 sums per side


def _sum_of_lines(
    total: float, candidates: tuple[str, ...], reported: Mapping[str, float]
) -> list[str] | None:
    """The reported lines (a subset of `candidates`, since notes tag the parts of a line
    too) that add up exactly to `total`, or None if none do."""
    present = [c for c in candidates if c in reported][:_MOST_LINES]
    for size in range(len(present) + 1):
        for chosen in itertools.combinations(present, size):
            values = [reported[c] for c in chosen]
            if math.isclose(sum(values), total, abs_tol=tolerance(total, *values)):
                return list(chosen)
    return None
