"""How precisely a figure is stated, and when two figures are the same amount.

companyfacts gives no `decimals`: a figure's rounding is read from its trailing zeros
(175,220,000 is stated in thousands; 175,000,000 in millions). Two figures are the same amount
when they differ by no more than one unit of each one's rounding (filers force rounded lines
to foot, so 157,453,000 shown later in millions may read 158,000,000).
"""

from __future__ import annotations

import math


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
    """How far apart figures rounded as these are may be and still be the same amount: one
    unit of each figure's rounding (a figure in millions is often a sum of rounded lines)."""
    return sum(unit_of(v) for v in values)


def same_amount(a: float, b: float) -> bool:
    return math.isclose(a, b, abs_tol=tolerance(a, b))
