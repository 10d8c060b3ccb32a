"""Period phrases that never date a figure: terms ("until July 2024", "due in 2027", a notes
series named by its maturity: "the June 2031 Notes") and the dates of a valuation's price
("based on the September 21 closing price").

A loan "maturing in 2028" or amortisation paused "until July 2024" says when something ends,
and a price's date says when coins were valued, never the period a figure is stated for.
"""

from __future__ import annotations

from .folded import Folded
from .payment_days import is_payment_day
from .periods import Mention

# "until 2027", "due in 2026", "maturing in 2028": a term, never the period a figure is stated
# for ("by Q3 2026" may be a build-out's target, "through 2026" a capex's span, "by the end of
# 2024" may date a balance: none is here).
_TERM_LEAD = Folded(
    r"\b(?:until|till|due(?:\s+in)?|matur\w*(?:\s+in|\s+on)?|"
    r"expir\w*(?:\s+in|\s+on)?)\s+(?:the\s+)?(?:end[- ])?$"
)
_TERM_WORD = Folded(r"(?:until|till)\s+")
# "the June 2031 Notes", "2029 Convertible Notes": a notes series named by its maturity.
_SERIES_AFTER = Folded(
    r"\s+(?:convertible\s+)?(?:senior\s+)?(?:secured\s+)?(?:notes|bonds|debentures)\b"
)


def _names_a_series(text: str, mention: Mention) -> bool:
    """Is the phrase a month or year naming a notes series ("the June 2031 Notes")? (Not a day:
    "issued on Jan. 5 senior notes" dates the issue.)"""
    if mention.period is None or mention.period.is_date:
        return False
    return _SERIES_AFTER.match(text, mention.end) is not None


# "As per the reports, till June 20, 2022, Bitfarms held …": an opening "up to this day"
# adverbial dates the clause it opens (a balance on that day), unlike a term inside a clause.
_OPENING_UNTIL = Folded(r"(?:^|[,;:]\s*|\n\s*)(?:up\s+)?(?:until|till|to|through)\s+$")
_OPENING_CLOSE = Folded(r"\s*,")


def is_term(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` name a term or deadline rather than a period?"""
    if _opening_day(text, mention):
        return False
    if _TERM_WORD.match(text, mention.start) or _names_a_series(text, mention):
        return True
    if is_payment_day(text, mention):
        return True  # "payable quarterly on each March 31, June 30, …": a coupon's days
    return _TERM_LEAD.search(text, max(0, mention.start - 20), mention.start) is not None


def _opening_day(text: str, mention: Mention) -> bool:
    """Is the phrase a day an opening "till …," adverbial names?"""
    if mention.period is None or not mention.period.is_date:
        return False
    if _OPENING_CLOSE.match(text, mention.end) is None:
        return False
    return _OPENING_UNTIL.search(text, max(0, mention.start - 24), mention.start) is not None


# "based on Bitcoin's September 21 closing price", "Based on the February 14, 2024, Bitcoin
# price of …", "at a price of $57,180 per coin on December 1": when the coins were valued.
_PRICE_AFTER = Folded(
    r"[\s,’']*(?:s\s+)?(?:\w+\s+){0,2}?(?:closing\s+|spot\s+|market\s+|average\s+)?prices?\b"
)
_PRICE_BEFORE = Folded(r"\bprices?\b[^.;]{0,40}?\b(?:on|as\s+of|as\s+at|at|of)\s+(?:the\s+)?$")


def is_price_date(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` date a price (a valuation), not a figure?"""
    if mention.period is None or not mention.period.is_date:
        return False
    if _PRICE_AFTER.match(text, mention.end, mention.end + 40):
        return True
    return _PRICE_BEFORE.search(text, max(0, mention.start - 70), mention.start) is not None


# "Since May, holdings have shrunk to 3,349 BTC", "in operation since Q2 2023": when a span
# began, never the period a figure is stated for (it runs to now).
# ("an increase of 416 BTC since its last update on 2 December 2025": the day of the report the
# change is counted from)
_SINCE = Folded(
    r"\b(?:since|ever\s+since)\s+(?:the\s+(?:start|beginning|end)\s+of\s+|(?:its|the|their|our)\s+"
    r"(?:last|previous|prior|latest)\s+(?:update|report|disclosure|announcement)\s+(?:on|of|dated)\s+)?$"
)
_SINCE_REACH = 50
_SINCE_OWN = Folded(r"since\s")
# "down from more than 6,000 BTC in May", "(from 212 in Q1 2023)", "compared with 5,000 BTC at
# the end of 2024", "higher than in June": the period of a comparison's other side. A "to"
# after the cue ("from 8,090 as of January 31 to 8,260 as of February 28") reaches the
# figure's own side again.
_COMPARED = Folded(
    # ("from the 602.6 BTC mined in October": the figure may take an article; its digits run on
    # when printed without separators, "from the 6412.6 BTC")
    r"\b(?:from\s+(?:the\s+)?(?:(?:more|less)\s+than\s+|about\s+|approximately\s+|roughly\s+|nearly\s+|"
    r"~\s*)?(?:US\$|C\$|[$€£])?\d{1,15}|from\s+the\s+(?:prior|previous|same)|compared\s+(?:with|to)|"
    r"in\s+comparisons?\s+(?:with|to)|versus|vs\.?|than\s+(?:in|at|during|for|as\s+of)|"
    # "much more than it did in Q2": the other side, told with its own verb
    r"than\s+(?:it|they|we|the\s+\w+)\s+(?:did|was|were|had|has)\s+(?:in|at|during|for)|"
    r"relative\s+to)\b"
)
# "a 2% increase from August", "down 7% from July": a change counted from another period (the
# period phrase holds its "from")
_CHANGE_BEFORE = Folded(
    r"\b(?:increases?|decreases?|rises?|rose|fell|falls?|drops?|dropped|declines?|declined|"
    r"gains?|jump(?:s|ed)?|grew|growth|up|down|higher|lower)"
    r"(?:\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?[\d.,]+\s*(?:%|percent))?"
    r"\s*$"
)
_BACK_TO = Folded(r"\b(?:to|and)\b|;|\.(?!\d)")  # (not a decimal point: "from 6,412.6 BTC")
_COMPARED_REACH = 60


# "its January update, released earlier this month, …", "the report, published on February 3":
# when a cited document came out, never the period of the figures it reports.
_RELEASED = Folded(r"\b(?:released|published)\s+(?:(?:earlier|later)\s+|on\s+|in\s+)?$")


def is_release_date(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` date a cited document's release?"""
    if "ed " not in text[max(0, mention.start - 30) : mention.start]:
        return False  # cheap gate: every release verb ends in "ed"
    return _RELEASED.search(text, max(0, mention.start - 30), mention.start) is not None


def is_since(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` name when a span began ("since May")? (The phrase
    may hold its "since": "500 coins mined since December" is read as one mention.)"""
    if _SINCE_OWN.match(text, mention.start, mention.end) is not None:
        return True
    return _SINCE.search(text, max(0, mention.start - _SINCE_REACH), mention.start) is not None


def is_comparative(text: str, mention: Mention) -> bool:
    """Is the period phrase at `mention` the period of a comparison's other side ("down from
    6,000 BTC in May")? Only a report's own period is asked this: inside a sentence, the
    resolver bounds a figure's clause itself."""
    window = text[max(0, mention.start - _COMPARED_REACH) : mention.start]
    if text.startswith("from", mention.start) and _CHANGE_BEFORE.search(window):
        return True
    cues = list(_COMPARED.finditer(window))
    return bool(cues) and _BACK_TO.search(window, cues[-1].end()) is None
