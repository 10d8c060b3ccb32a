"""Interest incurred or recorded, named by the bare word "interest".

"Core incurred $4.8 million in interest during the second quarter", "recognized $1.2 million of
interest on the notes": interest a company incurs or records for a period is its interest
expense (README `interest_expense_usd`), though the word "expense" is missing. Interest paid,
earned or owed is not read here (cash paid, income, a balance), nor "interest and fees" or an
interest rate.
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded
from .numbers import APPROX

_INCURRED_BEFORE = Folded(
    r"\b(?:incurred|incurs|incurring|recorded|records|recognized|recognised|recognizes|"
    rf"recognises|booked)\s+{APPROX}$"
)
# "in interest", "of interest on the notes" (not "interest income", "interest and fees",
# "interest rate", "interest-bearing", "interest in a joint venture").
_INTEREST_AFTER = Folded(
    r"^\s+(?:of|in)\s+interest\b(?![-\s]+(?:income|and|rates?|payable|receivable|bearing|in)\b)"
)


def interest_incurred(window: Window) -> bool:
    """Is the amount interest the company incurred or recorded (see the module)?"""
    if "interest" not in window.after[:20].lower():
        return False  # cheap gate
    return bool(_INTEREST_AFTER.match(window.after)) and bool(
        _INCURRED_BEFORE.search(window.before[-60:])
    )
