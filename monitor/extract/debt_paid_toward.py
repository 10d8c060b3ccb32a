"""A payment made toward a loan: the amount paid is principal repaid.

"Riot paid $20 million toward its term loan in May", "applied $15 million against the
outstanding balance of the Galaxy loan", "put another $5 million towards the NYDIG debt": money
paid and the debt it went to, named right after it (README `debt_repaid_usd`: debt repaid in a
period). Interest paid on the loan is no principal, and a running total ("a total of $20 million
toward its loan since 2022") is cumulative, so neither is read here; plans are dropped by the
hypothetical guard (`debt._acceptable`).
"""

from __future__ import annotations

from .debt_words import DEBT_OBJECT, Window
from .folded import Folded
from .numbers import APPROX

# The paying verb right before the amount (a few determiners between, no "total of").
_PAID_BEFORE = Folded(
    r"\b(?:paid|pays|applied|put|contributed|remitted)\s+"
    rf"(?:(?:an?|another|an\s+additional|additional|further|a\s+further)\s+)?{APPROX}$"
)

# Toward the debt, with no interest or fee word between: "toward its term loan", "against the
# outstanding balance of the Galaxy loan".
_TOWARD_DEBT_AFTER = Folded(
    r"^\s*(?:in\s+cash\s+)?(?:towards?|against)\s+(?:(?:the|its|their|our)\s+)?"
    r"(?:(?:outstanding|remaining|principal|unpaid)\s+){0,2}(?:balance\s+(?:of|on|under)\s+"
    r"(?:(?:the|its|their|our)\s+)?)?"
    r"(?:(?!interest|fees?|costs?|purchase|price)[\w.&'’-]+\s+){0,3}?"
    rf"{DEBT_OBJECT}\b(?!['’]s)"  # (not "against the loan's accrued fees")
)


def paid_toward(window: Window) -> bool:
    """Is the amount a payment the sentence says went toward a loan (see the module)?"""
    if "toward" not in window.after[:20].lower() and "against" not in window.after[:20].lower():
        return False  # cheap gate
    return bool(_PAID_BEFORE.search(window.before[-60:])) and bool(
        _TOWARD_DEBT_AFTER.match(window.after)
    )
