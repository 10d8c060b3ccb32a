"""New debt in news and filing wording that the issuing-verb frames of `debt_issue` miss.

* A participle of taking debt, marked as new, before the amount: "the newly acquired $15
  million loan", "its recently secured $40 million term loan" (not "previously", which
  recalls an earlier deal: README decided case 1).
* A draw made on the day of the document: "$15 million will be drawn on the date hereof",
  "$20 million is being drawn at closing" (a facility's size is not: decided case 19).
* A lender's commitment inside an agreement already entered into: "entered into a definitive
  agreement … pursuant to which Coatue has agreed to invest $150 million into the Company
  through a convertible note" (a promise alone, "will provide a $35 million loan", is not:
  decided case 6).
* A new loan and its size by a copula: "the new Bitcoin-backed loan agreement is to the tune
  of 18.05 million pounds".
* A note that states its loan: "This note provides for a loan of $150 million" (not a
  revolving line, whose size is no draw).
* A deal signed with a party to fund the company: "signed a $37 million deal with NYDIG to
  fund equipment" (an agreement entered into, decided case 6; not a deal "to buy" or "to
  host", which is a purchase or a service).
* The loan of an agreement entered into, told in the agreement's own mood: "entered into a
  loan agreement … pursuant to which Abit USA would borrow from the Lender a loan in the
  original principal amount of $3,000,000.00" (the "would" states the terms; decided case 6:
  an agreement entered into is new debt).
* The part of a loan received at once, the rest left to draw: "has agreed to borrow up to $35
  million … immediately receives $20 million, and has until the end of the year to draw down
  on the remaining $15 million" (decided case 19: the amount drawn is new debt; a news
  present tense with "immediately" tells the closing, not what a deal will do).
* Notes issued for loans: "issued promissory notes … in exchange for loans of $250,000 and
  $2,000,000" (each loan is new debt; the second shares the first's verb).
* Funding a lender provided: "NYDIG provided new funding of $37 million to Bitfarms",
  "Galaxy extended financing of $20 million" (done; "will provide" is a promise and the
  hypothetical guard drops it).
* An advance or draw already received under a financing: "Stronghold has already received a
  $18.6 million advance", "has received an initial $10 million draw" (the part of a facility
  drawn is new debt, decided case 19; "expects to receive", "a $18.6 million payment" are not).
"""

from __future__ import annotations

from .debt_words import DEBT_NOUN
from .folded import Folded
from .gates import holds_any
from .numbers import APPROX

_FRESH_BEFORE = Folded(
    r"\b(?:newly|recently|just)[\s-]+(?:acquired|obtained|secured|arranged|issued|raised|drawn|"
    r"borrowed|signed|inked|landed|closed)\s+(?:(?:an?|the|additional|new)\s+)?"
    rf"{APPROX}$"
)


# The amount's own noun phrase is the debt: up to three modifiers, then the debt noun ("$15
# million term loan"), not a debt noun further on that another noun's verb governs ("$30
# million hosting deal will help repay the loan").
_FRESH_OBJECT = Folded(rf"^(?:[\s-]+[\w.-]+){{0,3}}?\s+{DEBT_NOUN}\b")


_DRAWN_TODAY_AFTER = Folded(
    r"^\s+(?:will\s+be|is\s+being|are\s+being|is\s+to\s+be|shall\s+be)\s+(?:drawn|funded|"
    r"advanced|borrowed|disbursed)\s+(?:on\s+the\s+date\s+hereof|today|at\s+(?:the\s+)?"
    r"(?:closing|close)|upon\s+(?:the\s+)?(?:closing|close|signing)|on\s+(?:the\s+)?closing"
    r"(?:\s+date)?)\b"
)


# "entered into a definitive agreement with a fund … pursuant to which Coatue has agreed to
# invest $150 million into the Company through a convertible note".
# A gap that may hold an initial's or an abbreviation's full stop ("Coatue Management, L.L.C.").
_NAMED_GAP = r"(?:[^.;$]|\.(?=\d)|(?<=\b[a-z])\.(?!\d))"


