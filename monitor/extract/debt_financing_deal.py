"""A financing deal entered into that the next sentence tells as a loan: new debt.

Reading rule: "Bitfarms … had entered into a $32M financing deal with BlockFi. Under the terms
of the agreement, Bitfarms entered into a two-year, 14.5% interest rate, equipment loan …": a
"financing" alone may be equity, but one the same passage goes on to describe as a loan (a loan,
an interest rate, a lender, notes) is a loan entered into, `debt_issued_usd` at its size (README
decided case 6: an agreement entered into is done). Not a deal under way or planned (the flow
guards), and not a financing the sentence names as equity, shares or a lease.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX
from .sentences import sentence_after

# The deal done, then the amount: "had entered into a $32M", "signed a $25 million",
# "closed a $40 million".
_DONE_BEFORE = Folded(
    r"\b(?:entered\s+into|signed|closed|secured|obtained|completed|finali[sz]ed|struck|"
    rf"agreed\s+to|reached)\s+(?:an?\s+|the\s+)?{APPROX}$"
)
# The amount names a financing deal: "$32M financing deal", "$32 million financing agreement".
_DEAL_AFTER = Folded(r"\s+financing\s+(?:deal|agreement|arrangement|package|transaction)\b")
# The sentence names the financing as equity or a lease: no loan, whatever follows.
_NOT_DEBT = Folded(
    r"\b(?:equity|shares?|stock|preferred|warrants?|private\s+placement|lease\w*|sale[- ]leaseback|"
    r"atm|at-the-market)\b"
)
# The next sentence describes the deal as a loan. "Notes" is the security only after a
# determiner or a kind ("the notes", "senior notes"), never the verb ("Bitfarms notes that").
_LOAN_TERMS = Folded(
    r"\b(?:loans?|interest\s+rate|lender|debt|borrow\w*|principal|amortiz\w*|"
    r"(?:the|its|these|such|senior|secured|convertible|promissory|exchangeable)\s+notes?)\b"
)
_NEXT_REACH = 300


def financing_deal_is_loan(
    text: str, start: int, end: int, document: str | None, segment_end: int
) -> bool:
    """Is the amount at `start:end` of `text` (a sentence ending at `segment_end` of
    `document`) the size of a financing deal entered into that the next sentence calls a loan?"""
    if document is None or "financing" not in text[end : end + 20]:
        return False  # cheap gate
    if not _DEAL_AFTER.match(text, end) or not _DONE_BEFORE.search(text, max(0, start - 60), start):
        return False
    if _NOT_DEBT.search(text):
        return False
    following = sentence_after(document, segment_end, _NEXT_REACH, in_paragraph=False)
    return _LOAN_TERMS.search(following) is not None
