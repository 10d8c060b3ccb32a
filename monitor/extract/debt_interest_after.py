"""Interest expense named after its amount: "$6.8 million in interest costs".

Reading rule: a results summary lists what a loss included ("a net loss of $55.1 million,
which included $31.5 million of impairments, $15 million in depreciation, and $6.8 million in
interest costs"); an amount followed by "of/in interest expense", "interest costs" or "interest
charges" is the period's interest expense (README `interest_expense_usd`), whatever noun the
writer picked for it. Not when the verb governing the amount makes it something else: interest
saved or avoided (a change), paid (cash, not the expense), earned (income) or capitalised.
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded

# "$6.8 million in interest costs", "$2.2 million of net interest expense", "$1.1 million of
# interest charges" (not "interest income", "interest rate", "interest-bearing").
_INTEREST_NOUN_AFTER = Folded(
    r"^\s+(?:of|in)\s+(?:net\s+)?interest\s+(?:expenses?|costs|charges)\b"
)


# The verb or noun right before the amount that makes it no expense of the period: "saved $1.2
# million in interest costs", "paid $1.2 million in interest charges", "savings of …".
_NOT_THE_EXPENSE_BEFORE = Folded(
    r"\b(?:sav(?:e|es|ed|ing|ings)|avoid\w*|paid|pays?|paying|earn\w*|capitali[sz]\w*|"
    r"reduc\w*|cut(?:s|ting)?|lower\w*|decreas\w*|increas\w*|rose|fell|"
    r"(?:expect|anticipat|estimat|project|forecast|guid)\w*)\b"
    r"(?:\s+(?:by|of|about|approximately|around|roughly|some|an?|the|its|nearly|over))*\s*$"
)


def interest_named_after(window: Window) -> bool:
    """Is the amount interest expense named by the words right after it (module docstring)?"""
    if "interest" not in window.after[:30].lower():
        return False  # cheap gate
    if not _INTEREST_NOUN_AFTER.match(window.after):
        return False
    return _NOT_THE_EXPENSE_BEFORE.search(window.before[-40:]) is None
