"""A schedule's total printed with no label: a line of amounts under the loans it adds up.

A filing's notes-payable table often closes its loan rows with a rule and the sums under it,
no "Total" before them (the label cell is empty in the filing):

    E – H      May 2021    October 2023    15.0     9,446     9,446     —
                                                             18,563     4,637
    Less: Current portion                                   (11,499     (3,273

Only arithmetic tells such a line from a stray one: in every dated column its amount is the
sum of the rows above it (a dash is none), give or take the rounding of amounts printed in
thousands. Such a line is read as the rows' "Total". Not when a row above it is a deduction
(printed in parentheses: "Debt issuance costs and debt discount(21,168)"): then the line is
the debt net of its discount, a carrying amount, not the principal owed (README, decided case
28). One per table: below the total, a line adding up the total and its adjustments ("Less:
Current portion") is the long-term part, a split of the same debt, not a further total.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .folded import Folded

TOTAL = "Total"  # the label the reader gives an unlabelled total line
_MIN_PARTS = 2  # a total adds up at least two rows
_HALF = Decimal("0.5")  # each part printed in thousands may be rounded by half a unit
_DASHES = frozenset("—–-")
# A row that adjusts the loans rather than being one, whatever its sign is printed as
# ("Less: Unamortized discounts 31,773", "Fair value adjustment on convertible notes 138,519").
_ADJUSTMENT = Folded(
    r"^\s*less\b|discount|premium|issu(?:ance|e)\s+costs|financing\s+costs|fair\s+value|"
    r"current\s+portion|current\s+maturities|net\s+of|amortiz"
)


def adds_up(parts: list[tuple[str, ...]], amounts: tuple[str, ...]) -> bool:
    """Do `amounts` (one per dated column) add up the rows `parts` (label, then one value cell
    per dated column), column by column, with at least one column not nil? Never over an
    adjustment row (the sum would be a net amount)."""
    if any(_ADJUSTMENT.search(row[0]) for row in parts):
        return False
    rows = [row[1:] for row in parts if len(row) == len(amounts) + 1]
    if len(rows) < _MIN_PARTS or len(rows) != len(parts):
        return False
    totals = [_amount(cell) for cell in amounts]
    if any(total is None for total in totals) or not any(totals):
        return False
    for column, total in enumerate(totals):
        cells = [_amount(row[column]) for row in rows]
        if total is None or any(cell is None or cell < 0 for cell in cells):
            return False  # (a deduction among the parts: the line is a net amount)
        summed = sum((cell for cell in cells if cell is not None), Decimal(0))
        if abs(summed - total) > _HALF * len(rows):
            return False
    return True


def _amount(cell: str) -> Decimal | None:
    """An amount cell's value: "$ 2,739" → 2739, "(3,618)" → -3618, "—" → 0."""
    plain = cell.replace("$", "").replace(",", "").replace(" ", "")
    if plain in _DASHES:
        return Decimal(0)
    negative = plain.startswith("(") and plain.endswith(")")
    try:
        value = Decimal(plain.strip("()"))
    except InvalidOperation:
        return None
    return -value if negative else value
