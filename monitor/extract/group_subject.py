"""A group of companies as the subject of a figure or an intention: none of them is the entity.

Reading rule: "Companies sold 10,750 BTC last month", "five firms, including Hut 8, together
sold 1,900 BTC", "Bitcoin miners are selling their reserves" tell what a group did (an industry
aggregate or a sum of several firms, README "What is NOT labelled"), not what the case's company
did, even when it is one of the group. Only a clause that opens with the group and reaches the
verb without a company of its own as a new subject is the group's: "Amid the industry downturn,
Riot sold 500 BTC" is Riot's (`new_subject`, which `guards.is_aggregate` asks too).
A zero said of several companies ("Riot and MARA did not sell any BTC", decided case 8) is read
elsewhere (`treasury_zero`) and is not asked here.
"""

from __future__ import annotations

import re

from .entities import MINER_NAME, names_in, ticker_named
from .folded import Folded, lowered
from .per_document import remembered
from .skipping import skipping

# The clause opens with a group: "Companies", "Bitcoin miners", "five firms", "Public miners",
# "The industry" (a bullet's dash or a heading's colon before it). Not "its miners" / "5,000
# miners" (the company's machines): only the words below may qualify the noun, and only counts
# in words ("five firms") or digits before firms/companies. Not "the miners", "these firms":
# a definite plural takes up companies named before, the entity maybe among them.
_QUALIFIER = (
    r"(?:many|most|some|other|several|all|public|publicly[- ]traded|"
    r"publicly[- ]listed|listed|large|larger|small|smaller|major|bitcoin|btc|crypto|u\.s\.|"
    r"north\s+american|american|chinese|private|and|mining|treasury|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens?\s+of|a\s+(?:few|handful\s+of|number\s+of)|"
    # "Texas-based miners such as Riot produced …": a place's companies, the entity maybe one
    r"[a-z.]{2,20}-(?:based|headquartered))"
)
# (an opening adverbial may come first: "Before the crypto winter, most miners adopted …",
# "In 2024, public miners sold …")
_ADVERBIAL = (
    r"(?:(?:before|after|during|in|amid|since|until|by|throughout|over|at|last|this)\s+"
    r"[^,;:]{1,40},\s+)?"
)
# (matched from the clause's start: no "^", which would not hold at a position past 0)
_GROUP_OPENING = Folded(
    rf"\W*{_ADVERBIAL}(?:{_QUALIFIER}\s+){{0,3}}"
    r"(?:miners|companies|firms|corporations|treasuries|operators|the\s+(?:industry|sector))\b|"
    rf"\W*{_ADVERBIAL}(?:the\s+)?\d{{1,3}}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|corporations)\b"
)
# "…, collectively sold 1,900 BTC", "Riot and MARA combined mined": a sum over several.
_TOGETHER = Folded(r"\b(?:collectively|together|combined|jointly)\s+$")
# A company of its own as the verb's subject, after the group words: "…, Riot sold", "…, the
# company plans to", "…, with Bitfarms holding 1,152 BTC" (not "…, including Riot, sold": a
# member named inside the group has no comma of its own right before it).
# ("The industry has witnessed a milestone as CleanSpark, a publicly traded mining firm, now
# holds over 10,000 BTC": "as" opens the company's own clause, an apposition may follow its name;
# not "about as much as Riot … sold": a comparison, whose figure may span other periods)
_NEW_SUBJECT = skipping(
    re.compile(
        rf"(?:^|,\s+(?:and\s+|then\s+|with\s+)?|\b(?:but|while|whereas|(?<!such\s)(?<!well\s)(?<!much\s)(?<!many\s)as)\s+)(?:{MINER_NAME}(?:['’]s)?|[Tt]he\s+(?:[\w-]+\s+)?(?:[Cc]ompany|[Ff]irm|[Mm]iner)|"
        r"[Ii]t|[Ww]e)(?:,\s+an?\s+[^,;:]{1,60},)?\s+(?:[\w-]+\s+){0,2}$"
    )
)
_REACH = 200
# the verb's figure told as a difference ("as Riot now sold 3,000 BTC less"): the company's own
# clause gives no figure of its own, and the sentence stays the group's
_DIFFERENCE = Folded(
    r"[a-z]+\s+(?:(?:about|roughly|some|nearly|over)\s+)?[\d,.]{1,15}\s+(?:btc|bitcoins?|coins)"
    r"\s+(?:less|more|fewer)\b"
)
# A cheap gate before the opening's pattern (most figures' clauses hold none of these words
# within their first words).
_GROUP_NOUN = re.compile(r"miners|compan|firms|corporations|treasuries|operators|industry|sector")
# Every word one of which a group's clause holds (its noun or a "together" adverb): callers with
# a clause's lowercase at hand ask this before `is_group_subject`.
GROUP_WORDS = re.compile(
    r"miners|compan|firms|corporations|treasuries|operators|industry|sector|collectively|"
    r"together|combined|jointly"
)
_OPENING_MOST = 110  # ("Highlights: many publicly traded bitcoin companies": heading, 3 words)


