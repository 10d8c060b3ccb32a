"""A note the company received from someone who lends to it: a loan, not a note it holds.

"Received a promissory note" usually means the company holds the note: a buyer's note taken as
the price of a sale is money owed to the company (`debt_receivable`). News copy also says it
of a loan: "received a promissory note of $25 million from its chairman", "received a $10
million promissory note from its largest shareholder". An insider or a lender gives the
company money, not a sale's price: the note is the company's debt (README Metrics: new debt
taken on). Only when the amount's clause names that lender after it, and the sentence tells no
sale ("from the buyer as consideration for the sale" stays a note held).
"""

from __future__ import annotations

from .folded import Folded
from .gates import any_of

_LENDER_AFTER = Folded(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:(?!from\b)[\w.,%$-]+\s+){0,5}?from\s+(?:its|the\s+company's|"
    r"our|their|an?)\s+(?:co-|former\s+|executive\s+|non-executive\s+)?"
    r"(?:chairman|chairwoman|chair|chief\s+executive(?:\s+officer)?|ceo|founder|directors?|"
    r"president|(?:largest|major|controlling|principal)\s+(?:share|stock)holder|lenders?|"
    # (a bank, not "a bank customer": someone who pays the company)
    r"bank(?![\s-]+(?:customers?|clients?)\b))\b"
)
# The note settles what someone owes the company ("covering advances he owed the company",
# "for hosting fees owed"): a note it holds, a receivable, not a loan to it.
_OWED_WORDS = any_of("owed", "owes", "owing", "advances", "fees", "customer", "receivable")
_SALE_WORDS = any_of("exchange for", "consideration", "sold", "sale of", "divest", "dispos",
                     "buyer", "purchaser")  # fmt: skip


def from_lender(before: str, after: str) -> bool:
    """Is the note whose amount stands between `before` and `after` (its sentence's parts) one
    an insider or a lender gave the company, in a sentence that tells no sale?"""
    if "from" not in after[:80]:
        return False  # cheap gate
    if _LENDER_AFTER.match(after) is None:
        return False
    if _OWED_WORDS.search(after[:160].lower()) is not None:
        return False
    return _SALE_WORDS.search((before[-200:] + after[:120]).lower()) is None
