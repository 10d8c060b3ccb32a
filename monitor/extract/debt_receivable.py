"""Loans the company makes to others: notes receivable, not its debt.

A filing's note on "Notes Receivable" tells loans in the words of debt: "entered into
promissory notes with MEOA for a loan in the aggregate amount of $337,000", "agreed to loan in
the aggregate to Gryphon $12.5 million", "advanced to Gryphon $2.5 million". The company is the
lender: the money is an asset, and none of the debt metrics applies (README: debt is what the
company owes). Two kinds of words say so:

* the sentence's own, before the amount: a loan made to another ("loaned Rainmaker", "a loan
  to MEOA", "agreed to loan", "advanced to Gryphon", "note receivable", "received a promissory
  note for $4 million from its hosting client");
* the heading the sentence stands under: "Notes Receivable", "SPAC Sponsor Loan to MEOA".

A loan to the company itself ("a $2 million loan to the Company", "lent to Argo" in a story
about Argo) is its debt (`debt_lent_to`), and is left alone.
"""

from __future__ import annotations

import re

from .debt_note_lender import from_lender
from .document_words import window_opens
from .entities import ticker_of
from .folded import Folded
from .gates import Words, any_of
from .guards import clause_before

# "(agreed to) loan(ed) … to X", "advanced to X", "lent to X", "a loan to X"
_LENT_OUT = Folded(
    r"\b(?:loaned|advanced|lent|loans?|(?:agreed|agrees)\s+to\s+(?:loan|lend|advance)"
    r"(?:\s+in\s+the\s+aggregate)?)\s+(?:(?:US)?\$\s?[\d,.]+(?:\s+(?:million|billion))?\s+)?"
    r"to\s+(?P<who>(?:the\s+)?[\w.&'’-]+)|"
    # "loaned Rainmaker the principal amount of $3.1 million"
    r"\b(?:loaned|lent)\s+(?P<who2>(?!to\b)(?:the\s+)?[\w.&'’-]+)\s+(?:the\s+|an?\s+)?"
    r"(?:principal|aggregate|sum|amount|\$|US\$)|"
    r"\b(?:notes?|loans?)\s+receivable\b|\breceivable\s+from\b|"
    # "received a promissory note for $4 million from its hosting client": a note the company
    # holds (not "received $4 million in exchange for a promissory note", money it borrowed)
    r"\b(?:received|receives|accepted|accepts)\s+(?:an?\s+)?(?:(?:secured|unsecured|"
    r"convertible)\s+)?promissory\s+notes?\s+(?:for|of|worth|in\s+the\s+(?:principal\s+)?amount\s+of)"
    r"\s+$"
)
# A note the company takes as a sale's consideration, or receives: the buyer owes it, the
# company holds it ("sold its hosting unit to Hostco in exchange for a promissory note with a
# principal amount of $20 million", "received a $20 million secured note from Hostco as
# consideration", "for $5.0 million in cash and a $20.0 million seller note"). The note's kinds
# are listed, so "received approval for notes of" is no note received.
_NOTE_KIND = (
    r"(?:(?:secured|unsecured|convertible|promissory|seller|vendor|subordinated|senior|"
    r"interest[- ]bearing|non[- ]interest[- ]bearing|term)\s+){0,3}notes?"
)
_NOTE_AMOUNT_OF = (
    r"\s+(?:receivable\s+)?(?:for|of|worth|totall?ing|(?:with|in)\s+(?:an?|the)\s+"
    r"(?:(?:aggregate|original)\s+)?(?:principal\s+)?(?:amount|balance|value)\s+of)\s+"
)
_RECEIVED = r"\b(?:received|receives|receiving|accepted|accepts|accepting|took\s+back)\s+"
# the company's sale, then what it took for it: "sold … to Hostco in exchange for", "the sale
# of its hosting subsidiary to Hostco for $5.0 million in cash and"
_SOLD_FOR = (
    r"\b(?:sold|sells|selling|sale\s+of|divested|divestiture\s+of|disposed\s+of|disposal\s+of|"
    r"transferred)\b(?P<sold>[^.;$]{0,100}?)(?:\bin\s+exchange\s+for|\b(?:as|in)\s+"
    r"consideration(?:\s+for)?|\bfor)\s+(?:[^.;]{0,60}?\band\s+)?"
)
# the amount after the note's words: "… in exchange for a promissory note of $20 million"
_HELD_NOTE_BEFORE = Folded(
    rf"(?:{_RECEIVED}|{_SOLD_FOR})(?:an?\s+|the\s+)?{_NOTE_KIND}{_NOTE_AMOUNT_OF}$"
)
# the amount before them: "received a $20 million secured note", "and a $20.0 million seller note"
_HELD_NOTE_OPENS = Folded(rf"(?:{_RECEIVED}|{_SOLD_FOR})(?:an?\s+)?$")
_AMOUNT_THEN_NOTE = Folded(
    r"^(?:US|C|A)?\$\s?[\d,.]+\s*(?:million|billion|mn|bn|[mb])?\s+"
    rf"{_NOTE_KIND}\b(?!\s+(?:financing|investment|funding|offering|facility|purchase|issuance))"
)
_SOLD_TO = Folded(r"\bto\s+(?P<buyer>(?:the\s+)?[\w.&'’-]+)")
_NOTE_REACH = 240
_NOTE_HINTS = Words("receiv", "accept", "took back", "sold", "sell", "sale", "divest", "dispos",
                     "transferred")  # fmt: skip


