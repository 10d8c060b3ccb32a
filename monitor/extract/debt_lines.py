"""Credit lines count when drawn (README, decided case 19).

A credit facility, credit line, revolver or delayed-draw facility that is entered into,
secured, arranged or upsized is room to borrow, not new debt: its size ("a $50 million credit
facility", "a facility of up to EUR 575 million", "upsized its credit line by $50 million")
is not `debt_issued_usd`. Only an amount the text states as drawn or borrowed is ("drew $50
million", "$20 million was drawn at closing", "an initial draw of $50 million"). A term loan
or notes funded at closing stay new debt at their principal ("closed a $100 million term
loan", "a $100 million term loan facility"), unless the term loan is itself delayed-draw.
"""

from __future__ import annotations

import re

from .branches import Branches
from .folded import Folded
from .numbers import APPROX

# The head noun of a line, and the words that make any facility or loan a line.
_LINE_HEAD = r"(?:facilit(?:y|ies)|lines?\s+of\s+credit|credit\s+lines?|revolvers?)"
_LINE_WORDS = Folded(r"\b(?:revolv\w*|delayed[- ]draw\w*|multi[- ]draw|standby|committed\s+line)\b")
_TERM_LOAN = Folded(r"\bterm\s+loans?\b")


# The noun group right after the amount, up to its head: "$100 million Bitcoin-backed credit
# facility", "$300 million delayed-draw term loan facility", "€575 million ($610 million) debt
# financing facility", "$100 million in financing under a credit line" (not further: "$100
# million term loan to refinance its credit facility" is a term loan).
_GROUP_AFTER = Folded(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|of)\s+)?(?:(?:an?|the|its|new|additional)\s+)?"
    # (no preposition inside: "$50 million tranche of the facility" is a part drawn, not a line)
    r"(?P<group>(?:(?!(?:of|under|from|on|to|for|in|with)\s)[\w’'-]+\s+){0,5}?)"
    # ("loan facility" before "loan": "a US$16 million loan facility" is a facility's size)
    rf"(?P<head>{_LINE_HEAD}|loans?\s+{_LINE_HEAD}|(?:term\s+)?loans?|notes?|bonds?|debentures?|"
    r"convertibles?)\b"
)


# A loan facility (not a credit line or revolver) that a verb of money coming in tells.
_LOAN_HEAD = Folded(r"loans?\s")
_RAISED_BEFORE = Folded(rf"\b(?:raised|raises|raising)\s+(?:(?:an?|its|the|new)\s+)?{APPROX}$")


# The line named before its size: "a credit facility of up to $200 million", "a revolving
# line of credit for $25 million", "a loan facility with a capacity of $100 million".
_LINE_BEFORE = Folded(
    rf"\b(?P<group>(?:[\w’'-]+\s+){{0,4}}){_LINE_HEAD}\b[^.;$]{{0,40}}?"
    r"\b(?:for|worth|totaling|totalling|amounting\s+to|in\s+the\s+amount\s+of|of|sized\s+at|"
    r"up\s+to|with\s+(?:an?\s+)?"
    r"(?:(?:total|aggregate|maximum|borrowing)\s+)?(?:capacity|limit|size|commitments?|"
    r"availability)\s+of)\s+"
    rf"(?:up\s+to\s+)?{APPROX}$"
)


# A line enlarged by or to an amount: "upsized its credit facility by $50 million", "raises
# the maximum loan size by $70 million", "increased the revolver to $150 million".
_ENLARGING = (
    r"rais(?:ed|es|ing)|increas(?:ed|es|ing)|upsiz(?:ed|es|ing)|expand(?:ed|s|ing)|"
    r"lift(?:ed|s|ing)|boost(?:ed|s|ing)|enlarg(?:ed|es|ing)"
)  # the verbs that grow a line (shared by `_ENLARGED` and `_ENLARGED_BY`)
_ENLARGED = Folded(
    rf"\b(?:{_ENLARGING}|extend(?:ed|s|ing))\s+"
    r"(?P<group>[^.;$]{0,60}?)\b(?:by|to)\s+(?:(?:an?|another|additional|further)\s+){0,2}"
    rf"{APPROX}$"
)
_LINE_SIZE_WORDS = Folded(
    rf"\b(?:{_LINE_HEAD}|maximum|cap|limit|capacity|commitments?|borrowing\s+base)\b"
)


# The amount itself drawn: "drew $50 million", "an initial draw of $50 million", "borrowed an
# additional $20 million", "tapped $30 million" ...
_DRAWN_BEFORE = Folded(
    r"\b(?:dr[ae]w(?:n|s|ing)?(?:\s+down)?|drawdowns?|draw-downs?|borrow(?:ed|s|ing)?|"
    r"tapp(?:ed|ing)|advanced|disbursed|(?:initial|first)\s+(?:funding|advance|disbursement)s?)\s+"
    r"(?:of\s+)?"
    r"(?:(?:an?|the|another|additional|further|first|initial|new|total|aggregate)\s+){0,3}"
    rf"{APPROX}$"
)
# ... "$20 million was drawn at closing", "$50 million draw", "of which $50 million is
# outstanding", "$100 million facility, fully drawn at closing".
_DRAWN_AFTER = Branches(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:fully|already|initially|immediately|entirely)\s+)?"
    r"(?:drawn|borrowed|funded|advanced|disbursed|draw(?:down)?\b|drawdown|borrowing\b)"
    r"|^(?:(?!\b(?:not|nothing|none|no|never|yet|to\s+be)\b)[^.;$]){0,80}?\b(?:fully\s+drawn|drawn\s+in\s+full|(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:fully\s+|already\s+)?(?:drawn|funded|borrowed|advanced|disbursed))\b"
)