_AGREED_IN_AGREEMENT = Folded(
    rf"\b(?:entered\s+into|signed|executed)\b{_NAMED_GAP}{{0,160}}?\b(?:agreements?|notes?)\b"
    rf"{_NAMED_GAP}{{0,120}}?\b(?:has|have)\s+agreed\s+to\s+(?:invest|lend|loan|advance|provide)\s+"
    r"(?:(?:an?|the)\s+)?(?:aggregate\s+(?:of\s+)?)?"
    rf"{APPROX}$"
)


_THROUGH_DEBT_AFTER = Folded(
    r"^[^.;$]{0,40}?\b(?:through|via|in\s+the\s+form\s+of|by\s+way\s+of|under)\s+(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:notes?|loans?|debentures?|bonds?)\b"
)


_NOTE_PROVIDES = Folded(
    r"\b(?:note|(?:loan|credit)\s+agreement|term\s+loan)\s+provides\s+for\s+(?:an?\s+)?"
    r"(?:(?:term|secured|senior|single|bridge)\s+)*"
    # ("a term loan facility in the principal amount of $5.0 million" is a term loan, funded at
    # closing (README decided case 19); a delayed-draw one is a line, and "delayed" is no word
    # this list takes)
    r"(?:loan|(?<=term\s)loan\s+facility)\s+"
    rf"(?:of|in\s+the\s+(?:aggregate\s+)?(?:principal\s+)?amount\s+of)\s+{APPROX}$"
)


# "the new Bitcoin-backed loan agreement is to the tune of 18.05 million pounds": the new loan,
# then its size by a copula (not a line's size: decided case 19).
_NEW_LOAN_IS = Folded(
    r"\bnew\s+(?:[\w-]+\s+){0,3}?(?:loan|term\s+loan|notes?|bonds?|debentures?|debt\s+financing)"
    r"(?:\s+agreement)?\s+(?:is|was|totals|totaled|totalled|amounts\s+to|amounted\s+to|comes\s+to|"
    r"came\s+to)\s+(?:worth\s+|for\s+|to\s+the\s+tune\s+of\s+)?"
    rf"{APPROX}$"
)
# "The new loan was $10 million smaller than the old one": a comparison, not the loan's size.
_COMPARED_AFTER = Folded(r"^\s+(?:\w+\s+)?(?:less|more|smaller|larger|bigger|higher|lower)\b")


# "signed a $37 million deal with NYDIG to fund equipment".
_DEAL_SIGNED_BEFORE = Folded(
    r"\b(?:signed|inked|struck|sealed|entered\s+into|clinched)\s+(?:an?\s+)?"
    rf"{APPROX}$"
)
_DEAL_TO_FUND_AFTER = Folded(
    r"^\s+(?:(?:financing|funding|loan|debt|credit)\s+)?(?:deal|agreement|arrangement)\s+with\s+"
    r"(?:[\w.&'’-]+\s+){1,4}?to\s+(?:fund|finance)\b"
)


# "NYDIG provided new funding of $37 million", "extended financing of $20 million".
_FUNDING_PROVIDED = Folded(
    r"\b(?:provided|extended|granted|advanced)\s+(?:\w+\s+){0,2}?(?:new\s+|additional\s+)?"
    r"(?:debt\s+)?(?:funding|financing)\s+(?:of|worth|totall?ing)\s+"
    rf"{APPROX}$"
)


# "issued promissory notes … in exchange for loans of $250,000 and $2,000,000".
_NOTES_FOR_LOANS = Folded(
    r"\b(?:issued|issues|delivered)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:notes?|debentures?)\b"
    r"[^.;$]{0,20}?\bin\s+exchange\s+for\s+(?:(?:an?|the)\s+)?(?:loans?|advances?|cash)\s+"
    rf"(?:of|totall?ing)\s+{APPROX}$"
)


# "has already received a $18.6 million advance", "have received an initial $10 million draw".
_RECEIVED_BEFORE = Folded(
    r"\b(?:has|have)\s+(?:(?:already|now|also|since)\s+){0,2}received\s+(?:an?\s+|the\s+)?"
    r"(?:(?:initial|first|second|further|additional)\s+)?"
    rf"{APPROX}$"
)
_ADVANCE_AFTER = Folded(
    r"^\s+(?:(?:initial|first|loan|cash)\s+)?(?:advance|draw|drawdown|draw-down|disbursement)\b"
)
# The sentence must tell a financing (an advance from a customer is prepaid revenue, not debt).
_FINANCING_WORDS = Folded(r"\b(?:financ|loan|credit|collaterali[sz]|lend|facilit|borrow|debt)")