def _note_held(text: str, start: int, entity: str | None) -> bool:
    """Is the amount at `text[start]` a note the company received, or took for a sale of its
    own (not a sale to itself: "Landco sold the site to Acme in exchange for a note" is Acme's
    debt)?"""
    after = text[start : start + 60]
    window = text[max(0, start - _NOTE_REACH) : start]
    if "note" not in window and "note" not in after.lower():  # (substring tests first)
        return False
    if not _NOTE_HINTS.found(window.lower()):
        return False
    found = _HELD_NOTE_BEFORE.search(window)
    if found is None and _AMOUNT_THEN_NOTE.search(after) is not None:
        found = _HELD_NOTE_OPENS.search(window)
    if found is None:
        return False
    sold = found["sold"]
    buyer = _SOLD_TO.search(sold) if sold else None
    if buyer is None:
        return True
    who = buyer["buyer"].lower().rstrip(".,").removeprefix("the ")
    return who in _NO_BORROWER or not _is_self(who, entity)  # ("to its parent": no buyer named)


# A note received from a person or lender to fund the company ("Riot received a $25 million
# promissory note from its chairman to fund operations"): money lent to it, its debt. A note
# taken in exchange for (or as consideration for) a sale stays held.
_TO_FUND = Folded(
    r"\bfrom\s+(?:[\w.&'’-]+\s+){1,5}?to\s+(?:fund|finance|support|cover|meet|help\s+fund)\b"
)
_RECEIVED_NOTE = Folded(rf"{_RECEIVED}(?:[^.;]{{0,80}}?)\bnotes?\b|{_RECEIVED}(?:an?\s+)?$")
_SALE_WORDS = Words("exchange for", "consideration", "sold", "sale of", "divest", "dispos")
_FUND_HINTS = Words("to fund", "to finance", "to support", "to cover", "to meet", "to help fund")


