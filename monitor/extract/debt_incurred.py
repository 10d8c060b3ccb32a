"""New debt told with a filing's verb "incur": a loan incurred is a loan taken on.

An 8-K's item "Creation of a Direct Financial Obligation" and the summaries written from it say
"Applied Digital Corp. incurred loan of $45 million with Macquarie", "the Company incurred
indebtedness of $25.0 million under the term loan", "incurred $45 million of new borrowings":
the principal the company owes from that day (README Metrics: new loans drawn). Interest,
costs and fees incurred are not debt ("incurred $3.0 million of interest expense",
"incurred debt issuance costs of $1.2 million"): the noun bound to the amount must be a loan,
borrowing, indebtedness or debt itself.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX

# The verb, then the debt noun, then its size: "incurred loan of $45 million", "incurred a new
# term loan in the principal amount of $25 million". Bounded: at most three words between.
_INCURRED_NOUN_OF = Folded(
    r"\bincurr(?:ed|s|ing)\s+(?:(?:a|an|the|new|additional|secured|senior|term|development|"
    r"bridge|promissory)\s+){0,3}(?:loans?|borrowings?|indebtedness|debt|notes?)\s+"
    rf"(?:of|totall?ing|in\s+the\s+(?:aggregate\s+)?(?:principal\s+)?amount\s+of)\s+{APPROX}$"
)
# The verb, then the size, then the debt noun: "incurred $45 million of new borrowings".
_INCURRED_AMOUNT = Folded(rf"\bincurr(?:ed|s|ing)\s+(?:an?\s+)?(?:additional\s+)?{APPROX}$")
_DEBT_OWN_AFTER = Folded(
    r"\s*(?:(?:of|in)\s+)?(?:new\s+|additional\s+)?(?:term\s+)?(?:loans?|borrowings|"
    r"indebtedness|debt)\b(?!\s+(?:issuance|issue|financing|transaction|origination|"
    r"arrangement|service|servicing|extinguishment|modification)\b)"
)


def incurred_debt(before: str, after: str) -> bool:
    """Is the amount between `before` and `after` debt the company incurred?"""
    tail = before[-80:]
    if "ncurr" not in tail:
        return False  # cheap gate
    if _INCURRED_NOUN_OF.search(tail):
        return True
    return bool(_INCURRED_AMOUNT.search(tail) and _DEBT_OWN_AFTER.match(after))