def received_advance(before: str, after: str) -> bool:
    """Is the amount an advance or draw the company has received ("has already received a
    $18.6 million advance")? (Whether it is debt is the caller's question.)"""
    if "received" not in before[-60:]:
        return False  # cheap gate
    return _RECEIVED_BEFORE.search(before[-60:]) is not None and bool(_ADVANCE_AFTER.match(after))


def issued_in_news(before: str, after: str, wide: str) -> bool:
    """New debt told in one of the news shapes of the module docstring. `wide` is the
    sentence up to the amount (the agreement may be named far before it)."""
    if _FRESH_BEFORE.search(before[-60:]) and _FRESH_OBJECT.match(after):
        return True
    if _DRAWN_TODAY_AFTER.match(after):
        return True
    if _AGREED_IN_AGREEMENT.search(wide) and _THROUGH_DEBT_AFTER.match(after):
        return True
    if _NEW_LOAN_IS.search(before[-120:]) and not _COMPARED_AFTER.match(after):
        return True
    if _DEAL_SIGNED_BEFORE.search(before[-40:]) and _DEAL_TO_FUND_AFTER.match(after):
        return True
    if _FUNDING_PROVIDED.search(before[-80:]) or _NOTES_FOR_LOANS.search(before[-100:]):
        return True
    if received_advance(before, after):
        return (
            _FINANCING_WORDS.search(wide) is not None or _FINANCING_WORDS.search(after) is not None
        )
    return _NOTE_PROVIDES.search(before[-80:]) is not None


def taken_already(text: str, position: int) -> bool:
    """ "plans to use the newly acquired $15 million loan": the loan is taken, only its use is
    planned (the plan's modal does not govern the participle)."""
    return _FRESH_BEFORE.search(text[max(0, position - 60) : position]) is not None


# "entered into a loan agreement … pursuant to which X would borrow … a loan in the original
# principal amount of $3,000,000.00".
_TERMS_OF_LOAN_ENTERED = Folded(
    r"\b(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:loan|credit|"
    r"note\s+purchase|promissory\s+note)\s+agreement\b[^;$]{0,200}?\bpursuant\s+to\s+which\b"
    r"[^;$]{0,60}?\b(?:would|will|shall|agreed\s+to)\s+(?:borrow|lend|loan|advance)\b[^;$]{0,80}?"
    rf"\b(?:principal\s+amount\s+of|loan\s+of)\s+{APPROX}$"
)


def terms_of_loan_entered(text: str, position: int) -> bool:
    """Is the amount the loan of an agreement entered into, stated in its terms' mood?"""
    if "pursuant" not in text:
        return False  # cheap gate
    head = text[max(0, position - 420) : position]
    return _TERMS_OF_LOAN_ENTERED.search(head) is not None


# "immediately receives $20 million, and has until the end of the year to draw down on the
# remaining $15 million".
_RECEIVED_AT_ONCE = Folded(
    r"\b(?:immediately|instantly|upfront|up\s+front|at\s+closing|on\s+closing)\s+"
    r"(?:receives|received|gets|got|"
    rf"draws|drew|borrows|borrowed)\s+{APPROX}$"
)
_REST_TO_DRAW_AFTER = Folded(
    r"^[^.;]{0,120}?\b(?:draw|drawn|borrow|receive)\b[^.;$]{0,30}?\b(?:remaining|rest|balance|"
    r"additional)\b"
)


def received_at_once(before: str, after: str) -> bool:
    """The part of a loan received at its closing, the rest left to draw (module docstring)."""
    if not holds_any(before, ("immediately", "instantly", "closing", "front")):
        return False  # cheap gate
    return bool(_RECEIVED_AT_ONCE.search(before[-60:]) and _REST_TO_DRAW_AFTER.match(after))
