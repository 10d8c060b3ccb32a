"""Reasons a number that looks like a metric is not one.

Each guard looks at the text around a candidate and answers one question: is it hypothetical,
an industry aggregate, a cumulative/YTD total, a peer's figure, a per-unit price or cost?
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .entities import MINERS, ticker_of
from .folded import MONTH_WORD, Folded, lowered
from .group_subject import GROUP_WORDS, is_group_subject, new_subject
from .numbers import APPROX, HASH_UNIT
from .per_document import remembered
from .sentence_screen import SentenceScreen
from .skipping import skipping
from .span_pair_second import is_longer_span_of_pair

# Modal, conditional and forecasting words that turn "sold 400 BTC" into a forecast.
_HYPOTHETICAL = Folded(
    # "may", not the month ("in May", "May 2024")
    r"\b(?:would|could|might|(?<!in\s)(?<!of\s)(?<!during\s)(?<!since\s)(?<!for\s)(?<!early\s)"
    # (nor "May production of 120 BTC … in May output": a modal is never followed by such a noun)
    r"(?<!late\s)(?<!mid-)(?<!through\s)(?<!until\s)(?<!by\s)may(?!\s+\d|\s+(?:production|output|"
    r"update|report|results|figures|operational|operations|sales|revenue|holdings|total)\b)|"
    r"will|shall|should|if|"
    r"unless|expects?\s+to|plans?\s+to|"
    r"planning\s+to|intends?\s+to|aims?\s+to|targets?|targeting|anticipates?|projected|"
    r"forecasts?|hypothetical(?:ly)?|assuming|had\s+\w+\s+(?:retained|kept|held)|"
    # a goal: "its goal is to hold 20,000 BTC", "seeks to", "is on track to"
    r"(?:goal|objective|ambition|aim|target|plan|intention)s?\s+(?:is|are|was|of)\s+(?:to|reaching)|"
    # "surpassed our goal of 5,000 Bitcoin held in reserve": the goal's figure, not a balance
    r"(?:goal|objective|ambition)s?\s+of(?=\s+(?:(?:approximately|about|around|over|more\s+than)"
    r"\s+)?$)|"
    # an intent or goal noun: "disclosed its intent to extinguish $17.9 million", "set a goal
    # to secure 250 MW each year", "a proposal to issue"
    # "its commitment to the market to have over 5,000 bitcoin by end of Q4": a pledge
    r"(?:intent|intention|goal|objective|ambition|proposal|commitment|pledge)s?\s+to|"
    r"seeks?\s+to|seeking\s+to|hopes?\s+to|hoping\s+to|wants?\s+to|on\s+track\s+to)\b"
)
_AGGREGATE = Folded(
    r"\b(?:(?:miners|companies|firms|they)\s+(?:\w+\s+)?(?:collectively|together|combined)|"
    r"(?:collectively|together|combined)\s+(?:sold|held|hold|produced|mined|raised|own)|"
    r"in\s+aggregate|industry|sector|network[- ]wide|"
    r"(?:public|listed|publicly[- ]traded|bitcoin|north\s+american|u\.s\.)\s+(?:bitcoin\s+)?"
    r"miners|miners\s+(?:have|had|sold|held|hold|produced|mined)|top\s+\d+|"
    # "more and more publicly traded companies … holding a total of 989,926 Bitcoins"
    # ("the largest public bitcoin mining firms": two words may qualify the noun)
    r"(?:publicly[- ]traded|public|listed|many|several|other|more\s+and\s+more)\s+"
    r"(?:[\w-]+\s+){0,2}(?:companies|firms|corporations|entities|treasuries)|"
    r"(?:the|these|those|such)\s+(?:firms|companies|miners)|"
    # "miners produced 2,000 BTC" (the verb is the figure's own, so the subject ends the window)
    r"miners\s+(?:also\s+|have\s+|had\s+)?$)"
)
_AGGREGATE_REACH = 160
# "Riot's 30,000 bitcoin miners produced", "its miners mined": the company's own machines.
# (not "Texas's miners": a place's are many companies')
_OWN_FLEET = Folded(r"(?:\d[\d,]*|\bits|\bour|\bthe\s+(?:company|firm|miner)['’]s)\s+$")
# "Riot's miners produced", "Core Scientific’s miners": a miner's own machines, by its name (not
# "Texas's miners" or "the world's miners": a place's, everyone's)
_NAMED_OWNER = skipping(re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+$"))
_NEW_SUBJECT = skipping(re.compile(r"\b(?:while|whereas|but)\s"))
# ("Riot, like other public miners, held 4,000 BTC": the group is only the company's comparison)
_APPOSITIVE = Folded(
    r"\b(?:one\s+of|among|like|unlike|alongside|along\s+with|as\s+with|as\s+did|than)\b"
)
_CUMULATIVE = Folded(
    r"\b(?:year[- ]to[- ]date|YTD|quarter[- ]to[- ]date|QTD|cumulative(?:ly)?|"
    r"from\s+(?:the\s+|its\s+|our\s+)?inception|"
    r"since\s+(?:inception|launch|launching|"
    # ("since it started mining": as "since it began")
    r"the\s+start|the\s+beginning|its\s+(?:launch|inception|IPO)|entering|"
    r"(?:it|we|they|the\s+company)\s+(?:began|started)|"
    r"beginning|starting|(?:its|our|the\s+company's)\s+(?:start|founding|first))|to\s+date|"
    r"all[- ]time|so\s+far|"
    r"lifetime|in\s+total\s+since|"
    # "This year the firm has mined 1,479 bitcoin": the year not over, a running total
    # (the figure's words may start at its verb)
    r"this\s+year\b[^.;]{0,40}?\b(?:has|have)(?:\s+(?:now|already))?(?:\s+(?:mined|produced|"
    r"earned|generated|sold)|(?=\s*$))|"
    # "over the eight months ending August 31", "in the nine months ended": not a whole period
    r"(?:over|in|during|for)\s+the\s+(?:first\s+|past\s+|last\s+)?(?:two|four|five|seven|eight|"
    r"nine|ten|eleven|[2457-9]|1[01])(?:\s+months|[- ]month\s+period)|"
    # a trailing window ("over the past 12 months", "in the last 30 days", "trailing twelve
    # months"), not a named period ("the last three months of 2023" is a quarter)
    r"(?:over|in|during|for)\s+the\s+(?:past|last|trailing|previous|preceding)\s+(?:\d{1,3}|"
    r"twelve|eighteen|twenty-four|thirty|sixty|ninety|few|several)\s+(?:months|weeks|days)"
    r"(?!\s+of\b)|trailing[- ](?:twelve|12)[- ]months?|"
    # "mined 1,186 Bitcoin in the twelve months leading up to Feb 28th, 2021": a window ending
    # on a day, not a named year ("the twelve months ended December 31" is a fiscal year)
    r"(?:over|in|during|for)\s+the\s+(?:twelve|12|eighteen|18|twenty-four|24)[- ]months?\s+"
    r"(?:leading\s+up\s+to|prior\s+to|before|preceding)|"
    r"through\s+the\s+end\s+of|"
    # "finished repaying the $35 million it borrowed in 2022": the loan's life total, not the
    # period's payment (README, decided case 15; "the final $2.1 million" is the payment)
    r"(?:finish(?:ed|es)?|complet(?:ed|es|e))\s+(?:the\s+)?(?:repaying|paying\s+(?:off|down|back)|"
    r"repayment\s+of)(?!\s+(?:the\s+|its\s+)?(?:final|last|remaining)\b)|"
    # "produced in FY 2022 to end of May": a year running to a month inside it
    r"(?:in|for|during)\s+(?:fy\s*|fiscal\s+(?:year\s+)?)?\d{4}\s+(?:to|until|up\s+to)\s+(?:the\s+)?"
    r"end\s+of)\b"
)
# "another roughly 500 coins mined since December": a total since a month, no period of its own
# ("repaid roughly C$20.6 million of debt since Q1 2022": the amount's own noun between)
_SINCE_MONTH = Folded(
    r"\s*(?:(?:mined|produced|sold|earned|accumulated|generated|added)\s+|(?:of|in)\s+"
    r"(?:[\w-]+\s+){1,3}?)?since\s+"
    r"(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber|"
    r"(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter)\s+(?:of\s+)?(?:19|20)\d\d)\b"
)
_LEAD = re.compile(r"^[^,;]{3,80},")
_PER_UNIT = Folded(
    r"^\s*(?:per|/|a|for\s+each|each)\s*(?:bitcoin|BTC|coin|MW|megawatt|GPU|share|unit|day|"
    # ("would cost over $1,600 per card": a graphics card's price)
    rf"month|MWh|kWh|{HASH_UNIT}|ADS|server|card|chip)\b"
)
_PRICE_BEFORE = Folded(
    r"(?:price|priced|cost\s+to\s+mine|hashprice|trading|traded|market\s+value|valued|"
    # (any hedge before the figure: "an average price of ~$84,356", "of roughly $24,500")
    rf"value)(?:\s+\w+){{0,3}}\s+(?:of|at|was|were|near|to)?\s*{APPROX}$"
)
_CLAUSE_BREAK = skipping(re.compile(r"[,;:()]|\s[-–—]{1,2}\s|\b(?:and|but|while|whereas|which)\b"))
_CLAUSE_REACH = 120
_CLAUSE_MOST = 1000
_NEGATION = Folded(r"\b(?:not|no|never|neither|nor)\b|n't\b")


# A comparative: "compared to 1,008 bitcoin", "from 154 in July", "… in the same period last
# year". Such a figure is the prior period's, never the report's.
_PRIOR_BEFORE = Folded(
    # ("in comparison with 198 BTC produced a month earlier": a comparison's other words)
    r"(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|(?:up|down|increase[ds]?|decrease[ds]?|rose|fell|"
    r"declined?|grew|drop(?:ped)?)\s+(?:by\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?"
    r"from|from\s+just|as\s+against|(?<!more )(?<!less )(?<!fewer )than|"
    # "produced 650.5 BTC in July, tripling the approximately 450 BTC mined during June": the
    # multiplied figure is the base
    r"(?:doubl|tripl|quadrupl)(?:ing|ed)(?=\s+the\b))\s+(?:the\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+)?$"
    # "as compared to February 2022 production of 436 BTC": the comparison names its period
    # and metric before the figure.
    r"|(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|(?:decrease|increase|decline|rise|drop|down|up)\s+from)"
    r"\s+[^,;.]{0,30}?\b(?:production|output|holdings|"
    r"sales|total)\s+of\s+(?:approximately\s+|about\s+)?$"
    # "decreased by 28% as compared to last year, when Riot mined over 443 BTC": a clause
    # hung on the earlier period names the comparative
    r"|\b(?:last\s+(?:year|month|quarter)|(?:a|one)\s+(?:year|month|quarter)\s+(?:ago|earlier|"
    r"before)|the\s+(?:prior|previous|same)\s+(?:year|month|quarter|period)(?:\s+last\s+year)?)"
    # ("… a 31% year-over-year increase, with the same period last year, having mined 656
    # Bitcoin": a participle hung on the earlier period)
    r"\s*,?\s+(?:when|having)\b[^.;,]{0,50}$"
    # "a 10% increase over the 409 BTC mined in March", "up 12% on the 409 BTC of March"
    # (not "grew 62% to over 13,000 BTC": a level with its lower bound, decided case 20)
    r"|\d\s*(?:%|percent|per\s+cent)\s+(?:(?!to\s)\w+\s+){0,2}?(?:over|on|from|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+)?$"
)
# "In comparison, the company sold 1,125 BTC in Aug.": the whole sentence is the comparison.
_COMPARISON_LEAD = Folded(
    r"(?:^|[.;!?]\s+)\s*(?:(?:In|By|For)\s+comparison|Comparatively)\b[^.;!?]*$"
)


def _in_comparison(text: str, start: int) -> bool:
    return (
        "ompar" in text
        and _may_match(_COMPARISON_LEAD, text)
        and bool(_COMPARISON_LEAD.search(text, 0, start))
    )


_COMPARED_AFTER = Folded(r"\b(?:from|than|compared|versus|vs\.?|relative\s+to|over)\b")
_PRIOR_AFTER = Folded(
    r"^(?P<gap>[^.;]{0,40}?)\b(?:(?:in|during|for|over)\s+the\s+(?:previous|prior|same)\s+(?:quarter|month|"
    r"period|year)|last\s+year|(?:a\s+)?year\s+(?:earlier|ago|before)|"
    r"prior[- ](?:year|month|quarter)|(?:the\s+)?previous\s+(?:month|quarter|year)|"
    # "the 188 BTC it mined earlier in January", "… it had previously sold": recalled
    r"earlier\s+in\s+" + MONTH_WORD + r"|previously)\b"
)


# "at the end of last year", "at the close of the previous year", "last year-end".
_LAST_YEAR_END = Folded(
    r"\b(?:end|close)\s+of\s+(?:last|the\s+(?:previous|prior|past|last))\s+(?:calendar\s+)?"
    r"year\b|\blast\s+year[- ]end\b"
)


# "the fourth quarter of last year", "Q4 last year", "December of last year"
_OF_LAST_YEAR = Folded(
    r"\b(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|q[1-4]|h[12]|"
    + MONTH_WORD
    + r")\s+(?:of\s+)?last\s+year\b"
)


# The words `_PRIOR_BEFORE`'s comparisons end on ("compared to", "vs.", "from just", "than",
# "production of", "a 10% increase over"), each then a space, an optional "the" and an optional
# hedge: every match but a clause hung on an earlier period ("…, when", "having") ends so.
_COMPARISON_ENDS = ("to", "with", "versus", "vs", "vs.", "from", "just", "against", "than", "of")
_COMPARISON_ENDS += ("over", "on", "doubling", "tripling", "quadrupling", "doubled", "tripled")
_COMPARISON_ENDS += ("quadrupled",)
_HEDGES = frozenset({"approximately", "about", "roughly"})


def _may_compare(before: str) -> bool:
    """Can `_PRIOR_BEFORE` match `before` (the stretch up to a figure)? A few string tests in
    place of its search, which tries its four comparisons at every position of the stretch
    (the costliest of a figure's guards): a match ends in a space after one of
    `_COMPARISON_ENDS` (then "the" and a hedge, each optional), or it holds "when" or "having".
    (Asked of the stretch's lowercase, where the pattern is searched; a text whose lowercase
    moves offsets is searched as it is, case-insensitively: it is not screened.)"""
    lower = lowered(before)
    if len(lower) != len(before) or "when" in lower or "having" in lower:
        return True
    if not lower[-1:].isspace():
        return False
    words = lower.split()
    if words and words[-1] in _HEDGES:
        words.pop()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1].endswith(_COMPARISON_ENDS)


@remembered
def is_prior_period(text: str, start: int, end: int) -> bool:
    """A figure stated as the comparison for another one (not the period reported)."""
    before = text[max(0, start - 60) : start]
    if (
        _may_match(_PRIOR_BEFORE, text) and _may_compare(before) and _PRIOR_BEFORE.search(before)
    ) or _in_comparison(text, start):
        return True
    after = _PRIOR_AFTER.match(text[end : end + 80])
    if after is None:
        return False
    # "held 19,600 BTC at the end of last year": the last year-end dates a balance, it is no
    # comparison (the period is `periods`' year-end form)
    if _LAST_YEAR_END.search(text, end, end + after.end() + 4):
        return False
    # "mined 933.8 bitcoins in the fourth quarter of last year", "sold 500 BTC in December last
    # year": a quarter, half or month of last year is the figure's own period, named
    if _OF_LAST_YEAR.search(text, end, end + after.end() + 4) and not _COMPARED_AFTER.search(
        text, end, end + after.end()
    ):
        return False
    # "generated 3,733 BTC over the same period": the prior period names the figure's own.
    if not after["gap"].strip():
        return True
    # "mined 211 bitcoins in December, down from 446 in the same month last year": the prior
    # period belongs to the comparison that follows the figure, not to the figure.
    return not _COMPARED_AFTER.search(text, end, end + after.end())


# "CleanSpark said last week that it mined 478 BTC in August": a report told as past, the time
# after the verb of saying
_SAID_EARLIER = (
    r"(?:said|reported|announced|disclosed|revealed)\s+(?:last\s+(?:week|month)|earlier\s+this\s+"
    r"(?:week|month)|(?:two|three|several|a\s+few)\s+(?:days|weeks)\s+ago)\s+(?:that\s+)?"
)
# "Last week, Bitfarms said it had sold BTC 1,500": the same, the time first
_LAST_WEEK_SAID = (
    r"^\W*(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|previously)\s*,?\s+"
    r"(?:[\w'’.&-]+\s+){1,4}?(?:said|reported|announced|disclosed)\b"
)
_TO_FIGURE = r"(?:[^.;]|\.(?=\d))*$"
# "The latest sale comes shortly after Argo sold another 637 BTC in June": an earlier event
# recalled as background, not the one reported.
# "Argo reported two months ago that … 147 BTC mined", "In a prior update from August, it was
# reported that …": an earlier report.
_EARLIER_EVENT = Folded(
    r"\b(?:(?:comes?|came|coming)\s+(?:\w+\s+){0,2}?(?:after|on\s+the\s+heels\s+of)|"
    r"(?:in|from|according\s+to|per)\s+(?:a|an|its|the|their)\s+(?:prior|previous|earlier)\s+"
    r"(?:\w+\s+){0,2}?(?:update|report|release|announcement)|"
    r"(?:two|three|four|five|six|several|\d+)\s+(?:months|quarters|years)\s+ago|"
    # "Last week, Bitfarms said it had sold BTC 1,500": an earlier report recalled as background
    + _LAST_WEEK_SAID
    + "|"
    # "Earlier, on May 7, IREN entered a … contract": a bare "Earlier," or "Previously," opens
    # background told before the news
    r"^\W*(?:earlier|previously)(?=\s*,)|"
    + _SAID_EARLIER
    + r")\b"
    # to the figure within the sentence: a decimal's dot ("$60.7 million") does not end it
    + _TO_FIGURE
)
# The same cue alone: told in a story's opening sentences it is the story's news, not
# background ("Hut 8 … said last week that it finally gave in and sold 188 bitcoins in
# February", the lead of a story about that sale).
_SAID_EARLIER_ONLY = Folded(r"\b" + _SAID_EARLIER + _TO_FIGURE)


def is_only_said_earlier(text: str, position: int) -> bool:
    """Is "said last week that …" the sentence's only cue of an earlier event before
    `position` (so a story's lead may tell its own news that way)?"""
    cue = _SAID_EARLIER_ONLY.search(text, 0, position)
    if cue is None:
        return False
    blank = text[: cue.start()] + " " * (position - cue.start()) + text[position:]
    return not is_earlier_event(blank, position)


# "The mining firm had sold 7,202 bitcoin in June": a pluperfect recalls an earlier event …
_PLUPERFECT = Folded(
    r"\bhad\s+(?:already\s+|previously\s+)?(?:sold|mined|produced|liquidated|self-mined|"
    r"earned|generated|offloaded|disposed\s+of)\s+(?:approximately\s+|about\s+|some\s+|"
    r"roughly\s+|another\s+|a\s+total\s+of\s+)?(?:btc\s*)?\d"
)
# … but not in reported speech: "disclosed it had sold 4,451 bitcoin" is the report's news.
_REPORTED_SPEECH = Folded(
    r"\b(?:said|says|reported|reports|announced|disclosed|noted|stated|revealed|confirmed|told\s+"
    r"\w+|added|explained|indicated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|the\s+(?:company|firm|"
    r"miner)|[A-Z][\w.&-]+)\s+$"
)


# "… in February, following its sale of 1,500 bitcoin in January": the event before.
_FOLLOWING = Folded(r"\b(?:following|after)\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}?$")


@remembered
def is_earlier_event(text: str, position: int) -> bool:
    """The figure at `position` belongs to an earlier event the sentence recalls."""
    if _EARLIER_EVENT.search(text, 0, position):
        return True
    window = text[max(0, position - 50) : position + 40].lower()
    if (
        ("follow" in window or "after" in window)
        and _may_match(_FOLLOWING, text)
        and _FOLLOWING.search(text, max(0, position - 50), position)
    ):
        return True
    if "had " not in window or not _may_match(_PLUPERFECT, text):
        return False
    # the verb may be the figure's own ("had sold 7,202": the match starts at "sold"), but not
    # a possession ("had 842 BTC on its balance sheet")
    for match in _PLUPERFECT.finditer(text, max(0, position - 40), position + 40):
        if match.start() >= position:
            break
        before = text[max(0, match.start() - 60) : match.start()]
        if not _REPORTED_SPEECH.search(before):
            return True
    return False


# Each guard of each figure family asks for the clause before the same few positions of one
# sentence (~3 asks per distinct position): remembered, as the answer depends on them alone.
# `forget_clauses` empties the memory when a new document starts, so each document pays for
# its own clauses (and timings of one document run again and again stay honest).
@functools.lru_cache(maxsize=512)
def clause_before(text: str, position: int) -> str:
    """Text from the start of the clause holding `position` up to it."""
    head = text[:position]
    # The last break is usually close: look in the last stretch first, then further back. No
    # clause a reader takes as one runs past `_CLAUSE_MOST` characters (a run of figures with no
    # break, repeated, would make every figure's clause the whole text before it).
    farthest = max(0, position - _CLAUSE_MOST)
    for start in (max(farthest, position - _CLAUSE_REACH), farthest):
        last = None
        for last in _CLAUSE_BREAK.finditer(head, start):  # noqa: B007 (the last one is kept)
            pass
        if last is not None:
            return head[last.end() :]
        if start == farthest:
            break
    return head[farthest:]


def forget_clauses() -> None:
    clause_before.cache_clear()


@remembered
def is_hypothetical(text: str, position: int) -> bool:
    """A modal or conditional governs the verb at `position` (within its clause)."""
    return _may_match(_HYPOTHETICAL, text) and bool(
        _HYPOTHETICAL.search(clause_before(text, position))
    )


@remembered
def is_negated(text: str, position: int) -> bool:
    return _may_match(_NEGATION, text) and bool(_NEGATION.search(clause_before(text, position)))


@remembered
def is_aggregate(text: str, position: int) -> bool:
    """The subject is the industry or a group of miners, not one company. Looks back a short
    way within the sentence part (up to a colon or semicolon); "one of the largest bitcoin
    miners" describes a company and does not count, nor does the industry as the setting of a
    company's own clause ("Amid the industry downturn, Riot sold"). A clause that opens with a
    group (`group_subject`) is the group's."""
    window = text[max(0, position - _AGGREGATE_REACH) : position]
    # "Public miners collectively sold 4,000 BTC, while Riot sold 475 BTC": a new clause with
    # its own subject starts after ";", ":" or a contrasting conjunction.
    # (an exclamation a splitter left joined ends a sentence too: "… the AI powerhouses of
    # America! 🧙✨ IREN, that clever rogue, hath secured a $9.7 billion pact")
    cuts = [window.rfind(":"), window.rfind(";"), window.rfind("! ")]
    cuts += [match.end() for match in _NEW_SUBJECT.finditer(window)]
    window = window[max(cuts) + 1 :]
    for match in _AGGREGATE.finditer(window) if _may_match(_AGGREGATE, text) else ():
        before = window[max(0, match.start() - 40) : match.start()]
        if _APPOSITIVE.search(before) or _OWN_FLEET.search(before) or _named_miner(before):
            continue
        if new_subject(window[match.end() :]):
            continue  # "Amid the industry downturn, Riot sold 500 BTC": Riot is the subject
        return True
    # "Companies sold 10,750 BTC", "five firms, including Hut 8, collectively sold 1,900 BTC"
    # (asked only when the clause holds a group's word: its lowercase is the one just read)
    if GROUP_WORDS.search(lowered(window)) is None:
        return False
    return is_group_subject(text, position)


def _named_miner(before: str) -> bool:
    """Does `before` end on a known miner's name in the possessive?"""
    owner = _NAMED_OWNER.search(before)
    if owner is None:
        return False
    words = owner.group(1).split()
    return any(ticker_of(" ".join(words[index:])) in MINERS for index in range(len(words)))


# The second amount of a pair told with "respectively" ("… of $5.4 million and $9.7 million")
_PAIRED_AMOUNT = re.compile(
    r"\s+and\s+(?:US\$|C\$|A\$|\$|€|£)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|[MBK])\b)?",
    re.IGNORECASE,
)


# "345 BTC in September for a total of 5621 bitcoin year-to-date": the running total is a
# figure of its own, and the words after it ("year-to-date") are its, not the month's (with a
# separator, "5,621", the comma happened to end the clause first).
_TOTAL_OF = Folded(r"\b(?:(?:for\s+)?a\s+total\s+of|totall?ing)\s+(?:approximately\s+|about\s+)?\d")


@remembered
def is_cumulative(text: str, start: int, end: int) -> bool:
    """A year-to-date / cumulative / since-inception figure (same clause, either side)."""
    if is_longer_span_of_pair(text, start, end):
        return True  # "three and nine months … mined 322 Bitcoin and 1,111 Bitcoin respectively"
    cumulative = _may_match(_CUMULATIVE, text)
    since = _may_match(_SINCE_MONTH, text)
    if not (cumulative or since):
        return False  # (neither pattern matches anywhere in the text)
    # (the first 60 characters are read; a break starting among them is found whole in 80)
    # "$5.4 million and $9.7 million during the nine months ended …, respectively": the
    # pair's second amount is passed, its "and" no clause break
    pair = _PAIRED_AMOUNT.match(text, end, end + 40)
    tail = end if pair is None else pair.end()
    after = text[tail : tail + 80]
    stop = _CLAUSE_BREAK.search(after)
    after = after[: stop.start()] if stop else after
    total = _TOTAL_OF.search(after) if cumulative else None
    after = after[: total.start()] if total else after
    if cumulative and (
        _CUMULATIVE.search(clause_before(text, start)) or _CUMULATIVE.search(after[:60])
    ):
        return True
    if since and _SINCE_MONTH.match(after) is not None:
        return True
    if cumulative and _CUMULATIVE.search(text, start, end):
        return True  # "bringing year-to-date production to 1,900 BTC": inside the phrase
    # "Over the eight months ending August 31, LM Funding mined … and sold …": a leading
    # adverbial governs every figure of the sentence.
    lead = _LEAD.match(text)
    return bool(cumulative and lead and lead.end() <= start and _CUMULATIVE.search(lead.group(0)))


# "the sale of more than 80,000 bitcoin on behalf of a client", "1,200 BTC held for customers":
# a client's coins, traded or kept by the company, are not its own treasury.
_FOR_CLIENTS = Folded(
    # not past another coin figure: "300 BTC for its own account and 120 BTC for hosting
    # customers" gives only the 120 to the customers; room for an aside between ("80,000 BTC -
    # currently worth around US$ 9 billion - on behalf of", the dollars in any notation)
    r"^(?:(?!\d[\d,.]*\s*(?:btc|bitcoins?|coins)\b)[^.;]){0,50}?"
    # "on behalf of" anyone but the company itself: "on behalf of a single early Bitcoin
    # investor", "on behalf of an estate"
    r"\b(?:on\s+behalf\s+of\s+(?!(?:itself|the\s+company|its\s+own|our\s+own|us)\b)|"
    r"(?:for|belonging\s+to|owned\s+by|of)\s+(?:a\s+|an\s+|its\s+|"
    r"our\s+|their\s+|the\s+|one\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:clients?|customers?|"
    r"counterpart(?:y|ies)|third[- ]parties|third[- ]party|investors?|depositors?|users)\b|"
    # a custodian's coins, whoever they belong to: "holds 320 BTC as a custodian", "5,000 BTC in
    # assets under custody", "320 BTC in customer deposits" (not "held in custody with
    # Coinbase": the company's own coins at its custodian)
    r"as\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:qualified\s+|regulated\s+)?custodian\b|"
    r"(?:assets|coins|bitcoins?|btc)\s+under\s+custody\b|"
    r"in\s+(?:clients?|customers?|users?)['’]?\s+(?:deposits|assets|funds|"
    r"accounts|balances)\b)"
)


# Another party named as the custodian of the company's coins: "with Coinbase acting as its
# custodian", "with BitGo as custodian" (the company's own holdings, kept at that custodian)
_ANOTHER_CUSTODIAN = Folded(
    r"\bwith\s+(?:[\w&.’'-]+\s+){1,4}?(?:acting\s+|serving\s+)?as\s+(?:a\s+|an\s+|the\s+|its\s+)?"
    r"(?:qualified\s+|regulated\s+)?custodian\b"
)


@remembered
def is_for_clients(text: str, end: int) -> bool:
    """The BTC figure ending at `end` is a client's (traded, held or mined for it)."""
    found = _FOR_CLIENTS.match(text[end : end + 80])
    if found is None:
        return False
    # custody counts for others only when the company itself is the custodian
    span = found.group(0)
    return "custodian" not in span or _ANOTHER_CUSTODIAN.search(span) is None


def is_per_unit(text: str, end: int) -> bool:
    """The amount ending at `end` is a price or unit cost ("$86,235 per bitcoin")."""
    return bool(_PER_UNIT.match(text[end : end + 30]))


def is_price(text: str, start: int, end: int) -> bool:
    """A price, market value or unit cost rather than an amount of money moved."""
    return is_per_unit(text, end) or bool(_PRICE_BEFORE.search(text[max(0, start - 60) : start]))


# The guards' costlier patterns, asked of a whole sentence in one RE2 pass (`sentence_screen`):
# a figure's guards ask a dozen of them of one sentence, which holds one or two at most. (Not a
# pattern with "^" asked of a stretch that starts later: `_PRIOR_AFTER`, `_FOR_CLIENTS`.)
_SCREEN = SentenceScreen(
    [
        _HYPOTHETICAL,
        _NEGATION,
        _AGGREGATE,
        _CUMULATIVE,
        _SINCE_MONTH,
        _PRIOR_BEFORE,
        _COMPARISON_LEAD,  # (asked from the text's start: its "^" is the text's)
        _FOLLOWING,
        _PLUPERFECT,
    ]
)


# May `pattern` (one of `_SCREEN`'s) match somewhere in `text`? (False: in no stretch.) The
# screen's own method, not a function calling it: some two thousand asks an extraction.
_may_match: Callable[[Folded, str], bool] = _SCREEN.may_match


# A bullet list under a heading such as "Year to Date 2024 Financial Results:" or "Since
# inception:" states cumulative figures, whatever each bullet says.
_BULLET_LINE = re.compile(r"[ \t]*(?:[-•·▪◦●*–]|\d{1,2}[.)])\s")
_HEADING_LINES = 2
_HEADING_CHARS = 100
_LIST_REACH = 2000


@remembered
def under_cumulative_heading(document: str | None, start: int) -> bool:
    """The sentence at `start` is a bullet of a list whose heading is cumulative/YTD."""
    if not document:
        return False
    line_start = document.rfind("\n", 0, start) + 1
    if not _BULLET_LINE.match(document, line_start):
        return False
    lines = document[max(0, line_start - _LIST_REACH) : line_start].split("\n")[:-1]
    heading: list[str] = []
    for line in reversed(lines):
        if not line.strip() or _BULLET_LINE.match(line):
            if heading:
                break
            continue
        if len(line.strip()) > _HEADING_CHARS:
            break  # a paragraph, not a heading
        heading.append(line)
        if len(heading) == _HEADING_LINES:
            break
    return bool(heading) and bool(_CUMULATIVE.search(" ".join(reversed(heading))))
