"""A debt balance told as repaid: the balance's amount is the repayment.

Filing notes and releases name the balance first and retire it in the same clause: "The $7.0
million outstanding loan balance was repaid by the Company at the Closing on August 27, 2021";
"prepaid the outstanding principal balance on the final equipment loan in the amount of
$270,690". The amount is the principal retired (README, decided case 15: a loan paid off in one
stated payment), not a balance left at a date. A partial repayment of the balance ("was
partially repaid") says nothing of how much was paid, and a planned one ("is to be repaid",
"will be repaid") is not done.
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded
from .gates import Words
from .numbers import APPROX

_RETIRED = r"(?:repaid|prepaid|paid\s+off|paid\s+in\s+full|retired|redeemed|settled|extinguished)"

# The balance after its amount, then a passive retirement: "$7.0 million outstanding loan
# balance was repaid", "$5 million of notes were redeemed in full".
_BALANCE_THEN_RETIRED = Folded(
    r"^\s+(?:(?:of\s+)?(?:the\s+)?(?:outstanding|remaining|unpaid|principal|loan|note|debt|"
    r"term|promissory|convertible)\s+){0,4}"
    r"(?:balance|loans?|notes?|debt|principal|borrowings|debentures?)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:fully\s+|subsequently\s+|then\s+)?"
    rf"{_RETIRED}\b"
)

# A retirement verb, its debt object, then the amount: "prepaid the outstanding principal
# balance on the final equipment loan in the amount of $270,690".
_RETIRED_IN_AMOUNT = Folded(
    rf"\b{_RETIRED}\s+(?:in\s+full\s+)?(?:the|its|all|our|their)\s+[^.;$]{{0,60}}?"
    r"\b(?:balance|loans?|notes?|debt|principal|facility|borrowings|debentures?)\b[^.;$]{0,40}?"
    rf"\bin\s+the\s+(?:aggregate\s+)?(?:principal\s+)?amount\s+of\s+{APPROX}$"
)

_AFTER_WORDS = Words("repaid", "prepaid", "paid", "retired", "redeemed", "settled",
                      "extinguished")  # fmt: skip


def balance_repaid(window: Window) -> bool:
    """Is the amount a balance the clause says was retired (see the module)?"""
    head = window.after[:100].lower()
    if _AFTER_WORDS.found(head) and _BALANCE_THEN_RETIRED.match(window.after):
        return True
    return "amount of" in window.before_lower[-40:] and bool(
        _RETIRED_IN_AMOUNT.search(window.before)
    )
