"""New debt told as a deal done, in wordings the issuing frames of `debt_issue` miss.

* An offering named as a noun between the done verb and its size: "completed a registered
  public offering of $55.2 million of the Company's 8.50% Senior Notes", "closed its private
  placement of $40 million aggregate principal amount of convertible notes", "consummated the
  issuance of $500 million of bonds". The instrument must follow the amount (an offering of
  shares is no debt).
* A loan agreement entered into, named by its size (README decided case 6): "agreed to an
  additional $50 million in loans", "agreed to a $35 million term loan with Galaxy". The
  instrument must be the amount's own noun ("agreed to a $5 million reduction of the loan" is
  no new debt), and "agreed to repay / to lend" put no amount right after "to".
* A debt offering named by its size, then a relative clause telling what its money did: "our
  $500 million oversubscribed convertible debt offering, which strengthened our liquidity and
  funded our initial expansion", "a $300 million notes offering whose proceeds were used to
  repay …". Money that did something was received; a clause telling the deal's terms or steps
  ("which was upsized …, was announced and priced") or its plans ("which will fund") says
  nothing of a close.
* The deal as the subject, its size in a relative clause, then its close: "MARA's notes
  offering, which raised $1 billion, closed on Thursday".
"""

from __future__ import annotations

from .debt_words import DEBT_NOUN
from .folded import Folded
from .gates import Words
from .numbers import APPROX

_WORDS = Words("offering", "issuance", "placement", "agreed", "sale", "issue")
_AFTER_WORDS = Words("which", "whose", "that")


# A done verb, the deal's adjectives, the offering noun, "of", then the amount.
_DONE_OFFERING_OF = Folded(
    r"\b(?:closed|completed|consummated|finali[sz]ed|(?:has|have|had)\s+(?:successfully\s+)?"
    r"(?:closed|completed|consummated))\s+(?:(?:an?|the|its|their|our|his)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:offering|issuance|placement|sale|issue)\s+of\s+"
    r"(?:(?:an?\s+)?(?:aggregate\s+)?(?:original\s+)?principal\s+amount\s+of\s+)?"
    rf"{APPROX}$"
)


# The amount's own noun is a debt instrument: "$55.2 million of the Company's 8.50% Senior
# Notes", "$40 million aggregate principal amount of convertible notes".
_DEBT_OWN_AFTER = Folded(
    r"^\s*(?:(?:in\s+|of\s+)?(?:aggregate\s+)?(?:original\s+)?(?:principal\s+amount\s+)?)?"
    r"(?:of\s+)?(?:(?:the|its|their|our)\s+)?(?:company['’]s\s+|[A-Z][\w&.-]*['’]s\s+)?"
    r"(?:[\w.%-]+\s+){0,4}?"
    rf"{DEBT_NOUN}\b"
)


# "agreed to an additional $50 million in loans", "agreed to a $35 million term loan".
_AGREED_TO = Folded(
    r"\bagreed\s+to\s+(?:an?|the)?\s*(?:(?:additional|further|new|fresh|another|second)\s+){0,2}"
    rf"{APPROX}$"
)


# The instrument is the amount's own noun: "$50 million in loans", "$35 million term loan"
# (one or two words before it, none of them another thing's noun).
_LOAN_OWN_AFTER = Folded(
    r"^\s*(?:(?:in|of)\s+)?(?:(?:new|additional|further|fresh)\s+)?"
    r"(?:(?:term|bridge|secured|senior|equipment|project|convertible|bitcoin-backed|"
    r"btc-backed|promissory|debt|loan|credit|financing)\s+){0,2}"
    r"(?:loans?|notes?|borrowings|debt|financing|credit\s+facility|term\s+loan)\b"
)


# The offering the amount sizes, then the past effect of its money: "$500 million oversubscribed
# convertible debt offering, which strengthened our liquidity".
_OFFERING_DID_AFTER = Folded(
    r"^\s*(?:[\w.%-]+\s+){0,4}?(?:convertible|notes?|bonds?|debentures?|debt)\s+"
    r"(?:offering|issuance|placement|raise)s?\s*,?\s+(?:which|that|whose\s+(?:net\s+)?proceeds)\s+"
    r"(?:(?:also|further|significantly|substantially|immediately)\s+)?"
    r"(?:strengthened|bolstered|boosted|funded|financed|enabled|allowed|provided|added|gave|"
    r"brought|raised|generated|netted|helped|(?:was|were)\s+used)\b"
)


# The offering as the subject, its size in a relative clause, then its close: "MARA's notes
# offering, which raised $1 billion, closed on Thursday", "The term loan, which totaled $50
# million, was funded at signing".
_SIZED_IN_CLAUSE = Folded(
    r"\b(?:convertible|notes?|bonds?|debentures?|debt|loan)(?:\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offering|issuance|placement|financing|deal|facility|loan))?\s*,\s*which\s+"
    rf"(?:raised|totall?ed|amounted\s+to|brought\s+in|was\s+(?:sized\s+at|for))\s+{APPROX}$"
)
# (not "settled": a debt settled is paid off, not taken on)
_THEN_CLOSED = Folded(
    r"^\s*,\s*(?:closed|(?:was|were|has\s+been|have\s+been)\s+(?:successfully\s+)?"
    r"(?:closed|completed|consummated|funded|issued|drawn))\b"
)


def issued_as_done(before: str, after: str) -> bool:
    """New debt in one of the shapes of the module docstring (`before`/`after`: the text
    right before and after the amount, within its sentence)."""
    if ", which" in before[-60:].lower() and _SIZED_IN_CLAUSE.search(before[-100:]):
        return bool(_THEN_CLOSED.match(after))
    if not _WORDS.found(before.lower()):
        return False  # cheap gate
    if _DONE_OFFERING_OF.search(before[-120:]) and _DEBT_OWN_AFTER.match(after):
        return True
    return bool(_AGREED_TO.search(before[-60:]) and _LOAN_OWN_AFTER.match(after))


def offering_did(after: str) -> bool:
    """A debt offering sized by the amount whose money did something (module docstring)."""
    return _AFTER_WORDS.found(after[:120].lower()) and bool(_OFFERING_DID_AFTER.match(after))