def _received_to_fund(text: str, start: int) -> bool:
    """Is the amount at `text[start]` a note the company received from a lender or a person to
    fund itself (see above)?"""
    after = text[start : start + _NOTE_REACH]
    stop = re.search(r"[.;](?:\s|$)", after)
    after = after[: stop.start()] if stop else after
    if "from" not in after:  # (substring tests first)
        return False
    before = text[max(0, start - _NOTE_REACH) : start]
    stop = max(before.rfind(". "), before.rfind("; "))
    before = before[stop + 1 :]
    if from_lender(before, after):
        # "received a promissory note of $25 million from its chairman": a lender named
        return _RECEIVED_NOTE.search(before) is not None
    if not _FUND_HINTS.found(after.lower()) or _TO_FUND.search(after) is None:
        return False
    if _SALE_WORDS.found((before + after).lower()):
        return False
    return _RECEIVED_NOTE.search(before) is not None and "note" in (before + after[:60]).lower()


# A heading line: short, no full stop at its end
_HEADING = re.compile(r"^[^\n.]{3,80}$", re.MULTILINE)
_HEADING_LENT_OUT = Folded(
    # (not "Notes to Consolidated Financial Statements", "… Extends … Notes to April 2023")
    r"\b(?:notes?|loans?)\s+receivable\b|\b(?:loans?|advances?)\s+to\s+"
    r"(?!(?:the\s+)?(?:company|us|value|cost)\b)[\w.&'’-]+"  # (not "Loan to Value")
)
_HEADING_REACH = 400
_HEADINGS = 3
_SELF = ("the company", "company", "us", "the borrower", "the borrowers", "the registrant")
_HINTS = Words("loan", "lent", "lend", "advance", "receivable", "promissory")
_HEADING_HINTS = any_of("receivable", "loan to", "loans to", "advance to", "advances to")


def is_lent_out(
    text: str, start: int, document: str | None, sentence_start: int, entity: str | None
) -> bool:
    """Is the amount at `text[start]` (a sentence at `sentence_start` of `document`) a loan the
    company made to another party?"""
    if _received_to_fund(text, start):
        return False
    if _note_held(text, start, entity):
        return True
    before = clause_before(text, start)  # ("9,377 BTC loaned to counterparties and …
    # pledged as collateral against $350 million": the coins lent, not the amount's clause)
    if _HINTS.found(before.lower()):
        for match in _LENT_OUT.finditer(before):
            who = match["who"] or match["who2"]
            if who is None or not _is_self(who, entity):
                return True
    return document is not None and _under_lending_heading(document, sentence_start)


# "loans to fund its expansion", "a loan to value ratio", "lent to date": no borrower named
_NO_BORROWER = frozenset(("value", "cost", "date", "fund", "finance", "refinance", "repay", "pay",
                          "purchase", "buy", "acquire", "support", "expand", "build", "cover",
                          "help", "be", "meet", "its", "their", "our", "his", "her"))  # fmt: skip


def _is_self(who: str, entity: str | None) -> bool:
    """Is the borrower named `who` the company itself (or no borrower at all)?"""
    who = who.lower().rstrip(".,")
    if who in _SELF or who in _NO_BORROWER:
        return True
    return entity is not None and ticker_of(who.removeprefix("the ")) == ticker_of(entity)


def _under_lending_heading(document: str, sentence_start: int) -> bool:
    """Do the heading lines just before the sentence's paragraph name a loan made out?"""
    lo = max(0, sentence_start - _HEADING_REACH)
    hinted = window_opens(_HEADING_HINTS, document, lo, sentence_start)
    if hinted is False:
        return False  # (no heading word before the sentence: found from the document's places)
    head = document[lo:sentence_start]
    if hinted is None and not _HEADING_HINTS.search(head.lower()):
        return False
    lines = head.rstrip("\n").split("\n")[:-1] if not head.endswith("\n") else head.split("\n")
    # the lines right before the sentence's own line, nearest first, while they are headings
    seen = 0
    for line in reversed(lines):
        if not line.strip():
            continue
        if not _HEADING.match(line.strip()):
            return False  # a body paragraph: the headings above it head another section
        if _HEADING_LENT_OUT.search(line):
            return True
        seen += 1
        if seen == _HEADINGS:
            break
    return False
