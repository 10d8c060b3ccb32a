"""Money raised or set aside is not money spent: a financing's sums read apart from AI capex.

Reading rule: AI capex is the company's own spending on its AI/HPC build-out. A careful analyst
does not record as capex the money a financing brings in, nor proceeds set aside for another use,
even when the story is about the AI build the money helps pay for:

* proceeds put to a use that is not the build: "earmarked about $460 million to repurchase its
  common stock", "set aside $120 million to repay the bitcoin-backed credit line";
* an investor's right or option to put in more: "the fund keeps the right to commit a further
  $4 billion to future HPC projects" (a possibility the investor holds, not a plan of the
  company's);
* a financing's own parts: "the facility comprises an initial $750 million investment to
  support the campus expansion" (the deal named by its subject is a financing);
* an investment made of shares: "The $460M investment includes 9M new shares and 3.8M sold by
  Galaxy executives" (an equity raise named by the investor's side);
* the investor's spending verb: "Brookfield to invest up to $600 million in the campus" when
  the document tells of a financing the company receives from someone else.

Spending told by the company stays capex: "Applied Digital will invest $600 million in the
campus", "the company earmarked $200 million to fund the HPC build-out".
"""

from __future__ import annotations

import re

from .document_words import document_holds, found_at_words
from .entities import names_of
from .folded import Folded
from .gates import any_of
from .numbers import APPROX
from .per_document import remembered

# After the amount: the use it is set aside for, when that use is not a build ("to repurchase
# common stock", "to be used to repay the credit facility", "for the redemption of the notes")
_OTHER_USE_AFTER = Folded(
    r"\s+(?:(?:will\s+be\s+|is\s+|are\s+)?(?:to\s+be\s+)?used\s+)?(?:to|for)\s+"
    r"(?:(?:help|partially|partly|fully)\s+)?(?:the\s+|its\s+|a\s+)?"
    r"(?:repurchas\w*|buy\s+back|buy-?backs?|redeem\w*|redemptions?|repay\w*|retir(?:e|ing)|"
    r"refinanc\w*|pay\s+(?:down|off|back)|paying\s+(?:down|off|back)|prepay\w*|settl(?:e|ing))\b"
)
# After the amount: an investment or raise whose parts are shares ("investment includes 9M new
# shares", "placement of 12.8 million shares"): equity sold, not money spent ("units" only as
# stock units: "20,000 Nvidia GPU units" is hardware bought)
_SHARES_AFTER = Folded(
    r"\s+(?:equity\s+)?(?:investment|raise|placement|offering|sale)\s+(?:includes|included|"
    r"comprises|comprised|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|of)\s+"
    r"[^.;]{0,40}?\b(?:shares|stock|(?:stock|share|equity)\s+units)\b"
)
# Before the amount: an investor's right or option to put money in ("maintains the right to
# commit an extra", "holds an option to invest up to")
_RIGHT_TO_BEFORE = Folded(
    r"\b(?:rights?|options?)\s+(?:of\s+first\s+refusal\s+)?to\s+(?:invest|commit|fund|provide|"
    rf"contribute|finance)\s+(?:(?:an?|the)\s+)?(?:(?:extra|additional|further|another)\s+)?"
    rf"{APPROX}$"
)
# Before the amount: a financing's parts ("the deal comprises an initial", "the facility
# includes a first")
# ("provides for" only after a financing's own noun: "the construction agreement provides for a
# $150 million fixed price" is the build's cost)
_PARTS_BEFORE = Folded(
    r"(?:\b(?:deal|financing|facility|agreement|transaction|arrangement|package)\s+"
    r"(?:\w+\s+){0,2}?(?:comprises|comprised|includes|included|consists\s+of|consisted\s+of|"
    r"is\s+made\s+up\s+of)|\b(?:financing|facility|investment|equity|notes)\s+"
    r"(?:\w+\s+){0,2}?(?:provides|provided)(?:\s+for)?)\s+(?:(?:an?|the)\s+)?"
    rf"(?:(?:initial|first|upfront|up-front|additional)\s+)?{APPROX}$"
)
# The document tells of money the company receives: "a $5 billion financing agreement with
# Macquarie", "secured a preferred equity facility from", "an investment from Brookfield"
_FINANCING_GATE = any_of("financing", "preferred equity", "investment from", "investment by",
                         "funding from", "facility from", "equity facility")  # fmt: skip
