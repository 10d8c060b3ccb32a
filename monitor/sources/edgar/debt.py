"""The debt model: total debt on one balance-sheet date, from one filing's facts.

Total debt = current borrowings + noncurrent borrowings, at carrying value, leases excluded
(finance-lease liabilities are their own metric). One filing's facts for one date are read as
one consistent set of concepts, never counting the same amount twice:

* Current side: `DebtCurrent` when reported (it already holds short-term borrowings and the
  current portion of long-term debt); otherwise the sum of short-term borrowings
  (`ShortTermBorrowings`, `CommercialPaper` unless short-term borrowings already hold it), the
  current portion of long-term debt (`LongTermDebtCurrent`, or
  `LongTermDebtAndCapitalLeaseObligationsCurrent` less the current lease liability of the same
  filing), current convertible notes and current related-party notes.
* Noncurrent side: `LongTermDebtNoncurrent` (or `LongTermDebtAndCapitalLeaseObligations` less
  the noncurrent lease liability), plus noncurrent convertible and related-party notes.
* `LongTermDebt` is read by the filing's own arithmetic: it is the total when it equals current
  plus noncurrent parts reported beside it, a footnote figure (ignored) when the balance sheet's
  noncurrent line is tagged otherwise, and the noncurrent line itself when it stands beside a
  current concept with nothing else on the noncurrent side (many filers tag it so).
* An amount equal to one already counted (within the rounding of the two figures) is the same
  line tagged twice: `ShortTermBorrowings` equal to `LongTermDebtCurrent`, convertible notes
  equal to the long-term debt that holds them.
* ifrs-full: `Borrowings` when reported; else current
  (`CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings`, or short-term borrowings plus
  the current portion of long-term borrowings) plus noncurrent
  (`NoncurrentPortionOfNoncurrentBorrowings`, or long-term borrowings less their current part).

A reading with both sides (or a stated total) is *complete*; one with a single side is
*partial* and loses to a complete reading of the same date from an earlier filing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

# Concepts the model reads (us-gaap, then ifrs-full). Lease concepts are read only to be
# subtracted from combined "debt and lease obligations" figures.
SHORT_TERM = ("ShortTermBorrowings", "ShortTermBankLoansAndNotesPayable")
COMMERCIAL_PAPER = "CommercialPaper"
CURRENT_LTD = ("LongTermDebtCurrent",)
COMBINED_CURRENT = "LongTermDebtAndCapitalLeaseObligationsCurrent"
COMBINED_NONCURRENT = "LongTermDebtAndCapitalLeaseObligations"
NONCURRENT_LTD = ("LongTermDebtNoncurrent",)
CONVERTIBLE_CURRENT = ("ConvertibleDebtCurrent", "ConvertibleNotesPayableCurrent")
CONVERTIBLE_NONCURRENT = ("ConvertibleDebtNoncurrent", "ConvertibleLongTermNotesPayable")
RELATED_CURRENT = ("NotesPayableRelatedPartiesClassifiedCurrent",)
RELATED_NONCURRENT = ("NotesPayableRelatedPartiesNoncurrent",)
LEASE_CURRENT = ("FinanceLeaseLiabilityCurrent", "CapitalLeaseObligationsCurrent")
LEASE_NONCURRENT = ("FinanceLeaseLiabilityNoncurrent", "CapitalLeaseObligationsNoncurrent")
IFRS_TOTAL = "Borrowings"
IFRS_CURRENT = ("CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings",)
IFRS_SHORT_TERM = ("ShorttermBorrowings",)
IFRS_CURRENT_LONG_TERM = ("CurrentPortionOfLongtermBorrowings", "CurrentPortionOfNoncurrentBorrowings")
IFRS_NONCURRENT = ("NoncurrentPortionOfNoncurrentBorrowings",)
IFRS_LONG_TERM = ("LongtermBorrowings",)

CONCEPTS: tuple[str, ...] = (
    "DebtCurrent",
    "LongTermDebt",
    *SHORT_TERM,
    COMMERCIAL_PAPER,
    *CURRENT_LTD,
    COMBINED_CURRENT,
    COMBINED_NONCURRENT,
    *NONCURRENT_LTD,
    *CONVERTIBLE_CURRENT,
    *CONVERTIBLE_NONCURRENT,
    *RELATED_CURRENT,
    *RELATED_NONCURRENT,
    *LEASE_CURRENT,
    *LEASE_NONCURRENT,
    IFRS_TOTAL,
    *IFRS_CURRENT,
    *IFRS_SHORT_TERM,
    *IFRS_CURRENT_LONG_TERM,
    *IFRS_NONCURRENT,
    *IFRS_LONG_TERM,
)


@dataclass(frozen=True)
class DebtReading:
    """Total debt read from one filing: the concepts used, each with its signed value (a
    lease liability subtracted from a combined figure counts negative), and whether both
    sides of the balance sheet were found."""

    used: dict[str, float]
    complete: bool

    @property
    def value(self) -> float:
        return sum(self.used.values())


def unit_of(value: float) -> float:
    """The rounding a reported figure shows: 175,000,000 → 1,000,000 (at least three
    significant digits are assumed, so 2,000,000,000 → 10,000,000)."""
    number = abs(round(value))
    if number == 0:
        return 1.0
    digits = len(str(number))
    step = 1
    while number % (step * 10) == 0 and step * 10 <= 10 ** max(digits - 3, 0):
        step *= 10
    return float(step)


def tolerance(*values: float) -> float:
    """How far apart figures rounded as these are may be and still be the same amount."""
    return sum(unit_of(v) for v in values) / 2


def same_amount(a: float, b: float) -> bool:
    return math.isclose(a, b, abs_tol=tolerance(a, b))


class _Side:
    """One side of the balance sheet being summed, refusing an amount already counted."""

    def __init__(self, reported: Mapping[str, float]) -> None:
        self.reported = reported
        self.used: dict[str, float] = {}

    def add(self, concept: str | None, value: float | None = None) -> bool:
        if concept is None:
            return False
        amount = self.reported[concept] if value is None else value
        if any(same_amount(amount, counted) for counted in self.used.values() if amount):
            return False
        self.used[concept] = amount
        return True

    def first(self, chain: tuple[str, ...]) -> str | None:
        return next((c for c in chain if c in self.reported), None)

    @property
    def total(self) -> float:
        return sum(self.used.values())


def read_debt(reported: Mapping[str, float]) -> DebtReading | None:
    """Total debt from one filing's facts for one date, or None if it reports no borrowing."""
    if IFRS_TOTAL in reported or any(c in reported for c in (*IFRS_CURRENT, *IFRS_LONG_TERM)):
        return _ifrs(reported)
    return _us_gaap(reported)


