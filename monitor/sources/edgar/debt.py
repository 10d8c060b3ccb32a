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
* ifrs-full: current (`CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings`, or
  `ShorttermBorrowings`) plus noncurrent (`NoncurrentPortionOfNoncurrentBorrowings`), or
  `LongtermBorrowings`, which holds its own current portion (so
  `CurrentPortionOfLongtermBorrowings` is not added to it); `Borrowings` only when none of
  these is reported (filers use it in notes for principal, before issuance costs).
* A combined "debt and capital (finance) lease obligations" figure is taken less the lease
  liability of the same date; when the filing does not state that lease figure, it comes
  from the latest filing that does; when none does, the combined figure stands and the
  reading says it includes leases.
* No borrowing concept at all is zero debt only when the filing's own arithmetic proves it:
  its current liabilities, and its noncurrent liabilities, are each exactly the sum of
  reported lines that are not borrowings.

A reading with both sides (or a stated total) is *complete*; one with a single side is
*partial* and loses to a complete reading of the same date from an earlier filing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from monitor.sources.edgar import no_borrowings as liabilities
from monitor.sources.edgar.no_borrowings import no_borrowings
from monitor.sources.edgar.rounding import same_amount, tolerance

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
NOTES_CURRENT = ("NotesPayableCurrent",)
NOTES_NONCURRENT = ("SeniorNotesNoncurrent", "LongTermNotesPayable")
NOTES_NONCURRENT_CHAINS = (CONVERTIBLE_NONCURRENT, NOTES_NONCURRENT)
LINES_OF_CREDIT = ("LinesOfCreditCurrent",)
RELATED_CURRENT = ("NotesPayableRelatedPartiesClassifiedCurrent",)
RELATED_NONCURRENT = ("NotesPayableRelatedPartiesNoncurrent",)
LEASE_CURRENT = ("FinanceLeaseLiabilityCurrent", "CapitalLeaseObligationsCurrent")
LEASE_NONCURRENT = ("FinanceLeaseLiabilityNoncurrent", "CapitalLeaseObligationsNoncurrent")
IFRS_TOTAL = "Borrowings"
IFRS_CURRENT = ("CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings",)
IFRS_SHORT_TERM = ("ShorttermBorrowings",)
IFRS_CURRENT_LONG_TERM = (
    "CurrentPortionOfLongtermBorrowings",
    "CurrentPortionOfNoncurrentBorrowings",
)
IFRS_NONCURRENT = ("NoncurrentPortionOfNoncurrentBorrowings",)
IFRS_LONG_TERM = ("LongtermBorrowings",)

IFRS_CONCEPTS = (
    IFRS_TOTAL,
    *IFRS_CURRENT,
    *IFRS_SHORT_TERM,
    *IFRS_CURRENT_LONG_TERM,
    *IFRS_NONCURRENT,
    *IFRS_LONG_TERM,
)

CONCEPTS: tuple[str, ...] = (
    "DebtCurrent",
    "LongTermDebt",
    *SHORT_TERM,
    COMMERCIAL_PAPER,
    *LINES_OF_CREDIT,
    *CURRENT_LTD,
    COMBINED_CURRENT,
    COMBINED_NONCURRENT,
    *NONCURRENT_LTD,
    *CONVERTIBLE_CURRENT,
    *CONVERTIBLE_NONCURRENT,
    *NOTES_CURRENT,
    *NOTES_NONCURRENT,
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
    *liabilities.CONCEPTS,
)


@dataclass(frozen=True)
class DebtReading:
    """Total debt read from one filing: the concepts used, each with its signed value (a
    lease liability subtracted from a combined figure counts negative), and whether both
    sides of the balance sheet were found."""

    used: dict[str, float]
    complete: bool
    method: str = ""
    note: str = ""

    @property
    def value(self) -> float:
        return sum(self.used.values())


class _Side:
    """One side of the balance sheet being summed, refusing an amount already counted."""

    def __init__(self, reported: Mapping[str, float]) -> None:
        self.reported = reported
        self.used: dict[str, float] = {}
        self.includes_leases = False

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
    if any(c in reported for c in IFRS_CONCEPTS):
        return _ifrs(reported)
    return _us_gaap(reported)


def _us_gaap(reported: Mapping[str, float]) -> DebtReading | None:
    current = _current_side(reported)
    noncurrent = _noncurrent_side(reported, current)
    if not current.used and not noncurrent.used:
        note = no_borrowings(reported)
        if note is None:
            return None
        return DebtReading({}, complete=True, method="no_borrowings", note=note)
    used = {**current.used}
    for concept, value in noncurrent.used.items():
        if not any(same_amount(value, v) for v in current.used.values() if value):
            used[concept] = value
    note = ""
    if current.includes_leases or noncurrent.includes_leases:
        note = "includes finance-lease liabilities: no lease figure for this date in any filing"
    return DebtReading(used, bool(current.used) and bool(noncurrent.used), note=note)


