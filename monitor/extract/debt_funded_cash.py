"""Notes named as what raised the company's cash are notes issued: their money came in.

"Cash and equivalents reached $1.207B driven by the upsized $1.3B 0% 2031 converts" (an
earnings summary of Cipher's Q3 2025): the notes' proceeds are in the cash balance, so the
offering closed (README decided case 6: only done things; money that did something was
received, as `debt_issue_done.offering_did` reads "our $500 million convertible debt offering,
which strengthened our liquidity"). The cash is the subject and the debt the cause: "driven
by", "boosted by", "bolstered by", "thanks to", "reflecting the proceeds of". A debt named
only as priced or planned ("subsequent pricing of $1.4B notes", "to fund") is not the cause.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX

# The cash (or liquidity) as the subject, then its cause right before the amount. Bounded:
# at most 80 characters from the cash word to the cause.
_CAUSE = (
    r"\b(?:cash(?:\s+and\s+(?:cash\s+)?equivalents)?|liquidity)\b(?:[^.;]|\.(?=\d)){0,80}?"
    # ("Cash balance increased over $400 million compared to Q4, due to a $1.15 billion
    # convertible transaction")
    r"\b(?:(?:driven|boosted|bolstered|lifted|helped|supported|buoyed)\s+by|thanks\s+to|due\s+to|"
    r"reflecting\s+(?:the\s+)?(?:net\s+)?proceeds\s+(?:of|from))\s+"
    r"(?:(?:the|its|our|an?|upsized|recent|new|successful)\s+){0,3}"
    rf"{APPROX}"
)
_CASH_DRIVEN_BY = Folded(rf"{_CAUSE}$")
# The debt right after the amount: "0% 2031 converts", "convertible notes offering", "senior
# notes" (a coupon and a maturity year may come between).
_DEBT = (
    r"\s+(?:\d+(?:\.\d+)?%\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:convertible|senior|secured|unsecured|"
    r"exchangeable)\s+){0,3}(?:converts|convertibles|notes|bonds|debentures|term\s+loan|"
    r"(?<=convertible\s)(?:transaction|offering|issuance|financing|deal))\b"
)
_DEBT_AFTER = Folded(_DEBT)
# The whole statement in a sentence (for the document's doubts about a priced offering).
_STATED = Folded(rf"{_CAUSE}(?:us)?\$\s?[\d.,]+\s*(?:million|billion|bn|[mb])?{_DEBT}")


def funded_cash(before: str, after: str) -> bool:
    """Is the amount (between `before` and `after`) debt named as what raised the cash?"""
    tail = before[-160:]
    if "ash" not in tail and "iquidity" not in tail:
        return False  # cheap gate
    return bool(_CASH_DRIVEN_BY.search(tail) and _DEBT_AFTER.match(after))


def cash_raised_by_notes(sentence: str) -> bool:
    """Does `sentence` name notes as what raised the cash (their money came in: no offering
    only priced)?"""
    lower = sentence.lower()
    if "ash" not in lower and "iquidity" not in lower:
        return False  # cheap gate
    return _STATED.search(sentence) is not None