def _us_gaap(reported: Mapping[str, float]) -> DebtReading | None:
    current = _current_side(reported)
    noncurrent = _Side(reported)
    _noncurrent_lines(reported, noncurrent)
    long_term = reported.get("LongTermDebt")
    if long_term is not None:
        _place_long_term_debt(long_term, current, noncurrent)
    if not current.used and not noncurrent.used:
        return None
    used = {**current.used}
    for concept, value in noncurrent.used.items():
        if not any(same_amount(value, v) for v in current.used.values() if value):
            used[concept] = value
    return DebtReading(used, complete=bool(current.used) and bool(noncurrent.used))


def _current_side(reported: Mapping[str, float]) -> _Side:
    side = _Side(reported)
    if "DebtCurrent" in reported:
        side.add("DebtCurrent")
        return side
    current_ltd = side.first(CURRENT_LTD)
    if current_ltd is not None:
        side.add(current_ltd)
    else:
        _less_leases(side, COMBINED_CURRENT, LEASE_CURRENT)
    short_term = side.first(SHORT_TERM)
    side.add(short_term)
    paper = reported.get(COMMERCIAL_PAPER)
    if paper is not None and (short_term is None or paper > reported[short_term]):
        side.add(COMMERCIAL_PAPER)  # short-term borrowings at least as large hold the paper
    side.add(side.first(CONVERTIBLE_CURRENT))
    side.add(side.first(RELATED_CURRENT))
    return side


def _noncurrent_lines(reported: Mapping[str, float], side: _Side) -> None:
    noncurrent_ltd = side.first(NONCURRENT_LTD)
    if noncurrent_ltd is not None:
        side.add(noncurrent_ltd)
    else:
        _less_leases(side, COMBINED_NONCURRENT, LEASE_NONCURRENT)
    side.add(side.first(CONVERTIBLE_NONCURRENT))
    side.add(side.first(RELATED_NONCURRENT))


def _less_leases(side: _Side, combined: str, leases: tuple[str, ...]) -> None:
    """A combined debt-and-lease figure less the lease liability reported with it; without
    that lease figure the debt cannot be told apart, so nothing is taken."""
    lease = side.first(leases)
    if combined in side.reported and lease is not None:
        side.used[combined] = side.reported[combined]
        side.used[lease] = -side.reported[lease]


def _place_long_term_debt(long_term: float, current: _Side, noncurrent: _Side) -> None:
    """Decide, by the filing's arithmetic, what `LongTermDebt` is and count it so."""
    if not noncurrent.used:
        # Nothing else on the noncurrent side: beside a current concept it is the noncurrent
        # line (many filers tag that column so); alone it is the only figure there is.
        noncurrent.used["LongTermDebt"] = long_term
        return
    noncurrent_ltd = next((c for c in NONCURRENT_LTD if c in noncurrent.used), None)
    has_current_ltd = "DebtCurrent" in current.used or any(
        c in current.used for c in (*CURRENT_LTD, COMBINED_CURRENT)
    )
    if noncurrent_ltd is None or has_current_ltd:
        return  # the total of parts reported beside it, or a footnote figure (principal)
    if long_term > noncurrent.used[noncurrent_ltd] + tolerance(long_term):
        # Long-term debt and its noncurrent part, with the current part untagged: the total
        # holds the current part, so it stands for both.
        del noncurrent.used[noncurrent_ltd]
        noncurrent.used["LongTermDebt"] = long_term


def _ifrs(reported: Mapping[str, float]) -> DebtReading | None:
    if IFRS_TOTAL in reported:
        return DebtReading({IFRS_TOTAL: reported[IFRS_TOTAL]}, complete=True)
    side = _Side(reported)
    combined = side.first(IFRS_CURRENT)
    long_term = side.first(IFRS_LONG_TERM)
    if combined is not None:
        side.add(combined)
    else:
        side.add(side.first(IFRS_SHORT_TERM))
        if long_term is None:
            side.add(side.first(IFRS_CURRENT_LONG_TERM))
    has_current = bool(side.used)
    noncurrent = side.first(IFRS_NONCURRENT)
    if noncurrent is not None:
        side.add(noncurrent)
    elif long_term is not None:
        side.add(long_term)  # long-term borrowings hold their own current portion
    if not side.used:
        return None
    complete = (has_current and len(side.used) > 1) or (
        long_term in side.used and side.first(IFRS_CURRENT_LONG_TERM) is not None
    )
    return DebtReading(side.used, complete)
