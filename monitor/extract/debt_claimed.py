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

# A default told right before the amount: "defaulted on", "failed to repay a".
_DEFAULT_TOLD = r"\b(?:default\w*|fail(?:s|ed|ing)?\s+to\s+(?:re)?pay)\b[^.;$]{0,40}$"

# A claim or allegation, then a default or a failure to repay, then the amount, all in one
# clause: "lenders claim the company defaulted upon $103 million in loan payments", "its lender
# alleges that the company failed to repay a $103 million loan", "Default Claim on $103M".
_CLAIMED_DEFAULT = Folded(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing|ations?)|accus(?:es|ed|ing))\b[^.;$]{0,80}?"
    + _DEFAULT_TOLD
    + rf"|\bdefault\s+claims?\b[^.;$]{{0,60}}$"
    # "received a default notice from …, wherein it was stated that Acme defaulted on $103
    # million": the notice's statement is the lender's
    r"|\bdefault\s+notices?\b[^.;$]{0,100}?\b(?:stat\w+|sa(?:id|ys)|alleg\w*|claim\w*)\b"
    r"[^.;$]{0,60}?\bdefault\w*\b[^.;$]{0,40}$"
    # "the claimed outstanding principal balance as of December 31, 2023 … is AUD$1.45 million"
    r"|\bclaimed\s+(?:outstanding\s+|unpaid\s+)?(?:principal\s+)?(?:balance|amount|principal|"
    rf"debt|loan)\b[^;$]{{0,90}}?\b(?:is|was|of|at)\s+(?:of\s+)?{APPROX}$"
)
_REACH = 160


def claimed_by_creditor(text: str, money: Money) -> bool:
    """Is `money` a balance the text gives only as a creditor's claim (see the docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    lower = before.lower()
    if _attributed_after(text, money, lower):
        return True  # "Iris Energy Defaulted On $103 Million Of Equipment Loans, Lender Claims"
    if (
        "claim" not in lower
        and "alleg" not in lower
        and "accus" not in lower
        and "notice" not in lower
    ):
        return False  # cheap gate
    return _CLAIMED_DEFAULT.search(before) is not None


# A headline's default, attributed after it: "… Defaulted On $103 Million Of Equipment Loans,
# Lender Claims", "… failed to repay a $20 million loan, creditors allege".
_DEFAULT_BEFORE = Folded(_DEFAULT_TOLD)
_ATTRIBUTED_AFTER = Folded(
    r"[^.;$]{0,60}?,\s*(?:(?:its|the|two|three)\s+)?(?:lenders?|creditors?|noteholders?)\s+"
    r"(?:claims?|says?|said|alleges?|alleged|contends?)\b"
)


def _attributed_after(text: str, money: Money, lower_before: str) -> bool:
    """Is the default before `money` attributed, after it, to its lender's claim?"""
    if "default" not in lower_before and "fail" not in lower_before:
        return False  # cheap gate
    return (
        _DEFAULT_BEFORE.search(lower_before) is not None
        and _ATTRIBUTED_AFTER.match(text, money.end, money.end + 120) is not None
    )
