"""A facility's size beside a draw on it: the draw is the new debt, the size is not.

A story of a facility drawn in parts names the facility by its size in the headline or a
summary line and tells, in the body, what was drawn: "Bitfarms Secures $300M Project Financing,
Converts Macquarie Debt Facility" over "We intend to use this drawdown of an additional $50
million …"; "XYZ closes $200 million credit facility" over "drew an initial $40 million at
closing". A line counts when drawn (README, decided case 19): the drawn amount is new debt; the
size, never stated as drawn itself, is room to borrow. So when a document's new debt holds a draw
(a drawdown, a draw, a tranche drawn) and a larger amount of the same currency named as a
financing or a facility, the larger is the facility's size and is dropped.

Not read so: a term loan, notes, bonds or convertibles named by their size ("closed a $100
million term loan … drew $20 million on the revolver": two instruments, each new debt), and a
size the text itself says was drawn ("a $50 million facility, fully drawn at closing").
"""

from __future__ import annotations

from decimal import Decimal

from .debt_lines import is_drawn
from .folded import Folded
from .model import Extracted
from .numbers import Money, find_money

# The amount named as a financing or a facility right after it: "$300M Project Financing",
# "$200 million senior secured credit facility", "$1.4 billion debt facility" (not a term loan,
# notes or bonds: those are funded at their principal).
_FACILITY_AFTER = Folded(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|of)\s+)?(?:(?:an?|the|its|new|additional)\s+)?"
    r"(?:(?!term\b|notes?\b|bonds?\b|convertible)[\w’'-]+\s+){0,4}?"
    r"(?:financing|facility)\b"
)


# A draw on the same facility told in the evidence of another issued figure: "this drawdown
# of an additional $50 million", "drew $40 million under the facility", "a first tranche of $50
# million drawn" (the facility named back by "the"/"this", or a tranche of it) ...
_DRAW_ON_IT = Folded(
    r"\b(?:this|that)\s+(?:draw|drawdown|draw-down|tranche)\b|\btranches?\b|"
    r"\b(?:draw\w*|drew|borrow\w*)\b[^.;]{0,80}?\b(?:under|from|on|of)\s+(?:the|this|that)\s+"
    r"(?:new\s+)?(?:facility|financing|loan)\b"
)
# ... not a draw on another line of the company ("drew $25 million under its existing $50
# million revolving credit facility": the project financing closed beside it stays new debt).
_OTHER_LINE = Folded(r"\b(?:existing|revolv\w*|revolver|line\s+of\s+credit|credit\s+line)\b")


def sizes_beside_draws(issued: list[Extracted]) -> list[Extracted]:
    """The issued figures of `issued` (one document's new debt) that are a facility's size
    beside a smaller draw of the same currency (see the module docstring)."""
    if len(issued) < 2:
        return []
    draws = [
        item
        for item in issued
        if item.value
        and _DRAW_ON_IT.search(item.evidence)
        and not _OTHER_LINE.search(item.evidence)
    ]
    if not draws:
        return []
    return [
        item
        for item in issued
        if item.value
        and any(
            draw is not item and draw.unit == item.unit and draw.value < item.value
            for draw in draws
        )
        and _names_undrawn_facility(item)
    ]


def _names_undrawn_facility(item: Extracted) -> bool:
    """Is the figure's amount, in its evidence, a financing or facility never told drawn?"""
    evidence = item.evidence
    own = _own_money(evidence, item.value)
    if own is None:
        return False
    before, after = evidence[max(0, own.start - 120) : own.start], evidence[own.end :]
    return _FACILITY_AFTER.search(after[:120]) is not None and not is_drawn(before, after)


def _own_money(evidence: str, value: Decimal | None) -> Money | None:
    """The first amount of `evidence` equal to `value` (the figure's own mention)."""
    return next((money for money in find_money(evidence) if money.amount == value), None)
