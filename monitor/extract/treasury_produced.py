"""Bitcoin produced, in prose: "produced 411 BTC", "112 Bitcoin mined", "production grew to 1,957".

A production figure is the company's own for the period: not a balance held, a forecast, a
per-day average, or coins mined for clients or by colocated machines.
"""

from __future__ import annotations

import re

from . import guards
from .folded import Folded
from .gates import any_of
from .numbers import APPROX, BTC_QTY, BTC_UNIT, FOOTNOTE, LEADING_NUMBER, NUMBER
from .skipping import skipping
from .treasury_phrases import LEADING, MOVED_TO, Gated

_I = re.IGNORECASE
UNITLESS_PRODUCTION = skipping(
    re.compile(
        r"(?:bitcoin|btc)\W{0,8}(?:\w+\W{1,3}){0,3}?(?:production|output|mined|produced|earned)\b"
        r"[^.;]{0,40}?\d"
        r"|(?:mined|produced) (?:bitcoins?|btc) to \d"  # "its mined bitcoin to 137"
    )
)
PRODUCED: Gated = [
    # "produced 411 BTC", "by mining 834 bitcoin", "Earned 974 self-mined bitcoin"
    (
        any_of("produc", "mined", "earned", "mining", "generated", " out "),
        re.compile(
            # "churning out 687 BTC", "cranked out": a rewrite's verbs for production
            rf"\b(?:produced|produces|producing|mined|self-mined|earned|mining|generated|"
            rf"(?:churn|crank|pump)(?:ed|ing|s)?\s+out)\s+"
            rf"{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "112 Bitcoin mined in October", "1,930.8 BTC was mined over the third quarter"
    (
        re.compile(
            r"(?:btcs?|bitcoins?) (?:(?:was|were|has been|have been|having been) )?(?:self-)?"
            r"(?:mined|produced|earned)"
        ),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:(?:were|was|have\s+been|"
            r"has\s+been|having\s+been)\s+)?(?:self-)?(?:mined|produced|earned)\b"
            r"(?!\s+(?:per|a|each)\s+day)",
            _I,
        ),
    ),
    # "Revenue of $7.2 million on 274.70 mined bitcoin"
    (
        any_of("mined bitcoin", "mined btc"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s+(?:self-)?mined\s+(?:bitcoins?|BTC)\b"
            r"(?!\s+(?:per|a|each)\s+day)",
            _I,
        ),
    ),
    # "an increase of 13% in its mined bitcoin to 137"
    (
        any_of("mined bitcoin", "produced bitcoin", "mined btc", "produced btc"),
        re.compile(
            rf"\b(?:mined|produced)\s+(?:bitcoins?|BTC)\s+to\s+{APPROX}(?P<qty>{NUMBER})"
            r"(?!\s*(?:%|EH|PH|TH|MW|per|/|million|billion|[.,]\d))",
            _I,
        ),
    ),
    # "Bitcoin production grew to 1,957", "Bitcoin ("BTC") mined during H1 2024 was 507": the
    # unit is in the subject.
    (
        UNITLESS_PRODUCTION,
        re.compile(
            r"\b(?:bitcoin|BTC)\W{0,8}(?:\w+\W{1,3}){0,3}?(?:production|output|mined|produced|earned)\b"
            # "Total Bitcoin mined (self-mining only) of approximately 1,299", "bitcoins earned
            # from bitcoin mining business was 739.51", "mining production of 124 in December"
            r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:during|in|for|from)\s+[^.;,$]{2,30}?)?\s+(?:was|were|"
            rf"totaled|totalled|reached|of|came\s+in\s+at|{MOVED_TO})\s+{LEADING}{APPROX}"
            rf"(?P<qty>{NUMBER})(?!\s*(?:%|EH|PH|TH|MW|per|/|million|billion|[.,]\d))"
            # a unit, when printed, belongs to the match (a coordinated figure may follow it)
            rf"(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "a decrease in Bitcoin earned (974 Bitcoin vs. 3,042 a year ago)", not "1,514 Bitcoin mined
    # (1,347 Bitcoin in Q2 FY25)" (the bracket holds the prior period)
    (
        any_of("earned (", "mined (", "produced (", "production ("),
        re.compile(
            rf"\b(?:bitcoin|BTC)\s+(?:production|earned|mined|produced)\s*\(\s*{BTC_QTY}"
            r"(?=\s+(?:vs\.?|versus|compared)\s)",
            _I,
        ),
    ),
    (
        any_of("production of", "output of", "mining of"),
        re.compile(rf"\b(?:production|output|mining)\s+of\s+{LEADING}{BTC_QTY}", _I),
    ),
    (
        any_of("produc", "mined", "output"),
        re.compile(
            r"\b(?:production|produced|mined|output)\b(?=[^.;,]{0,60}?\d)"
            rf"[^.;,]{{0,40}}?\b(?:was|were|totaled|totalled|"
            rf"reached|reaching|amounted\s+to|came\s+in\s+at|{MOVED_TO}|(?:has\s+been\s+|was\s+)?(?:revised|restated|"
            rf"adjusted)\s+to)\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
]

# "per day", and "per day1" with a footnote digit glued on.
_PER_DAY = Folded(r"^\s*(?:per|a|/|each)\s*day(?![a-z])|^\s*daily\b")
# After "N bitcoin": clients' coins ("from colocated miners") or a balance ("on balance
# sheet"), not the company's production.
NOT_OWN_PRODUCTION = Folded(
    r"(?:\s+(?:were|was)\s+(?:produced|mined|earned))?"
    r"\s+(?:(?:from|for|by)\s+(?:its\s+|our\s+|the\s+)?(?:\w+\s+)?(?:colocat\w*|hosted|hosting|"
    r"clients?|customers?)|on\s+(?:its\s+|the\s+|our\s+)?balance\s+sheet|held\b|"
    r"in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody)\b)"
)
_HELD_BEFORE = Folded(rf"\b(?:held|holds|holding|owned|owns)\s+(?:a\s+total\s+of\s+)?{APPROX}$")
_EXPECTED = Folded(
    r"\b(?:expected|estimated|projected|forecast|budgeted)\s+(?:\w+\s+)?(?:production|output)\b"
)

_CLIENTS = Folded(r"\b(?:clients|customers)\b")
# A part of a figure already given: "This includes 0.9 Bitcoin acquired … and 18.6679 Bitcoin
# earned through mining", "…, which includes 18 BTC mined at its Abu Dhabi site".
_PART_OF = Folded(
    r"\b(?:this|these|that|which)\s+(?:total\s+|figure\s+|amount\s+|balance\s+)?"
    r"(?:includes?|included|including|comprises?|comprised)\b(?:[^.;]|\.(?=\d))*$"
)
# The miner is someone else: "its joint venture in Abu Dhabi mined 50 bitcoins", "the network
# produced 13,000 BTC" (a minority venture's or the whole network's coins).
_OTHER_MINER = Folded(
    r"\b(?:joint\s+venture|JV|the\s+(?:bitcoin\s+)?network|pool)\s+(?:(?!and\b)[\w-]+\s+){0,3}?$"
)

_AVERAGE = Folded(r"\b(?:average|avg\.?|daily|per\s+day)\b")


def is_own_production(text: str, match: re.Match[str]) -> bool:
    """A production figure that is the company's own for the period."""
    start, end = match.start(), match.end()
    if _HELD_BEFORE.search(text, max(0, match.start("qty") - 40), match.start("qty")):
        return False  # "the Company held 9,618 bitcoins produced from operations": a balance
    if _PART_OF.search(text, 0, match.start("qty")):
        return False
    if _EXPECTED.search(text, max(0, start - 40), end):
        return False  # "expected production was approximately 660 Bitcoin"
    return not (
        _PER_DAY.match(text[end:])
        or _AVERAGE.search(guards.clause_before(text, start))
        or NOT_OWN_PRODUCTION.match(text, end)
        or _CLIENTS.search(guards.clause_before(text, start))
        or _OTHER_MINER.search(guards.clause_before(text, start))
    )
