"""Repayments in news wording that the retirement frames of `debt_repay` miss.

* A reduction whose debt carries an aside before "by": "reduced the outstanding value of a
  bitcoin-backed credit facility, perhaps the one agreed to with NYDIG in June, by $15
  million" (the aside is no amount; "reduced its interest costs by" is not debt).
* A repayment sized after its object: "had prepaid its outstanding debt-in-possession (DIP)
  balance provided by B. Riley Financial, amounting to $35 million", "repaid the loan in full,
  totalling $12 million".
* A summary's fields: "Loan Repaid: July 17, 2025 Loan Amount: USD $2.56 million" (the
  loan's amount, under a field saying it was repaid on a date).
* Money received and all of it used to repay (README decided case 13): "It received ca. $15.5
  million and used this amount to reduce the amount it owed" (not "some of it", and not a
  planned use: the hypothetical guard drops "will use").
"""

from __future__ import annotations

from functools import lru_cache

from .debt_words import DEBT_OBJECT, Window
from .folded import Folded
from .gates import Words
from .numbers import APPROX

_WORDS = Words("reduc", "lower", "cut", "paid", "repaid", "redeem", "retire", "settled", "used")


# A gap with no amount and no clause end ("(DIP)", "B. Riley" keep their dots).
# The two dot branches must never both match one dot: overlapping branches make a failed match
# try every split (exponential on "A.B.C.…").
_GAP = r"(?:[^.;$]|\.(?=\w)|(?<=\b[A-Z])\.(?!\w))"


_REDUCED_WITH_ASIDE = Folded(
    r"\b(?:reduced|lowered|cut|trimmed|slashed|paid\s+down)\s+(?:the|its|their|our)\s+"
    r"(?:outstanding\s+(?:value|balance|amount|principal)\s+of\s+(?:an?|the|its|their)\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{DEBT_OBJECT}\s*,{_GAP}{{1,80}}?,\s+by\s+{APPROX}$"
)


_REPAID_THEN_SIZED = Folded(
    r"\b(?:repaid|prepaid|paid\s+off|paid\s+back|redeemed|retired)\s+(?:in\s+full\s+)?"
    r"(?:(?:the|its|their|our|all)\s+)(?:[\w()-]+\s+){0,4}?"
    rf"(?:{DEBT_OBJECT}|balance)\b{_GAP}{{0,80}}?,\s+(?:amounting\s+to|totall?ing|worth)\s+"
    rf"{APPROX}$"
)


# "… $15.5 million and used this amount to reduce the amount it owed".
_ALL_USED_AFTER = Folded(
    r"^[^.;$]{0,20}?\band\s+used\s+(?:this|that|the\s+entire|the\s+whole|all\s+of\s+(?:this|that|the))\s+"
    r"(?:amount|sum|money|cash|funds)\s+to\s+(?:help\s+)?(?:reduce|repay|pay\s+(?:down|off|back)|cut|lower)\s+"
    rf"(?:the\s+amount\s+it\s+owed|(?:(?:its|the|their|our)\s+)?(?:[\w-]+\s+){{0,2}}?{DEBT_OBJECT})\b"
)


# "Loan Repaid: July 17, 2025 Loan Amount: USD $2.56 million".
_REPAID_FIELDS = Folded(
    r"\b(?:loan|debt|notes?|facility)\s+(?:repaid|paid\s+off|settled|redeemed)\s*:\s*"
    r"[^:$]{0,40}?\b(?:loan|principal|repaid|repayment)\s+amount\s*:\s*(?:usd|us|cad|c)?\s*"
    rf"{APPROX}$"
)


def repaid_in_news(window: Window) -> bool:
    """A repayment in one of the news shapes of the module docstring."""
    if not _WORDS.found(window.lower):
        return False  # cheap gate (a sentence's answer, asked by each of its amounts)
    if _ALL_USED_AFTER.match(window.after):
        return True
    if ":" in window.before and _REPAID_FIELDS.search(window.before):
        return True
    before = window.text[max(0, window.start - 200) : window.start]
    return bool(_REDUCED_WITH_ASIDE.search(before) or _REPAID_THEN_SIZED.search(before))


# The aside between the debt and "by" ("…, perhaps the one agreed to with NYDIG in June, by
# $15 million"): a month it names dates the debt's deal, not the reduction or the level it left.
_ASIDE = Folded(rf"{DEBT_OBJECT}\s*,(?P<aside>{_GAP}{{1,80}}?),\s+by\s+{APPROX}(?:us)?[$€£]")


# An aside after the debt telling how it came about ("repaid $15 million of a bitcoin-backed
# loan facility, possibly the one signed with NYDIG in June, reducing …", "the loan, which it
# took out in March, …"): a month it names dates the deal, not what the sentence tells now.
_ORIGIN_ASIDE = Folded(
    rf"{DEBT_OBJECT}\s*,(?P<aside>\s+(?:(?:possibly|perhaps|probably|likely|presumably|"
    r"apparently|reportedly|believed\s+to\s+be)\s+)?(?:the\s+one|which|that)\b"
    rf"{_GAP}{{0,60}}?\b(?:signed|agreed|entered|taken\s+out|took\s+out|obtained|secured|"
    rf"arranged|struck|inked|announced|drawn|received)\b{_GAP}{{0,60}}?),"
)


@lru_cache(maxsize=8)  # (a sentence's question, asked by each of its amounts)
def aside_span(text: str) -> tuple[int, int] | None:
    """Where the aside of a reduction read by `_REDUCED_WITH_ASIDE`, or one telling the debt's
    origin (`_ORIGIN_ASIDE`), lies in `text`, if any."""
    if ", by " in text and (match := _ASIDE.search(text)):
        return match.span("aside")
    if ", " not in text:
        return None  # cheap gate
    match = _ORIGIN_ASIDE.search(text)
    return match.span("aside") if match else None
