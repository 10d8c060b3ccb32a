"""A loan made to the company by another, told from the lender's side.

"CleanSpark provided GRIID with a working capital loan of $5 million and a bridge loan of
approximately $50.9 million", "its chief executive extended the Company a $2 million loan": the
lender is the subject, the company the recipient. For the recipient the loan is new debt (README
`debt_issued_usd`: new loans); for anyone else (a story about the lender) it is not the
company's debt, so the recipient must be the company itself, by name or as "the Company".
"""

from __future__ import annotations

from .entities import MINERS, ticker_of
from .folded import Folded
from .gates import any_of

# The lending verb, the recipient, then the loan's words up to its amount.
_LENT_TO = Folded(
    r"\b(?:provided|provides|extended|extends|granted|grants|advanced|advances)\s+"
    r"(?P<who>(?:the\s+)?[\w.&'’-]{1,30}(?:\s+[\w.&'’-]{1,30}){0,3}?)\s+(?:with\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:loan|promissory\s+note|credit\s+facility)\s+(?:of|totall?ing|"
    r"in\s+the\s+amount\s+of)\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+|some\s+|~)?$"
)
# "… with a working capital loan of $5 million and a bridge loan of approximately $50.9
# million": a second loan coordinated with the first
_AND_LENT_TO = Folded(
    r"\b(?:provided|provides|extended|extends|granted|grants|advanced|advances)\s+"
    r"(?P<who>(?:the\s+)?[\w.&'’-]{1,30}(?:\s+[\w.&'’-]{1,30}){0,3}?)\s+with\s+(?:[^.;]|\.(?=\d)){1,80}?\band\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:loan|promissory\s+note|credit\s+facility)\s+(?:of|totall?ing)\s+"
    r"(?:approximately\s+|about\s+|roughly\s+|some\s+|~)?$"
)
# ("a $5 million working capital loan": the amount before the loan's words)
_LOAN_AFTER = Folded(r"\s+(?:[\w-]+\s+){0,3}?(?:loan|promissory\s+note|credit\s+facility)\b")
_SELF = ("the company", "the borrower", "us")
_LENDING = any_of("provided ", "provides ", "extended ", "extends ", "granted ", "grants ",
                  "advanced ", "advances ")  # fmt: skip
_REACH = 200


def may_lend_to(lower: str, entity: str | None) -> bool:
    """A cheap look at the lowercased sentence: a lending verb, and the company named."""
    if not entity or not _LENDING.search(lower):
        return False
    names = (*MINERS.get(ticker_of(entity), ()), entity)
    return "the company" in lower or any(name.lower() in lower for name in names)


def lent_to_entity(text: str, start: int, end: int, entity: str | None) -> bool:
    """Is the amount at `start:end` a loan another party made to the company `entity`?"""
    if not entity:
        return False
    before = text[max(0, start - _REACH) : start]
    lent = _LENT_TO.search(before[-120:]) or _AND_LENT_TO.search(before)
    if lent is None:
        return False
    words = lent.group().lower()
    named_loan = "loan" in words or "note" in words or "facility" in words
    if not named_loan and not _LOAN_AFTER.match(text[end : end + 60]):
        return False
    who = lent["who"].lower()
    names = (*MINERS.get(ticker_of(entity), ()), entity)
    return any(name.lower() == who or who.endswith(" " + name.lower()) for name in names) or any(
        who == word for word in _SELF
    )