def _current_side(reported: Mapping[str, float]) -> _Side:
    side = _Side(reported)
    current_ltd = side.first(CURRENT_LTD)
    if "DebtCurrent" in reported:
        side.add("DebtCurrent")
        if current_ltd is None or not same_amount(reported["DebtCurrent"], reported[current_ltd]):
            return side  # current debt: short-term borrowings and current long-term debt
        # DebtCurrent is only the current portion of long-term debt here: the short-term
        # lines beside it are their own.
    elif current_ltd is not None:
        side.add(current_ltd)
    else:
        _less_leases(side, COMBINED_CURRENT, LEASE_CURRENT)
    short_term = side.first(SHORT_TERM)
    side.add(short_term)
    for extra in (COMMERCIAL_PAPER, *LINES_OF_CREDIT):
        # Short-term borrowings at least as large hold the paper and the credit lines drawn.
        amount = reported.get(extra)
        if amount is not None and (short_term is None or amount > reported[short_term]):
            side.add(extra)
    _add_notes(side, (CONVERTIBLE_CURRENT, NOTES_CURRENT))
    side.add(side.first(RELATED_CURRENT))
    return side


def _add_notes(side: _Side, chains: tuple[tuple[str, ...], ...]) -> None:
    """Notes (convertible, senior) beside a long-term debt line that can hold them are a
    part of it (the debt note lists them); larger, or alone, they are a line of their own."""
    line = sum(side.used.values())
    for chain in chains:
        concept = side.first(chain)
        if concept is not None and (not side.used or side.reported[concept] > line):
            side.add(concept)


def _noncurrent_side(reported: Mapping[str, float], current: _Side) -> _Side:
    side = _Side(reported)
    explicit = side.first(NONCURRENT_LTD)
    long_term = reported.get("LongTermDebt")
    notes = [c for chain in NOTES_NONCURRENT_CHAINS if (c := side.first(chain))]
    if explicit is not None:
        side.add(explicit)
        if long_term is not None and not _has_current_ltd(current):
            _total_beside_noncurrent(long_term, explicit, side)
    elif long_term is not None and not notes:
        _long_term_debt_line(long_term, current, side)
    else:
        # Beside notes lines (convertible notes), a LongTermDebt that is not theirs is a
        # note's figure (often principal): the lines are what the balance sheet carries.
        _combined_line(side)
    _add_notes(side, NOTES_NONCURRENT_CHAINS)
    side.add(side.first(RELATED_NONCURRENT))
    return side


def _long_term_debt_line(long_term: float, current: _Side, side: _Side) -> None:
    """LongTermDebt with nothing else on the noncurrent side: the total of the lines beside
    it when it equals them, else the noncurrent line itself (many filers tag that column
    so), or the only figure there is."""
    net = _combined_less_leases(side)
    if net and same_amount(long_term, current.total + sum(net.values())):
        side.used.update(net)
        return
    side.used["LongTermDebt"] = long_term
    if long_term > _noncurrent_capacity(side.reported) + tolerance(long_term):
        # Larger than every noncurrent liability together: it is the total, and holds the
        # current portion of long-term debt beside it.
        for concept in (*CURRENT_LTD, COMBINED_CURRENT, *LEASE_CURRENT):
            current.used.pop(concept, None)


def _noncurrent_capacity(reported: Mapping[str, float]) -> float:
    """All noncurrent liabilities, where the filing states them (else no limit)."""
    if liabilities.NONCURRENT_LIABILITIES in reported:
        return reported[liabilities.NONCURRENT_LIABILITIES]
    total = reported.get(liabilities.TOTAL_LIABILITIES)
    current = reported.get(liabilities.CURRENT_LIABILITIES)
    return math.inf if total is None or current is None else total - current


def _combined_line(side: _Side) -> None:
    net = _combined_less_leases(side)
    if net:
        side.used.update(net)
    elif COMBINED_NONCURRENT in side.reported:
        side.used[COMBINED_NONCURRENT] = side.reported[COMBINED_NONCURRENT]
        side.includes_leases = True


def _has_current_ltd(current: _Side) -> bool:
    return any(c in current.used for c in ("DebtCurrent", *CURRENT_LTD, COMBINED_CURRENT))


def _total_beside_noncurrent(long_term: float, explicit: str, side: _Side) -> None:
    """LongTermDebt beside LongTermDebtNoncurrent, with no current part tagged: when larger,
    it is the total holding the current part, and stands for both."""
    if long_term > side.used[explicit] + tolerance(long_term, side.used[explicit]):
        del side.used[explicit]
        side.used["LongTermDebt"] = long_term


def _combined_less_leases(side: _Side) -> dict[str, float] | None:
    """The noncurrent "debt and capital lease obligations" line less its lease part."""
    lease = side.first(LEASE_NONCURRENT)
    if COMBINED_NONCURRENT not in side.reported or lease is None:
        return None
    return {COMBINED_NONCURRENT: side.reported[COMBINED_NONCURRENT], lease: -side.reported[lease]}


def _less_leases(side: _Side, combined: str, leases: tuple[str, ...]) -> None:
    """A combined debt-and-lease figure less the lease liability of the same date (the
    caller supplies it from the latest filing that states it when this one does not); with
    no lease figure for the date anywhere, the combined figure is taken as it is, and the
    reading says so."""
    if combined not in side.reported:
        return
    side.used[combined] = side.reported[combined]
    lease = side.first(leases)
    if lease is not None:
        side.used[lease] = -side.reported[lease]
    else:
        side.includes_leases = True


def _ifrs(reported: Mapping[str, float]) -> DebtReading | None:
    lines = (*IFRS_CURRENT, *IFRS_SHORT_TERM, *IFRS_NONCURRENT, *IFRS_LONG_TERM)
    if IFRS_TOTAL in reported and not any(c in reported for c in lines):
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
