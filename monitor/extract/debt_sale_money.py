"""The money a sale brought, all of it used to retire debt (README decided case 13).

Decided case 13 reads "the proceeds were used to repay"; news and filings name the same money
with other nouns and verbs, and the reading is the same:

* an anaphor for the whole sum of the sale told just before: "receiving about US$305 million.
  The entire amount was used to partially repay a Bitcoin-collateralized loan", "Cango said it
  used all of the money from the sale to pay down a loan", "All of the cash was applied to
  the term loan" (`whole_sum_used`, read by `debt_repay.proceeds_used`);
* a part of the proceeds stated with its own amount: "Part of the proceeds, $28 million, was
  used to reduce the Galaxy Digital credit line" (the stated part is the repayment);
* the sale's value told with its purpose of paying debt, the sale done: "sold $28.5 million
  worth of bitcoin to pay its debts", "sold $30 million of BTC to repay its equipment loans".

The verbs are the whole family of retiring debt, "reduce", "lower" and "pay (down/off) its
debts" included, with a debt noun as their object. Not read: an unstated part ("part of the
money was used to repay": decided case 13), a use planned ("will be used to repay", "may sell
… to pay down": the hypothetical guard), money used for something else ("to fund the new data
center"), and a second use of the same money ("… and to fund its expansion"), also when the
second purpose's verb stands bare ("unlocks ~$305M to retire BTC-backed debt and accelerate AI
infrastructure", "for $305 million to repay a loan and fund AI growth": `shared_with_other_use`).
"""

from __future__ import annotations

from .debt_words import DEBT_OBJECT, REPAY_ADVERB, REPAY_VERB, Window
from .folded import Folded
from .gates import Words

# Retiring debt, the object a debt noun: "repay a loan", "reduce the Galaxy credit line",
# "pay its debts", "pay down a loan backed by bitcoin".
_RETIRE_DEBT = (
    rf"(?:{REPAY_VERB}|(?:reduce|lower|cut|trim|pay)\s+(?:(?:the|its|their|our|an?|part\s+of|"
    rf"some\s+of|outstanding|remaining)\s+){{0,3}}(?:[\w-]+\s+){{0,3}}?{DEBT_OBJECT}\b|"
    r"pay\s+(?:its|their|our|the)\s+debts?\b)"
)

# The whole sum, named by an anaphor: "the entire amount", "all of the money from the sale",
# "the full sum", "all of the cash raised".
_WHOLE_SUM = (
    r"(?:(?:the|this|that)\s+(?:entire|whole|full|total)|all\s+(?:of\s+)?(?:the|this|that))\s+"
    r"(?:amount|money|sum|cash|funds)(?:\s+(?:from|of)\s+(?:the|this|that)\s+(?:sale|"
    r"transaction|disposal|deal)|\s+(?:raised|received|generated))?"
)

_WHOLE_SUM_USED = Folded(
    rf"\b{_WHOLE_SUM}\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:used|applied|put|went)\s+"
    rf"(?:to(?:wards?)?|for)\s+{REPAY_ADVERB}{_RETIRE_DEBT}"
    rf"|\b(?:used|applied|put)\s+{_WHOLE_SUM}\s+(?:to(?:wards?)?|for)\s+{REPAY_ADVERB}{_RETIRE_DEBT}"
)

# Words one of the anaphors needs (a cheap gate).
_SUM_WORDS = Words("amount", "money", "sum", "cash", "funds")


def whole_sum_used(text: str, lower: str) -> int | None:
    """Where the sentence's telling that a sum named before went, all of it, to retire debt
    ends, or None: "The entire amount was used to partially repay a loan"."""
    if not _SUM_WORDS.found(lower):
        return None
    used = _WHOLE_SUM_USED.search(text)
    return used.end() if used else None


# A part of the money stated with its own amount, then its use: "Part of the proceeds, $28
# million, was used to reduce the Galaxy credit line".
_PART_BEFORE = Folded(r"\b(?:proceeds|money|cash|funds|sum)\s*,\s*$")
_PART_USED_AFTER = Folded(
    r"^\s*,\s*(?:was|were|has\s+been|had\s+been)\s+(?:used|applied|put|directed|allocated)\s+"
    rf"(?:to(?:wards?)?|for)\s+{REPAY_ADVERB}{_RETIRE_DEBT}"
)

# A sale's value with its purpose: "sold $28.5 million worth of bitcoin (BTC) to pay its debts".
_SOLD_BEFORE = Folded(
    r"\bsold\s+(?:(?:about|approximately|roughly|around|nearly|over|some|more\s+than)\s+)?$"
)
_SOLD_FOR_DEBT_AFTER = Folded(
    r"^\s+(?:worth\s+)?(?:of|in)\s+(?:its\s+|their\s+|the\s+)?(?:bitcoin|btc|ether|eth|"
    r"digital\s+assets|crypto\w*)\b(?:\s*\([a-z]{2,5}\))?(?:\s+holdings)?\s*,?\s+"
    rf"(?:in\s+order\s+)?to\s+{REPAY_ADVERB}{_RETIRE_DEBT}"
)

_WORDS = Words("proceeds", "money", "cash", "funds", "sum", "sold")


def sale_money_repaid(window: Window) -> bool:
    """Is the amount the money of a sale that went, all of it as stated, to retire debt?"""
    tail = window.before_lower[-60:]
    if not _WORDS.found(tail):
        return False  # cheap gate
    if _PART_BEFORE.search(window.before[-60:]) and _PART_USED_AFTER.match(window.after):
        return True
    return bool(
        _SOLD_BEFORE.search(window.before[-40:]) and _SOLD_FOR_DEBT_AFTER.match(window.after)
    )


# The amount's purpose: retiring debt, then a second use of the same money, its verb bare or
# after "to"/"for" ("to repay a bitcoin-backed loan and fund its AI infrastructure strategy",
# "to retire BTC-backed debt and accelerate AI infrastructure"). The second verb is one of
# spending on something else: "to repay the notes and accrued interest" names more debt.
# Not a past tense ("… and acquired 2,000 miners": the company's next act, not the money's
# use), the debt's own interest ("and cover accrued interest"), nor "for the first time".
_OTHER_PURPOSE = (
    r"(?:(?:to\s+)?(?:fund|financ|accelerat|advanc|support|invest|expand|build|seed|grow|"
    r"develop|buy|purchas|acquir|cover(?!\s+(?:the\s+)?(?:accrued\s+)?(?:interest|fees)\b)|pursu)"
    r"(?!e?d\b)\w*|for\s+(?!the\s+(?:repayment|redemption|retirement|first\s+time)\b)\w)"
)
_RETIRED_THEN_OTHER_USE = Folded(
    rf"^[^.;]{{0,40}}?\bto\s+{REPAY_ADVERB}{_RETIRE_DEBT}[^.;]{{0,60}}?\s(?:and|as\s+well\s+as|"
    rf"plus)\s+{_OTHER_PURPOSE}"
)
_AND_WORDS = Words("and", "as well as", "plus")


def shared_with_other_use(text: str, lower: str, end: int) -> bool:
    """Is the amount ending at `end` told as going to retire debt and to a second use (decided
    case 13: only part of it went to the repayment, so it is no repayment's figure)?"""
    stop = end + _SHARED_REACH
    if " to " not in lower[end:stop] or not _AND_WORDS.found(lower, end, stop):
        return False  # cheap gate
    return _RETIRED_THEN_OTHER_USE.search(text[end:stop]) is not None


_SHARED_REACH = 220
