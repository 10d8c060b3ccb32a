"""A debt schedule's totals, told from its loans by what they add up to and what they net.

A 10-K's notes-payable table closes with a line that adds up the loans above it, whatever its
label: "Notes payable, prior to reclassification to Liabilities subject to compromise
1,122,053" under eight named notes summing to 1,121,924 (a residual "Other" line of 129 makes
up the rest). Its label names notes like a loan's row does, so only its sum tells it is their
total. Below it the same debt is presented net of its discount ("Total notes payable, net
1,090,280"): an accounting presentation of the stated total, not a further balance (README,
decided case 3 counts each stated balance once), dropped when the gross total is also read.
The net figure is mostly below the gross one, but a fair-value adjustment of convertible notes
can lift it above ("Total 842,699 … Fair value adjustment on convertible notes 138,519 …
Total notes payable, net 977,600"): still the same debt, presented another way.
"""

from __future__ import annotations

from decimal import Decimal

from .debt_schedule import is_schedule_total
from .folded import Folded
from .model import Extracted

# The rows above a total may leave out a small line of other debt; a total within this share
# above their sum still adds them up. (A loan larger than the rest is no total of them: its
# excess over their sum is far beyond it.)
_LEFT_OUT = Decimal("1.01")
_MIN_LOANS = 2  # a total adds up at least two loans
# A total presented net of its discount: "Total notes payable, net", "Long-term debt, net",
# "Total debt at book value", "carrying amount" (README decided case 28).
# How far a net total may stand above the gross total of its date and still present the same
# debt (a fair-value adjustment); a gross total far below it is a part, not the whole.
_ABOVE_GROSS = Decimal("1.25")
_TOTAL = Folded(r"^\s*total\b")
_NET = Folded(
    r",\s*net\s*$|\bnet\s+of\s+(?:unamortized\s+)?(?:debt\s+)?(?:discounts?|issu(?:ance|e)\s+costs)\b"
    r"|\bat\s+book\s+value\b|\bcarrying\s+(?:amount|value)\b"
)


def adding_rows(loans: list[Extracted]) -> set[int]:
    """Ids of the loan rows that add up the loan rows above them at the same date."""
    totals: set[int] = set()
    for period in {item.period for item in loans}:
        dated = [item for item in loans if item.period == period and item.value is not None]
        for at, item in enumerate(dated):
            above = [row.value for row in dated[:at] if row.value is not None]
            parts = sum(above, Decimal(0))
            value = item.value or Decimal(0)
            if len(above) >= _MIN_LOANS and parts <= value <= parts * _LEFT_OUT:
                totals.add(id(item))
    return totals


def net_of_gross(totals: list[Extracted], labels: dict[int, str]) -> set[int]:
    """Ids of the totals printed net of discount (or of a fair-value adjustment) beside a
    gross total of that date that is larger, or not far below (`_ABOVE_GROSS`)."""
    net: set[int] = set()
    for item in totals:
        label = labels.get(id(item), "")
        if item.value is None or _NET.search(label) is None:
            continue
        gross = (
            other
            for other in totals
            if other is not item
            and other.period == item.period
            and other.value is not None
            and _NET.search(labels.get(id(other), "")) is None
        )
        if any(_presents(item, other, labels) for other in gross):
            net.add(id(item))
    return net


def _presents(net: Extracted, gross: Extracted, labels: dict[int, str]) -> bool:
    """Does the net total present the gross total's debt? It does when the gross is larger or
    not far below; or, however far a fair-value adjustment lifted it ("Total 771,897 … Fair
    value adjustments to convertible notes 393,738 … Total notes payable, net 1,162,671"),
    when the gross row is the schedule's own bare "Total" and the net one a total too: one
    table's total, before and after its adjustments."""
    if gross.value is None or net.value is None:
        return False
    if gross.value * _ABOVE_GROSS >= net.value:
        return True
    gross_label = labels.get(id(gross), "").strip(" |")
    net_label = labels.get(id(net), "").strip(" |")
    return is_schedule_total(gross_label) and _TOTAL.search(net_label) is not None
