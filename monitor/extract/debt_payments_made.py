"""Principal payments named by a noun: "made $20 million in debt payments", "Debt repayment:
$20 million".

A payment the company made on its debt is principal repaid in the period (README
`debt_repaid_usd`). The noun must be a debt, loan or principal payment: interest, lease,
"principal and interest" together, or scheduled payments are not principal repaid.
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded
from .numbers import APPROX

# "made $20 million in debt payments", "made approximately $5 million of principal repayments
# on its loans" (a plan is dropped by the hypothetical guard).
_MADE_BEFORE = Folded(
    rf"\b(?:made|makes|making)\s+(?:(?:an?|another|additional|further)\s+)?{APPROX}$"
)
_PAYMENTS_AFTER = Folded(
    r"^\s+(?:in|of|worth\s+of)\s+(?:(?:scheduled|required|voluntary|early|total)\s+)?"
    r"(?:debt|loan|principal|note)\s+(?:re)?payments?\b(?!\s+and\s+interest)"
)
# A label line: "Debt repayment: $20 million", "Loan repayments – $5.0m".
_LABEL_BEFORE = Folded(
    rf"^\s*(?:[-•*]\s*)?(?:debt|loan|principal)\s+(?:re)?payments?\s*[:–—-]\s*{APPROX}$"
)


def payments_made(window: Window) -> bool:
    """Is the amount principal paid, named by a payment noun (see the module)?"""
    head = window.after[:40].lower()
    if "payment" in head and _MADE_BEFORE.search(window.before[-60:]):
        return bool(_PAYMENTS_AFTER.match(window.after))
    if window.start <= 40 and "payment" in window.before_lower:
        return bool(_LABEL_BEFORE.match(window.text[: window.start]))
    return False
