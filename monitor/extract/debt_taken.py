"""A loan taken, its principal told after the loan's noun: "took an external loan of $3.0 million".

The verbs of getting a loan ("took", "took out", "obtained", "received", "got", "raised",
"secured", "was granted") bind the loan they name to the amount of its "of", "for", "worth" or
"totalling" phrase: "In March 2025, the company took an external loan of $3.0 million to
finance the equipment", "ACME obtained a bridge loan of $3.0 million from its chairman",
"received a secured term loan for $10 million from Galaxy". A loan is borrowed money taken at
once, new debt at its principal (README Metrics; decided case 19 for loans funded at closing).

The noun must be a loan, mortgage or promissory note: a credit facility, line, revolving loan
or loan facility named so is its size, not a draw (decided case 19: "secured a credit facility
of $100 million", "took a revolving loan for $100 million"). A loan sought, planned or still
to come ("plans to take out a loan of $3 million", "is seeking to obtain a loan of") is
dropped by the hypothetical guard; another company's loan by the peer guard. A loan granted
by the company ("granted a loan of $5 million to its customer") has no taking verb and is not
read.
"""

from __future__ import annotations

from .debt_note_lender import from_lender
from .folded import Folded
from .numbers import APPROX

# The verb, at most three words of the loan's kind, the loan, then its size.
_TAKEN_LOAN_OF = Folded(
    r"\b(?:took(?:\s+out)?|tak(?:en|es|ing)\s+out|obtain(?:ed|s)|receiv(?:ed|es)|got|"
    r"rais(?:ed|es)|secur(?:ed|es)|(?:was|were|has\s+been)\s+granted)\s+"
    r"(?:(?:an?|the|its|one|new|another)\s+)?"
    # (a revolving loan or a loan facility is a line: its size is no draw, decided case 19)
    # ("has received debt financing of 575 million euros from Tether": debt named so, taken)
    r"(?:(?!revolv|credit\b|facilit)[\w-]+\s+){0,3}?(?:loans?|mortgage|promissory\s+notes?|"
    r"debt\s+financing)\s+"
    r"(?!facilit|agreement)"
    r"(?:(?:from|with)\s+(?:[\w.&'-]+\s+){1,4}?)?"
    rf"(?:of|for|worth|totall?ing|amounting\s+to|in\s+the\s+(?:principal\s+)?amount\s+of)\s+"
    # ("obtained an additional loan of up to $2.0 million": the loan is taken, "up to" its
    # principal; only a facility's or a line's "up to" is a size, decided case 19)
    rf"(?:up\s+to\s+)?{APPROX}$"
)


def loan_taken(before: str, after: str = "") -> bool:
    """Is the amount after `before` (and before `after`) the size of a loan the sentence says
    was taken?"""
    tail = before[-100:]
    if "loan" not in tail and "mortgage" not in tail and "note" not in tail and "debt" not in tail:
        return False  # cheap gate
    taken = _TAKEN_LOAN_OF.search(tail)
    if taken is None:
        return False
    # a promissory note received is money owed to the company ("received a promissory note of
    # $10 million from the buyer" as a sale's consideration), not a loan it took; one from its
    # chairman or a lender is a loan to it
    words = taken.group().lower()
    if "receiv" in words and "promissory" in words:
        return from_lender(before, after)
    return True


# "obtained an additional loan of up to $2.0 million": the taking verb directly on the loan
# (not "received approval for a loan of up to", "obtained a commitment for a loan of up to":
# what was approved or committed is a maximum, no money drawn; README, decided cases 6, 19).
# ("secured a loan of up to $300 million", "raised …": a maximum arranged, which decided case
# 19 reads as a facility's size; obtained, received, taken or granted, it is lent.)
_TAKEN_UP_TO = Folded(
    r"\b(?:took(?:\s+out)?|tak(?:en|es|ing)\s+out|obtain(?:ed|s)|receiv(?:ed|es)|got|"
    r"(?:was|were|has\s+been)\s+granted)\s+an?\s+(?:additional\s+)?loan\s+of\s+up\s+to\s+"
    rf"{APPROX}$"
)
# The loan is still to be drawn: "which it may draw through 2026", "available to draw over the
# next twelve months", "subject to approval" (a maximum on offer, not money lent).
_ON_OFFER = Folded(
    r"\b(?:approv(?:al|ed)|commitments?|committed|may\s+(?:draw|borrow)|can\s+(?:draw|borrow)|"
    r"available\s+(?:to\s+(?:draw|borrow)|for\s+(?:drawing|borrowing))|availability|"
    r"undrawn|to\s+be\s+drawn)\b"
)


def loan_up_to(before: str, after: str = "") -> bool:
    """Is the amount after `before` (and before `after`) the "up to" principal of a loan the
    sentence says was taken ("obtained an additional loan of up to $2.0 million")?"""
    tail = before[-100:]
    if "up to" not in tail or "loan" not in tail:
        return False  # cheap gate
    if _TAKEN_UP_TO.search(tail) is None:
        return False
    return _ON_OFFER.search(tail + " " + after[:160]) is None