_FINANCING_RECEIVED = Folded(
    r"\b(?:financing|funding|investment|preferred\s+equity|equity)\s+(?:(?:agreement|deal|"
    r"facility|arrangement|transaction|partnership|commitment)\s+)?(?:with|from|by)\s+[a-z]"
    # a preferred-equity line is always money put in by an investor ("initial draw from $5B
    # Macquarie preferred equity facility for Ellendale campus", a summary naming no "from")
    r"|\bpreferred\s+equity\s+(?:financing\s+)?facility\b"
)
# The words each match of `_FINANCING_RECEIVED` opens with (where it is tried)
_FINANCING_OPENING = any_of("financing", "funding", "investment", "preferred", "equity")
# Before the amount: a named subject and its verb of investing ("MAM to invest up to",
# "Brookfield will commit", "the fund agreed to invest")
_INVESTOR_VERB_BEFORE = re.compile(
    # ("MAM may invest additional $337.5M in tranches": the investor's option, a summary's modal)
    r"(?P<subject>\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:(?:has|have|also|will|"
    r"would|may|might|could|can|agreed|agrees|plans|is|are)\s+)?(?:to\s+)?(?:invest|invests|invested|commit|"
    r"commits|committed|provide|provides|provided|contribute|contributes|contributed)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:initial|extra|additional|further)\s+)?(?:up\s+to\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|some\s+)?$"
)
# The amount named as money raised, not spent: "a deal with J.P. Morgan for $1.2 billion of
# funding for GPUs", "up to $3.6 billion in financing", "funding of $1.2 billion for GPUs" (the
# hardware is what the money pays for; the sum is the financing's, decided case 43's kin). Not
# "$500 million of the financing" (a part of a financing spent, told by its own verb).
_FUNDS_AFTER = Folded(
    r"\s+(?:of|in)\s+(?:(?:new|additional|debt|gpu|equipment|project|committed)\s+){0,2}"
    r"(?:funding|financing)\b"
)
_FUNDS_BEFORE = Folded(
    rf"\b(?:funding|financing)\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:up\s+to\s+)?{APPROX}$"
)
_FUNDS_REACH = 50
_OWN_SUBJECTS = {"the company", "it", "we", "the firm", "the miner"}
_REACH = 90


def is_financing(text: str, start: int, end: int, document: str | None, entity: str | None) -> bool:
    """Is the amount at `text[start:end]` financing or another use, not the company's AI spend?"""
    if _OTHER_USE_AFTER.match(text, end) or _SHARES_AFTER.match(text, end):
        return True  # "earmarked $460 million to repurchase common stock"
    if _named_as_funding(text, start, end):
        return True  # "a deal with J.P. Morgan for $1.2 billion of funding for GPUs"
    head = max(0, start - _REACH)
    if _RIGHT_TO_BEFORE.search(text, head, start) or _PARTS_BEFORE.search(text, head, start):
        return True
    investor = _INVESTOR_VERB_BEFORE.search(text, head, start)
    if investor is None or document is None:
        return False
    return _financing_received(document) and not _is_own(investor["subject"], entity)


def _named_as_funding(text: str, start: int, end: int) -> bool:
    """Is the amount at `text[start:end]` named as funding or financing?"""
    if _FUNDS_AFTER.match(text, end):
        return True
    return _FUNDS_BEFORE.search(text, max(0, start - _FUNDS_REACH), start) is not None


@remembered
def _financing_received(document: str) -> bool:
    """Does `document` tell of money the company receives? (Once a document; its words looked up
    where they stand in it, `document_words`, not by two lowerings and scans of all of it.)"""
    opens = document_holds(_FINANCING_GATE, document)
    if opens is None:  # (letters whose lowercase moves offsets)
        lower = document.lower()
        return _FINANCING_GATE.search(lower) is not None and bool(
            _FINANCING_RECEIVED.search(document)
        )
    return opens and bool(found_at_words(_FINANCING_RECEIVED, _FINANCING_OPENING, document))


def _is_own(subject: str, entity: str | None) -> bool:
    """Is the subject the company itself (its name, ticker or a pronoun)?"""
    lower = subject.lower()
    if lower in _OWN_SUBJECTS or lower.startswith(("the company", "our ")):
        return True
    names = names_of(entity)
    return any(name and name.lower() in lower for name in names)
