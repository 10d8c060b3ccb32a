"""A balance told only as a creditor's claim of default is not the company's debt.

README decided case 35: "two lenders claim the company defaulted on $103 million of equipment
loans", "faces claims from its lender alleging that it has defaulted on $103 million", a
headline "Faces Default Claim on $103M of Loans" and "the claimed outstanding principal balance
… is AUD$1.45 million" give a lender's allegation, not what the company owes. What the debtor
itself states stays a balance ("one SPV claims it owes $71 million": no default alleged), and
so does a default the text states as fact ("defaulted on $103 million of loans").
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

# A claim or allegation, then a default or a failure to repay, then the amount, all in one
# clause: "lenders claim the company defaulted upon $103 million in loan payments", "its lender
# alleges that the company failed to repay a $103 million loan", "Default Claim on $103M".
_CLAIMED_DEFAULT = Folded(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing|ations?)|accus(?:es|ed|ing))\b[^.;$]{0,80}?"
    r"\b(?:default\w*|fail(?:s|ed|ing)?\s+to\s+(?:re)?pay)\b[^.;$]{0,40}$"
    rf"|\bdefault\s+claims?\b[^.;$]{{0,60}}$"
    # "the claimed outstanding principal balance as of December 31, 2023 … is AUD$1.45 million"
    r"|\bclaimed\s+(?:outstanding\s+|unpaid\s+)?(?:principal\s+)?(?:balance|amount|principal|"
    rf"debt|loan)\b[^;$]{{0,90}}?\b(?:is|was|of|at)\s+(?:of\s+)?{APPROX}$"
)
_REACH = 160


def claimed_by_creditor(text: str, money: Money) -> bool:
    """Is `money` a balance the text gives only as a creditor's claim (see the docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    lower = before.lower()
    if "claim" not in lower and "alleg" not in lower and "accus" not in lower:
        return False  # cheap gate
    return _CLAIMED_DEFAULT.search(before) is not None