# "… produced 1,500 BTC combined", "held 20,000 BTC between them": a sum over several told
# after its figure (not "combined across its two sites": one company's sites summed).
_SUM_AFTER = Folded(
    r"(?:\s*(?:btc|bitcoins?|coins))?\s*,?\s*(?:combined|collectively|in\s+aggregate|"
    r"between\s+them)\b(?!\s+(?:across|at|from|over)\b)"
)


# "they held 20,000 BTC between them", "the two mined …": the companies named before
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]he\s+(?:two|three|four|five|pair)|[Bb]oth)\b")


def is_sum_after(text: str, end: int) -> bool:
    """Is the figure ending at `end` told as a sum over several companies ("1,500 BTC
    combined")?"""
    lower = lowered(text)
    if not any(word in lower for word in ("combined", "collectively", "aggregate", "between")):
        return False  # (the sentence's lowercase, shared: most sentences hold none of these)
    if _SUM_AFTER.match(text, end) is None:
        return False
    # "Riot's Rockdale and Corsicana facilities mined 463 BTC combined", "Riot holds 19,225 BTC
    # in aggregate": one company's own total; a group's only when several companies hold it
    return _names_several(text[max(0, end - _REACH) : end])


def _names_several(head: str) -> bool:
    """Does `head` (the words up to a sum) name several companies: two names, a group noun
    or a plural pronoun for them?"""
    if _GROUP_NOUN.search(head.lower()) or _THEY.search(head):
        return True
    return len({ticker_named(name) or name for _, _, name in names_in(head)}) > 1


def new_subject(window: str) -> bool:
    """Does `window` (the text up to a verb) end on a company of its own as the verb's subject?"""
    return _NEW_SUBJECT.search(window, max(0, len(window) - 80)) is not None


def is_group_subject(text: str, position: int) -> bool:
    """Is the verb at `position` said of a group of companies (see the module docstring)?"""
    start = max(0, position - _REACH)
    if _TOGETHER.search(text, max(start, position - 20), position):
        return True  # (a folded pattern: its words are looked for first)
    # the clause: from the last ";" or ":" (else the sentence's start, if within reach)
    cut = max(text.rfind(";", start, position), text.rfind(":", start, position))
    if cut < 0 and start > 0:
        return False  # (the sentence opens beyond reach: no opening words to read)
    clause = cut + 1 if cut >= 0 else 0
    lower = lowered(text)  # (the sentence's lowercase, shared with the other guards)
    if _GROUP_NOUN.search(lower, clause, min(position, clause + _OPENING_MOST)) is None:
        return False
    opening = _GROUP_OPENING.match(text, clause, position)
    if opening is None:
        return False
    if not new_subject(text[opening.end() : position]):
        return True
    return _DIFFERENCE.match(text, position, position + 60) is not None


# "Q2 cash flow statements also show debt financing slowing down, at least for the eight public
# miners, while equity rose again. … Outstanding loans (current+long-term) remained steady at
# ~$1.2 billion as of June 30": a figure whose own words name no owner, in a paragraph that
# speaks of a group of listed miners and of no company, is the group's (a newsletter's tally).
# Any owner before the figure ("its loans", "we", "the company's", a miner's name), in its
# sentence or in the paragraph, leaves it to the usual readings ("Like many public miners, we
# cut our borrowing. Total debt stood at $50 million" is the company's).
_LISTED_GROUP = Folded(
    r"\b(?:public(?:ly[- ](?:traded|listed))?|listed|north\s+american|u\.s\.)\s+"
    r"(?:bitcoin\s+|btc\s+)?(?:miners|mining\s+(?:companies|firms))\b"
)
_OWNER = Folded(
    r"\b(?:its|our|we|us|their|they|it|company['’]?s?|firm['’]s|miner['’]s|"
    r"the\s+(?:[\w-]+\s+)?(?:company|firm|miner|group|issuer))\b"
)
_OWNER_NAME = re.compile(MINER_NAME)
_PARAGRAPH_REACH = 600


def is_group_paragraph(document: str | None, start: int, before: str) -> bool:
    """Is a figure whose sentence opens at `start` of `document`, `before` being its words up to
    the figure, the group's of its paragraph (see above)?"""
    if document is None:
        return False
    reach = max(0, start - _PARAGRAPH_REACH)
    opening = document.rfind("\n", reach, start) + 1 if start > reach else start
    if not _speaks_of_group_only(document, opening, start):
        return False
    return not (_OWNER.search(before) or _OWNER_NAME.search(before))


@remembered
def _speaks_of_group_only(document: str, opening: int, start: int) -> bool:
    """Does `document[opening:start]`, the paragraph before a figure's sentence, speak of a
    group of listed miners and of no owner? Kept per span: every figure of a long sentence
    asks it of the same paragraph (which may reach back to the document's start)."""
    paragraph = document[opening:start]
    if "miners" not in paragraph and "Miners" not in paragraph and "MINERS" not in paragraph:
        return False  # (a cheap look first: most paragraphs speak of no group)
    if _LISTED_GROUP.search(paragraph) is None:
        return False
    return _OWNER.search(paragraph) is None and _OWNER_NAME.search(paragraph) is None