def is_drawn(before: str, after: str) -> bool:
    """The amount is stated as drawn or borrowed (see `_DRAWN_BEFORE`, `_DRAWN_AFTER`)."""
    return bool(_DRAWN_BEFORE.search(before[-60:]) or _DRAWN_AFTER.found_at(after))


def _is_line(group: str, head: str) -> bool:
    """Is the instrument "<group> <head>" a line to draw on (not a term loan or notes)?"""
    if _LINE_WORDS.search(group) or _LINE_WORDS.search(head):
        return True
    if not _LINE_SIZE_WORDS.search(head):
        return False  # a loan, notes, bonds
    # "a $100 million term loan facility" is a loan (the head may hold the "loan")
    return not _TERM_LOAN.search(f"{group} {head}")


def sizes_a_line(before: str, after: str) -> bool:
    """The amount is the size of a credit line (entered into, secured or upsized), not a draw
    on it. `before`/`after`: the sentence up to and from the amount."""
    if is_drawn(before, after):
        return False
    group = _GROUP_AFTER.match(after)
    if group is not None and _is_line(group["group"], group["head"]):
        # "Raised US$16 million secured loan facility": money that came in, not room to borrow
        return not (_LOAN_HEAD.match(group["head"]) and _RAISED_BEFORE.search(before[-40:]))
    named = _LINE_BEFORE.search(before[-100:])
    if named is not None and not _TERM_LOAN.search(named["group"]):
        return True
    enlarged = _ENLARGED.search(before[-120:])
    return enlarged is not None and bool(_LINE_SIZE_WORDS.search(enlarged["group"]))


# The increment of an upsized line: "raises the maximum loan size by $70 million".
_ENLARGED_BY = Folded(
    rf"\b(?:{_ENLARGING})\s+(?P<group>[^.;$]{{0,60}}?)\bby\s+"
    rf"(?:(?:an?|another|additional|further)\s+){{0,2}}{APPROX}$"
)


# The new room drawn, told next to the increment (`increment_drawn`): "lifting the cap to $200
# million and drawing the newly available funds in full", "the additional borrowing was taken
# immediately".
_NEW_ROOM_DRAWN = Folded(
    r"\b(?:draw\w*|drew|borrow\w*)\s+(?:down\s+)?(?:the|all\s+(?:of\s+)?the)\s+(?:newly\s+available|"
    r"new|additional|incremental)\s+(?:funds|amount|capacity|commitments?|borrowings?)\s+in\s+full"
    r"|\b(?:additional|incremental|new)\s+(?:borrowing|amount|commitment|funds)s?\s+(?:was|were)\s+"
    r"(?:immediately\s+|fully\s+)?(?:drawn|taken|borrowed|funded)\b"
)


def increment_drawn(before: str, document: str | None, start: int, end: int) -> bool:
    """An upsized line's increment ("raises the maximum loan size by $70 million") that the
    text says was drawn in full: new debt at that amount (decided case 19).

    `before`: the sentence up to the amount; `start`/`end`: the sentence's offsets in
    `document`. The enlarged thing must be the line's size ("revenue increased by $70
    million" is no line), and the draw told next to it: in the sentence itself or the one
    just before or after ("... drawing the newly available funds in full. The agreement
    raises the maximum loan size by $70 million.")."""
    if document is None:
        return False
    enlarged = _ENLARGED_BY.search(before[-120:])
    if enlarged is None or not _LINE_SIZE_WORDS.search(enlarged["group"]):
        return False
    # (`Folded` rules out a text without the pattern's words before running it)
    return _NEW_ROOM_DRAWN.search(_adjacent_sentences(document, start, end)) is not None


# Where a sentence ends: terminal punctuation before a new sentence, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(•])|\n")


def _adjacent_sentences(document: str, start: int, end: int) -> str:
    """The sentence at `start`..`end` of `document` with the one before and the one after
    (a rough split: enough to keep a draw told far away from counting)."""
    head = document[:start].rstrip()
    ends = [match.end() for match in _SENTENCE_END.finditer(head, max(0, len(head) - 600))]
    first = ends[-1] if ends else max(0, len(head) - 600)
    tail = document[end:]
    skipped = len(tail) - len(tail.lstrip())
    following = _SENTENCE_END.search(tail, skipped)
    last = end + (following.start() + 1 if following is not None else len(tail))
    return document[first:last]
