"""A loan made to the company by another, told from the lender's side.

"CleanSpark provided GRIID with a working capital loan of $5 million and a bridge loan of
approximately $50.9 million", "its chief executive extended the Company a $2 million loan": the
lender is the subject, the company the recipient. For the recipient the loan is new debt (README
`debt_issued_usd`: new loans); for anyone else (a story about the lender) it is not the
company's debt, so the recipient must be the company itself, by name or as "the Company".
The recipient may also follow the amount: "NYDIG provided $37 million in new funding to
Bitfarms", "Galaxy extended a $35 million loan to Argo", "lent $20 million to the Company".
A credit facility's size is no loan made (README decided case 19), so only loan, funding and
financing words count in that order.
"""

from __future__ import annotations

from .debt_words import title_at
from .entities import names_of
from .folded import Folded
from .gates import Words

# The lending verb, the recipient, then the loan's words up to its amount.
_VERB = (
    r"(?:provided|provides|extended|extends|granted|grants|advanced|advances|lent|lends|"
    r"loaned|funded)"
)
_LENT_TO = Folded(
    rf"\b{_VERB}\s+"
    r"(?P<who>(?:the\s+)?[\w.&'’-]{1,30}(?:\s+[\w.&'’-]{1,30}){0,3}?)\s+(?:with\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:loan|promissory\s+note|credit\s+facility)\s+(?:of|totall?ing|"
    r"in\s+the\s+amount\s+of)\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+|some\s+|~)?$"
)
# "… with a working capital loan of $5 million and a bridge loan of approximately $50.9
# million": a second loan coordinated with the first
_AND_LENT_TO = Folded(
    rf"\b{_VERB}\s+"
    r"(?P<who>(?:the\s+)?[\w.&'’-]{1,30}(?:\s+[\w.&'’-]{1,30}){0,3}?)\s+with\s+(?:[^.;]|\.(?=\d)){1,80}?\band\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:loan|promissory\s+note|credit\s+facility)\s+(?:of|totall?ing)\s+"
    r"(?:approximately\s+|about\s+|roughly\s+|some\s+|~)?$"
)
# ("a $5 million working capital loan": the amount before the loan's words)
_LOAN_AFTER = Folded(r"\s+(?:[\w-]+\s+){0,3}?(?:loan|promissory\s+note|credit\s+facility)\b")
_SELF = ("the company", "the borrower", "us")
_LENDING = Words("provided ", "provides ", "extended ", "extends ", "granted ", "grants ",
                  "advanced ", "advances ", "lent ", "lends ", "loaned ", "funded ")  # fmt: skip
# Lending verbs that name the loan themselves ("NYDIG lent Bitfarms $37 million").
_LOAN_VERBS = ("lent", "lends", "loaned")
_REACH = 200


def may_lend_to(lower: str, entity: str | None) -> bool:
    """A cheap look at the lowercased sentence: a lending verb, and the company named."""
    if not entity or not _LENDING.found(lower):
        return False
    names = names_of(entity)
    return "the company" in lower or any(name.lower() in lower for name in names)


def lent_to_entity(text: str, start: int, end: int, entity: str | None) -> bool:
    """Is the amount at `start:end` a loan another party made to the company `entity`?"""
    if not entity:
        return False
    return _recipient_then_loan(text, start, end, entity) or _lent_then_recipient(
        text, start, end, entity
    )


def _recipient_then_loan(text: str, start: int, end: int, entity: str) -> bool:
    """ "CleanSpark provided GRIID with a … loan of $5 million": the recipient first."""
    before = text[max(0, start - _REACH) : start]
    lent = _LENT_TO.search(before[-120:]) or _AND_LENT_TO.search(before)
    if lent is None:
        return False
    words = lent.group().lower()
    named_loan = any(word in words for word in ("loan", "note", "facility", "lent", "lends"))
    if not named_loan and not _LOAN_AFTER.match(text[end : end + 60]):
        return False
    who = lent["who"].lower()
    names = names_of(entity)
    return any(name.lower() == who or who.endswith(" " + name.lower()) for name in names) or any(
        who == word for word in _SELF
    )


# The lending verb right before the amount, a loan's words before it or after it, then the
# recipient: "provided $37 million in new funding to Bitfarms", "extended a $35 million loan
# to Argo", "lent $20 million to the Company", "provided new funding of $37 million at
# Bitfarms" (a machine translation's preposition).
_LOAN_WORDS = r"(?:loans?|funding|financing|promissory\s+notes?)"
_LENDER_BEFORE = Folded(
    rf"\b(?P<verb>{_VERB})\s+(?:(?:an?|the|new|additional|further|fresh|initial)\s+){{0,2}}"
    rf"(?:(?P<noun>(?:[\w-]+\s+){{0,2}}?{_LOAN_WORDS})\s+(?:of|from|totall?ing|worth)\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+|some\s+|nearly\s+|~)?$"
)
_RECIPIENT_AFTER = Folded(
    r"^\s*(?:(?P<noun>(?:in\s+|of\s+)?(?:[\w-]+\s+){0,3}?"
    rf"{_LOAN_WORDS})\s+)?(?:to|at|for)\s+(?P<who>[^.;,]{{1,40}})"
)


def _lent_then_recipient(text: str, start: int, end: int, entity: str) -> bool:
    """ "NYDIG provided $37 million in new funding to Bitfarms": the recipient after the
    amount is the company, and loan words name what was lent (a lending verb alone, "lent",
    does)."""
    lender = _LENDER_BEFORE.search(text, max(0, start - 80), start)
    if lender is None:
        return False
    recipient = _RECIPIENT_AFTER.match(text[end : end + 100])
    if recipient is None:
        return False
    verb_is_loan = lender["verb"].lower() in _LOAN_VERBS
    noun = lender["noun"] or recipient["noun"]
    if not (noun or verb_is_loan):
        return False  # "provided $37 million to Bitfarms": money, maybe equity
    if noun and "loan" not in noun.lower() and title_at(text, start):
        # "Tether extends substantial debt financing of $610M to Northern Data": a headline's
        # financing is the facility the story then sizes (decided case 19), not a loan made
        return False
    who = recipient["who"].lower()
    names = names_of(entity)
    # ("to us" is left out here: "to US miners" would read as the company)
    return any(
        who == name.lower() or who.startswith(name.lower() + " ")
        for name in (*names, "the company", "the borrower")
    )
